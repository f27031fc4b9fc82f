#include "recognize/dateline.h"

#include <string>
#include <string_view>

namespace statecraft {

uint32_t DatelineDash(const std::vector<Token>& tokens) {
  using std::string_view_literals::operator""sv;
  if (tokens.size() < 4 || !(tokens[1].lower == ","sv || tokens[1].lower == "-"sv)) return 0;
  int letters = 0;
  for (const char ch : tokens[0].text) {
    if (ch >= 'a' && ch <= 'z') return 0;
    if (ch >= 'A' && ch <= 'Z') ++letters;
  }
  if (letters < 3) return 0;
  for (uint32_t t = 1; t < tokens.size() && t < 14; ++t) {
    if (tokens[t].lower == "-"sv || tokens[t].lower == "--"sv || tokens[t].text == "\u2014") return t;
  }
  return 0;
}

}  // namespace statecraft
