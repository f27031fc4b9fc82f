// Verb patterns indexed by their anchor word, for the coder's lookups, and
// the words each pattern cannot match without, so that the coder skips a
// pattern whose words are not in the sentence at all.
#ifndef STATECRAFT_CODE_VERB_INDEX_H_
#define STATECRAFT_CODE_VERB_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "model/token.h"
#include "normalize/string_table.h"

namespace statecraft {

// Immutable; thread-safe. REQUIRES: dict outlives it.
class VerbIndex {
 public:
  explicit VerbIndex(const Dictionary& dict);
  // Patterns whose anchor is `word` (a lemma or lowercase form); empty if none.
  const std::vector<uint32_t>& Find(std::string_view word) const;
  bool Has(std::string_view word) const { return !Find(word).empty(); }

  // The patterns' words among the forms and lemmas of `tokens`, for
  // MayMatch: bit `id` is set for each word id present.
  std::vector<uint64_t> SentenceWords(const std::vector<Token>& tokens) const;

  // False when pattern `p` has a word element it cannot match without (not
  // optional, not a ">=N" number, not the "and" that a coordinated actor
  // may stand in for) none of whose alternatives is in `sentence_words`:
  // the pattern cannot match that sentence. Matching a word element always
  // means finding one of its alternatives as a token's form or lemma.
  bool MayMatch(uint32_t p, const std::vector<uint64_t>& sentence_words) const;

 private:
  StringTable anchors_;                           // every anchor word
  std::vector<std::vector<uint32_t>> by_anchor_;  // anchors_ id → patterns
  std::vector<uint32_t> empty_;
  StringTable words_;  // every alternative of a required word element
  // Pattern p's required elements are r = first_requirement_[p] ..
  // first_requirement_[p + 1] - 1; element r's alternatives are the word ids
  // alternatives_[first_alternative_[r] .. first_alternative_[r + 1]).
  std::vector<uint32_t> first_requirement_;
  std::vector<uint32_t> first_alternative_;
  std::vector<uint32_t> alternatives_;
};

}  // namespace statecraft

#endif  // STATECRAFT_CODE_VERB_INDEX_H_
