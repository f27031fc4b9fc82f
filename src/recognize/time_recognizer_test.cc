#include "recognize/time_recognizer.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace statecraft {
namespace {

class TimeRecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto n = Normalizer::Create();
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    normalizer_ = n.value().release();
  }
  std::vector<TimeRef> Times(const std::string& text, const char* story_date = "2025-08-13") {
    text_ = text;
    std::vector<TimeRef> times;
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    for (const Sentence& s : normalizer_->Split(text_, NormalizeOptions{})) {
      RecognizeTimes(s.tokens, text_, story_date ? Date::Parse(story_date) : std::nullopt, &times, &ranges);
    }
    EXPECT_EQ(times.size(), ranges.size());
    return times;
  }
  static Normalizer* normalizer_;
  std::string text_;
};
Normalizer* TimeRecognizerTest::normalizer_ = nullptr;

TEST_F(TimeRecognizerTest, DayRangeWithPreposition) {
  auto times = Times("Modi is planning to visit the US from September 23-29 to discuss trade.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].text, "from September 23-29");
  EXPECT_EQ(times[0].from, "2025-09-23");
  EXPECT_EQ(times[0].to, "2025-09-29");
  EXPECT_EQ(times[0].precision, "day");
}

TEST_F(TimeRecognizerTest, EarlyThisWeekSpansItsModifier) {
  // The modifier joins the span; the dates stay the whole week.
  auto describe = [](const std::vector<TimeRef>& ts) {
    std::string out;
    for (const TimeRef& t : ts) out += t.text + " " + t.from + ".." + t.to + ";";
    return out;
  };
  EXPECT_EQ(describe(Times("Baker called Miyazawa early this week to warn him.")),
            "early this week 2025-08-11..2025-08-17;");
  EXPECT_EQ(describe(Times("Baker called Miyazawa this week.")), "this week 2025-08-11..2025-08-17;");
}

TEST_F(TimeRecognizerTest, LaterAndEarlierThisMonthSplitAtTheStoryDay) {
  // The story's own day (2025-08-13) splits the span; "late" is the month's end, not the story's.
  const auto span = [this](const std::string& text) {
    std::string out;
    for (const TimeRef& t : Times(text)) out += t.text + " " + t.from + ".." + t.to + ";";
    return out;
  };
  EXPECT_EQ(span("Nakasone will hold talks with Reagan later this month."), "later this month 2025-08-14..2025-08-31;");
  EXPECT_EQ(span("Nakasone held talks with Reagan earlier this year."), "earlier this year 2025-01-01..2025-08-12;");
  EXPECT_EQ(span("Nakasone will hold talks with Reagan late this month."), "late this month 2025-08-01..2025-08-31;");
}

TEST_F(TimeRecognizerTest, MonthTakesTheNearestYear) {
  auto times = Times("They first met in June at a summit.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-06-01");
  EXPECT_EQ(times[0].to, "2025-06-30");
  EXPECT_EQ(times[0].precision, "month");
  // In January, "in November" is the November before.
  times = Times("They first met in November.", "2026-01-10");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-11-01");
}

TEST_F(TimeRecognizerTest, LastAndNextMonthLeaveTheStoryMonth) {
  // In March, "last April" is the April of the year before, not the coming one.
  auto times = Times("France refused last April.", "1987-03-29");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].text, "last April");
  EXPECT_EQ(times[0].from, "1986-04-01");
  times = Times("They met last March.", "1987-03-29");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "1986-03-01");
  times = Times("They met last January.", "1987-03-29");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "1987-01-01");
  times = Times("They meet next March.", "1987-03-29");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "1988-03-01");
}

TEST_F(TimeRecognizerTest, MaySurnameIsNoMonth) {
  EXPECT_TRUE(Times("Russia was blamed by British Prime Minister Theresa May for the attack.").empty());
  auto times = Times("They met in May.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-05-01");
}

TEST_F(TimeRecognizerTest, MayDayIsAHolidayNotTheMonth) {
  EXPECT_TRUE(Times("Unions marched to celebrate May Day in the capital.").empty());
  auto times = Times("Unions marched on May 1.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-05-01");
}

TEST_F(TimeRecognizerTest, LowercaseMonthNamesAreOrdinaryWords) {
  EXPECT_TRUE(Times("Students held a peaceful march outside the embassy.").empty());
  EXPECT_TRUE(Times("Officials may meet in the capital.").empty());
  auto times = Times("Protesters returned in March.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-03-01");
}

TEST_F(TimeRecognizerTest, DeadlinesHaveOnlyAnEnd) {
  auto times = Times("Bessent hopes to wrap up talks by the end of October.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].text, "by the end of October");
  EXPECT_EQ(times[0].from, "");
  EXPECT_EQ(times[0].to, "2025-10-31");
  times = Times("They pledged to double trade to $150 billion by 2030.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].to, "2030-12-31");
  EXPECT_EQ(times[0].precision, "year");
}

TEST_F(TimeRecognizerTest, WeekdaysAndRelativeWords) {
  // 2025-08-13 is a Wednesday.
  auto times = Times("The ministers met on Monday and will meet again next week.");
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[0].from, "2025-08-11");
  EXPECT_EQ(times[1].from, "2025-08-18");
  EXPECT_EQ(times[1].to, "2025-08-24");
  times = Times("The talks collapsed yesterday.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].from, "2025-08-12");
}

TEST_F(TimeRecognizerTest, CountedBackWithAgo) {
  // 2025-08-13: the day counted back, as exact as the unit; a qualifier joins the span.
  const auto span = [this](const std::string& text) {
    std::string out;
    for (const TimeRef& t : Times(text)) out += t.text + " " + t.from + ".." + t.to + " " + t.precision + ";";
    return out;
  };
  EXPECT_EQ(span("They met three days ago."), "three days ago 2025-08-10..2025-08-10 day;");
  EXPECT_EQ(span("They met two weeks ago."), "two weeks ago 2025-07-30..2025-07-30 day;");
  EXPECT_EQ(span("The case was filed more than a year ago."), "more than a year ago 2024-08-13..2024-08-13 year;");
  EXPECT_EQ(span("The pact was signed 18 months ago."), "18 months ago 2024-02-13..2024-02-13 month;");
  EXPECT_EQ(span("The war ended a decade ago."), "a decade ago 2015-08-13..2015-08-13 year;");
  // Not a count of anything else, and nothing without "ago".
  EXPECT_EQ(span("The talks lasted two years."), "");
  EXPECT_EQ(span("Two years ago, Congress voted."), "Two years ago 2023-08-13..2023-08-13 year;");
}

TEST_F(TimeRecognizerTest, NoStoryDateLeavesRelativeTimesUnresolved) {
  auto times = Times("They met in June 2024 and again on Monday.", nullptr);
  ASSERT_EQ(times.size(), 1u);  // the weekday needs a story date
  EXPECT_EQ(times[0].from, "2024-06-01");
}

TEST_F(TimeRecognizerTest, ImpossibleDatesAreNotTimes) {
  EXPECT_TRUE(Times("They met on February 30 in Geneva.").empty());
  EXPECT_TRUE(Times("Mays and Junes are warm.").empty());
}

}  // namespace
}  // namespace statecraft
