#include "model/token.h"

#include <array>

namespace statecraft {

namespace {
constexpr std::array<const char*, static_cast<size_t>(Pos::kCount)> kNames = {
    "?",   "CC",  "CD",  "DT",  "EX",  "FW",  "IN",   "JJ",  "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",  "VB",  "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$",
    "WRB", ",",   "."};
}  // namespace

const char* PosName(Pos pos) { return kNames[static_cast<size_t>(pos)]; }

Pos PosFromName(const std::string& name) {
  for (size_t i = 1; i < kNames.size(); ++i) {
    if (name == kNames[i]) return static_cast<Pos>(i);
  }
  if (name == ":" || name == "(" || name == ")" || name == "``" || name == "''" || name == "-LRB-" ||
      name == "-RRB-" || name == "#" || name == "$") {
    return name == "$" || name == "#" ? Pos::SYM : Pos::kPunct;
  }
  return Pos::kUnknown;
}

}  // namespace statecraft
