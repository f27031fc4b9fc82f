#include "code/intent_map.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(IntentCodeTest, MeetingsAndCooperationBecomeTheirIntent) {
  EXPECT_EQ(IntentCode("042"), "036");
  EXPECT_EQ(IntentCode("040"), "036");
  EXPECT_EQ(IntentCode("045"), "039");
  EXPECT_EQ(IntentCode("057"), "032");
  EXPECT_EQ(IntentCode("062"), "0312");
}

TEST(IntentCodeTest, AidAndYieldingKeepTheirKind) {
  EXPECT_EQ(IntentCode("070"), "033");
  EXPECT_EQ(IntentCode("071"), "0331");
  EXPECT_EQ(IntentCode("072"), "0332");
  EXPECT_EQ(IntentCode("073"), "0333");
  EXPECT_EQ(IntentCode("074"), "0334");
  EXPECT_EQ(IntentCode("080"), "035");
  EXPECT_EQ(IntentCode("0841"), "0353");
  EXPECT_EQ(IntentCode("085"), "0354");
  EXPECT_EQ(IntentCode("0871"), "0356");
}

TEST(IntentCodeTest, CoercionBecomesAThreatAndWordsStayWords) {
  EXPECT_EQ(IntentCode("163"), "1312");
  EXPECT_EQ(IntentCode("162"), "1311");
  EXPECT_EQ(IntentCode("1621"), "1311");
  EXPECT_EQ(IntentCode("1622"), "1311");
  EXPECT_EQ(IntentCode("161"), "1313");
  EXPECT_EQ(IntentCode("143"), "133");
  EXPECT_EQ(IntentCode("195"), "138");
  EXPECT_EQ(IntentCode("010"), "010");
  EXPECT_EQ(IntentCode("112"), "112");
  EXPECT_EQ(IntentCode("130"), "130");
}

}  // namespace
}  // namespace statecraft
