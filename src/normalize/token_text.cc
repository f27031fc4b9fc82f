#include "normalize/token_text.h"

#include <utf8proc.h>

#include <cstdlib>

#include "normalize/char_class.h"

namespace statecraft {

namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool IsStandaloneDash(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015; }

// Appends `nfc` with typographic punctuation folded to ASCII.
void FoldPunctuation(std::string_view nfc, std::string* out) {
  if (nfc.empty()) return;
  // A token that is one dash character becomes "--".
  {
    const CodePoint first = DecodeAt(nfc, 0);
    if (first.size == nfc.size() && IsStandaloneDash(first.value)) {
      out->append("--");
      return;
    }
  }
  size_t pos = 0;
  while (pos < nfc.size()) {
    const auto byte = static_cast<unsigned char>(nfc[pos]);
    if (byte < 0x80) {
      out->push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    const CodePoint cp = DecodeAt(nfc, pos);
    switch (cp.value) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x2039:
      case 0x203A:
        out->push_back('\'');
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0x00AB:
      case 0x00BB:
        out->push_back('"');
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
        out->push_back('-');
        break;
      case 0x2014:
      case 0x2015:
        out->append("--");
        break;
      case 0x2026:
        out->append("...");
        break;
      case 0x00AD:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x2060:
      case 0xFEFF:
        break;
      default:
        out->append(nfc.substr(pos, cp.size));
        break;
    }
    pos += cp.size;
  }
}

// Dots go from tokens that end in their own period and contain a letter.
bool DropsDots(std::string_view text) {
  if (text.size() < 2 || text.back() != '.') return false;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80)
      return true;
  }
  return false;
}

}  // namespace

void LowerTokenText(std::string_view text, std::string* lower) {
  lower->clear();
  const bool drop_dots = DropsDots(text);
  if (IsAscii(text)) {
    lower->reserve(text.size());
    for (char c : text) {
      if (c == '.' && drop_dots) continue;
      lower->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = DecodeAt(text, pos);
    if (cp.value == '.' && drop_dots) {
      // skip
    } else if (cp.value == 0xFFFD && cp.size == 1) {
      lower->push_back(text[pos]);  // an invalid byte stays as it is
    } else {
      AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp.value))),
                 lower);
    }
    pos += cp.size;
  }
}

void MakeTokenText(std::string_view surface, std::string* text, std::string* lower) {
  if (IsAscii(surface)) {
    text->assign(surface);
  } else {
    text->clear();
    utf8proc_uint8_t* nfc = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(surface.data()),
                     static_cast<utf8proc_ssize_t>(surface.size()), &nfc,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) {
      text->assign(surface);
    } else {
      FoldPunctuation(std::string_view(reinterpret_cast<const char*>(nfc), static_cast<size_t>(n)),
                      text);
      if (text->empty()) text->assign(surface);  // only invisible characters
    }
    std::free(nfc);
  }
  LowerTokenText(*text, lower);
}

}  // namespace statecraft
