#include "normalize/string_table.h"

namespace statecraft {

namespace {

// A 64-bit mixer (the finalizer of SplitMix64).
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9u;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBu;
  return x ^ (x >> 31);
}

uint64_t Load8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

uint64_t Load4(const char* p) {
  uint32_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The keys are words, mostly under 16 bytes: read eight bytes at a time
// (the last eight overlapping the block before; a short key as two
// overlapping halves or its first, middle and last bytes), mixed, without
// a loop over bytes (std::hash's murmur cost more than the probe).
uint64_t HashOf(std::string_view key) {
  const char* p = key.data();
  const size_t n = key.size();
  const uint64_t seed = 0x9E3779B97F4A7C15u ^ n;
  if (n >= 8) {
    uint64_t h = seed;
    for (size_t i = 0; i + 8 < n; i += 8) h = Mix(h ^ Load8(p + i));
    return Mix(h ^ Load8(p + n - 8));
  }
  if (n >= 4) return Mix(seed ^ (Load4(p) << 32 | Load4(p + n - 4)));
  if (n > 0) {
    const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    return Mix(seed ^ (byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1)));
  }
  return Mix(seed);
}

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
