// The normalize stage: story text → sentences of tagged, lemmatized tokens,
// each token pointing back to its bytes in the original text.
//
// Pieces (one file each): tokenizer.h (tokens and their conventions),
// sentence_splitter.h (sentence boundaries, truncation), token_text.h
// (Token::text / Token::lower), pos_tagger.h (Penn tags from festlex-poslex
// data), lemmatizer.h (WordNet morphy from wordnet-base data).
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
  // is set) so that memory per sentence stays bounded; the rest of the
  // sentence continues as the next Sentence. 0 means no limit.
  size_t max_tokens = 200;
  // Tag and lemmatize (false: tokens only, for prefiltering).
  bool tag = true;
  // A line break followed by an indentation (two or more spaces, or a tab)
  // starts a paragraph, and so ends a sentence, as in Reuters copy. Blank
  // lines always do.
  bool indented_line_starts_paragraph = true;
};

// Where the Debian data files are.
struct NormalizerData {
  std::string festival_dicts_dir = "/usr/share/festival/dicts";  // festlex-poslex
  std::string wordnet_dir = "/usr/share/wordnet";                // wordnet-base
};

class PosTagger;
class Lemmatizer;

// Splits, tokenizes, tags and lemmatizes. Thread-safe after construction: one
// Normalizer is shared by all worker threads.
class Normalizer {
 public:
  // Loads the tagger lexicon and WordNet data from their Debian locations
  // (see docs/decisions). Errors name the missing file and the package.
  static Result<std::unique_ptr<Normalizer>> Create();
  static Result<std::unique_ptr<Normalizer>> Create(const NormalizerData& data);
  ~Normalizer();

  // Sentences with tokens; tags and lemmas are filled when options.tag.
  // Every token's span satisfies text.substr(span) == its surface form;
  // every sentence's span runs from its first token's start to its last
  // token's end. REQUIRES: text is valid UTF-8 (invalid bytes are kept as
  // symbols, never crash) and shorter than 4 GiB.
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
