#include "code/appeal_map.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(AppealCodeTest, CooperationBecomesTheMatchingAppeal) {
  EXPECT_EQ(AppealCode("040"), "026");   // must meet → appeal to meet
  EXPECT_EQ(AppealCode("046"), "026");
  EXPECT_EQ(AppealCode("050"), "022");   // must cooperate → appeal for diplomatic cooperation
  EXPECT_EQ(AppealCode("045"), "028");   // must mediate
  EXPECT_EQ(AppealCode("061"), "0211");  // must trade more
  EXPECT_EQ(AppealCode("0331"), "020");
  EXPECT_EQ(AppealCode("073"), "0233");
}

TEST(AppealCodeTest, OtherActsHaveNone) {
  EXPECT_EQ(AppealCode("010"), "");
  EXPECT_EQ(AppealCode("0841"), "");  // yielding: a demand (demand_map.h)
  EXPECT_EQ(AppealCode("190"), "");
  EXPECT_EQ(AppealCode("12"), "");
}

TEST(YieldAppealCodeTest, YieldingAskedForBecomesTheMatchingAppeal) {
  EXPECT_EQ(YieldAppealCode("0831"), "0241");  // step down → appeal for a change of leader
  EXPECT_EQ(YieldAppealCode("0841"), "0253");  // release, pardon → appeal for a release
  EXPECT_EQ(YieldAppealCode("0871"), "0256");  // ceasefire → appeal to de-escalate
  EXPECT_EQ(YieldAppealCode("085"), "0254");
  EXPECT_EQ(YieldAppealCode("080"), "025");
  EXPECT_EQ(YieldAppealCode("071"), "");  // no yielding act
  EXPECT_EQ(YieldAppealCode("190"), "");
}

}  // namespace
}  // namespace statecraft
