#include "ingest/timestamp_parser.h"

#include <array>
#include <cctype>
#include <string>

namespace statecraft {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Reads exactly N digits at s[*pos]; advances *pos.
bool ReadDigits(std::string_view s, std::size_t* pos, int n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    const char c = s[*pos + k];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

// "HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|-HH]" starting at s[pos], to the end of s.
bool IsTimeOfDay(std::string_view s, std::size_t pos) {
  int hh = 0, mm = 0, ss = 0;
  if (!ReadDigits(s, &pos, 2, &hh) || pos >= s.size() || s[pos] != ':') return false;
  ++pos;
  if (!ReadDigits(s, &pos, 2, &mm)) return false;
  if (pos < s.size() && s[pos] == ':') {
    ++pos;
    if (!ReadDigits(s, &pos, 2, &ss)) return false;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      const std::size_t start = pos;
      while (pos < s.size() && IsDigit(s[pos])) ++pos;
      if (pos == start) return false;
    }
  }
  if (hh > 24 || mm > 59 || ss > 60) return false;
  if (pos == s.size()) return true;
  if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) return true;
  if (s[pos] != '+' && s[pos] != '-') return false;
  ++pos;
  int zh = 0, zm = 0;
  if (!ReadDigits(s, &pos, 2, &zh)) return false;
  if (pos == s.size()) return zh <= 23;
  if (s[pos] == ':') ++pos;
  if (!ReadDigits(s, &pos, 2, &zm)) return false;
  return pos == s.size() && zh <= 23 && zm <= 59;
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (name.size() < 3) return 0;
  std::string lower;
  for (char c : name)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (std::size_t month_idx = 0; month_idx < kMonths.size(); ++month_idx) {
    const std::string_view full = kMonths[month_idx];
    // "Aug", "August", and the common "Sept".
    if (lower == full || lower == full.substr(0, 3) || (month_idx == 8 && lower == "sept")) {
      return static_cast<int>(month_idx) + 1;
    }
  }
  return 0;
}

}  // namespace

std::optional<Date> ParseIsoDate(std::string_view text) {
  const std::string_view s = Trim(text);
  std::size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(s, &pos, 4, &year)) return std::nullopt;
  if (pos < s.size() && s[pos] == '-') {
    ++pos;
    if (!ReadDigits(s, &pos, 2, &month) || pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
    if (!ReadDigits(s, &pos, 2, &day)) return std::nullopt;
  } else {
    if (!ReadDigits(s, &pos, 2, &month) || !ReadDigits(s, &pos, 2, &day)) return std::nullopt;
  }
  if (pos != s.size()) {
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
    if (!IsTimeOfDay(s, pos + 1)) return std::nullopt;
  }
  return Date::FromYmd(year, month, day);
}

std::optional<Date> ParseRfc822Date(std::string_view text) {
  std::string_view s = Trim(text);
  // Optional day name: "Sat," or "Saturday,".
  if (const std::size_t comma = s.find(','); comma != std::string_view::npos && comma <= 10) {
    for (std::size_t k = 0; k < comma; ++k) {
      if (!std::isalpha(static_cast<unsigned char>(s[k]))) return std::nullopt;
    }
    s = Trim(s.substr(comma + 1));
  }
  // Day, month name, year, separated by spaces (or '-', as in "23-Aug-2025").
  std::array<std::string_view, 3> parts;
  std::size_t pos = 0;
  for (std::size_t part_idx = 0; part_idx < parts.size(); ++part_idx) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < s.size() && s[pos] != ' ' && s[pos] != '-') ++pos;
    parts[part_idx] = s.substr(start, pos - start);
    if (parts[part_idx].empty()) return std::nullopt;
    if (pos < s.size() && s[pos] == '-' && part_idx < 2) ++pos;
  }
  const std::string_view rest = Trim(s.substr(pos));
  if (!rest.empty() && !IsDigit(rest.front()))
    return std::nullopt;  // a time must follow, if anything

  const std::string_view day_text = parts[0], year_text = parts[2];
  if (day_text.size() > 2) return std::nullopt;
  int day = 0, year = 0;
  for (char c : day_text) {
    if (!IsDigit(c)) return std::nullopt;
    day = day * 10 + (c - '0');
  }
  const int month = MonthFromName(parts[1]);
  if (month == 0) return std::nullopt;
  if (year_text.size() != 2 && year_text.size() != 4) return std::nullopt;
  for (char c : year_text) {
    if (!IsDigit(c)) return std::nullopt;
    year = year * 10 + (c - '0');
  }
  if (year_text.size() == 2) year += year < 50 ? 2000 : 1900;
  return Date::FromYmd(year, month, day);
}

std::optional<Date> ParseAnyDate(std::string_view text) {
  if (auto date = ParseIsoDate(text)) return date;
  return ParseRfc822Date(text);
}

}  // namespace statecraft
