#include "normalize/lex_tag.h"

#include <array>

namespace statecraft {

namespace {

constexpr std::array<std::string_view, kLexTagCount> kNames = {
    "nn",   "punc", "nnp", "dt",  "in",  "jj",  "nns", "cd",  "rb",  "vbd", "vb",  "prp",
    "cc",   "of",   "to",  "vbz", "vbn", "vbg", "vbp", "md",  "pos", "wdt", "jjr", "wp",
    "nnps", "wrb",  "jjs", "rbr", "rp",  "ex",  "rbs", "pdt", "fw",  "uh",  "sym", "ls"};

bool EqualsFolded(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view LexTagName(LexTag tag) { return kNames[static_cast<size_t>(tag)]; }

LexTag LexTagFromName(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<LexTag>(i);
  }
  return LexTag::kCount;
}

Pos ToPos(LexTag tag, std::string_view text, bool possessive_her) {
  switch (tag) {
    case LexTag::PUNC:
      if (text == "." || text == "!" || text == "?" ||
          (!text.empty() && (text[0] == '!' || text[0] == '?'))) {
        return Pos::kPeriod;
      }
      if (text == "$" || text == "#" || text == "\xE2\x82\xAC" || text == "\xC2\xA3" ||
          text == "\xC2\xA5") {
        return Pos::SYM;  // $ # € £ ¥
      }
      return Pos::kPunct;
    case LexTag::OF:
      return Pos::IN;
    case LexTag::TO:
      return Pos::TO;
    case LexTag::PRP:
      for (std::string_view w : {"his", "its", "their", "my", "our", "your", "thy"}) {
        if (EqualsFolded(text, w)) return Pos::PRPS;
      }
      if (possessive_her && EqualsFolded(text, "her")) return Pos::PRPS;
      return Pos::PRP;
    case LexTag::WP:
      return EqualsFolded(text, "whose") ? Pos::WPS : Pos::WP;
    default:
      break;
  }
  static constexpr std::array<Pos, kLexTagCount> kMap = {
      Pos::NN,  Pos::kPunct, Pos::NNP, Pos::DT,  Pos::IN,  Pos::JJ, Pos::NNS,  Pos::CD,  Pos::RB,
      Pos::VBD, Pos::VB,     Pos::PRP, Pos::CC,  Pos::IN,  Pos::TO, Pos::VBZ,  Pos::VBN, Pos::VBG,
      Pos::VBP, Pos::MD,     Pos::POS, Pos::WDT, Pos::JJR, Pos::WP, Pos::NNPS, Pos::WRB, Pos::JJS,
      Pos::RBR, Pos::RP,     Pos::EX,  Pos::RBS, Pos::PDT, Pos::FW, Pos::UH,   Pos::SYM, Pos::LS};
  return kMap[static_cast<size_t>(tag)];
}

}  // namespace statecraft
