// Character classes for the tokenizer: one UTF-8 code point at a time, with
// an ASCII fast path (a table lookup) and utf8proc's Unicode categories for
// everything else.
#ifndef STATECRAFT_NORMALIZE_CHAR_CLASS_H_
#define STATECRAFT_NORMALIZE_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace statecraft {

enum class CharKind : uint8_t {
  kSpace,   // whitespace, control characters, zero-width spaces and bidi marks
  kUpper,   // uppercase or titlecase letter
  kLower,   // lowercase letter
  kLetter,  // letter without case (CJK, Arabic, modifier letters)
  kDigit,   // decimal digit or other number
  kMark,    // combining mark, soft hyphen, zero-width (non-)joiner: part of a word
  kPunct,   // punctuation
  kSymbol,  // symbols: currency, math, other
};

struct CodePoint {
  char32_t value = 0;
  uint8_t size = 1;  // bytes in the UTF-8 encoding (1 for an invalid byte)
  CharKind kind = CharKind::kSpace;
};

namespace char_class_internal {
// The kinds of the ASCII bytes, and the decoder for every other byte.
extern const std::array<CharKind, 128> kAsciiKinds;
CodePoint DecodeNonAscii(std::string_view text, size_t pos);
}  // namespace char_class_internal

// Decodes the code point at byte `pos`. REQUIRES: pos < text.size().
// An invalid byte decodes as U+FFFD of size 1 and kind kSymbol, so that spans
// always stay on byte positions of the input. Inline: this runs on every
// byte of every story, and most bytes are ASCII.
inline CodePoint DecodeAt(std::string_view text, size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return CodePoint{byte, 1, char_class_internal::kAsciiKinds[byte]};
  return char_class_internal::DecodeNonAscii(text, pos);
}

// The start of the code point that ends just before `pos` (pos > 0).
size_t PreviousStart(std::string_view text, size_t pos);

inline bool IsAlnum(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kLetter ||
         k == CharKind::kDigit || k == CharKind::kMark;
}
inline bool IsLetter(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kLetter ||
         k == CharKind::kMark;
}

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_CHAR_CLASS_H_
