#include "normalize/char_class.h"

#include <utf8proc.h>

#include <array>

namespace statecraft {

namespace {

constexpr std::array<CharKind, 128> MakeAsciiTable() {
  std::array<CharKind, 128> table{};
  for (int c = 0; c < 128; ++c) {
    CharKind kind = CharKind::kSpace;  // controls, space
    if (c >= 'A' && c <= 'Z') {
      kind = CharKind::kUpper;
    } else if (c >= 'a' && c <= 'z') {
      kind = CharKind::kLower;
    } else if (c >= '0' && c <= '9') {
      kind = CharKind::kDigit;
    } else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '|' ||
               c == '~') {
      kind = CharKind::kSymbol;
    } else if (c > ' ' && c < 127) {
      kind = CharKind::kPunct;
    }
    table[c] = kind;
  }
  return table;
}

CharKind KindOf(char32_t cp) {
  switch (cp) {
    case 0x00AD:  // soft hyphen
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner
      return CharKind::kMark;
    default:
      break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharKind::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharKind::kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharKind::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharKind::kMark;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharKind::kDigit;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharKind::kPunct;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_CO:  // private use: keep visible
    case UTF8PROC_CATEGORY_CN:  // unassigned: keep visible
      return CharKind::kSymbol;
    default:  // Zs, Zl, Zp, Cc, Cf, Cs
      return CharKind::kSpace;
  }
}

}  // namespace

namespace char_class_internal {

constexpr std::array<CharKind, 128> kAsciiKinds = MakeAsciiTable();

CodePoint DecodeNonAscii(std::string_view text, size_t pos) {
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                       static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return CodePoint{0xFFFD, 1, CharKind::kSymbol};
  return CodePoint{static_cast<char32_t>(cp), static_cast<uint8_t>(n),
                   KindOf(static_cast<char32_t>(cp))};
}

}  // namespace char_class_internal

size_t PreviousStart(std::string_view text, size_t pos) {
  size_t start = pos - 1;
  // Step back over at most three continuation bytes.
  for (int steps = 0;
       steps < 3 && start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80;
       ++steps) {
    --start;
  }
  // If what we found does not decode to end exactly at pos, the bytes were
  // invalid; treat the last byte as its own code point.
  if (start + DecodeAt(text, start).size != pos) return pos - 1;
  return start;
}

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace statecraft
