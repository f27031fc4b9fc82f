#include "ingest/language_filter.h"

#include <cld2/public/compact_lang_det.h>

#include <initializer_list>
#include <string_view>

namespace statecraft {

namespace {

std::size_t CountLetterBytes(std::string_view text) {
  std::size_t letters = 0;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) ++letters;
  }
  return letters;
}

// The longest prefix of at most MAX bytes that ends on a character boundary.
std::string_view Sample(std::string_view text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Frequent English words that are rare as words in other languages written in
// Latin script ("in", "on", "was", "will" are left out: German and Dutch use
// them). `word` is lowercase.
bool IsEnglishFunctionWord(std::string_view word) {
  auto one_of = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view candidate : words) {
      if (word == candidate) return true;
    }
    return false;
  };
  switch (word.size()) {  // one short list per length
    case 2: return one_of({"of", "to", "by"});
    case 3: return one_of({"the", "and", "for", "its", "has"});
    case 4: return one_of({"said", "that", "with", "have", "from", "were", "been", "this", "they"});
    case 5: return one_of({"would", "which", "their"});
    default: return false;
  }
}

bool IsWordByte(unsigned char c) {
  const unsigned char folded = c | 0x20;  // 'A'..'Z' → 'a'..'z'; no other byte lands there
  return (folded >= 'a' && folded <= 'z') || c >= 0x80;
}

// Share (0..100) of the words in TEXT (runs of ASCII letters and non-ASCII
// bytes) that are English function words. Scans in place: this runs on
// every story, and copying each word out cost more than the rest of the
// filter.
int EnglishFunctionWordPercent(std::string_view text) {
  constexpr std::size_t kLongestFunctionWord = 5;
  std::size_t words = 0, hits = 0;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    while (i < n && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i == n) break;
    const std::size_t begin = i;
    while (i < n && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    ++words;
    const std::size_t len = i - begin;
    if (len > kLongestFunctionWord) continue;
    char lower[kLongestFunctionWord];
    for (std::size_t k = 0; k < len; ++k) {
      const char c = text[begin + k];
      lower[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (IsEnglishFunctionWord(std::string_view(lower, len))) ++hits;
  }
  return words == 0 ? 0 : static_cast<int>(hits * 100 / words);
}

}  // namespace

LanguageGuess GuessLanguage(std::string_view text) {
  LanguageGuess guess;
  const std::string_view sample = Sample(text, kMaxLanguageSampleBytes);
  guess.letter_bytes = CountLetterBytes(sample);
  guess.english_function_word_percent = EnglishFunctionWordPercent(sample);
  // Text dense in English function words is English whatever cld2 would
  // say; skipping cld2 for it saves most of the filter's cost on English news.
  if (guess.english_function_word_percent >= kEnglishFunctionWordPercent) {
    guess.code = "en";
    guess.name = "ENGLISH";
    return guess;
  }

  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language top = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, language3, percent3,
      &text_bytes, &reliable);

  guess.code = CLD2::LanguageCode(top);
  guess.name = CLD2::LanguageName(top);
  guess.reliable = reliable;
  for (int idx = 0; idx < 3; ++idx) {
    if (language3[idx] == top) guess.percent = percent3[idx];
    if (language3[idx] == CLD2::ENGLISH) guess.english_percent += percent3[idx];
  }
  guess.non_english = guess.letter_bytes >= kMinLetterBytes && reliable &&
                      guess.english_function_word_percent < kEnglishFunctionWordPercent &&
                      top != CLD2::ENGLISH && top != CLD2::UNKNOWN_LANGUAGE &&
                      top != CLD2::TG_UNKNOWN_LANGUAGE &&
                      guess.english_percent < kMaxEnglishPercent;
  return guess;
}

}  // namespace statecraft
