// Tokenizer for English news text: one pass over the bytes of a story that
// yields token spans with a few flags the sentence splitter needs. It does
// not allocate per character and copies no text; Token::text/lower are made
// later (token_text.h) for the tokens that are kept.
//
// Conventions (Penn Treebank-like, with the differences noted):
//  - Whitespace separates tokens. A blank line, or (by default) a line break
//    followed by an indentation of two or more spaces or a tab, as in
//    Reuters copy ("\n    "), marks a paragraph start: the sentence
//    splitter always ends a sentence there.
//  - Hyphenated words stay whole: "Jae-myung", "US-China", "long-range",
//    "COVID-19". So do numeric ranges and dates: "23-29" and "23–29" are ONE
//    token (as in the Penn Treebank); the date recognizer splits them.
//  - Numbers stay whole: "1,200", "3.5", ".5", "2025-09-23", "9/11", "'90s".
//  - "$150" → "$" "150"; "50%" → "50" "%"; "US$5" → "US" "$" "5".
//  - Clitics split off: "Trump's" → "Trump" "'s" (also "’s"), "didn't" →
//    "did" "n't", "can't" → "ca" "n't", "they're" → "they" "'re", and 've,
//    'll, 'd, 'm. "O'Brien" stays whole. A trailing apostrophe after an s
//    ("countries'") is its own token.
//  - Abbreviations keep their period: "U.S.", "U.N.", "a.m.", "e.g.",
//    initials ("J."), titles ("Mr.", "Gen.", "Lt."), months ("Sept."),
//    company words ("Inc.", "Corp."), "No." before a number. When such a
//    token ends a sentence no separate "." token is made (the Penn Treebank
//    would duplicate the period; spans cannot).
//  - Quotes (straight and curly), brackets, dashes ("--", "—"), ellipses
//    ("...", "…") and other punctuation are tokens of their own.
//  - URLs and e-mail addresses are single tokens.
#ifndef STATECRAFT_NORMALIZE_TOKENIZER_H_
#define STATECRAFT_NORMALIZE_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace statecraft {

// Bits of RawToken::flags.
enum RawTokenFlag : uint16_t {
  kSpaceBefore = 1 << 0,      // whitespace (or the start of the text) precedes the token
  kParagraphBefore = 1 << 1,  // a paragraph starts at this token (see above)
  kWordToken = 1 << 2,        // starts with a letter or digit (or is "'90s")
  kUpperStart = 1 << 3,       // a word whose first letter is uppercase
  kLowerStart = 1 << 4,       // a word whose first letter is lowercase
  kTerminal = 1 << 5,         // . ! ? ... … (may end a sentence)
  kOpening = 1 << 6,          // ( [ { or an opening quote
  kClosing = 1 << 7,          // ) ] } or a closing quote (also a possessive ')
  kAbbrevMayEnd = 1 << 8,     // ends in its own period and may end a sentence: "U.S.", "Inc.", "J."
  kAbbrevNoEnd = 1 << 9,  // ends in its own period and never ends a sentence: "Mr.", "No." before 2
  kNumberToken = 1 << 10,  // starts with a digit
};

struct RawToken {
  Span span;
  uint16_t flags = 0;
};

struct TokenizerOptions {
  // A line break followed by two or more spaces or a tab starts a paragraph
  // (Reuters-style indented paragraphs). When false only blank lines do.
  bool indented_line_starts_paragraph = true;
};

// Stateless after construction; Tokenize is thread-safe.
class Tokenizer {
 public:
  explicit Tokenizer(TokenizerOptions options = {}) : options_(options) {}

  // Appends the tokens of `text` to `tokens` (which is not cleared). Spans
  // are byte ranges into `text`, non-empty, increasing and non-overlapping;
  // text.substr(span) is the token's surface form. Works on any bytes; an
  // invalid UTF-8 byte is treated as a symbol character.
  void Tokenize(std::string_view text, std::vector<RawToken>* tokens) const;

 private:
  TokenizerOptions options_;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_TOKENIZER_H_
