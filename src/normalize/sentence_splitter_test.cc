#include "normalize/sentence_splitter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "normalize/tokenizer.h"

namespace statecraft {
namespace {

// The sentences of `text` as strings (from the first token's start to the
// last token's end).
std::vector<std::string> Sentences(std::string_view text, size_t max_tokens = 0,
                                   std::vector<SentenceBounds>* bounds_out = nullptr) {
  std::vector<RawToken> tokens;
  Tokenizer().Tokenize(text, &tokens);
  std::vector<SentenceBounds> bounds;
  SentenceSplitter::Split(text, tokens, max_tokens, &bounds);
  std::vector<std::string> out;
  uint32_t next = 0;
  for (const SentenceBounds& b : bounds) {
    EXPECT_EQ(b.first_token, next) << "sentences must cover every token in order";
    EXPECT_LT(b.first_token, b.end_token);
    next = b.end_token;
    const uint32_t begin = tokens[b.first_token].span.begin;
    const uint32_t end = tokens[b.end_token - 1].span.end;
    out.emplace_back(text.substr(begin, end - begin));
  }
  EXPECT_EQ(next, tokens.size());
  if (bounds_out != nullptr) *bounds_out = bounds;
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceSplitterTest, AbbreviationsThatDoNotEndSentences) {
  EXPECT_EQ(
      Sentences(
          "Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, said so. He left."),
      (Strings{"Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, said so.",
               "He left."}));
  EXPECT_EQ(Sentences("Mr. Smith met Dr. Jones in St. Louis on Sept. 23. They talked."),
            (Strings{"Mr. Smith met Dr. Jones in St. Louis on Sept. 23.", "They talked."}));
  EXPECT_EQ(Sentences("U.S. officials and U.N. envoys met. J. Smith spoke at 10 a.m. Tuesday."),
            (Strings{"U.S. officials and U.N. envoys met.", "J. Smith spoke at 10 a.m. Tuesday."}));
  EXPECT_EQ(Sentences("He was No. 2 in the party."), (Strings{"He was No. 2 in the party."}));
  EXPECT_EQ(Sentences("Acme Inc. said profits rose."), (Strings{"Acme Inc. said profits rose."}));
}

TEST(SentenceSplitterTest, AbbreviationsThatEndSentences) {
  EXPECT_EQ(Sentences("Tariffs were imposed by the U.S. The talks failed."),
            (Strings{"Tariffs were imposed by the U.S.", "The talks failed."}));
  EXPECT_EQ(Sentences("It was bought by Acme Inc. The deal closed."),
            (Strings{"It was bought by Acme Inc.", "The deal closed."}));
  EXPECT_EQ(Sentences("He said no. Then he left."), (Strings{"He said no.", "Then he left."}));
}

TEST(SentenceSplitterTest, WireCapitalAndAfterUS) {
  // Wire copy converted from capitals writes "the U.S. And Kuwait".
  EXPECT_EQ(Sentences("The U.S. And Kuwait have been negotiating."),
            (Strings{"The U.S. And Kuwait have been negotiating."}));
  EXPECT_EQ(Sentences("It was sold to the U.S. But the deal failed."),
            (Strings{"It was sold to the U.S.", "But the deal failed."}));
}

TEST(SentenceSplitterTest, QuotesAndQuestions) {
  EXPECT_EQ(Sentences("She said it would be \"thoroughly rejected.\" The US declined."),
            (Strings{"She said it would be \"thoroughly rejected.\"", "The US declined."}));
  EXPECT_EQ(Sentences("\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked. Nobody knew!"),
            (Strings{"\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked.", "Nobody knew!"}));
  // A lowercase word after a terminal continues the sentence.
  EXPECT_EQ(Sentences("Talks (in Doha.) ended. Wait... what happened? Nothing."),
            (Strings{"Talks (in Doha.) ended.", "Wait... what happened?", "Nothing."}));
}

TEST(SentenceSplitterTest, ParagraphsEndSentences) {
  EXPECT_EQ(Sentences("SEOUL TALKS END\n\nThe talks ended\nin Seoul on Friday."),
            (Strings{"SEOUL TALKS END", "The talks ended\nin Seoul on Friday."}));
  EXPECT_EQ(Sentences("Shr 10 cts vs 5 cts\n    Net 1,000 vs 500\n    Revs 3 mln"),
            (Strings{"Shr 10 cts vs 5 cts", "Net 1,000 vs 500", "Revs 3 mln"}));
}

TEST(SentenceSplitterTest, LongSentencesAreCutAndContinued) {
  std::string text;
  for (int i = 0; i < 450; ++i) text += "word ";
  text += ". Next one.";
  std::vector<SentenceBounds> bounds;
  const Strings sentences = Sentences(text, 200, &bounds);
  ASSERT_EQ(bounds.size(), 4u);
  EXPECT_EQ(bounds[0].end_token - bounds[0].first_token, 200u);
  EXPECT_TRUE(bounds[0].truncated);
  EXPECT_EQ(bounds[1].end_token - bounds[1].first_token, 200u);
  EXPECT_TRUE(bounds[1].truncated);
  EXPECT_EQ(bounds[2].end_token - bounds[2].first_token, 51u);  // 50 words and the period
  EXPECT_FALSE(bounds[2].truncated);
  EXPECT_EQ(sentences[3], "Next one.");
  EXPECT_FALSE(bounds[3].truncated);
}

TEST(SentenceSplitterTest, EmptyText) { EXPECT_TRUE(Sentences("   \n").empty()); }

// The seed story file: one story per line; each line splits into these
// sentences (given by their first words).
TEST(SentenceSplitterTest, SeedStories) {
  const std::string path =
      std::string(STATECRAFT_SOURCE_DIR) + "/../shared/seed/000_82b43b2dbdc5f7a9.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "seed file absent: " << path;
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  const std::vector<Strings> expected_starts = {
      {"US President Trump's", "Kim Yo Jong stated", "The US and"},
      {"Leaders from both", "They discussed regional", "Emphasis was placed"},
      {"South Korean President", "Their second meeting"},
      {"South Korea and", "Lee Jae-myung, the", "The situation is"},
      {"Indian Prime Minister", "The meeting aims", "Modi's visit comes"},
      {"Ukraine's military intelligence"},
      {"South Korea and Vietnam", "The two nations"},
      {"US President Donald Trump will", "The meeting aims", "Senior European officials"},
      {"US President Donald Trump accepted", "The US proposal", "Despite Russia's advances",
       "European leaders,"},
  };
  ASSERT_EQ(lines.size(), expected_starts.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    const Strings sentences = Sentences(lines[i]);
    ASSERT_EQ(sentences.size(), expected_starts[i].size()) << "line " << i + 1;
    for (size_t s = 0; s < sentences.size(); ++s) {
      EXPECT_EQ(sentences[s].rfind(expected_starts[i][s], 0), 0u)
          << "line " << i + 1 << ": " << sentences[s];
      EXPECT_EQ(sentences[s].back(), '.') << sentences[s];
    }
  }
  // Lt. Gen. stays inside its sentence.
  EXPECT_NE(Sentences(lines[5])[0].find("Lt. Gen. Kyrylo Budanov, has stated"), std::string::npos);
}

}  // namespace
}  // namespace statecraft
