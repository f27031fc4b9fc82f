#include "model/date.h"

#include <gtest/gtest.h>

namespace statecraft {

TEST(DateTest, ParsesAndFormats) {
  auto d = Date::Parse("2025-08-13");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2025-08-13");
  EXPECT_EQ(Date::Parse("20250813")->ToString(), "2025-08-13");
}

TEST(DateTest, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::Parse("2025-02-30").has_value());
  EXPECT_FALSE(Date::Parse("2025-13-01").has_value());
  EXPECT_FALSE(Date::Parse("25-08-13").has_value());
  EXPECT_FALSE(Date::Parse("2025-0a-13").has_value());
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
}

TEST(DateTest, DayArithmetic) {
  Date d = *Date::Parse("2025-08-13");
  EXPECT_EQ(d.AddDays(20).ToString(), "2025-09-02");
  EXPECT_EQ(Date::FromDays(0).ToString(), "1970-01-01");
  EXPECT_EQ(Date::DaysInMonth(2024, 2), 29);
  EXPECT_LT(*Date::Parse("2025-06-03"), *Date::Parse("2025-06-04"));
}

}  // namespace statecraft
