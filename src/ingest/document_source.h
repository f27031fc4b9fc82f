// The ingest stage's entry point: turns a path (a file, a directory, or "-"
// for stdin) into a stream of Documents plus the InputProblems met on the way.
//
// Formats and how a path picks one (unless IngestOptions::input_format forces
// one for every file):
//   .jsonl .ndjson        -> JSONL, one {"id","date","text",...} object a line
//   .xml .rss .atom       -> RSS 2.0 / RSS 1.0 / Atom feed, one story per item
//   .html .htm .xhtml     -> one HTML article per file
//   anything else         -> plain text, one story per line
//   "-"                   -> stdin, plain text unless a format is forced
//   a directory           -> every non-hidden file below it, in sorted order
//
// Rules every reader shares (see document_finalizer.h):
//   - a story is never dropped silently: it becomes a Document, or an
//     InputProblem of kind kSkipped saying why ("empty", "non-english",
//     "malformed-json", ...). Repairs are InputProblems of kind kWarning.
//   - invalid UTF-8 is repaired (U+FFFD), control bytes become spaces
//     (text_hygiene.h); Document::text is always valid UTF-8 and is THE text
//     that later byte spans index into.
//   - every Document has an id: the one the input gives, else
//     "sha256-" + the first 16 hex digits of SHA-256(text), so re-reading the
//     same input yields the same ids.
//   - documents without a date get IngestOptions::default_date (if set).
#ifndef STATECRAFT_INGEST_DOCUMENT_SOURCE_H_
#define STATECRAFT_INGEST_DOCUMENT_SOURCE_H_

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/document.h"
#include "statecraft/status.h"

namespace statecraft {

struct IngestOptions {
  // "" = choose by file extension (see above); otherwise one of
  //   "text"      one story per line
  //   "textfile"  one file = one story (origin "path")
  //   "jsonl"     JSON Lines
  //   "feed"      RSS / Atom
  //   "html"      one HTML article per file
  // applied to every file read, stdin included.
  std::string input_format;
  // Given to documents that have no date of their own (none in the input, or
  // one that could not be parsed). nullopt = leave them undated.
  std::optional<Date> default_date;
  // Skip stories that cld2 reliably identifies as not English (problem
  // "non-english"). Short or ambiguous stories are always kept.
  bool skip_non_english = true;
  // Memory budget for one story as read (one line of text or JSONL, one
  // feed or HTML file). Longer input is skipped with problem "too-long".
  std::size_t max_story_bytes = std::size_t{64} << 20;  // 64 MiB
};

// A pull-based stream of documents.
// Not thread-safe: one consumer calls Next() until it returns false.
class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // Fills *doc with the next document and returns true; false at the end.
  // Problems met on the way (skipped stories, warnings) are appended to
  // *problems. Never fails as a whole: a read error ends the stream with a
  // problem. REQUIRES: doc and problems are not null.
  virtual bool Next(Document* doc, std::vector<InputProblem>* problems) = 0;
};

// Opens PATH ("-" = stdin; a directory = all files inside). Error only when the
// path cannot be opened at all (kNotFound, kIoError) or options.input_format
// is not a known format (kInvalidArgument); everything wrong inside the input
// is reported through Next()'s problems.
Result<std::unique_ptr<DocumentSource>> OpenDocumentSource(const std::string& path,
                                                           const IngestOptions& options);

// Reads up to `max_documents` documents from `source` into *batch (cleared
// first), appending the problems met to *problems. Returns false once the
// source is exhausted (the batch may still hold its last documents).
bool ReadBatch(DocumentSource& source, size_t max_documents, std::vector<Document>* batch,
               std::vector<InputProblem>* problems);

// ---- Internal pieces, exposed for the directory reader and tests. ----

enum class InputFormat { kText, kTextFile, kJsonl, kFeed, kHtml };

// "text", "textfile", "jsonl", "feed", "html" -> the format; else kInvalidArgument.
Result<InputFormat> ParseInputFormat(std::string_view name);

// The format a file gets from its extension (case-insensitive).
InputFormat FormatForExtension(const std::filesystem::path& path);

// Opens one file (not a directory; "-" = stdin) with the reader for FORMAT.
Result<std::unique_ptr<DocumentSource>> OpenFileSource(const std::string& path, InputFormat format,
                                                       const IngestOptions& options);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_DOCUMENT_SOURCE_H_
