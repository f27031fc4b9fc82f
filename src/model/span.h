// A half-open byte range [begin, end) into a story's original UTF-8 text.
// Invariant: text.substr(begin, end - begin) is the surface form of whatever
// the span belongs to.
#ifndef STATECRAFT_MODEL_SPAN_H_
#define STATECRAFT_MODEL_SPAN_H_

#include <cstdint>
#include <string_view>

namespace statecraft {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace statecraft

#endif  // STATECRAFT_MODEL_SPAN_H_
