// Sentence segmentation over the tokenizer's output.
//
// A sentence ends:
//  - after a terminal token (. ! ? ... …) together with the closing quotes
//    and brackets glued to it ("...rejected." ) or "... "), unless the next
//    token starts with a lowercase letter ("'Why?' he asked");
//  - after an abbreviation that may end a sentence ("U.S.", "Inc.", "J.",
//    "a.m.") when the next token is a capitalized sentence starter
//    ("... in the U.S. The talks ..."); titles ("Mr.", "Lt. Gen.") and
//    numbered forms ("No. 2", "Sept. 23") never end one;
//  - before a paragraph start (blank line or Reuters-style indented line);
//  - at the end of the text.
// A sentence longer than `max_tokens` is cut after max_tokens tokens and
// marked truncated; the rest continues as the next sentence (and may be cut
// again), so no token is lost.
#ifndef STATECRAFT_NORMALIZE_SENTENCE_SPLITTER_H_
#define STATECRAFT_NORMALIZE_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "normalize/tokenizer.h"

namespace statecraft {

// Tokens [first_token, end_token) of the token vector form one sentence.
struct SentenceBounds {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  bool truncated = false;
};

class SentenceSplitter {
 public:
  // Appends the sentences of `tokens` (the tokenizer's output for `text`)
  // to `sentences`. Every token belongs to exactly one sentence; sentences
  // are non-empty and in order. max_tokens == 0 means no limit.
  static void Split(std::string_view text, const std::vector<RawToken>& tokens, size_t max_tokens,
                    std::vector<SentenceBounds>* sentences);
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_SENTENCE_SPLITTER_H_
