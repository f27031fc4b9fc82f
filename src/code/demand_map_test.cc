#include "code/demand_map.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(DemandCodeTest, YieldingBecomesTheMatchingDemand) {
  EXPECT_EQ(DemandCode("0831"), "1041");  // step down → demand a change of leader
  EXPECT_EQ(DemandCode("0832"), "1042");
  EXPECT_EQ(DemandCode("0841"), "1053");  // release → demand a release
  EXPECT_EQ(DemandCode("0871"), "1056");  // ceasefire → demand de-escalation
  EXPECT_EQ(DemandCode("085"), "1054");
  EXPECT_EQ(DemandCode("080"), "105");
}

TEST(DemandCodeTest, OtherActsHaveNone) {
  EXPECT_EQ(DemandCode("042"), "");
  EXPECT_EQ(DemandCode("190"), "");
}

}  // namespace
}  // namespace statecraft
