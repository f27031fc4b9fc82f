#include "code/counterpart.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(NeedsCounterpartTest, TwoSidedActsNeedATarget) {
  EXPECT_TRUE(NeedsCounterpart("010"));
  EXPECT_TRUE(NeedsCounterpart("036"));
  EXPECT_TRUE(NeedsCounterpart("0331"));
  EXPECT_TRUE(NeedsCounterpart("042"));
  EXPECT_TRUE(NeedsCounterpart("054"));
  EXPECT_TRUE(NeedsCounterpart("161"));
  EXPECT_TRUE(NeedsCounterpart("1123"));  // accusing is of someone
  EXPECT_TRUE(NeedsCounterpart("017"));   // "marked the anniversary": a domestic ceremony
  EXPECT_TRUE(NeedsCounterpart("190"));
  EXPECT_TRUE(NeedsCounterpart("195"));
  EXPECT_TRUE(NeedsCounterpart("012"));  // comments need an addressee (decision 0013)
  EXPECT_TRUE(NeedsCounterpart("013"));
  EXPECT_TRUE(NeedsCounterpart("019"));
  EXPECT_TRUE(NeedsCounterpart("011"));  // "declined to comment" on no one's act
  EXPECT_TRUE(NeedsCounterpart("110"));
  // Praise, agreements and cuts that name no one (decision 0022).
  EXPECT_TRUE(NeedsCounterpart("051"));  // "welcomed the ceasefire"
  EXPECT_TRUE(NeedsCounterpart("055"));  // "apologized"
  EXPECT_TRUE(NeedsCounterpart("057"));  // "signed the trade deal"
  EXPECT_TRUE(NeedsCounterpart("160"));  // "closed the border crossings"
  EXPECT_TRUE(NeedsCounterpart("1623"));  // "cut food aid"
  EXPECT_TRUE(NeedsCounterpart("163"));  // "froze the funds"
  EXPECT_TRUE(NeedsCounterpart("085"));  // "cut import tariffs on 1,700 products"
  EXPECT_FALSE(NeedsCounterpart("0354"));  // "offered sanctions relief"
}

TEST(NeedsCounterpartTest, OneSidedActsStandAlone) {
  EXPECT_FALSE(NeedsCounterpart("014"));  // "is considering sanctions"
  EXPECT_FALSE(NeedsCounterpart("016"));  // "denied the report"
  EXPECT_FALSE(NeedsCounterpart("034"));  // an intent to reform
  EXPECT_FALSE(NeedsCounterpart("020"));
  EXPECT_FALSE(NeedsCounterpart("1034"));  // "demanded security guarantees"
  EXPECT_FALSE(NeedsCounterpart("111"));  // "criticized the decision"
  EXPECT_FALSE(NeedsCounterpart("1211"));  // "rejected the trade deal"
  EXPECT_FALSE(NeedsCounterpart("1662"));  // "expelled the inspectors"
  EXPECT_FALSE(NeedsCounterpart("165"));   // "broke off the talks"
  EXPECT_FALSE(NeedsCounterpart("196"));
  EXPECT_FALSE(NeedsCounterpart("093"));
  EXPECT_FALSE(NeedsCounterpart("141"));
  EXPECT_FALSE(NeedsCounterpart("154"));
  EXPECT_FALSE(NeedsCounterpart("1724"));
  EXPECT_FALSE(NeedsCounterpart("183"));
  EXPECT_FALSE(NeedsCounterpart("192"));
  EXPECT_FALSE(NeedsCounterpart("2042"));
  EXPECT_FALSE(NeedsCounterpart("---"));
  EXPECT_FALSE(NeedsCounterpart(""));
}

}  // namespace
}  // namespace statecraft
