// Leftmost-longest matching of dictionary phrases over a sentence's tokens,
// with a marisa trie of the phrase keys ("south korean", "lee jae-myung").
#ifndef STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_
#define STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_

#include <marisa.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "model/token.h"
#include "normalize/string_table.h"

namespace statecraft {

// A run of tokens [token_begin, token_end) whose lowercase forms spell a
// phrase key; `phrases` lists every dictionary phrase with that key (a name
// can belong to several people; later layers come last).
struct PhraseMatch {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  std::vector<uint32_t> phrases;  // indexes into Dictionary::phrases
};

// Immutable after construction; Match() is thread-safe.
class PhraseMatcher {
 public:
  // REQUIRES: `dict` outlives the matcher.
  explicit PhraseMatcher(const Dictionary& dict);

  // Leftmost-longest, non-overlapping matches in token order, except that a
  // match starting inside another and reaching further wins ("the North
  // Korean leader": "North Korean", not "the North"). Phrases written in
  // capitals match only tokens without lowercase letters. A hyphenated
  // "X-led", "X-linked", "X-owned", "X-flagged" or "X-registered" token
  // whose X is a state, organization or capital matches X ("the Saudi-led
  // coalition", "an Israel-linked cargo ship"); other compounds
  // ("Iran-backed", "Dubai-based") stay unmatched.
  std::vector<PhraseMatch> Match(const std::vector<Token>& tokens) const;

  // Number of distinct phrase keys.
  size_t size() const { return by_key_.size(); }

 private:
  // The longest acceptable match starting at `token_idx` (end == begin: none).
  PhraseMatch LongestAt(const std::vector<Token>& tokens, const std::string& joined,
                        const std::vector<uint32_t>& starts, size_t token_idx, marisa::Agent* agent) const;

  // An "X-led" (-linked, -owned …) compound at `token_idx` (end == begin:
  // none); see Match().
  PhraseMatch LedCompoundAt(const std::vector<Token>& tokens, size_t token_idx, marisa::Agent* agent) const;

  const Dictionary& dict_;
  marisa::Trie trie_;
  std::vector<std::vector<uint32_t>> by_key_;  // trie key id → phrase indexes
  // The first word of every key: a position whose word is not one starts no
  // phrase, and the trie is not searched there (most positions).
  StringTable first_words_;
};

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_
