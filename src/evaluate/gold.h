// Gold files: sentences with the events a coder should find (and should not),
// in the format of docs/dictionaries.md ("Gold and golden files").
#ifndef STATECRAFT_EVALUATE_GOLD_H_
#define STATECRAFT_EVALUATE_GOLD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "statecraft/status.h"

namespace statecraft {

struct GoldEvent {
  std::string source;  // actor code
  std::string code;    // CAMEO code
  std::string target;  // actor code or "-"
  std::string loc;     // "file:line"
  // `expect: … background`: the act anchors the story in the past and must be
  // coded with background: true (checked by --exact, not by the scores).
  bool background = false;
};

// A stand-off record's pointer into a story of a JSONL corpus: bytes
// [begin, end) of the story's "text" (UTF-8, after JSON unescaping).
struct GoldSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string loc;  // "file:line" of the span: line
};

struct GoldRecord {
  std::string id;
  std::optional<Date> date;
  std::string text;  // for a stand-off record: empty until ResolveStandoff()
  // Stand-off: the story's text before the span (whitespace collapsed), for
  // coding the span as part of its story (EvalOptions::story_context).
  std::string context;
  std::string doc;   // stand-off: the story id ("reuters-1234"); empty otherwise
  std::string doc_loc;              // "file:line" of the doc: line
  std::optional<GoldSpan> span;     // stand-off: set exactly when doc is
  std::vector<GoldEvent> expected;
  std::vector<GoldEvent> forbidden;  // `not:` lines
  bool expect_none = false;
  std::string loc;
};

// Parses one gold file. Errors name file:line; a record missing its text or
// with a malformed expect line is an error (nothing is guessed). A record
// has either `text:` or the stand-off pair `doc:` + `span: BEGIN END`
// (BEGIN < END), never both; its text stays empty until ResolveStandoff().
Result<std::vector<GoldRecord>> ReadGoldFile(const std::string& path);

// Whether any record is stand-off (has a doc:).
bool HasStandoff(const std::vector<GoldRecord>& records);

// Fills the text of every stand-off record from CORPUS, a JSON Lines file of
// stories ({"id": ..., "date": "YYYY-MM-DD", "text": ...}; other fields are
// ignored). The file is read once, and only the lines of the stories the
// records name are parsed. The text is the span's bytes with every run of
// ASCII whitespace (the wire's line breaks and indents) made one space,
// trimmed. A record without date: gets the story's date. Errors, with the
// record's file:line: CORPUS empty while a stand-off record exists ("needs
// --corpus"), CORPUS unreadable, a doc not in CORPUS, a span past the end
// of the text or splitting a UTF-8 character, a date: that differs from the
// story's. Records with text: are left alone.
Status ResolveStandoff(const std::string& corpus, std::vector<GoldRecord>* records);

// The country-level key of an actor code: its first three letters; for
// international actors the whole code, except that every UN body is
// "IGOUNO", a militant group (IMGPSEHMS) is its home country ("PSE") and an
// organization with a role after its code (IGOWSTNATGOV, "NATO leaders") is
// the organization; "-" stays "-".
std::string CountryKey(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_EVALUATE_GOLD_H_
