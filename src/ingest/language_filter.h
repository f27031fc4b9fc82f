// Language identification with cld2, to keep non-English stories away from
// an English-only coder.
//
// A story counts as non-English only when all of these hold:
//   - it has at least kMinLetterBytes bytes of letters (ASCII letters and
//     non-ASCII bytes); shorter text gives cld2 too little to go on;
//   - cld2 calls its guess reliable;
//   - the top language is known and is not English;
//   - English makes up less than kMaxEnglishPercent of the text (mixed
//     stories with a good share of English are kept);
//   - common English function words ("the", "of", "said", ...) make up less
//     than kEnglishFunctionWordPercent of the words. cld2 is confidently
//     wrong on short English lines full of foreign names ("a joint venture
//     with Istituto per la Ricostruzione Industriale"); this guard costs
//     nothing on real foreign-language text, which lacks those words.
// Everything else, including every case of doubt, is kept.
// Stateless and thread-safe (cld2's tables are read-only).
#ifndef STATECRAFT_INGEST_LANGUAGE_FILTER_H_
#define STATECRAFT_INGEST_LANGUAGE_FILTER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace statecraft {

struct LanguageGuess {
  // cld2's code: "en", "fr", "zh", "un" (unknown); "en" without asking cld2
  // when the text is dense in English function words.
  std::string code;
  std::string name;  // cld2's name: "ENGLISH", "FRENCH", "Unknown"
  bool reliable = false;
  int percent = 0;          // share of the text in `code`, 0..100
  int english_percent = 0;  // share of the text in English, 0..100
  std::size_t letter_bytes = 0;
  int english_function_word_percent = 0;  // of the words (runs of letters)
  bool non_english = false;               // the verdict, by the rules above
};

inline constexpr std::size_t kMinLetterBytes = 100;
inline constexpr int kMaxEnglishPercent = 30;
inline constexpr int kEnglishFunctionWordPercent = 8;
// cld2 looks at no more than this many leading bytes (its verdict settles well
// before; a 10 MB story should not cost 10 MB of scoring).
inline constexpr std::size_t kMaxLanguageSampleBytes = 64 * 1024;

// REQUIRES: `text` is valid UTF-8 (cld2 misbehaves otherwise).
LanguageGuess GuessLanguage(std::string_view text);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_LANGUAGE_FILTER_H_
