// A story as read from input, before any analysis.
#ifndef STATECRAFT_MODEL_DOCUMENT_H_
#define STATECRAFT_MODEL_DOCUMENT_H_

#include <optional>
#include <string>

#include "model/date.h"

namespace statecraft {

struct Document {
  std::string id;               // given by the input, or a stable content hash
  std::optional<Date> date;     // the story's date; nullopt when unknown
  std::string text;             // the story body, valid UTF-8
  std::string title;            // optional
  std::string url;              // optional
  std::string source;           // optional: publisher / feed name
  std::string origin;           // where it came from: "path:line" or "path"
};

// A story the reader could not turn into a Document, or a note about one
// that it could (a non-fatal warning). The batch always goes on.
struct InputProblem {
  enum class Kind { kSkipped, kWarning };
  Kind kind = Kind::kSkipped;
  std::string origin;   // "path:line" (or "path" / "-:line" for stdin)
  std::string doc_id;   // when known
  std::string reason;   // short machine-friendly reason: "invalid-utf8", "empty", ...
  std::string message;  // human sentence
};

}  // namespace statecraft

#endif  // STATECRAFT_MODEL_DOCUMENT_H_
