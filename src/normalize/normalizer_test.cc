#include "normalize/normalizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace statecraft {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists("/usr/share/festival/dicts/wsj.wp39.poslexR") ||
        !std::filesystem::exists("/usr/share/wordnet/index.noun")) {
      return;
    }
    auto created = Normalizer::Create();
    if (created.ok()) normalizer_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() {
    delete normalizer_;
    normalizer_ = nullptr;
  }
  void SetUp() override {
    if (normalizer_ == nullptr) GTEST_SKIP() << "festlex-poslex or wordnet-base is not installed";
  }
  static Normalizer* normalizer_;
};

Normalizer* NormalizerTest::normalizer_ = nullptr;

constexpr char kStory[] =
    "Ukraine\xE2\x80\x99s military intelligence chief, Lt. Gen. Kyrylo Budanov, has stated that "
    "North Korea "
    "gained experience. South Korea and Vietnam pledged to double trade to $150 billion by "
    "2030.\n\n"
    "Indian Prime Minister Narendra Modi will visit the U.S. from September 23-29 amid a 50% "
    "tariff. "
    "Leaders didn't meet.";

TEST_F(NormalizerTest, SpansPointIntoTheOriginalText) {
  const std::string text = kStory;
  const std::vector<Sentence> sentences = normalizer_->Split(text, NormalizeOptions{});
  ASSERT_EQ(sentences.size(), 4u);
  for (const Sentence& s : sentences) {
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
    EXPECT_EQ(s.span.end, s.tokens.back().span.end);
    for (const Token& t : s.tokens) {
      EXPECT_LE(t.span.end, text.size());
      const std::string_view surface = t.span.Of(text);
      EXPECT_FALSE(surface.empty());
      // ASCII surfaces are copied unchanged into `text`.
      if (surface.find('\xE2') == std::string_view::npos) EXPECT_EQ(surface, t.text);
      EXPECT_NE(t.pos, Pos::kUnknown) << t.text;
      EXPECT_FALSE(t.lemma.empty()) << t.text;
    }
  }
  // The curly apostrophe: surface keeps it, text and lower fold it.
  const Token& clitic = sentences[0].tokens[1];
  EXPECT_EQ(clitic.span.Of(text), "\xE2\x80\x99s");
  EXPECT_EQ(clitic.text, "'s");
  EXPECT_EQ(clitic.pos, Pos::POS);
}

TEST_F(NormalizerTest, TokensTagsAndLemmas) {
  const std::string text = kStory;
  const std::vector<Sentence> sentences = normalizer_->Split(text, NormalizeOptions{});
  ASSERT_EQ(sentences.size(), 4u);
  auto find = [&](const Sentence& s, const std::string& word) -> const Token* {
    for (const Token& t : s.tokens) {
      if (t.text == word) return &t;
    }
    return nullptr;
  };
  const Token* gen = find(sentences[0], "Gen.");
  ASSERT_NE(gen, nullptr);
  EXPECT_EQ(gen->lower, "gen");
  EXPECT_EQ(gen->pos, Pos::NNP);
  const Token* pledged = find(sentences[1], "pledged");
  ASSERT_NE(pledged, nullptr);
  EXPECT_EQ(pledged->lemma, "pledge");
  const Token* us = find(sentences[2], "U.S.");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->lower, "us");
  EXPECT_EQ(us->pos, Pos::NNP);
  ASSERT_NE(find(sentences[2], "23-29"), nullptr);
  EXPECT_EQ(find(sentences[2], "23-29")->pos, Pos::CD);
  const Token* nt = find(sentences[3], "n't");
  ASSERT_NE(nt, nullptr);
  EXPECT_EQ(nt->lemma, "not");
  EXPECT_EQ(find(sentences[3], "Leaders")->lemma, "leader");
}

TEST_F(NormalizerTest, UntaggedSplitThenLazyTagging) {
  NormalizeOptions options;
  options.tag = false;
  std::vector<Sentence> sentences = normalizer_->Split("Leaders met in Seoul.", options);
  ASSERT_EQ(sentences.size(), 1u);
  for (const Token& t : sentences[0].tokens) {
    EXPECT_EQ(t.pos, Pos::kUnknown);
    EXPECT_TRUE(t.lemma.empty());
  }
  normalizer_->TagAndLemmatize(&sentences[0]);
  EXPECT_EQ(sentences[0].tokens[1].pos, Pos::VBD);
  EXPECT_EQ(sentences[0].tokens[1].lemma, "meet");
}

TEST_F(NormalizerTest, TruncatesLongSentences) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "talks ";
  NormalizeOptions options;
  options.max_tokens = 12;
  const std::vector<Sentence> sentences = normalizer_->Split(text, options);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_TRUE(sentences[0].truncated);
  EXPECT_TRUE(sentences[1].truncated);
  EXPECT_FALSE(sentences[2].truncated);
  EXPECT_EQ(sentences[2].tokens.size(), 6u);
}

TEST_F(NormalizerTest, SameResultsFromManyThreads) {
  const std::string text = kStory;
  const std::vector<Sentence> reference = normalizer_->Split(text, NormalizeOptions{});
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        const std::vector<Sentence> got = normalizer_->Split(text, NormalizeOptions{});
        if (got.size() != reference.size()) {
          ++mismatches[t];
          continue;
        }
        for (size_t s = 0; s < got.size(); ++s) {
          for (size_t i = 0; i < got[s].tokens.size(); ++i) {
            if (got[s].tokens[i].pos != reference[s].tokens[i].pos ||
                got[s].tokens[i].lemma != reference[s].tokens[i].lemma) {
              ++mismatches[t];
            }
          }
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST_F(NormalizerTest, SeedStoryKeepsSpanInvariant) {
  const std::string path =
      std::string(STATECRAFT_SOURCE_DIR) + "/../shared/seed/000_82b43b2dbdc5f7a9.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "seed file absent: " << path;
  std::stringstream buffer;
  buffer << std::ifstream(path).rdbuf();
  const std::string text = buffer.str();
  const std::vector<Sentence> sentences = normalizer_->Split(text, NormalizeOptions{});
  EXPECT_EQ(sentences.size(), 24u);
  uint32_t last = 0;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) {
      EXPECT_GE(t.span.begin, last);
      last = t.span.end;
      EXPECT_EQ(t.span.Of(text), t.text);  // the seed is ASCII
    }
  }
}

TEST(NormalizerCreateTest, MissingDataNamesFileAndPackage) {
  NormalizerData data;
  data.festival_dicts_dir = "/nonexistent/festival";
  auto missing_tagger = Normalizer::Create(data);
  ASSERT_FALSE(missing_tagger.ok());
  EXPECT_NE(missing_tagger.status().message().find("/nonexistent/festival/wsj.wp39.poslexR"),
            std::string::npos);
  EXPECT_NE(missing_tagger.status().message().find("festlex-poslex"), std::string::npos);

  data = NormalizerData{};
  data.wordnet_dir = "/nonexistent/wordnet";
  auto missing_wordnet = Normalizer::Create(data);
  ASSERT_FALSE(missing_wordnet.ok());
  EXPECT_NE(missing_wordnet.status().message().find("wordnet-base"), std::string::npos);
}

}  // namespace
}  // namespace statecraft
