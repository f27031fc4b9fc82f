#include "normalize/lemmatizer.h"

namespace statecraft {

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& wordnet_dir) {
  Result<std::shared_ptr<const WordNet>> wordnet = WordNet::Load(wordnet_dir);
  if (!wordnet.ok()) return wordnet.status();
  return std::make_unique<Lemmatizer>(std::move(wordnet).value());
}

std::string Lemmatizer::Lemma(std::string_view lower, Pos pos) const {
  if (lower == "n't") return "not";
  if (lower == "'s" && pos == Pos::VBZ) return "be";
  if (lower == "'re" || lower == "'m") return "be";
  if (lower == "'ve") return "have";
  if (lower == "'ll") return "will";
  if (lower == "'d") return pos == Pos::MD ? "would" : "have";
  if (pos == Pos::MD) {
    if (lower == "ca") return "can";
    if (lower == "wo") return "will";
    if (lower == "sha") return "shall";
  }
  WordNet::Class cls;
  bool inflected = false;
  switch (pos) {
    case Pos::NNS:
      inflected = true;
      [[fallthrough]];
    case Pos::NN:
      cls = WordNet::kNoun;
      break;
    case Pos::VBD:
    case Pos::VBG:
    case Pos::VBN:
    case Pos::VBZ:
      inflected = true;
      [[fallthrough]];
    case Pos::VB:
    case Pos::VBP:
      cls = WordNet::kVerb;
      break;
    case Pos::JJR:
    case Pos::JJS:
      inflected = true;
      [[fallthrough]];
    case Pos::JJ:
      cls = WordNet::kAdj;
      break;
    case Pos::RBR:
    case Pos::RBS:
      inflected = true;
      [[fallthrough]];
    case Pos::RB:
      cls = WordNet::kAdv;
      break;
    default:
      return std::string(lower);
  }
  std::string scratch;
  const std::string_view lemma = wordnet_->Morphy(lower, cls, inflected, &scratch);
  return std::string(lemma.empty() ? lower : lemma);
}

void Lemmatizer::Lemmatize(Sentence* sentence) const {
  for (Token& token : sentence->tokens) token.lemma = Lemma(token.lower, token.pos);
}

}  // namespace statecraft
