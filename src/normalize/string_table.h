// An insert-only string → dense id table (open addressing, keys in one
// arena). Used for the tagger lexicon and WordNet's lemma lists, where
// std::unordered_map would cost a node and a string per entry.
#ifndef STATECRAFT_NORMALIZE_STRING_TABLE_H_
#define STATECRAFT_NORMALIZE_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace statecraft {

// Not thread-safe for Insert; Find and key() are safe to call concurrently
// once building is done.
class StringTable {
 public:
  static constexpr uint32_t kNotFound = UINT32_MAX;

  // Expects about `n` keys of `bytes` total length.
  void Reserve(size_t n, size_t bytes);

  // The id of `key` (ids are 0, 1, 2... in insertion order), inserting it if new.
  uint32_t Insert(std::string_view key);

  // The id of `key`, or kNotFound.
  uint32_t Find(std::string_view key) const;
  bool Contains(std::string_view key) const { return Find(key) != kNotFound; }

  size_t size() const { return entries_.size(); }
  std::string_view key(uint32_t id) const { return KeyAt(entries_[id]); }

 private:
  // Each key's entry in the arena is its id (4 bytes), its length (4 bytes)
  // and its bytes, so that a probe that finds a slot whose hash agrees reads
  // one place of memory to confirm the key and return its id.
  static constexpr size_t kHeaderBytes = 8;

  uint32_t IdAt(uint32_t entry) const {
    uint32_t id;
    std::memcpy(&id, arena_.data() + entry, sizeof id);
    return id;
  }
  std::string_view KeyAt(uint32_t entry) const {
    uint32_t length;
    std::memcpy(&length, arena_.data() + entry + 4, sizeof length);
    return std::string_view(arena_.data() + entry + kHeaderBytes, length);
  }
  // The slot where `key` (of hash `hash`) is, or the empty slot where it
  // would go.
  size_t SlotOf(std::string_view key, uint64_t hash) const;
  void Rehash(size_t slot_count);

  std::string arena_;
  std::vector<uint32_t> entries_;  // id → the offset of its entry in arena_
  // Per slot: the entry's offset + 1 in the low 32 bits (0 when empty) and
  // the key's hash's high 32 bits above, so that a probe compares keys only
  // when the hashes agree; size is a power of two.
  std::vector<uint64_t> slots_;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_STRING_TABLE_H_
