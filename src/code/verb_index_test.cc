#include "code/verb_index.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dict/team_reader.h"

namespace statecraft {
namespace {

Token Word(std::string lower, std::string lemma) {
  Token t;
  t.text = lower;
  t.lower = std::move(lower);
  t.lemma = std::move(lemma);
  return t;
}

class VerbIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::vector<std::pair<std::string, std::vector<std::string>>> synsets = {
        {"&AID", {"aid", "assistance"}}};
    for (const char* line : {
             "070  send &AID to +",          // 0: needs "aid" or "assistance", and "to"
             "042  pay (state) visit to +",  // 1: "state" is optional
             "202  kill >=100 +",            // 2: a number bound needs no word
             "036  talks between $ and +",   // 3: "and" may be a coordinated actor's
             "040  meet +",                  // 4: no word at all
             "120  not *reject +",           // 5: a word before the anchor
         }) {
      VerbPattern pattern;
      ASSERT_TRUE(ParsePatternLine(line, synsets, &pattern).ok()) << line;
      dict_.patterns.push_back(std::move(pattern));
    }
  }

  Dictionary dict_;
};

TEST_F(VerbIndexTest, IndexesPatternsByAnchor) {
  VerbIndex index(dict_);
  EXPECT_EQ(index.Find("send"), std::vector<uint32_t>{0});
  EXPECT_TRUE(index.Has("meet"));
  EXPECT_FALSE(index.Has("sent"));
}

TEST_F(VerbIndexTest, APatternNeedsOneAlternativeOfEachRequiredWord) {
  VerbIndex index(dict_);
  // "sent assistance to Ukraine": the lemma or the form will do.
  const std::vector<uint64_t> sent_aid = index.SentenceWords(
      {Word("sent", "send"), Word("assistance", "assistance"), Word("to", "to"), Word("ukraine", "ukraine")});
  EXPECT_TRUE(index.MayMatch(0, sent_aid));
  // "sent troops to Ukraine": no aid named.
  const std::vector<uint64_t> sent_troops = index.SentenceWords(
      {Word("sent", "send"), Word("troops", "troop"), Word("to", "to"), Word("ukraine", "ukraine")});
  EXPECT_FALSE(index.MayMatch(0, sent_troops));
  // "sent aids" (a plural whose lemma is the pattern's word).
  const std::vector<uint64_t> plural = index.SentenceWords({Word("aids", "aid"), Word("to", "to")});
  EXPECT_TRUE(index.MayMatch(0, plural));
}

TEST_F(VerbIndexTest, OptionalWordsNumbersAndAndAreNotRequired) {
  VerbIndex index(dict_);
  const std::vector<uint64_t> bare = index.SentenceWords({Word("paid", "pay"), Word("visit", "visit"),
                                                          Word("to", "to")});
  EXPECT_TRUE(index.MayMatch(1, bare));   // no "state"
  EXPECT_TRUE(index.MayMatch(2, bare));   // ">=100" is checked by the matcher
  EXPECT_TRUE(index.MayMatch(4, bare));   // nothing to check
  EXPECT_FALSE(index.MayMatch(3, bare));  // "talks" and "between" are missing
  const std::vector<uint64_t> talks = index.SentenceWords({Word("talks", "talk"), Word("between", "between")});
  EXPECT_TRUE(index.MayMatch(3, talks));  // "and" not required
  EXPECT_FALSE(index.MayMatch(5, talks));  // "not" before "reject"
  EXPECT_TRUE(index.MayMatch(5, index.SentenceWords({Word("not", "not")})));
}

}  // namespace
}  // namespace statecraft
