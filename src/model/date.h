// A calendar date (proleptic Gregorian), the unit of every time in statecraft.
#ifndef STATECRAFT_MODEL_DATE_H_
#define STATECRAFT_MODEL_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace statecraft {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses "YYYY-MM-DD" (also "YYYYMMDD"); nullopt when malformed or
  // impossible (2025-02-30).
  static std::optional<Date> Parse(std::string_view text);
  // Builds a date; nullopt when impossible.
  static std::optional<Date> FromYmd(int year, int month, int day);
  static Date FromDays(int days_since_epoch);

  // "YYYY-MM-DD".
  std::string ToString() const;
  // Days since 1970-01-01.
  int ToDays() const;
  Date AddDays(int days) const { return FromDays(ToDays() + days); }
  static int DaysInMonth(int year, int month);

  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace statecraft

#endif  // STATECRAFT_MODEL_DATE_H_
