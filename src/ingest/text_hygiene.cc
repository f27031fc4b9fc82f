#include "ingest/text_hygiene.h"

#include <array>
#include <cstdint>

namespace statecraft {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsBadControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// Length of the well-formed UTF-8 sequence starting at s[i] (1..4), or 0 when
// it is ill-formed; in that case *bad_len is the length of its maximal
// subpart (>= 1), the bytes one U+FFFD stands for.
std::size_t SequenceLength(std::string_view s, std::size_t i, std::size_t* bad_len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2, lo = 0xA0;  // no overlong forms
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    need = 2;
  } else if (c == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (c == 0xF0) {
    need = 3, lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3, hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *bad_len = 1;
    return 0;
  }
  std::size_t j = i + 1;
  for (std::size_t k = 0; k < need; ++k, ++j) {
    if (j >= s.size()) break;
    const auto b = static_cast<unsigned char>(s[j]);
    if (b < lo || b > hi) break;
    lo = 0x80, hi = 0xBF;
  }
  if (j - i == need + 1) return need + 1;
  *bad_len = j - i;
  return 0;
}

void AppendUtf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the Unicode whitespace character at s[i], 0 when there is none.
std::size_t WhitespaceLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto at = [&](std::size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2 && at(1) == 0xA0) return 2;  // U+00A0
  if (c == 0xE2 && at(1) == 0x80) {
    const unsigned char b = at(2);
    // U+2000..U+200B, U+2028, U+2029, U+202F
    if ((b >= 0x80 && b <= 0x8B) || b == 0xA8 || b == 0xA9 || b == 0xAF) return 3;
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t bad_len = 0;
    const std::size_t len = SequenceLength(text, i, &bad_len);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

TextRepairReport RepairText(std::string* text) {
  TextRepairReport report;
  const std::string_view in = *text;
  // First pass: find the first byte that needs a repair; most text has none.
  std::size_t first_bad = in.size();
  for (std::size_t i = 0; i < in.size();) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (IsBadControl(c)) {
        first_bad = i;
        break;
      }
      ++i;
      continue;
    }
    std::size_t bad_len = 0;
    const std::size_t len = SequenceLength(in, i, &bad_len);
    if (len == 0) {
      first_bad = i;
      break;
    }
    i += len;
  }
  if (first_bad == in.size()) return report;

  std::string out;
  out.reserve(in.size() + 16);
  out.append(in.substr(0, first_bad));
  for (std::size_t i = first_bad; i < in.size();) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == 0) {
        if (report.nul_bytes++ == 0) report.first_nul_offset = i;
        out.push_back(' ');
      } else if (IsBadControl(c)) {
        if (report.control_chars++ == 0) report.first_control_offset = i;
        out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    std::size_t bad_len = 0;
    const std::size_t len = SequenceLength(in, i, &bad_len);
    if (len == 0) {
      if (report.invalid_sequences++ == 0) report.first_invalid_offset = i;
      out.append(kReplacement);
      i += bad_len;
    } else {
      out.append(in.substr(i, len));
      i += len;
    }
  }
  text->swap(out);
  return report;
}

void AppendRepairProblems(const TextRepairReport& report, const std::string& origin,
                          const std::string& doc_id, std::string_view what,
                          std::vector<InputProblem>* problems) {
  auto add = [&](const char* reason, std::string message) {
    InputProblem problem;
    problem.kind = InputProblem::Kind::kWarning;
    problem.origin = origin;
    problem.doc_id = doc_id;
    problem.reason = reason;
    problem.message = std::move(message);
    problems->push_back(std::move(problem));
  };
  const std::string where = " of the " + std::string(what);
  if (report.invalid_sequences > 0) {
    add("invalid-utf8", std::to_string(report.invalid_sequences) +
                            " invalid UTF-8 sequence(s) replaced by U+FFFD; first at byte " +
                            std::to_string(report.first_invalid_offset) + where);
  }
  if (report.nul_bytes > 0) {
    add("nul-bytes", std::to_string(report.nul_bytes) +
                         " NUL byte(s) replaced by spaces; first at byte " +
                         std::to_string(report.first_nul_offset) + where);
  }
  if (report.control_chars > 0) {
    add("control-chars", std::to_string(report.control_chars) +
                             " control character(s) replaced by spaces; first at byte " +
                             std::to_string(report.first_control_offset) + where);
  }
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  // 0x80..0x9F as browsers decode windows-1252; the five unassigned bytes map
  // to the C1 code point of the same value.
  static constexpr std::array<std::uint16_t, 32> kHigh = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  //
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  //
      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  //
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      AppendUtf8(kHigh[c - 0x80], &out);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

bool StripUtf8Bom(std::string* text) {
  if (text->size() >= 3 && text->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text->erase(0, 3);
    return true;
  }
  return false;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t ws = WhitespaceLength(text, i);
    if (ws > 0) {
      pending_space = !out.empty();
      i += ws;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

bool IsBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t ws = WhitespaceLength(text, i);
    if (ws == 0) return false;
    i += ws;
  }
  return true;
}

}  // namespace statecraft
