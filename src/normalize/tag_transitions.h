// Tag trigram model from festival's WSJ tag n-gram (Debian package
// festlex-poslex, /usr/share/festival/dicts/wsj.wp39.tri.ngrambin).
//
// That file is an Edinburgh Speech Tools dense n-gram in binary form:
//   "NgramBin_2 <order>\n" <vocabulary, space-separated> "\n"
//   <predicted vocabulary> "\n" then big-endian IEEE doubles: for every
//   context (w1, w2) in order w1 * V + w2, the V frequencies of the next
//   tag, run-length coded: a negative value -k repeats the previous value
//   so that it occurs k times in all.
// Counts are of (smoothed) WSJ tag trigrams; the bigram and unigram counts
// are their marginals. Probabilities are interpolated as in TnT (Brants
// 2000), with weights found by deleted interpolation over these counts.
#ifndef STATECRAFT_NORMALIZE_TAG_TRANSITIONS_H_
#define STATECRAFT_NORMALIZE_TAG_TRANSITIONS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/lex_tag.h"
#include "statecraft/status.h"

namespace statecraft {

class TagTransitions {
 public:
  // Reads the binary n-gram at `path`. Errors name the file.
  static Result<TagTransitions> Load(const std::string& path);
  static Result<TagTransitions> Parse(std::string_view content, const std::string& name);

  // ln P(next | prev2 prev1), interpolated; finite for every tag seen in training.
  float LogProb(LexTag prev2, LexTag prev1, LexTag next) const {
    return log_prob_[(static_cast<size_t>(prev2) * kLexTagCount + static_cast<size_t>(prev1)) *
                         kLexTagCount +
                     static_cast<size_t>(next)];
  }

  // Corpus count of each tag (unigram marginal).
  const std::array<double, kLexTagCount>& TagCounts() const { return tag_counts_; }
  // The interpolation weights: unigram, bigram, trigram.
  const std::array<double, 3>& Lambdas() const { return lambdas_; }

 private:
  std::vector<float> log_prob_;  // kLexTagCount^3
  std::array<double, kLexTagCount> tag_counts_{};
  std::array<double, 3> lambdas_{};
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_TAG_TRANSITIONS_H_
