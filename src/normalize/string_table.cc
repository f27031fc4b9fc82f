#include "normalize/string_table.h"

#include <functional>

namespace statecraft {

namespace {

uint64_t HashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

uint64_t Tag(uint64_t hash) { return hash & 0xFFFFFFFF00000000u; }

uint32_t IdPlusOne(uint64_t slot) { return static_cast<uint32_t>(slot); }

}  // namespace

void StringTable::Reserve(size_t n, size_t bytes) {
  arena_.reserve(bytes);
  offsets_.reserve(n + 1);
  size_t slot_count = 16;
  while (slot_count < 2 * n) slot_count *= 2;
  if (slot_count > slots_.size()) Rehash(slot_count);
}

void StringTable::Rehash(size_t slot_count) {
  slots_.assign(slot_count, 0);
  const size_t mask = slot_count - 1;
  for (uint32_t id = 0; id < size(); ++id) {
    const uint64_t hash = HashOf(key(id));
    size_t slot = hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = Tag(hash) | (id + 1);
  }
}

uint32_t StringTable::Find(std::string_view k) const {
  if (slots_.empty()) return kNotFound;
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = HashOf(k);
  size_t slot = hash & mask;
  while (slots_[slot] != 0) {
    const uint32_t id = IdPlusOne(slots_[slot]) - 1;
    if (Tag(slots_[slot]) == Tag(hash) && key(id) == k) return id;
    slot = (slot + 1) & mask;
  }
  return kNotFound;
}

uint32_t StringTable::Insert(std::string_view k) {
  if (2 * (size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = HashOf(k);
  size_t slot = hash & mask;
  while (slots_[slot] != 0) {
    const uint32_t id = IdPlusOne(slots_[slot]) - 1;
    if (Tag(slots_[slot]) == Tag(hash) && key(id) == k) return id;
    slot = (slot + 1) & mask;
  }
  const auto id = static_cast<uint32_t>(size());
  arena_.append(k);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  slots_[slot] = Tag(hash) | (id + 1);
  return id;
}

}  // namespace statecraft
