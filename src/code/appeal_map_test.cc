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

}  // namespace
}  // namespace statecraft
