// Tokens and sentences produced by the normalize stage.
#ifndef STATECRAFT_MODEL_TOKEN_H_
#define STATECRAFT_MODEL_TOKEN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/span.h"

namespace statecraft {

// Penn Treebank part-of-speech tags (the tag set of the festlex-poslex lexicon).
enum class Pos : uint8_t {
  kUnknown = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  kPunct,   // , ; : ( ) " ' and other punctuation
  kPeriod,  // sentence-final . ! ?
  kCount
};

// "NN", "VBD", ","; PRPS prints as "PRP$", WPS as "WP$".
const char* PosName(Pos pos);
// Inverse of PosName; kUnknown when unknown.
Pos PosFromName(const std::string& name);

inline bool IsVerb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
inline bool IsNoun(Pos p) { return p >= Pos::NN && p <= Pos::NNPS; }
inline bool IsAdjective(Pos p) { return p >= Pos::JJ && p <= Pos::JJS; }
inline bool IsAdverb(Pos p) { return p >= Pos::RB && p <= Pos::RBS; }

struct Token {
  Span span;          // bytes of the surface form in the original story text
  std::string text;   // the surface form after Unicode normalization (NFC, curly quotes → ASCII)
  std::string lower;  // `text` lowercased, dashes and dots folded for matching ("u.s." → "us")
  std::string lemma;  // WordNet base form of `lower` for its tag ("met" → "meet")
  Pos pos = Pos::kUnknown;
};

struct Sentence {
  Span span;                  // bytes of the sentence in the story text
  std::vector<Token> tokens;
  bool truncated = false;     // cut at NormalizeOptions::max_tokens
};

}  // namespace statecraft

#endif  // STATECRAFT_MODEL_TOKEN_H_
