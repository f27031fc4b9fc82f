#include "normalize/normalizer.h"

#include "normalize/lemmatizer.h"
#include "normalize/pos_tagger.h"
#include "normalize/sentence_splitter.h"
#include "normalize/token_text.h"
#include "normalize/tokenizer.h"
#include "normalize/wordnet.h"

namespace statecraft {

Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create() { return Create(NormalizerData{}); }

Result<std::unique_ptr<Normalizer>> Normalizer::Create(const NormalizerData& data) {
  Result<std::shared_ptr<const WordNet>> wordnet = WordNet::Load(data.wordnet_dir);
  if (!wordnet.ok()) return wordnet.status();
  Result<std::unique_ptr<PosTagger>> tagger = PosTagger::Load(data.festival_dicts_dir, *wordnet);
  if (!tagger.ok()) return tagger.status();
  std::unique_ptr<Normalizer> normalizer(new Normalizer());
  normalizer->tagger_ = std::move(tagger).value();
  normalizer->lemmatizer_ = std::make_unique<Lemmatizer>(std::move(wordnet).value());
  return normalizer;
}

std::vector<Sentence> Normalizer::Split(std::string_view text,
                                        const NormalizeOptions& options) const {
  std::vector<RawToken> raw;
  raw.reserve(text.size() / 5 + 1);
  Tokenizer(TokenizerOptions{options.indented_line_starts_paragraph}).Tokenize(text, &raw);
  std::vector<SentenceBounds> bounds;
  SentenceSplitter::Split(text, raw, options.max_tokens, &bounds);

  std::vector<Sentence> sentences(bounds.size());
  for (size_t s = 0; s < bounds.size(); ++s) {
    const SentenceBounds& b = bounds[s];
    Sentence& sentence = sentences[s];
    sentence.span = Span{raw[b.first_token].span.begin, raw[b.end_token - 1].span.end};
    sentence.truncated = b.truncated;
    sentence.tokens.resize(b.end_token - b.first_token);
    for (uint32_t t = b.first_token; t < b.end_token; ++t) {
      Token& token = sentence.tokens[t - b.first_token];
      token.span = raw[t].span;
      MakeTokenText(token.span.Of(text), &token.text, &token.lower);
    }
    if (options.tag) TagAndLemmatize(&sentence);
  }
  return sentences;
}

void Normalizer::TagAndLemmatize(Sentence* sentence) const {
  tagger_->Tag(sentence);
  lemmatizer_->Lemmatize(sentence);
}

}  // namespace statecraft
