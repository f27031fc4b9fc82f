#include "code/word_classes.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(WordClassesTest, VerbClasses) {
  EXPECT_TRUE(IsIntentVerb("plan"));
  EXPECT_TRUE(IsIntentVerb("vow"));
  EXPECT_FALSE(IsIntentVerb("visit"));
  EXPECT_TRUE(IsVerbOfSaying("say"));
  EXPECT_TRUE(IsVerbOfSaying("warn"));
  EXPECT_FALSE(IsVerbOfSaying("meet"));
  EXPECT_TRUE(IsNegatingVerb("refuse"));
  EXPECT_TRUE(IsFutureVerb("expect"));
  EXPECT_TRUE(IsObjectControlVerb("urge"));
  EXPECT_FALSE(IsObjectControlVerb("meet"));
  EXPECT_TRUE(IsCausativeVerb("prompt"));
  EXPECT_FALSE(IsCausativeVerb("urge"));
}

TEST(WordClassesTest, BreaksNegatorsAndTimes) {
  Token that;
  that.lower = "that";
  EXPECT_TRUE(IsClauseBreak(that));
  Token noun;
  noun.lower = "talks";
  noun.pos = Pos::NNS;
  EXPECT_FALSE(IsClauseBreak(noun));
  EXPECT_TRUE(IsNegator("n't"));
  EXPECT_FALSE(IsNegator("now"));
  EXPECT_TRUE(IsTimeNoun("tonight"));
  EXPECT_FALSE(IsTimeNoun("treaty"));
}

TEST(WordClassesTest, StateSites) {
  EXPECT_TRUE(IsStateSite("base"));
  EXPECT_TRUE(IsStateSite("station"));  // "a military communications station"
  EXPECT_FALSE(IsStateSite("village"));
}

TEST(WordClassesTest, Commodities) {
  EXPECT_TRUE(IsCommodityNoun("oil"));
  EXPECT_TRUE(IsCommodityNoun("export"));
  EXPECT_FALSE(IsCommodityNoun("troop"));
  EXPECT_FALSE(IsCommodityNoun("official"));
}

TEST(WordClassesTest, OccasionsAndVictims) {
  EXPECT_TRUE(IsOccasionNoun("debate"));
  EXPECT_FALSE(IsOccasionNoun("border"));
  EXPECT_TRUE(IsPeopleOrPublicPlace("villager"));
  EXPECT_TRUE(IsPeopleOrPublicPlace("mall"));
  EXPECT_FALSE(IsPeopleOrPublicPlace("convoy"));  // a convoy is no public place
}

TEST(WordClassesTest, CountsAndSpans) {
  EXPECT_EQ(CountWord("five"), 5);
  EXPECT_EQ(CountWord("a"), 1);
  EXPECT_EQ(CountWord("54"), 54);
  EXPECT_EQ(CountWord("several"), 0);
  EXPECT_EQ(BackgroundSpanMonths("years"), 12);
  EXPECT_EQ(BackgroundSpanMonths("decade"), 120);
  EXPECT_EQ(BackgroundSpanMonths("days"), 0);  // the news's own sequence
}

}  // namespace
}  // namespace statecraft
