#include "recognize/time_recognizer.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>

namespace statecraft {

namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view s) { return std::atoi(std::string(s).c_str()); }

// A small count written out or in digits ("a", "two", "18"), or 0.
int CountOf(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {"a",     "one",  "two",   "three",  "four",
                                                              "five",  "six",  "seven", "eight",  "nine",
                                                              "ten",   "eleven", "twelve"};
  for (size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return i == 0 ? 1 : static_cast<int>(i);
  }
  if (w == "an") return 1;
  if (w == "twenty") return 20;
  if (w == "thirty") return 30;
  if (w == "fifty") return 50;
  if (!w.empty() && w.size() <= 3 && AllDigits(w)) return ToInt(w);
  return 0;
}

int WeekdayNumber(std::string_view w) {  // Monday = 0
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kDays.size(); ++i) if (w == kDays[i]) return static_cast<int>(i);
  return -1;
}

// Monday = 0 for a date.
int Weekday(const Date& d) { return ((d.ToDays() % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday

// The year that puts `month` closest to the story date.
int NearestYear(const Date& story, int month) {
  int diff = month - story.month;
  if (diff > 6) return story.year - 1;
  if (diff < -6) return story.year + 1;
  return story.year;
}

Date LastDay(int year, int month) { return Date{year, month, Date::DaysInMonth(year, month)}; }

struct Builder {
  const std::vector<Token>& tokens;
  std::string_view text;
  std::vector<TimeRef>* times;
  std::vector<std::pair<uint32_t, uint32_t>>* ranges;

  void Add(uint32_t begin, uint32_t end, std::optional<Date> from, std::optional<Date> to, const char* precision) {
    TimeRef ref;
    ref.begin = tokens[begin].span.begin;
    ref.end = tokens[end - 1].span.end;
    ref.text = std::string(text.substr(ref.begin, ref.end - ref.begin));
    ref.from = from ? from->ToString() : "";
    ref.to = to ? to->ToString() : "";
    ref.precision = precision;
    times->push_back(std::move(ref));
    ranges->emplace_back(begin, end);
  }
};

}  // namespace

int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;  // most words, without a comparison
  for (size_t i = 0; i < 12; ++i) {
    if (w == kFull[i] || w == kShort[i]) return static_cast<int>(i) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

void RecognizeTimes(const std::vector<Token>& tokens, std::string_view story_text, const std::optional<Date>& story_date,
                    std::vector<TimeRef>* times, std::vector<std::pair<uint32_t, uint32_t>>* token_ranges) {
  Builder out{tokens, story_text, times, token_ranges};
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  auto lower = [&](uint32_t k) -> std::string_view { return k < n ? std::string_view(tokens[k].lower) : std::string_view(); };
  uint32_t t = 0;
  while (t < n) {
    uint32_t start = t;
    // A leading preposition belongs to the expression: "from", "by", "in", "on", "until".
    bool by = false, from_prep = false;
    std::string_view w = lower(t);
    if (w == "from" || w == "by" || w == "in" || w == "on" || w == "until" || w == "since" || w == "before" ||
        w == "after") {
      by = w == "by" || w == "until" || w == "before";
      from_prep = w == "from" || w == "since" || w == "after";
      ++t;
    }
    bool end_of = false;
    if (lower(t) == "the" && (lower(t + 1) == "end" || lower(t + 1) == "beginning" || lower(t + 1) == "start") &&
        lower(t + 2) == "of") {
      end_of = lower(t + 1) == "end";
      t += 3;
    }
    // "last April" in a March story is April of the year before; "next
    // March" in March is a year ahead.
    int relative = 0;
    if ((lower(t) == "last" || lower(t) == "next") && MonthNumber(lower(t + 1)) != 0) {
      relative = lower(t) == "last" ? -1 : 1;
      ++t;
    }
    if (lower(t) == "early" || lower(t) == "late" || lower(t) == "mid") ++t;
    int month = MonthNumber(lower(t));
    // A month is written with a capital: "a peaceful march" is no month,
    // nor the modal "may".
    if (month != 0 && !(tokens[t].text[0] >= 'A' && tokens[t].text[0] <= 'Z')) month = 0;
    if (month == 5 && tokens[t].text != "May" && tokens[t].text != "MAY") month = 0;
    // "May Day" is a holiday's name ("to celebrate May Day"), not the month.
    if (month == 5 && (lower(t + 1) == "day" || lower(t + 1) == "days")) month = 0;
    // "Theresa May": a capitalized name before "May" makes it a surname.
    if (month == 5 && t > 0 && !tokens[t - 1].text.empty() &&
        std::isupper(static_cast<unsigned char>(tokens[t - 1].text[0])) && tokens[t - 1].pos == Pos::NNP) {
      month = 0;
    }
    if (month > 0) {
      uint32_t k = t + 1;
      int day_from = 0, day_to = 0, year = 0;
      // Day or day range: "23", "23-29", "23 - 29", "23 to 29".
      if (k < n && AllDigits(lower(k)) && lower(k).size() <= 2) {
        day_from = day_to = ToInt(lower(k));
        ++k;
        if (k + 1 < n && (lower(k) == "-" || lower(k) == "to" || lower(k) == "through") && AllDigits(lower(k + 1)) &&
            lower(k + 1).size() <= 2) {
          day_to = ToInt(lower(k + 1));
          k += 2;
        }
      } else if (k < n) {
        std::string_view range = lower(k);
        size_t dash = range.find('-');
        if (dash != std::string_view::npos && AllDigits(range.substr(0, dash)) && AllDigits(range.substr(dash + 1)) &&
            dash <= 2 && range.size() - dash - 1 <= 2) {
          day_from = ToInt(range.substr(0, dash));
          day_to = ToInt(range.substr(dash + 1));
          ++k;
        }
      }
      if (k < n && lower(k) == "," && AllDigits(lower(k + 1)) && lower(k + 1).size() == 4) ++k;
      if (k < n && AllDigits(lower(k)) && lower(k).size() == 4) {
        year = ToInt(lower(k));
        ++k;
      }
      if (year == 0 && story_date) {
        year = NearestYear(*story_date, month);
        if (relative < 0 && (year > story_date->year || (year == story_date->year && month >= story_date->month))) {
          year = month >= story_date->month ? story_date->year - 1 : story_date->year;
        }
        if (relative > 0 && (year < story_date->year || (year == story_date->year && month <= story_date->month))) {
          year = month <= story_date->month ? story_date->year + 1 : story_date->year;
        }
      }
      if (year == 0) {
        out.Add(start, k, std::nullopt, std::nullopt, day_from ? "day" : "month");
        t = k;
        continue;
      }
      std::optional<Date> from, to;
      const char* precision = "month";
      if (day_from) {
        from = Date::FromYmd(year, month, day_from);
        to = Date::FromYmd(year, month, day_to);
        precision = "day";
      } else {
        from = Date{year, month, 1};
        to = LastDay(year, month);
      }
      if (from && to && *to < *from) to = from;
      if (end_of) from = to;
      if (by) from.reset();
      if (from_prep && !day_to) to.reset();
      if (!from && !to && day_from) {
        t = k;  // an impossible date such as "February 30": not a time
        continue;
      }
      out.Add(start, k, from, to, precision);
      t = k;
      continue;
    }
    // A year: "by 2030", "in 2024".
    if (t < n && t > start && AllDigits(lower(t)) && lower(t).size() == 4) {
      int year = ToInt(lower(t));
      if (year >= 1900 && year <= 2100) {
        std::optional<Date> from = Date{year, 1, 1}, to = Date{year, 12, 31};
        if (by) from.reset();
        if (from_prep) to.reset();
        out.Add(start, t + 1, from, to, "year");
        t = t + 1;
        continue;
      }
    }
    // Weekdays and relative words need the story date.
    if (story_date) {
      std::string_view word = lower(t);
      int weekday = WeekdayNumber(word);
      if (weekday >= 0) {
        bool next = t > start ? false : lower(t - 1) == "next";
        int diff = Weekday(*story_date) - weekday;
        int ahead = ((weekday - Weekday(*story_date)) + 7) % 7;
        Date d = next ? story_date->AddDays(ahead == 0 ? 7 : ahead) : story_date->AddDays(-((diff + 7) % 7));
        out.Add(start, t + 1, d, d, "day");
        t = t + 1;
        continue;
      }
      if (word == "today" || word == "yesterday" || word == "tomorrow") {
        Date d = story_date->AddDays(word == "today" ? 0 : word == "yesterday" ? -1 : 1);
        out.Add(t, t + 1, d, d, "day");
        t = t + 1;
        continue;
      }
      // "two years ago", "more than a year ago": counted back from the
      // story's day, as exact as the unit (a qualifier keeps the day
      // counted back: "more than a year ago" is at least that far back).
      {
        uint32_t k = t;
        if ((word == "more" || word == "less") && lower(t + 1) == "than") {
          k += 2;
        } else if (word == "over" || word == "nearly" || word == "almost" || word == "about" || word == "some" ||
                   word == "around" || word == "just") {
          ++k;
        }
        const int count = CountOf(lower(k));
        std::string_view span_unit = lower(k + 1);
        if (!span_unit.empty() && span_unit.back() == 's') span_unit.remove_suffix(1);
        if (count > 0 && lower(k + 2) == "ago" &&
            (span_unit == "day" || span_unit == "week" || span_unit == "month" || span_unit == "year" ||
             span_unit == "decade")) {
          Date d = *story_date;
          const char* precision = "day";
          if (span_unit == "day" || span_unit == "week") {
            d = story_date->AddDays(-count * (span_unit == "week" ? 7 : 1));
          } else {
            const int months = span_unit == "month" ? count : 12 * count * (span_unit == "decade" ? 10 : 1);
            int y = story_date->year - months / 12, m = story_date->month - months % 12;
            if (m < 1) { m += 12; --y; }
            d = Date{y, m, std::min(story_date->day, Date::DaysInMonth(y, m))};
            precision = span_unit == "month" ? "month" : "year";
          }
          out.Add(t, k + 3, d, d, precision);
          t = k + 3;
          continue;
        }
      }
      std::string_view unit = lower(t + 1);
      // "early this week", "late last month", "earlier this year": the span
      // opens with its modifier (the dates stay the whole week or month).
      if ((word == "this" || word == "last" || word == "next") && (unit == "week" || unit == "month" || unit == "year")) {
        const uint32_t span_begin = t >= 1 && (lower(t - 1) == "early" || lower(t - 1) == "late" ||
                                               lower(t - 1) == "earlier" || lower(t - 1) == "later")
                                        ? t - 1
                                        : t;
        int shift = word == "last" ? -1 : word == "next" ? 1 : 0;
        Date from = *story_date, to = *story_date;
        const char* precision = "day";
        if (unit == "week") {
          Date monday = story_date->AddDays(-Weekday(*story_date) + 7 * shift);
          from = monday;
          to = monday.AddDays(6);
        } else if (unit == "month") {
          int m = story_date->month + shift, y = story_date->year;
          if (m < 1) { m += 12; --y; }
          if (m > 12) { m -= 12; ++y; }
          from = Date{y, m, 1};
          to = LastDay(y, m);
          precision = "month";
        } else {
          from = Date{story_date->year + shift, 1, 1};
          to = Date{story_date->year + shift, 12, 31};
          precision = "year";
        }
        // "later this month" is what is still to come of it, "earlier this
        // year" what has passed: the story's own day splits the span.
        if (shift == 0 && span_begin < t && lower(span_begin) == "later" && story_date->AddDays(1) <= to) {
          from = story_date->AddDays(1);
        } else if (shift == 0 && span_begin < t && lower(span_begin) == "earlier" && story_date->AddDays(-1) >= from) {
          to = story_date->AddDays(-1);
        }
        out.Add(span_begin, t + 2, from, to, precision);
        t = t + 2;
        continue;
      }
    }
    t = start + 1;
  }
}

}  // namespace statecraft
