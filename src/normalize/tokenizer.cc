#include "normalize/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "normalize/abbreviations.h"
#include "normalize/char_class.h"

namespace statecraft {

namespace {

constexpr char32_t kRightSingleQuote = 0x2019;

bool IsApostrophe(char32_t c) { return c == '\'' || c == kRightSingleQuote; }

// Characters that join two word characters into one token when they sit
// between them: hyphens and the en dash ("US–China", "23–29").
bool IsJoiningDash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsOpeningQuote(char32_t c) {
  return c == 0x2018 || c == 0x201C || c == 0x201E || c == 0x201A || c == 0x00AB || c == 0x2039;
}
bool IsClosingQuote(char32_t c) { return c == 0x201D || c == 0x00BB || c == 0x203A || c == 0x201F; }

uint16_t CaseFlags(CharKind kind) {
  switch (kind) {
    case CharKind::kUpper:
      return kUpperStart;
    case CharKind::kLower:
      return kLowerStart;
    case CharKind::kDigit:
      return kNumberToken;
    default:
      return 0;
  }
}

// ASCII case-insensitive "does `word` end with `suffix`" (suffix lowercase).
bool EndsWithFolded(std::string_view word, std::string_view suffix) {
  if (word.size() < suffix.size()) return false;
  const size_t off = word.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = word[off + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// Length in bytes of a clitic at the end of `word` ("n't", "'s", "’ll"...),
// or 0. Only splits when something that is not an apostrophe precedes it.
size_t CliticLength(std::string_view word) {
  // n't / n’t: the split falls before the 'n' ("did|n't", "ca|n't").
  static constexpr std::array<std::string_view, 2> kNegations = {"n't", "n\xE2\x80\x99t"};
  for (std::string_view neg : kNegations) {
    if (word.size() > neg.size() && EndsWithFolded(word, neg)) return neg.size();
  }
  // "cannot" is "can" and "not", as the Penn Treebank writes it.
  if (word.size() == 6 && EndsWithFolded(word, "cannot")) return 3;
  static constexpr std::array<std::string_view, 6> kClitics = {"s", "m", "d", "re", "ve", "ll"};
  for (std::string_view clitic : kClitics) {
    if (!EndsWithFolded(word, clitic)) continue;
    const size_t before = word.size() - clitic.size();
    if (before >= 2 && word[before - 1] == '\'') return clitic.size() + 1;
    if (before >= 4 && word.substr(before - 3, 3) == "\xE2\x80\x99") return clitic.size() + 3;
  }
  return 0;
}

// Length of an apostrophe-initial clitic at `pos` ("'s" after "U.S."), or 0.
size_t LeadingCliticLength(std::string_view text, size_t pos, size_t end) {
  const CodePoint apostrophe = DecodeAt(text, pos);
  const size_t start = pos + apostrophe.size;
  static constexpr std::array<std::string_view, 6> kClitics = {"s", "m", "d", "re", "ve", "ll"};
  for (std::string_view clitic : kClitics) {
    if (start + clitic.size() > end) continue;
    bool match = true;
    for (size_t i = 0; i < clitic.size(); ++i) {
      char c = text[start + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != clitic[i]) match = false;
    }
    if (!match) continue;
    const size_t after = start + clitic.size();
    if (after < end && IsLetter(DecodeAt(text, after).kind)) continue;
    return after - pos;
  }
  return 0;
}

// The first non-space code point at or after `pos`; kind kSpace at the end.
CodePoint NextVisible(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const CodePoint cp = DecodeAt(text, pos);
    if (cp.kind != CharKind::kSpace) return cp;
    pos += cp.size;
  }
  return CodePoint{};
}

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, std::vector<RawToken>* out) : text_(text), out_(out) {}

  // Tokenizes the whitespace-free chunk [begin, end). `first_flags` go to its
  // first token.
  void Run(size_t begin, size_t end, uint16_t first_flags) {
    end_ = end;
    pending_flags_ = first_flags;
    const std::string_view chunk = text_.substr(begin, end - begin);
    if (LooksLikeUrl(chunk)) {
      begin = EmitUrl(begin, end);
    }
    Pieces(begin);
  }

 private:
  static bool LooksLikeUrl(std::string_view chunk) {
    if (chunk.size() < 6) return false;
    if (chunk.find("://") != std::string_view::npos) return true;
    if (chunk.find("www.") != std::string_view::npos) return true;
    const size_t at = chunk.find('@');
    return at != std::string_view::npos && at > 0 &&
           chunk.find('.', at) != std::string_view::npos && at + 1 < chunk.size() &&
           std::isalnum(static_cast<unsigned char>(chunk[at - 1])) &&
           std::isalnum(static_cast<unsigned char>(chunk[at + 1]));
  }

  // Emits leading opening punctuation and the URL itself; returns where the
  // trailing punctuation starts (tokenized as usual).
  size_t EmitUrl(size_t begin, size_t end) {
    size_t start = begin;
    while (start < end) {
      const CodePoint cp = DecodeAt(text_, start);
      if (!(cp.value == '(' || cp.value == '[' || cp.value == '<' || cp.value == '"' ||
            cp.value == '\'' || IsOpeningQuote(cp.value))) {
        break;
      }
      Emit(start, start + cp.size, kOpening);
      start += cp.size;
    }
    size_t stop = end;
    while (stop > start) {
      const size_t prev = PreviousStart(text_, stop);
      const char32_t c = DecodeAt(text_, prev).value;
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '\'' || c == ')' || c == ']' || c == '>' || IsClosingQuote(c) ||
          c == kRightSingleQuote) {
        stop = prev;
      } else {
        break;
      }
    }
    if (stop > start) Emit(start, stop, kWordToken);
    return stop;
  }

  void Emit(size_t begin, size_t end, uint16_t flags) {
    out_->push_back(RawToken{Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)},
                             static_cast<uint16_t>(flags | pending_flags_)});
    pending_flags_ = 0;
    last_end_ = end;
    last_flags_ = flags;
  }

  // Whether the code point before `pos` inside this chunk is a word character.
  bool WordBefore(size_t pos) const { return last_end_ == pos && (last_flags_ & kWordToken) != 0; }

  void Pieces(size_t pos) {
    while (pos < end_) {
      const CodePoint cp = DecodeAt(text_, pos);
      if (IsAlnum(cp.kind) || StartsSpecialWord(cp, pos)) {
        pos = Word(pos, cp);
      } else if (cp.value == '_' && WordBefore(pos) && pos + 1 < end_ &&
                 DecodeAt(text_, pos + 1).kind == CharKind::kUpper) {
        ++pos;  // the space of "Dol_Amroth" (see Word)
      } else {
        pos = Punctuation(pos, cp);
      }
    }
  }

  // ".5" and "'90s" start words although their first character is not one.
  bool StartsSpecialWord(const CodePoint& cp, size_t pos) const {
    if (cp.value == '.') return pos + 1 < end_ && IsAsciiDigit(text_[pos + 1]) && !WordBefore(pos);
    if (IsApostrophe(cp.value)) {
      const size_t d = pos + cp.size;
      if (d + 1 < end_ && IsAsciiDigit(text_[d]) && IsAsciiDigit(text_[d + 1])) {
        size_t after = d + 2;
        if (after < end_ && (text_[after] == 's' || text_[after] == 'S')) ++after;
        return after >= end_ || !IsAlnum(DecodeAt(text_, after).kind);
      }
    }
    return false;
  }

  // Scans a word starting at `pos`; emits it (and a split-off clitic).
  size_t Word(size_t pos, const CodePoint& first) {
    size_t q = pos + first.size;
    CharKind prev_kind = first.kind;
    size_t segment_start = pos;  // start of the current dot-separated segment
    while (q < end_) {
      const CodePoint cp = DecodeAt(text_, q);
      if (IsAlnum(cp.kind)) {
        q += cp.size;
        prev_kind = cp.kind;
        continue;
      }
      const size_t next_pos = q + cp.size;
      if (next_pos >= end_) break;
      const CodePoint next = DecodeAt(text_, next_pos);
      if (cp.value == '.' && IsJoiningDash(next.value) && segment_start != pos) {
        // "U.S.-China": a dotted abbreviation joined to a word by a hyphen.
        const size_t after = next_pos + next.size;
        if (after < end_ && IsAlnum(DecodeAt(text_, after).kind)) {
          q = after;
          segment_start = after;
          continue;
        }
      }
      if (!IsAlnum(next.kind)) break;
      bool join = false;
      const char32_t c = cp.value;
      if (c == '_' && IsLetter(prev_kind) && next.kind == CharKind::kUpper) {
        // "Dol_Amroth", "New_York": words of a name joined the way
        // dictionaries and wiki titles write them: two words (Pieces skips
        // the underscore).
        join = false;
      } else if (IsJoiningDash(c) || c == '/' || c == '_' || c == '@') {
        join = true;
      } else if (c == '.') {
        // "said.The" / "2030.The": a missing space after a sentence.
        const bool sentence_glue = next.kind == CharKind::kUpper && q - segment_start >= 2 &&
                                   next_pos + next.size < end_ &&
                                   DecodeAt(text_, next_pos + next.size).kind == CharKind::kLower;
        join = !sentence_glue;
        if (join) segment_start = next_pos;
      } else if (c == ',') {
        // Thousands separator: digit , ddd (not followed by a fourth digit).
        join = prev_kind == CharKind::kDigit && next_pos + 3 <= end_ &&
               IsAsciiDigit(text_[next_pos]) && IsAsciiDigit(text_[next_pos + 1]) &&
               IsAsciiDigit(text_[next_pos + 2]) &&
               (next_pos + 3 == end_ || !IsAsciiDigit(text_[next_pos + 3]));
      } else if (c == ':') {
        join = prev_kind == CharKind::kDigit && next.kind == CharKind::kDigit;
      } else if (c == '&') {
        join = prev_kind == CharKind::kUpper && next.kind == CharKind::kUpper;
      } else if (IsApostrophe(c)) {
        join = IsLetter(next.kind) && prev_kind != CharKind::kDigit;
      }
      if (!join) break;
      q = next_pos;
    }

    uint16_t flags = kWordToken | CaseFlags(first.kind);
    if (first.value == '.' || IsApostrophe(first.value)) flags = kWordToken | kNumberToken;

    // A period right after the word: part of an abbreviation, or its own token.
    if (q < end_ && text_[q] == '.' && !(q + 1 < end_ && text_[q + 1] == '.')) {
      const size_t after = q + 1;
      const CodePoint next_visible =
          after < end_ ? DecodeAt(text_, after) : NextVisible(text_, after);
      const AbbreviationKind kind =
          ClassifyAbbreviation(text_.substr(pos, q - pos), next_visible.kind == CharKind::kDigit);
      if (kind != AbbreviationKind::kNone) {
        Emit(pos, q + 1,
             flags | (kind == AbbreviationKind::kNeverEnds ? kAbbrevNoEnd : kAbbrevMayEnd));
        return q + 1;
      }
    }

    const size_t clitic = CliticLength(text_.substr(pos, q - pos));
    if (clitic > 0) {
      Emit(pos, q - clitic, flags);
      const CharKind clitic_kind = DecodeAt(text_, q - clitic).kind;
      Emit(q - clitic, q, kWordToken | CaseFlags(clitic_kind));
      return q;
    }
    Emit(pos, q, flags);
    return q;
  }

  size_t Punctuation(size_t pos, const CodePoint& cp) {
    const char32_t c = cp.value;
    const bool space_before =
        last_end_ != pos;  // start of chunk or not glued to the previous piece
    // Runs: "...", "--", "?!", "``".
    if (c == '.' || c == '-' || c == '!' || c == '?' || c == '`') {
      size_t q = pos + 1;
      if (c == '!' || c == '?') {
        while (q < end_ && (text_[q] == '!' || text_[q] == '?')) ++q;
      } else {
        while (q < end_ && text_[q] == static_cast<char>(c)) ++q;
      }
      uint16_t flags = 0;
      if (c == '.' || c == '!' || c == '?') flags = kTerminal;
      if (c == '`') flags = kOpening;
      Emit(pos, q, flags);
      return q;
    }
    if (c == 0x2026) {  // …
      Emit(pos, pos + cp.size, kTerminal);
      return pos + cp.size;
    }
    if (IsApostrophe(c)) {
      if (!space_before || WordBefore(pos)) {
        const size_t clitic = LeadingCliticLength(text_, pos, end_);
        if (clitic > 0) {
          Emit(pos, pos + clitic, kWordToken);
          return pos + clitic;
        }
      }
    }
    uint16_t flags = 0;
    if (c == '(' || c == '[' || c == '{' || IsOpeningQuote(c)) {
      flags = kOpening;
    } else if (c == ')' || c == ']' || c == '}' || IsClosingQuote(c)) {
      flags = kClosing;
    } else if (c == '"' || IsApostrophe(c)) {
      // Straight quotes: closing when glued to what precedes and that is not
      // itself an opening bracket or quote.
      const bool glued = !space_before && !(last_flags_ & kOpening);
      flags = glued ? kClosing : kOpening;
    }
    Emit(pos, pos + cp.size, flags);
    return pos + cp.size;
  }

  std::string_view text_;
  std::vector<RawToken>* out_;
  size_t end_ = 0;
  uint16_t pending_flags_ = 0;
  size_t last_end_ = static_cast<size_t>(-1);
  uint16_t last_flags_ = 0;
};

}  // namespace

void Tokenizer::Tokenize(std::string_view text, std::vector<RawToken>* tokens) const {
  const size_t n = text.size();
  size_t pos = 0;
  ChunkTokenizer chunks(text, tokens);
  while (pos < n) {
    int newlines = 0;
    int indent = 0;
    while (pos < n) {
      const auto byte = static_cast<unsigned char>(text[pos]);
      if (byte < 0x80) {
        if (byte > ' ' && byte != 0x7F) break;
        if (byte == '\n') {
          ++newlines;
          indent = 0;
        } else if (byte == ' ') {
          ++indent;
        } else if (byte == '\t') {
          indent += 2;
        }
        ++pos;
        continue;
      }
      const CodePoint cp = DecodeAt(text, pos);
      if (cp.kind != CharKind::kSpace) break;
      if (cp.value == 0x2029) newlines += 2;  // paragraph separator
      if (cp.value == 0x2028) ++newlines;     // line separator
      pos += cp.size;
    }
    if (pos >= n) break;
    uint16_t flags = kSpaceBefore;
    if (newlines >= 2 ||
        (newlines == 1 && indent >= 2 && options_.indented_line_starts_paragraph)) {
      flags |= kParagraphBefore;
    }
    size_t end = pos;
    while (end < n) {
      const auto byte = static_cast<unsigned char>(text[end]);
      if (byte < 0x80) {
        if (byte <= ' ' || byte == 0x7F) break;
        ++end;
        continue;
      }
      const CodePoint cp = DecodeAt(text, end);
      if (cp.kind == CharKind::kSpace) break;
      end += cp.size;
    }
    chunks.Run(pos, end, flags);
    pos = end;
  }
}

}  // namespace statecraft
