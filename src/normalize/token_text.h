// The normalized forms of a token's surface: Token::text and Token::lower.
#ifndef STATECRAFT_NORMALIZE_TOKEN_TEXT_H_
#define STATECRAFT_NORMALIZE_TOKEN_TEXT_H_

#include <string>
#include <string_view>

namespace statecraft {

// text: `surface` in Unicode NFC with typographic punctuation folded to
// ASCII: curly single quotes and apostrophes → ', curly double quotes and
// guillemets → ", hyphen/en-dash/minus inside a word → -, a token that is
// only a dash (– — ―) → --, … → ..., soft hyphens and zero-width characters
// removed. ASCII input is copied unchanged. Invalid UTF-8 is copied as is.
//
// lower: `text` lowercased (Unicode simple case mapping). A token that ends
// in its own period and has a letter ("U.S.", "a.m.", "Gen.", "Inc.") loses
// all its dots: "us", "am", "gen", "inc". Hyphens are kept ("jae-myung").
void MakeTokenText(std::string_view surface, std::string* text, std::string* lower);

// Just the `lower` part, from an already normalized `text`.
void LowerTokenText(std::string_view text, std::string* lower);

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_TOKEN_TEXT_H_
