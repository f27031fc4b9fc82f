#include "normalize/string_table.h"

#include <gtest/gtest.h>

#include <string>

namespace statecraft {
namespace {

TEST(StringTableTest, IdsFollowInsertionOrderAndRepeatsKeepTheirId) {
  StringTable table;
  EXPECT_EQ(table.Insert("talks"), 0u);
  EXPECT_EQ(table.Insert("summit"), 1u);
  EXPECT_EQ(table.Insert("talks"), 0u);
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.key(1), "summit");
}

TEST(StringTableTest, FindsOnlyWhatWasInserted) {
  StringTable table;
  EXPECT_EQ(table.Find("anything"), StringTable::kNotFound);  // empty table
  table.Insert("meet");
  table.Insert("");
  EXPECT_EQ(table.Find("meet"), 0u);
  EXPECT_EQ(table.Find(""), 1u);
  EXPECT_FALSE(table.Contains("meets"));
  EXPECT_FALSE(table.Contains("mee"));
  EXPECT_FALSE(table.Contains("Meet"));
}

// Enough keys to rehash several times, looked up after every growth step,
// and as many absent keys of the same lengths: every probe chain must stay
// whole, and a key must never be mistaken for another.
TEST(StringTableTest, SurvivesGrowthWithManyKeys) {
  StringTable table;
  constexpr int kKeys = 20000;
  for (int i = 0; i < kKeys; ++i) {
    ASSERT_EQ(table.Insert("w" + std::to_string(i)), static_cast<uint32_t>(i));
  }
  for (int i = 0; i < kKeys; ++i) {
    ASSERT_EQ(table.Find("w" + std::to_string(i)), static_cast<uint32_t>(i)) << i;
    ASSERT_FALSE(table.Contains("x" + std::to_string(i))) << i;
  }
}

TEST(StringTableTest, ReserveKeepsExistingKeys) {
  StringTable table;
  table.Insert("a");
  table.Insert("b");
  table.Reserve(1000, 4000);
  EXPECT_EQ(table.Find("a"), 0u);
  EXPECT_EQ(table.Find("b"), 1u);
  EXPECT_EQ(table.Insert("c"), 2u);
}

}  // namespace
}  // namespace statecraft
