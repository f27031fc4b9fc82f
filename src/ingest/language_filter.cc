#include "ingest/language_filter.h"

#include <cld2/public/compact_lang_det.h>

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
// Latin script ("in", "on", "was", "will" are left out: German and Dutch use them).
bool IsEnglishFunctionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "the", "and",  "of",    "to",   "said", "for",   "that", "with", "by",   "its",
      "has", "have", "would", "from", "were", "which", "been", "this", "they", "their"};
  for (std::string_view candidate : kWords) {
    if (word == candidate) return true;
  }
  return false;
}

// Share (0..100) of the ASCII words in TEXT that are English function words.
int EnglishFunctionWordPercent(std::string_view text) {
  std::size_t words = 0, hits = 0;
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    ++words;
    if (IsEnglishFunctionWord(word)) ++hits;
    word.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      word.push_back(static_cast<char>(c));
    } else {
      flush();
    }
  }
  flush();
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
