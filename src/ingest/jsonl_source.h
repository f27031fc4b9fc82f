// JSON Lines stories: one object a line,
//   {"id": "...", "date": "YYYY-MM-DD", "text": "...", "title"?, "url"?, "source"?}
//
// Per line (origin "path:line"):
//   - empty or whitespace-only lines are skipped without a problem;
//   - the raw line is repaired first (text_hygiene.h: invalid UTF-8 ->
//     U+FFFD, control bytes -> spaces), with warnings whose offsets are byte
//     columns of the line, so that one bad byte does not cost the story;
//   - not JSON, or not an object          -> kSkipped "malformed-json"
//     (the message gives the column and nlohmann's diagnosis);
//   - a key given twice: the last value counts (as in nlohmann::json);
//   - "text" missing or null              -> kSkipped "missing-text";
//   - "text" not a string                 -> kSkipped "bad-field";
//   - "id" a string, or an integer (written in decimal); "" or null = none,
//     and the story gets the content hash;
//   - "id", "title", "url", "source", "date" of another type -> kWarning
//     "bad-field", the field is ignored;
//   - "date": anything ParseAnyDate() reads (YYYY-MM-DD, RFC 3339, RFC 822);
//     malformed or impossible ("2025-02-30") -> kWarning "bad-date", the
//     story is kept without a date (so IngestOptions::default_date applies);
//   - other fields are ignored; each distinct unknown field name gives one
//     kWarning "unknown-field" per file (at its first line), at most
//     kMaxUnknownFieldWarnings per file.
// Reads line by line; memory is bounded by the longest line. Lines are
// parsed with simdjson; a line it rejects is parsed again with nlohmann::json,
// which accepts a few things simdjson does not (integers beyond 64 bits) and
// gives the column and diagnosis of a syntax error
// (docs/decisions/0024-simdjson-for-jsonl.md).
#ifndef STATECRAFT_INGEST_JSONL_SOURCE_H_
#define STATECRAFT_INGEST_JSONL_SOURCE_H_

#include <istream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest/document_source.h"
#include "ingest/line_reader.h"

namespace simdjson::dom {
class parser;
}  // namespace simdjson::dom

namespace statecraft {

inline constexpr std::size_t kMaxUnknownFieldWarnings = 8;

class JsonlSource : public DocumentSource {
 public:
  // Opens PATH ("-" = stdin). kIoError when it cannot be opened.
  static Result<std::unique_ptr<DocumentSource>> Open(const std::string& path,
                                                      const IngestOptions& options);
  // Reads from IN, which it borrows (must outlive the source); NAME is used in origins.
  static std::unique_ptr<DocumentSource> FromStream(std::istream* in, std::string name,
                                                    const IngestOptions& options);

  ~JsonlSource() override;

  bool Next(Document* doc, std::vector<InputProblem>* problems) override;

 private:
  // One top-level field of a line, whichever parser read it.
  struct Field {
    std::string key;
    const char* type = "null";  // nlohmann's type names: "string", "number", "object"…
    bool integer = false;       // a number without fraction or exponent
    std::string value;          // the string, or the integer written in decimal
  };

  JsonlSource(std::unique_ptr<std::istream> owned, std::istream* in, std::string name,
              const IngestOptions& options);
  // Turns one line into *doc; false (with a problem) when it is no story.
  bool ParseLine(std::string* line, const std::string& origin, Document* doc,
                 std::vector<InputProblem>* problems);

  // Reads *line's fields, sorted by key, the last of a repeated key only
  // (as nlohmann::json keeps them); false, with a problem, when the line is
  // not a JSON object.
  bool ReadFields(const std::string& line, const std::string& origin, std::vector<Field>* fields,
                  std::vector<InputProblem>* problems);

  std::unique_ptr<std::istream> owned_;
  std::unique_ptr<simdjson::dom::parser> parser_;  // reused from line to line
  std::string name_;
  IngestOptions options_;
  LineReader lines_;
  std::set<std::string> unknown_fields_seen_;
  bool done_ = false;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_JSONL_SOURCE_H_
