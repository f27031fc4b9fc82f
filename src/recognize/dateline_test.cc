#include "recognize/dateline.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace statecraft {
namespace {

std::vector<Token> Words(const std::vector<std::string>& words) {
  std::vector<Token> tokens;
  for (const std::string& w : words) {
    Token t;
    t.text = w;
    t.lower = w;
    for (char& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    tokens.push_back(t);
  }
  return tokens;
}

TEST(DatelineTest, FindsTheDashOfACityDateline) {
  EXPECT_EQ(DatelineDash(Words({"TEHRAN", ",", "Dec", "15", "(", "Reuters", ")", "-", "Iran", "said"})), 7u);
  EXPECT_EQ(DatelineDash(Words({"SAMARKAND", ",", "Uzbekistan", ",", "Sept", "16", "(", "Reuters", ")", "-", "Modi"})),
            9u);
}

TEST(DatelineTest, NoDatelineInAPlainSentence) {
  EXPECT_EQ(DatelineDash(Words({"Tehran", ",", "the", "capital", "-", "said"})), 0u);  // not in capitals
  EXPECT_EQ(DatelineDash(Words({"US", ",", "Dec", "15", "-", "x"})), 0u);             // fewer than 3 letters
  EXPECT_EQ(DatelineDash(Words({"TEHRAN", ",", "Dec", "15", "Iran", "said"})), 0u);    // no dash
}

}  // namespace
}  // namespace statecraft
