#include "ingest/timestamp_parser.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

std::string Iso(std::string_view text) {
  auto date = ParseIsoDate(text);
  return date ? date->ToString() : "none";
}

std::string Rfc(std::string_view text) {
  auto date = ParseRfc822Date(text);
  return date ? date->ToString() : "none";
}

TEST(ParseIsoDateTest, DatesAndTimestamps) {
  EXPECT_EQ(Iso("2025-08-23"), "2025-08-23");
  EXPECT_EQ(Iso(" 2025-08-23 "), "2025-08-23");
  EXPECT_EQ(Iso("20250823"), "2025-08-23");
  EXPECT_EQ(Iso("2025-08-23T10:00:00Z"), "2025-08-23");
  EXPECT_EQ(Iso("2025-08-23t10:00"), "2025-08-23");
  EXPECT_EQ(Iso("2025-08-23 10:00:00.123+09:00"), "2025-08-23");
  EXPECT_EQ(Iso("2025-08-23T10:00:00-0500"), "2025-08-23");
  // The date as written, not converted to UTC.
  EXPECT_EQ(Iso("2025-08-23T23:30:00-05:00"), "2025-08-23");
}

TEST(ParseIsoDateTest, RejectsMalformedAndImpossible) {
  EXPECT_EQ(Iso("2025-02-30"), "none");
  EXPECT_EQ(Iso("2025-13-01"), "none");
  EXPECT_EQ(Iso("2025-8-23"), "none");
  EXPECT_EQ(Iso("2025-08-23T"), "none");
  EXPECT_EQ(Iso("2025-08-23Tnoon"), "none");
  EXPECT_EQ(Iso("2025-08-23T25:00"), "none");
  EXPECT_EQ(Iso("2025-08-23 junk"), "none");
  EXPECT_EQ(Iso(""), "none");
  EXPECT_EQ(Iso("yesterday"), "none");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("2023-02-29"), "none");
}

TEST(ParseRfc822DateTest, RssForms) {
  EXPECT_EQ(Rfc("Sat, 23 Aug 2025 10:00:00 +0000"), "2025-08-23");
  EXPECT_EQ(Rfc("Sat, 23 Aug 2025 10:00:00 GMT"), "2025-08-23");
  EXPECT_EQ(Rfc("23 Aug 2025"), "2025-08-23");
  EXPECT_EQ(Rfc("Tuesday, 2 September 2025 08:15 EST"), "2025-09-02");
  EXPECT_EQ(Rfc("2 Sept 2025"), "2025-09-02");
  EXPECT_EQ(Rfc("23-Aug-2025"), "2025-08-23");
  EXPECT_EQ(Rfc("Mon, 02 Mar 87 10:00:00 EST"), "1987-03-02");
  EXPECT_EQ(Rfc("Mon, 02 Mar 25 10:00:00 EST"), "2025-03-02");
}

TEST(ParseRfc822DateTest, Rejects) {
  EXPECT_EQ(Rfc("Sat, 30 Feb 2025 10:00:00 GMT"), "none");
  EXPECT_EQ(Rfc("Sat, 23 Foo 2025"), "none");
  EXPECT_EQ(Rfc("23 Aug"), "none");
  EXPECT_EQ(Rfc("123 Aug 2025"), "none");
  EXPECT_EQ(Rfc("23 Aug 2025 blah"), "none");
  EXPECT_EQ(Rfc("2025-08-23"), "none");
}

TEST(ParseAnyDateTest, EitherForm) {
  EXPECT_EQ(ParseAnyDate("2025-08-23")->ToString(), "2025-08-23");
  EXPECT_EQ(ParseAnyDate("Sat, 23 Aug 2025 10:00:00 GMT")->ToString(), "2025-08-23");
  EXPECT_FALSE(ParseAnyDate("2025-02-30").has_value());
}

}  // namespace
}  // namespace statecraft
