#include "normalize/string_table.h"

#include <functional>

namespace statecraft {

namespace {

uint64_t HashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

uint64_t Tag(uint64_t hash) { return hash & 0xFFFFFFFF00000000u; }

// The arena offset of a full slot's entry.
uint32_t EntryOf(uint64_t slot) { return static_cast<uint32_t>(slot) - 1; }

}  // namespace

void StringTable::Reserve(size_t n, size_t bytes) {
  arena_.reserve(bytes + n * kHeaderBytes);
  entries_.reserve(n);
  size_t slot_count = 16;
  while (slot_count < 2 * n) slot_count *= 2;
  if (slot_count > slots_.size()) Rehash(slot_count);
}

void StringTable::Rehash(size_t slot_count) {
  slots_.assign(slot_count, 0);
  const size_t mask = slot_count - 1;
  for (uint32_t entry : entries_) {
    const uint64_t hash = HashOf(KeyAt(entry));
    size_t slot = hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = Tag(hash) | (uint64_t{entry} + 1);
  }
}

size_t StringTable::SlotOf(std::string_view k, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t slot = hash & mask;
  while (slots_[slot] != 0) {
    if (Tag(slots_[slot]) == Tag(hash) && KeyAt(EntryOf(slots_[slot])) == k) return slot;
    slot = (slot + 1) & mask;
  }
  return slot;
}

uint32_t StringTable::Find(std::string_view k) const {
  if (slots_.empty()) return kNotFound;
  const size_t slot = SlotOf(k, HashOf(k));
  return slots_[slot] == 0 ? kNotFound : IdAt(EntryOf(slots_[slot]));
}

uint32_t StringTable::Insert(std::string_view k) {
  if (2 * (size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
  const uint64_t hash = HashOf(k);
  const size_t slot = SlotOf(k, hash);
  if (slots_[slot] != 0) return IdAt(EntryOf(slots_[slot]));
  const auto id = static_cast<uint32_t>(size());
  const auto entry = static_cast<uint32_t>(arena_.size());
  const auto length = static_cast<uint32_t>(k.size());
  arena_.append(reinterpret_cast<const char*>(&id), sizeof id);
  arena_.append(reinterpret_cast<const char*>(&length), sizeof length);
  arena_.append(k);
  entries_.push_back(entry);
  slots_[slot] = Tag(hash) | (uint64_t{entry} + 1);
  return id;
}

}  // namespace statecraft
