// Lemmatizer: WordNet's morphy (wordnet.h) chosen by the Penn tag: VB* →
// verb, NN and NNS → noun, JJ* → adjective, RB* → adverb; inflecting tags
// (NNS, VBD, VBG, VBN, VBZ, JJR, JJS, RBR, RBS) prefer a stripped form
// ("talks"/NNS → "talk"). Proper nouns (NNP, NNPS) and all other tags keep
// the lowercase form, as do words WordNet does not know. Clitics get their
// full forms ("n't" → "not", "'s" as a verb → "be", "'ll" → "will", "ca" →
// "can", "wo" → "will").
#ifndef STATECRAFT_NORMALIZE_LEMMATIZER_H_
#define STATECRAFT_NORMALIZE_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "model/token.h"
#include "normalize/wordnet.h"
#include "statecraft/status.h"

namespace statecraft {

// Immutable; thread-safe.
class Lemmatizer {
 public:
  // REQUIRES: wordnet is not null.
  explicit Lemmatizer(std::shared_ptr<const WordNet> wordnet) : wordnet_(std::move(wordnet)) {}

  // Loads WordNet from `wordnet_dir` (normally /usr/share/wordnet).
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& wordnet_dir);

  // The lemma of `lower` (a token's Token::lower) tagged `pos`.
  std::string Lemma(std::string_view lower, Pos pos) const;

  // Sets Token::lemma for every token from Token::lower and Token::pos.
  void Lemmatize(Sentence* sentence) const;

 private:
  std::shared_ptr<const WordNet> wordnet_;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_LEMMATIZER_H_
