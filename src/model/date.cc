#include "model/date.h"

#include <chrono>
#include <cstdio>

namespace statecraft {

namespace {

bool ParseInt(std::string_view text, int* out) {
  if (text.empty()) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

}  // namespace

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                                  std::chrono::day(day)};
  if (year < 1 || year > 9999 || !ymd.ok()) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Date> Date::Parse(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!ParseInt(text.substr(0, 4), &y) || !ParseInt(text.substr(5, 2), &m) ||
        !ParseInt(text.substr(8, 2), &d)) {
      return std::nullopt;
    }
  } else if (text.size() == 8) {
    if (!ParseInt(text.substr(0, 4), &y) || !ParseInt(text.substr(4, 2), &m) ||
        !ParseInt(text.substr(6, 2), &d)) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  return FromYmd(y, m, d);
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

int Date::ToDays() const {
  std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                                  std::chrono::day(day)};
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

Date Date::FromDays(int days_since_epoch) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(days_since_epoch))};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int Date::DaysInMonth(int year, int month) {
  std::chrono::year_month_day_last last{std::chrono::year(year),
                                        std::chrono::month_day_last(std::chrono::month(month))};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

}  // namespace statecraft
