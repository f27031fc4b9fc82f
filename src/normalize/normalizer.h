// The normalize stage: story text → sentences of tagged, lemmatized tokens,
// each token pointing back to its bytes in the original text.
#ifndef STATECRAFT_NORMALIZE_NORMALIZER_H_
#define STATECRAFT_NORMALIZE_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/token.h"
#include "statecraft/status.h"

namespace statecraft {

struct NormalizeOptions {
  // Sentences longer than this many tokens are cut here (Sentence::truncated
  // is set) so that memory per sentence stays bounded.
  size_t max_tokens = 200;
  // Tag and lemmatize (false: tokens only, for prefiltering).
  bool tag = true;
};

class PosTagger;
class Lemmatizer;

// Splits, tokenizes, tags and lemmatizes. Thread-safe after construction: one
// Normalizer is shared by all worker threads.
class Normalizer {
 public:
  // Loads the tagger lexicon and WordNet data from their Debian locations
  // (see docs/decisions). Errors name the missing file.
  static Result<std::unique_ptr<Normalizer>> Create();
  ~Normalizer();

  // Sentences with tokens; tags and lemmas are filled when options.tag.
  // REQUIRES: text is valid UTF-8.
  std::vector<Sentence> Split(std::string_view text, const NormalizeOptions& options) const;

  // Tags and lemmatizes one sentence in place (for lazy analysis after a prefilter).
  void TagAndLemmatize(Sentence* sentence) const;

 private:
  Normalizer() = default;
  std::unique_ptr<PosTagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_NORMALIZER_H_
