#include "normalize/string_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

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

// Keys of every length the hash reads differently (empty, 1–3, 4–7, 8,
// longer than 8 with a partial last block), and keys that differ in one
// byte only at the start, middle or end.
TEST(StringTableTest, KeysOfEveryLengthStayApart) {
  StringTable table;
  std::vector<std::string> keys;
  for (size_t len = 0; len <= 24; ++len) {
    const std::string base(len, 'a');
    keys.push_back(base);
    if (len == 0) continue;
    for (size_t at : {size_t{0}, len / 2, len - 1}) {
      std::string changed = base;
      changed[at] = 'b';
      keys.push_back(changed);
    }
  }
  std::vector<uint32_t> ids;
  for (const std::string& k : keys) ids.push_back(table.Insert(k));
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(table.Find(keys[i]), ids[i]) << "'" << keys[i] << "'";
    EXPECT_EQ(table.key(ids[i]), keys[i]);
  }
  EXPECT_EQ(table.size(), std::set<std::string>(keys.begin(), keys.end()).size());
  EXPECT_FALSE(table.Contains(std::string(25, 'a')));
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
