// Tag probabilities for words the lexicon does not know, from their last
// letters: a suffix model in the manner of TnT (Brants 2000), trained at
// start-up on the lexicon's own rare words (estimated count <= 10), which
// behave most like unseen ones. Hyphenated words ("long-range") have a
// model of their own. Capitalization is not modelled here (the lexicon is
// lowercase); the tagger weighs it separately.
#ifndef STATECRAFT_NORMALIZE_UNKNOWN_WORD_MODEL_H_
#define STATECRAFT_NORMALIZE_UNKNOWN_WORD_MODEL_H_

#include <array>
#include <string_view>
#include <vector>

#include "normalize/lex_tag.h"
#include "normalize/string_table.h"
#include "normalize/tag_lexicon.h"

namespace statecraft {

class UnknownWordModel {
 public:
  static constexpr size_t kMaxSuffix = 5;  // bytes

  // `tag_counts`: corpus count of each tag (to turn the lexicon's
  // probabilities into counts).
  static UnknownWordModel Build(const TagLexicon& lexicon,
                                const std::array<double, kLexTagCount>& tag_counts);

  // P(tag | suffix of `lower`) for every tag, smoothed by successive
  // abstraction over shorter suffixes. `lower` is the lowercase word.
  // Suffixes seen in fewer than kMinSuffixCount word occurrences are not
  // used. `whole_word`: false excludes the suffix that is the whole word
  // (for a known word, whose own entry is in the training set).
  std::array<float, kLexTagCount> Probabilities(std::string_view lower,
                                                bool whole_word = true) const;

  static constexpr float kMinSuffixCount = 3;

 private:
  StringTable suffixes_;       // class byte ('w' plain, 'h' hyphenated) + suffix
  std::vector<float> probs_;   // kLexTagCount per suffix id: P(tag | suffix)
  std::vector<float> totals_;  // per suffix id: the count of rare-word occurrences with it
  float theta_ = 0;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_UNKNOWN_WORD_MODEL_H_
