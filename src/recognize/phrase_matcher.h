// Leftmost-longest matching of dictionary phrases over a sentence's tokens,
// with a hash table of the phrase keys ("south korean", "lee jae-myung") and
// of their beginnings at word boundaries ("south"), so that a walk from a
// token stops at the first word no key continues with
// (docs/decisions/0025-phrase-tables.md).
#ifndef STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_
#define STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_

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
  // ("Iran-backed", "Dubai-based") stay unmatched. Two nationalities before
  // a person ("British-Egyptian activist") match one state: see
  // DualNationalityAt().
  std::vector<PhraseMatch> Match(const std::vector<Token>& tokens) const;

  // Number of distinct phrase keys.
  size_t size() const { return key_count_; }

 private:
  // The longest acceptable match starting at `token_idx` (end == begin: none).
  PhraseMatch LongestAt(const std::vector<Token>& tokens, size_t token_idx, std::string* scratch) const;

  // An "X-led" (-linked, -owned …) compound at `token_idx` (end == begin:
  // none); see Match().
  PhraseMatch LedCompoundAt(const std::vector<Token>& tokens, size_t token_idx) const;

  // A "U.S.-Soviet", "Iran-Iraq" compound of two states at `token_idx`: the
  // two states' names (end == begin: none); see Match().
  PhraseMatch StatePairAt(const std::vector<Token>& tokens, size_t token_idx) const;

  // A "British-Egyptian activist", "Israeli-American soldier" token of two
  // nationalities before a common noun at `token_idx`: the one country the
  // rest of the sentence also names, else the first (end == begin: none).
  PhraseMatch DualNationalityAt(const std::vector<Token>& tokens, size_t token_idx) const;

  // The country a phrase key names as a name or an adjective ("us",
  // "soviet"), or -1; with `demonym_only`, as an adjective only.
  int CountryOfKey(const std::string& key, bool demonym_only = false) const;

  const Dictionary& dict_;
  // Every phrase key, and every beginning of a key that ends at a word
  // boundary short of the whole key ("south", "south korean" of "south
  // korean army"), in one table so that a step of the walk is one lookup.
  StringTable texts_;
  std::vector<std::vector<uint32_t>> by_text_;  // texts_ id → phrases with that key (none: a beginning only)
  std::vector<bool> begins_key_;               // texts_ id → a longer key begins with it: the walk goes on
  std::vector<int> country_name_phrase_;      // actor → a name phrase of that country (-1: none)
  size_t key_count_ = 0;
};

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_PHRASE_MATCHER_H_
