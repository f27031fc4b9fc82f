#include "normalize/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "normalize/token_text.h"

namespace statecraft {
namespace {

// Checks the span invariants and returns the tokens' surface forms.
std::vector<std::string> Surfaces(std::string_view text, std::vector<RawToken>* raw_out = nullptr) {
  std::vector<RawToken> raw;
  Tokenizer().Tokenize(text, &raw);
  std::vector<std::string> out;
  uint32_t last_end = 0;
  for (const RawToken& token : raw) {
    EXPECT_LT(token.span.begin, token.span.end) << text;
    EXPECT_GE(token.span.begin, last_end) << text;
    EXPECT_LE(token.span.end, text.size()) << text;
    last_end = token.span.end;
    out.emplace_back(token.span.Of(text));
  }
  if (raw_out != nullptr) *raw_out = raw;
  return out;
}

// The normalized Token::text of each token.
std::vector<std::string> Texts(std::string_view text) {
  std::vector<RawToken> raw;
  Tokenizer().Tokenize(text, &raw);
  std::vector<std::string> out;
  for (const RawToken& token : raw) {
    std::string t, l;
    MakeTokenText(token.span.Of(text), &t, &l);
    out.push_back(t);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, TitlesAndNames) {
  EXPECT_EQ(Surfaces("Lt. Gen. Kyrylo Budanov said"),
            (Strings{"Lt.", "Gen.", "Kyrylo", "Budanov", "said"}));
  EXPECT_EQ(Surfaces("President Lee Jae-myung"), (Strings{"President", "Lee", "Jae-myung"}));
  EXPECT_EQ(Surfaces("Dr. J. Smith and Mr. O'Brien"),
            (Strings{"Dr.", "J.", "Smith", "and", "Mr.", "O'Brien"}));
}

TEST(TokenizerTest, DatesNumbersMoneyPercent) {
  EXPECT_EQ(Surfaces("from September 23-29"), (Strings{"from", "September", "23-29"}));
  EXPECT_EQ(Surfaces("Sept. 23-29, 2025"), (Strings{"Sept.", "23-29", ",", "2025"}));
  EXPECT_EQ(Surfaces("a 50% tariff"), (Strings{"a", "50", "%", "tariff"}));
  EXPECT_EQ(Surfaces("$150 billion by 2030."), (Strings{"$", "150", "billion", "by", "2030", "."}));
  EXPECT_EQ(Surfaces("1,200 troops and 3.5 tonnes"),
            (Strings{"1,200", "troops", "and", "3.5", "tonnes"}));
  EXPECT_EQ(Surfaces("in the '90s"), (Strings{"in", "the", "'90s"}));
  EXPECT_EQ(Surfaces("No. 2 official"), (Strings{"No.", "2", "official"}));
  EXPECT_EQ(Surfaces("He said no."), (Strings{"He", "said", "no", "."}));
  EXPECT_EQ(Surfaces("at 10 a.m. Tuesday"), (Strings{"at", "10", "a.m.", "Tuesday"}));
  EXPECT_EQ(Surfaces("1,2345"), (Strings{"1", ",", "2345"}));
}

TEST(TokenizerTest, Abbreviations) {
  EXPECT_EQ(Surfaces("the U.S. and the U.N."), (Strings{"the", "U.S.", "and", "the", "U.N."}));
  EXPECT_EQ(Surfaces("Acme Inc. and Foo Corp. said"),
            (Strings{"Acme", "Inc.", "and", "Foo", "Corp.", "said"}));
  EXPECT_EQ(Surfaces("U.S.-China talks"), (Strings{"U.S.-China", "talks"}));
  EXPECT_EQ(Surfaces("St. Petersburg"), (Strings{"St.", "Petersburg"}));
  // A word that is not an abbreviation gives its period back.
  EXPECT_EQ(Surfaces("the talks ended."), (Strings{"the", "talks", "ended", "."}));
  EXPECT_EQ(Surfaces("said.The"), (Strings{"said", ".", "The"}));
}

TEST(TokenizerTest, Clitics) {
  EXPECT_EQ(Surfaces("didn't"), (Strings{"did", "n't"}));
  EXPECT_EQ(Surfaces("can't won't"), (Strings{"ca", "n't", "wo", "n't"}));
  EXPECT_EQ(Surfaces("Trump's ire"), (Strings{"Trump", "'s", "ire"}));
  EXPECT_EQ(Surfaces("Japan cannot accept"), (Strings{"Japan", "can", "not", "accept"}));
  EXPECT_EQ(Surfaces("Cannot"), (Strings{"Can", "not"}));
  EXPECT_EQ(Surfaces("Trump\xE2\x80\x99s ire"), (Strings{"Trump", "\xE2\x80\x99s", "ire"}));
  EXPECT_EQ(Texts("Trump\xE2\x80\x99s"), (Strings{"Trump", "'s"}));
  EXPECT_EQ(Surfaces("they're we've I'll she'd I'm"),
            (Strings{"they", "'re", "we", "'ve", "I", "'ll", "she", "'d", "I", "'m"}));
  EXPECT_EQ(Surfaces("the countries' leaders"), (Strings{"the", "countries", "'", "leaders"}));
  EXPECT_EQ(Surfaces("the U.S.'s role"), (Strings{"the", "U.S.", "'s", "role"}));
  EXPECT_EQ(Texts("don\xE2\x80\x99t"), (Strings{"do", "n't"}));
}

TEST(TokenizerTest, HyphensAndDashes) {
  EXPECT_EQ(Surfaces("US-China rivalry, long-range missiles"),
            (Strings{"US-China", "rivalry", ",", "long-range", "missiles"}));
  EXPECT_EQ(Surfaces("Kyiv -- Moscow"), (Strings{"Kyiv", "--", "Moscow"}));
  EXPECT_EQ(Surfaces("Kyiv--Moscow"), (Strings{"Kyiv", "--", "Moscow"}));
  EXPECT_EQ(Surfaces("Kyiv\xE2\x80\x94Moscow"), (Strings{"Kyiv", "\xE2\x80\x94", "Moscow"}));
  EXPECT_EQ(Texts("Kyiv\xE2\x80\x94Moscow"), (Strings{"Kyiv", "--", "Moscow"}));
  // An en dash inside a range stays in the token and becomes a hyphen in text.
  EXPECT_EQ(Surfaces("23\xE2\x80\x93"
                     "29"),
            (Strings{"23\xE2\x80\x93"
                     "29"}));
  EXPECT_EQ(Texts("23\xE2\x80\x93"
                  "29"),
            (Strings{"23-29"}));
}

TEST(TokenizerTest, UnderscoresBetweenNameWordsAreSpaces) {
  // "Dol_Amroth" as dictionaries write names: two words; other underscores join.
  EXPECT_EQ(Surfaces("the Prince of Dol_Amroth."), (Strings{"the", "Prince", "of", "Dol", "Amroth", "."}));
  EXPECT_EQ(Surfaces("file_name and NEW_YORK"), (Strings{"file_name", "and", "NEW", "YORK"}));
  EXPECT_EQ(Surfaces("snake_case x_1"), (Strings{"snake_case", "x_1"}));
}

TEST(TokenizerTest, QuotesBracketsEllipsis) {
  std::vector<RawToken> raw;
  EXPECT_EQ(Surfaces("would be \"thoroughly rejected\".", &raw),
            (Strings{"would", "be", "\"", "thoroughly", "rejected", "\"", "."}));
  EXPECT_TRUE(raw[2].flags & kOpening);
  EXPECT_TRUE(raw[5].flags & kClosing);
  EXPECT_TRUE(raw[6].flags & kTerminal);
  EXPECT_EQ(Surfaces("\xE2\x80\x9CWe will fight,\xE2\x80\x9D he said"),
            (Strings{"\xE2\x80\x9C", "We", "will", "fight", ",", "\xE2\x80\x9D", "he", "said"}));
  EXPECT_EQ(Texts("\xE2\x80\x9CWe\xE2\x80\x9D \xE2\x80\x98no\xE2\x80\x99"),
            (Strings{"\"", "We", "\"", "'", "no", "'"}));
  EXPECT_EQ(Surfaces("(Reuters) - Talks [in Doha]"),
            (Strings{"(", "Reuters", ")", "-", "Talks", "[", "in", "Doha", "]"}));
  EXPECT_EQ(Surfaces("wait... what\xE2\x80\xA6 now"),
            (Strings{"wait", "...", "what", "\xE2\x80\xA6", "now"}));
  EXPECT_EQ(Texts("what\xE2\x80\xA6"), (Strings{"what", "..."}));
  EXPECT_EQ(Surfaces("Really?! Yes!"), (Strings{"Really", "?!", "Yes", "!"}));
}

TEST(TokenizerTest, UrlsStayWhole) {
  EXPECT_EQ(Surfaces("see https://example.org/a?b=1. Then"),
            (Strings{"see", "https://example.org/a?b=1", ".", "Then"}));
  EXPECT_EQ(Surfaces("(mail press@example.com)"), (Strings{"(", "mail", "press@example.com", ")"}));
}

TEST(TokenizerTest, WhitespaceAndParagraphs) {
  std::vector<RawToken> raw;
  EXPECT_EQ(Surfaces("one\ntwo\n\nthree\n    four\tfive", &raw),
            (Strings{"one", "two", "three", "four", "five"}));
  EXPECT_FALSE(raw[1].flags & kParagraphBefore);  // a single line break is a space
  EXPECT_TRUE(raw[2].flags & kParagraphBefore);   // blank line
  EXPECT_TRUE(raw[3].flags & kParagraphBefore);   // Reuters indentation
  EXPECT_FALSE(raw[4].flags & kParagraphBefore);
  std::vector<RawToken> plain;
  Tokenizer(TokenizerOptions{.indented_line_starts_paragraph = false}).Tokenize("a\n    b", &plain);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_FALSE(plain[1].flags & kParagraphBefore);
  // No-break and ideographic spaces separate tokens too.
  EXPECT_EQ(Surfaces("a\xC2\xA0"
                     "b\xE3\x80\x80"
                     "c"),
            (Strings{"a", "b", "c"}));
  EXPECT_TRUE(Surfaces("  \n\t ").empty());
  EXPECT_TRUE(Surfaces("").empty());
}

TEST(TokenizerTest, UnicodeLettersAndMarks) {
  // Decomposed "Orbán" (a + combining acute) is one token; text is NFC.
  EXPECT_EQ(Surfaces("Viktor Orba\xCC\x81n said"), (Strings{"Viktor", "Orba\xCC\x81n", "said"}));
  EXPECT_EQ(Texts("Orba\xCC\x81n"), (Strings{"Orb\xC3\xA1n"}));
  // CJK, Cyrillic, Arabic, a 4-byte letter, an emoji, a zero-width joiner.
  EXPECT_EQ(
      Surfaces("\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 "
               "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF \xF0\x9D\x90\x80x \xF0\x9F\x98\x80!"),
      (Strings{"\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3", "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
               "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", "\xF0\x9D\x90\x80x", "\xF0\x9F\x98\x80",
               "!"}));
  std::string text, lower;
  MakeTokenText("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", &text, &lower);
  EXPECT_EQ(lower, "\xD0\xBA\xD0\xB8\xD1\x97\xD0\xB2");  // Київ → київ
}

TEST(TokenizerTest, LowerFoldsDottedAbbreviations) {
  std::string text, lower;
  MakeTokenText("U.S.", &text, &lower);
  EXPECT_EQ(text, "U.S.");
  EXPECT_EQ(lower, "us");
  MakeTokenText("U.N.", &text, &lower);
  EXPECT_EQ(lower, "un");
  MakeTokenText("Gen.", &text, &lower);
  EXPECT_EQ(lower, "gen");
  MakeTokenText("Jae-myung", &text, &lower);
  EXPECT_EQ(lower, "jae-myung");
  MakeTokenText("3.5", &text, &lower);
  EXPECT_EQ(lower, "3.5");
  MakeTokenText("...", &text, &lower);
  EXPECT_EQ(lower, "...");
}

TEST(TokenizerTest, InvalidBytesKeepSpansValid) {
  const std::string text = "ab\xFF\xFE cd \xC3 e\x80 \xE2\x80";
  // Each invalid byte is a symbol token of its own; nothing is lost.
  const Strings surfaces = Surfaces(text);
  ASSERT_GE(surfaces.size(), 4u);
  EXPECT_EQ(surfaces[0], "ab");
  EXPECT_EQ(surfaces[1], "\xFF");
  EXPECT_EQ(surfaces[2], "\xFE");
  EXPECT_EQ(surfaces[3], "cd");
  std::string joined;
  for (const std::string& s : surfaces) joined += s;
  EXPECT_EQ(joined,
            "ab\xFF\xFE"
            "cd\xC3"
            "e\x80\xE2\x80");
}

TEST(TokenizerTest, RandomBytesKeepInvariants) {
  std::mt19937 rng(7);
  const std::string alphabet[] = {"a",
                                  "Z",
                                  "9",
                                  " ",
                                  "\n",
                                  ".",
                                  "'",
                                  "-",
                                  ",",
                                  "\"",
                                  "$",
                                  "%",
                                  "\xE2\x80\x99",
                                  "\xE2\x80\x94",
                                  "\xC3\xA1",
                                  "\xFF",
                                  "\xE2",
                                  "(",
                                  "U.S.",
                                  "n't"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 24);
    for (int i = 0; i < len; ++i) text += alphabet[rng() % std::size(alphabet)];
    std::vector<RawToken> raw;
    Tokenizer().Tokenize(text, &raw);
    uint32_t last_end = 0;
    for (const RawToken& token : raw) {
      ASSERT_LT(token.span.begin, token.span.end);
      ASSERT_GE(token.span.begin, last_end);
      ASSERT_LE(token.span.end, text.size());
      last_end = token.span.end;
      std::string t, l;
      MakeTokenText(token.span.Of(text), &t, &l);  // must not crash
      ASSERT_FALSE(t.empty());
    }
  }
}

}  // namespace
}  // namespace statecraft
