// The tag set of festival's WSJ part-of-speech model (festlex-poslex): Penn
// Treebank tags, lowercase, with three differences: all punctuation is
// "punc", "of" and "to" have tags of their own, and "prp" covers PRP$ (and
// "wp" covers WP$). The tagger works in this tag set and maps to Pos at the
// end (ToPos).
#ifndef STATECRAFT_NORMALIZE_LEX_TAG_H_
#define STATECRAFT_NORMALIZE_LEX_TAG_H_

#include <cstdint>
#include <string_view>

#include "model/token.h"

namespace statecraft {

enum class LexTag : uint8_t {
  NN,
  PUNC,
  NNP,
  DT,
  IN,
  JJ,
  NNS,
  CD,
  RB,
  VBD,
  VB,
  PRP,
  CC,
  OF,
  TO,
  VBZ,
  VBN,
  VBG,
  VBP,
  MD,
  POS,
  WDT,
  JJR,
  WP,
  NNPS,
  WRB,
  JJS,
  RBR,
  RP,
  EX,
  RBS,
  PDT,
  FW,
  UH,
  SYM,
  LS,
  kCount
};

inline constexpr int kLexTagCount = static_cast<int>(LexTag::kCount);

// "nn", "punc", ...; LexTagFromName returns kCount for names outside the set
// (festival's "1" and "2" placeholder tags among them).
std::string_view LexTagName(LexTag tag);
LexTag LexTagFromName(std::string_view name);

// The Penn tag for `tag` on a token whose normalized text is `text`:
// "punc" becomes kPeriod for . ! ?, SYM for $ # € £ ¥, kPunct otherwise; "of" → IN;
// "to" → TO; "prp" → PRP$ for possessive determiners (his, its, their, my,
// our, your; "her" when `possessive_her`); "wp" → WP$ for "whose".
Pos ToPos(LexTag tag, std::string_view text, bool possessive_her);

inline bool IsProperNoun(LexTag t) { return t == LexTag::NNP || t == LexTag::NNPS; }

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_LEX_TAG_H_
