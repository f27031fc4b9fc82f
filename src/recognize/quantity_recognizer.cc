#include "recognize/quantity_recognizer.h"

#include <array>
#include <cstdlib>
#include <string>

#include "recognize/time_recognizer.h"

namespace statecraft {

namespace {

double Multiplier(std::string_view w) {
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mln" || w == "m") return 1e6;
  if (w == "billion" || w == "bln" || w == "bn") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  return 0;
}

const char* CurrencyWord(std::string_view w) {
  if (w == "dollars" || w == "dollar" || w == "usd" || w == "dlrs" || w == "dlr") return "USD";  // "dlrs": wire style
  if (w == "euros" || w == "euro" || w == "eur") return "EUR";
  if (w == "pounds" || w == "sterling" || w == "gbp") return "GBP";
  if (w == "yen" || w == "jpy") return "JPY";
  if (w == "yuan" || w == "renminbi" || w == "cny") return "CNY";
  if (w == "won" || w == "krw") return "KRW";
  if (w == "rupees" || w == "rupee" || w == "inr") return "INR";
  if (w == "roubles" || w == "rubles" || w == "rub") return "RUB";
  return nullptr;
}

const char* CurrencySymbol(std::string_view w) {
  if (w == "$" || w == "us$") return "USD";
  if (w == "€") return "EUR";
  if (w == "£") return "GBP";
  if (w == "¥") return "JPY";
  return nullptr;
}

}  // namespace

std::optional<double> ParseNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kWords = {
      "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (size_t i = 0; i < kWords.size(); ++i) if (w == kWords[i]) return static_cast<double>(i);
  if (w == "dozens" || w == "hundreds" || w == "thousands") return std::nullopt;
  std::string digits;
  bool seen_digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      seen_digit = true;
    } else if (c == ',') {
      continue;
    } else if (c == '.') {
      digits.push_back(c);
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

void RecognizeQuantities(const std::vector<Token>& tokens, std::string_view story_text,
                         std::vector<Quantity>* quantities, std::vector<std::pair<uint32_t, uint32_t>>* token_ranges) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  auto lower = [&](uint32_t k) -> std::string_view { return k < n ? std::string_view(tokens[k].lower) : std::string_view(); };
  auto add = [&](uint32_t b, uint32_t e, const char* kind, double value, std::string unit) {
    Quantity q;
    q.begin = tokens[b].span.begin;
    q.end = tokens[e - 1].span.end;
    q.text = std::string(story_text.substr(q.begin, q.end - q.begin));
    q.kind = kind;
    q.value = value;
    q.unit = std::move(unit);
    quantities->push_back(std::move(q));
    token_ranges->emplace_back(b, e);
  };
  uint32_t t = 0;
  while (t < n) {
    // Money with a symbol: "$150 billion", "US$ 3 mln".
    if (const char* currency = CurrencySymbol(lower(t))) {
      auto value = ParseNumber(lower(t + 1));
      if (value) {
        uint32_t e = t + 2;
        if (double mult = Multiplier(lower(e)); mult > 0) {
          *value *= mult;
          ++e;
        }
        add(t, e, "money", *value, currency);
        t = e;
        continue;
      }
    }
    auto value = ParseNumber(lower(t));
    if (!value) {
      ++t;
      continue;
    }
    uint32_t e = t + 1;
    // Percent: "50%", "50 percent", "50 per cent".
    if (lower(e) == "%" || lower(e) == "percent" || lower(e) == "pct") {
      add(t, e + 1, "percent", *value, "%");
      t = e + 1;
      continue;
    }
    if (lower(e) == "per" && lower(e + 1) == "cent") {
      add(t, e + 2, "percent", *value, "%");
      t = e + 2;
      continue;
    }
    double mult = Multiplier(lower(e));
    if (mult > 0) ++e;
    // Money with a currency word: "2 billion euros"; "47 mln U.S. Dlrs",
    // "2.48 billion Canadian dlrs" past the currency's country.
    uint32_t unit = e;
    const char* country_dollar = nullptr;  // the dollar of the country named before the unit
    const char* next_currency = unit + 1 < n ? CurrencyWord(lower(unit + 1)) : nullptr;
    if (!CurrencyWord(lower(unit)) && next_currency != nullptr && std::string_view(next_currency) == "USD") {
      const std::string_view c = lower(unit);
      country_dollar = c == "u.s." || c == "us" ? "USD"
                       : c == "canadian"        ? "CAD"
                       : c == "australian"      ? "AUD"
                       : c == "singapore"       ? "SGD"
                       : c == "taiwan"          ? "TWD"
                                                : nullptr;
      if (country_dollar) ++unit;
    }
    if (const char* currency = CurrencyWord(lower(unit))) {
      add(t, unit + 1, "money", *value * (mult > 0 ? mult : 1), country_dollar ? country_dollar : currency);
      t = unit + 1;
      continue;
    }
    // A count of things: "two villages", "1,200 troops" — not years, days of a month, or times.
    bool is_year = lower(t).size() == 4 && *value >= 1900 && *value <= 2100 && mult == 0;
    bool after_month = t > 0 && MonthNumber(lower(t - 1)) > 0;
    if (!is_year && !after_month && e < n && tokens[e].pos == Pos::NNS) {
      add(t, e + 1, "count", *value * (mult > 0 ? mult : 1), tokens[e].lemma.empty() ? tokens[e].lower : tokens[e].lemma);
      t = e + 1;
      continue;
    }
    t = e;
  }
}

}  // namespace statecraft
