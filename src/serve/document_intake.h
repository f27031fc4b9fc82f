// POST /api/v1/documents: a JSON body of stories (one object or an array of
// them, each in the JSONL input format {"id"?, "date"?, "text", "title"?,
// "url"?, "source"?}) is read with the same rules as `statecraft code`
// (ingest/jsonl_source.h: text repair, content-hash ids, the language
// filter), coded, and stored.
#ifndef STATECRAFT_SERVE_DOCUMENT_INTAKE_H_
#define STATECRAFT_SERVE_DOCUMENT_INTAKE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "statecraft/engine.h"
#include "statecraft/event_store.h"
#include "statecraft/status.h"

namespace statecraft {

inline constexpr size_t kMaxPostedDocuments = 1000;

// A posted story that was read but not stored (empty, not English, …).
struct SkippedStory {
  size_t index = 0;  // position in the posted array (0 for a single object)
  std::string id;    // "" when unknown
  std::string reason;
  std::string message;
};

struct ParsedStories {
  std::vector<Document> documents;  // origin "POST:<index+1>"
  std::vector<size_t> indexes;      // each document's position in the body
  std::vector<SkippedStory> skipped;
};

// Parses the body. InvalidArgument (nothing to store) when it is not JSON,
// not an object or an array of objects, empty, longer than
// kMaxPostedDocuments, when an element has no "text" string, or when a field
// has the wrong type or "date" cannot be read as a date; the message names
// the element ("[3].date: ...").
Result<ParsedStories> ParseStories(std::string_view body);

struct StoredStory {
  std::string id;
  int64_t events = 0;  // events coded (negated ones included, as stored)
  bool created = false;  // false: it replaced a story with the same id
};

struct IntakeResult {
  std::vector<StoredStory> stored;
  std::vector<SkippedStory> skipped;
  int64_t events = 0;
  bool AnyCreated() const;
};

// Codes the parsed stories with `engine` on `threads` threads and writes
// them to `store` in one transaction. REQUIRES: threads >= 1; the caller
// serializes writes to `store`. Errors: those of the store.
Result<IntakeResult> CodeAndStore(const Engine& engine, EventStore& store, ParsedStories stories, int threads);

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_DOCUMENT_INTAKE_H_
