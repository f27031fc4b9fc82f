#include "resolve/event_merger.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

MentionRecord M(std::string id, std::string doc, std::string source, std::string date, std::string src = "KORGOV",
                std::string tgt = "JPNGOV", std::string cameo = "040") {
  return {std::move(id), std::move(doc), std::move(source), std::move(date), std::move(src), std::move(tgt),
          std::move(cameo)};
}

TEST(EventMergerTest, SameActWithinTheWindowIsOneEvent) {
  auto merged = MergeMentions({M("e1", "d1", "Reuters", "2025-08-13"), M("e2", "d1", "Reuters", "2025-08-13"),
                               M("e3", "d2", "AP", "2025-08-15"), M("e4", "d3", "AP", "2025-08-20")},
                              MergeOptions{});
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].num_mentions, 3);
  EXPECT_EQ(merged[0].num_articles, 2);
  EXPECT_EQ(merged[0].num_sources, 2);
  EXPECT_EQ(merged[0].first_date, "2025-08-13");
  EXPECT_EQ(merged[0].last_date, "2025-08-15");
  EXPECT_EQ(merged[0].mention_ids, (std::vector<std::string>{"e1", "e2", "e3"}));
  EXPECT_EQ(merged[1].num_mentions, 1);  // seven days after the first: another happening
}

TEST(EventMergerTest, DifferentActorsOrCodesStaySeparate) {
  auto merged = MergeMentions({M("e1", "d1", "", "2025-08-13"), M("e2", "d1", "", "2025-08-13", "JPNGOV", "KORGOV"),
                               M("e3", "d1", "", "2025-08-13", "KORGOV", "JPNGOV", "042"),
                               M("e4", "d2", "", "2025-08-13", "KORGOV", "", "040")},
                              MergeOptions{});
  EXPECT_EQ(merged.size(), 4u);
}

TEST(EventMergerTest, DeterministicWhateverTheInputOrder) {
  std::vector<MentionRecord> a = {M("e1", "d1", "", "2025-08-13"), M("e2", "d2", "", "2025-08-14"), M("e3", "d3", "", "")};
  std::vector<MentionRecord> b = {a[2], a[1], a[0]};
  auto ma = MergeMentions(a, MergeOptions{});
  auto mb = MergeMentions(b, MergeOptions{});
  ASSERT_EQ(ma.size(), mb.size());
  ASSERT_EQ(ma.size(), 2u);  // undated mentions do not join dated ones
  for (size_t i = 0; i < ma.size(); ++i) EXPECT_EQ(ma[i].merged_id, mb[i].merged_id);
}

}  // namespace
}  // namespace statecraft
