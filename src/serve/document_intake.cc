#include "serve/document_intake.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/jsonl_source.h"
#include "pipeline/batch_coder.h"
#include "store/document_record.h"

namespace statecraft {

namespace {

using Json = nlohmann::json;

std::string Where(size_t index, bool array) {
  if (!array) return "body";
  std::string where = "[";
  where += std::to_string(index);
  where += ']';
  return where;
}

// Checks one posted element; the field rules mirror the JSONL reader, but a
// wrong type here is the client's error (400), not a warning.
Status CheckElement(const Json& element, size_t index, bool array) {
  std::string where = Where(index, array);
  if (!element.is_object()) return Status::InvalidArgument(where + ": a story must be a JSON object");
  auto text = element.find("text");
  if (text == element.end() || !text->is_string()) {
    return Status::InvalidArgument(where + ".text: missing, or not a string");
  }
  for (const char* field : {"title", "url", "source", "date"}) {
    auto it = element.find(field);
    if (it != element.end() && !it->is_null() && !it->is_string()) {
      return Status::InvalidArgument(where + "." + field + ": not a string");
    }
  }
  auto id = element.find("id");
  if (id != element.end() && !id->is_null() && !id->is_string() && !id->is_number_integer()) {
    return Status::InvalidArgument(where + ".id: not a string or an integer");
  }
  return Status::Ok();
}

size_t IndexOfOrigin(const std::string& origin) {
  size_t colon = origin.rfind(':');
  if (colon == std::string::npos) return 0;
  size_t line = std::strtoul(origin.c_str() + colon + 1, nullptr, 10);
  return line > 0 ? line - 1 : 0;
}

}  // namespace

bool IntakeResult::AnyCreated() const {
  for (const StoredStory& s : stored) {
    if (s.created) return true;
  }
  return false;
}

Result<ParsedStories> ParseStories(std::string_view body) {
  Json parsed = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return Status::InvalidArgument("body: not valid JSON");
  bool array = parsed.is_array();
  if (!array && !parsed.is_object()) return Status::InvalidArgument("body: expected a story object or an array of them");
  if (array && parsed.empty()) return Status::InvalidArgument("body: the array holds no story");
  if (array && parsed.size() > kMaxPostedDocuments) {
    return Status::InvalidArgument("body: more than " + std::to_string(kMaxPostedDocuments) + " stories");
  }
  // One JSONL line per story, read back with the reader `statecraft code`
  // uses, so both apply exactly the same rules.
  std::string lines;
  size_t count = array ? parsed.size() : 1;
  for (size_t i = 0; i < count; ++i) {
    const Json& element = array ? parsed[i] : parsed;
    SC_RETURN_IF_ERROR(CheckElement(element, i, array));
    lines += element.dump(-1, ' ', false, Json::error_handler_t::replace);
    lines.push_back('\n');
  }
  std::istringstream in(lines);
  IngestOptions options;
  std::unique_ptr<DocumentSource> source = JsonlSource::FromStream(&in, "POST", options);
  ParsedStories out;
  std::vector<InputProblem> problems;
  Document doc;
  while (source->Next(&doc, &problems)) {
    out.indexes.push_back(IndexOfOrigin(doc.origin));
    out.documents.push_back(std::move(doc));
    doc = Document();
  }
  for (const InputProblem& p : problems) {
    size_t index = IndexOfOrigin(p.origin);
    if (p.kind == InputProblem::Kind::kSkipped) {
      out.skipped.push_back({index, p.doc_id, p.reason, p.message});
    } else if (p.reason == "bad-date" || p.reason == "bad-field") {
      return Status::InvalidArgument(Where(index, array) + ": " + p.message);
    }
  }
  return out;
}

Result<IntakeResult> CodeAndStore(const Engine& engine, EventStore& store, ParsedStories stories, int threads) {
  IntakeResult result;
  result.skipped = std::move(stories.skipped);
  if (stories.documents.empty()) return result;
  std::vector<StoryResult> coded = CodeBatch(engine, stories.documents, threads);
  std::vector<DocumentRecord> records;
  for (size_t i = 0; i < stories.documents.size(); ++i) {
    const Document& doc = stories.documents[i];
    StoryResult& r = coded[i];
    DocumentRecord record = MakeDocumentRecord(doc);
    for (const SentenceInfo& s : r.sentences) {
      record.sentences.push_back({s.index, s.begin, s.end, doc.text.substr(s.begin, s.end - s.begin), s.truncated});
    }
    StoredStory stored;
    stored.id = doc.id;
    stored.events = static_cast<int64_t>(r.events.size());
    Result<DocumentRecord> existing = store.GetDocument(doc.id);
    if (!existing.ok() && existing.status().code() != StatusCode::kNotFound) return existing.status();
    stored.created = !existing.ok();
    // The same id twice in one body: the second replaces the first.
    for (const StoredStory& earlier : result.stored) {
      if (earlier.id == doc.id) stored.created = false;
    }
    result.events += stored.events;
    result.stored.push_back(std::move(stored));
    record.events = std::move(r.events);
    record.claims = std::move(r.claims);
    records.push_back(std::move(record));
  }
  SC_RETURN_IF_ERROR(store.PutDocuments(records));
  return result;
}

}  // namespace statecraft
