#include "normalize/lemmatizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

namespace statecraft {
namespace {

constexpr char kWordNet[] = "/usr/share/wordnet";

class LemmatizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(std::string(kWordNet) + "/index.noun")) {
      GTEST_SKIP() << "wordnet-base is not installed";
    }
    auto loaded = Lemmatizer::Load(kWordNet);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    lemmatizer_ = std::move(loaded).value();
  }
  std::unique_ptr<Lemmatizer> lemmatizer_;
};

TEST_F(LemmatizerTest, Verbs) {
  EXPECT_EQ(lemmatizer_->Lemma("met", Pos::VBD), "meet");
  EXPECT_EQ(lemmatizer_->Lemma("imposed", Pos::VBN), "impose");
  EXPECT_EQ(lemmatizer_->Lemma("retaken", Pos::VBN), "retake");
  EXPECT_EQ(lemmatizer_->Lemma("pledged", Pos::VBD), "pledge");
  EXPECT_EQ(lemmatizer_->Lemma("was", Pos::VBD), "be");
  EXPECT_EQ(lemmatizer_->Lemma("is", Pos::VBZ), "be");
  EXPECT_EQ(lemmatizer_->Lemma("are", Pos::VBP), "be");
  EXPECT_EQ(lemmatizer_->Lemma("has", Pos::VBZ), "have");
  EXPECT_EQ(lemmatizer_->Lemma("visited", Pos::VBD), "visit");
  EXPECT_EQ(lemmatizer_->Lemma("planning", Pos::VBG), "plan");
  EXPECT_EQ(lemmatizer_->Lemma("stopping", Pos::VBG), "stop");
  EXPECT_EQ(lemmatizer_->Lemma("seeking", Pos::VBG), "seek");
  EXPECT_EQ(lemmatizer_->Lemma("said", Pos::VBD), "say");
  EXPECT_EQ(lemmatizer_->Lemma("aims", Pos::VBZ), "aim");
  EXPECT_EQ(lemmatizer_->Lemma("accept", Pos::VB), "accept");
}

TEST_F(LemmatizerTest, NounsAdjectivesAdverbs) {
  EXPECT_EQ(lemmatizer_->Lemma("talks", Pos::NNS), "talk");
  EXPECT_EQ(lemmatizer_->Lemma("countries", Pos::NNS), "country");
  EXPECT_EQ(lemmatizer_->Lemma("leaders", Pos::NNS), "leader");
  EXPECT_EQ(lemmatizer_->Lemma("tariffs", Pos::NNS), "tariff");
  EXPECT_EQ(lemmatizer_->Lemma("women", Pos::NNS), "woman");
  EXPECT_EQ(lemmatizer_->Lemma("news", Pos::NN), "news");
  EXPECT_EQ(lemmatizer_->Lemma("talks", Pos::NN), "talks");  // an uninflected noun lemma stays
  EXPECT_EQ(lemmatizer_->Lemma("better", Pos::JJR), "good");
  EXPECT_EQ(lemmatizer_->Lemma("larger", Pos::JJR), "large");
  EXPECT_EQ(lemmatizer_->Lemma("biggest", Pos::JJS), "big");
  EXPECT_EQ(lemmatizer_->Lemma("further", Pos::RBR), "far");
  EXPECT_EQ(lemmatizer_->Lemma("quickly", Pos::RB), "quickly");
}

TEST_F(LemmatizerTest, OtherTagsAndUnknownWordsKeepTheirForm) {
  EXPECT_EQ(lemmatizer_->Lemma("the", Pos::DT), "the");
  EXPECT_EQ(lemmatizer_->Lemma("koreas", Pos::NNPS), "koreas");
  EXPECT_EQ(lemmatizer_->Lemma("budanov", Pos::NNP), "budanov");
  EXPECT_EQ(lemmatizer_->Lemma("zelenskiyy", Pos::NN), "zelenskiyy");
  EXPECT_EQ(lemmatizer_->Lemma("us", Pos::NNP), "us");
}

TEST_F(LemmatizerTest, Clitics) {
  EXPECT_EQ(lemmatizer_->Lemma("n't", Pos::RB), "not");
  EXPECT_EQ(lemmatizer_->Lemma("'s", Pos::VBZ), "be");
  EXPECT_EQ(lemmatizer_->Lemma("'s", Pos::POS), "'s");
  EXPECT_EQ(lemmatizer_->Lemma("'ll", Pos::MD), "will");
  EXPECT_EQ(lemmatizer_->Lemma("ca", Pos::MD), "can");
  EXPECT_EQ(lemmatizer_->Lemma("wo", Pos::MD), "will");
}

TEST_F(LemmatizerTest, LemmatizeSentence) {
  Sentence sentence;
  for (auto [lower, pos] : {std::pair{"leaders", Pos::NNS}, {"met", Pos::VBD}, {"in", Pos::IN}}) {
    Token token;
    token.lower = lower;
    token.pos = pos;
    sentence.tokens.push_back(token);
  }
  lemmatizer_->Lemmatize(&sentence);
  EXPECT_EQ(sentence.tokens[0].lemma, "leader");
  EXPECT_EQ(sentence.tokens[1].lemma, "meet");
  EXPECT_EQ(sentence.tokens[2].lemma, "in");
}

TEST(LemmatizerLoadTest, MissingDirectoryNamesFileAndPackage) {
  auto loaded = Lemmatizer::Load("/nonexistent/wordnet");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
  EXPECT_NE(loaded.status().message().find("/nonexistent/wordnet/index.noun"), std::string::npos);
  EXPECT_NE(loaded.status().message().find("wordnet-base"), std::string::npos);
}

}  // namespace
}  // namespace statecraft
