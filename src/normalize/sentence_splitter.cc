#include "normalize/sentence_splitter.h"

#include "normalize/abbreviations.h"

namespace statecraft {

namespace {

// Whether token `next` may start a new sentence after a terminal token.
bool MayStartSentence(const RawToken& next) { return (next.flags & kLowerStart) == 0; }

void Close(uint32_t begin, uint32_t end, size_t max_tokens, std::vector<SentenceBounds>* out) {
  while (max_tokens > 0 && end - begin > max_tokens) {
    out->push_back(SentenceBounds{begin, static_cast<uint32_t>(begin + max_tokens), true});
    begin += static_cast<uint32_t>(max_tokens);
  }
  if (end > begin) out->push_back(SentenceBounds{begin, end, false});
}

}  // namespace

void SentenceSplitter::Split(std::string_view text, const std::vector<RawToken>& tokens,
                             size_t max_tokens, std::vector<SentenceBounds>* sentences) {
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  uint32_t i = 0;
  while (i < n) {
    if (i > start && (tokens[i].flags & kParagraphBefore)) {
      Close(start, i, max_tokens, sentences);
      start = i;
    }
    const uint16_t flags = tokens[i].flags;
    if (flags & kTerminal) {
      // Glue further terminals and closing quotes/brackets to this sentence.
      uint32_t j = i + 1;
      while (j < n && !(tokens[j].flags & (kSpaceBefore | kParagraphBefore)) &&
             (tokens[j].flags & (kTerminal | kClosing))) {
        ++j;
      }
      // A closing quote or bracket after a space ("... ended. )") is rare;
      // only glued ones are taken.
      if (j >= n || (tokens[j].flags & kParagraphBefore) || MayStartSentence(tokens[j])) {
        Close(start, j, max_tokens, sentences);
        start = j;
      }
      i = j;
      continue;
    }
    if ((flags & kAbbrevMayEnd) && i + 1 < n) {
      const RawToken& next = tokens[i + 1];
      // Wire copy converted from capitals writes "the U.S. And Japan": after
      // "U.S." a capital "And" or "Or" goes on with the sentence.
      const std::string_view word = next.span.Of(text);
      const bool wire_and = tokens[i].span.Of(text) == "U.S." && (word == "And" || word == "Or");
      if ((next.flags & kUpperStart) && !wire_and && IsSentenceStarter(word)) {
        Close(start, i + 1, max_tokens, sentences);
        start = i + 1;
      }
    }
    ++i;
  }
  Close(start, n, max_tokens, sentences);
}

}  // namespace statecraft
