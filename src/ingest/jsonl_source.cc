#include "ingest/jsonl_source.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ingest/document_finalizer.h"
#include "ingest/text_hygiene.h"
#include "ingest/timestamp_parser.h"

namespace statecraft {

namespace {

using Json = nlohmann::json;

// A SAX consumer that builds nothing and remembers the first syntax error:
// how we get nlohmann's diagnosis without letting it throw.
class SyntaxErrorCapture : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    position_ = position;
    message_ = error.what();
    return false;
  }

  std::size_t position() const { return position_; }
  // nlohmann's message without its "[json.exception.parse_error.101] " tag.
  std::string message() const {
    const std::size_t tag_end = message_.find("] ");
    return tag_end == std::string::npos ? message_ : message_.substr(tag_end + 2);
  }

 private:
  std::size_t position_ = 0;
  std::string message_ = "syntax error";
};

const char* TypeName(const Json& value) { return value.type_name(); }

}  // namespace

Result<std::unique_ptr<DocumentSource>> JsonlSource::Open(const std::string& path,
                                                          const IngestOptions& options) {
  if (path == "-") return FromStream(&std::cin, "-", options);
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::istream* in = file.get();
  return std::unique_ptr<DocumentSource>(new JsonlSource(std::move(file), in, path, options));
}

std::unique_ptr<DocumentSource> JsonlSource::FromStream(std::istream* in, std::string name,
                                                        const IngestOptions& options) {
  return std::unique_ptr<DocumentSource>(new JsonlSource(nullptr, in, std::move(name), options));
}

JsonlSource::JsonlSource(std::unique_ptr<std::istream> owned, std::istream* in, std::string name,
                         const IngestOptions& options)
    : owned_(std::move(owned)),
      name_(std::move(name)),
      options_(options),
      lines_(in, options.max_story_bytes) {}

bool JsonlSource::Next(Document* doc, std::vector<InputProblem>* problems) {
  std::string line;
  while (!done_) {
    const LineReader::Result result = lines_.Next(&line);
    const std::string origin = name_ + ":" + std::to_string(lines_.line_number());
    if (result == LineReader::Result::kEnd) {
      done_ = true;
      if (lines_.failed()) {
        problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, origin, "", "read-error",
                                        "read error; the rest of the input is lost"));
      }
      break;
    }
    if (result == LineReader::Result::kTooLong) {
      problems->push_back(MakeProblem(
          InputProblem::Kind::kSkipped, origin, "", "too-long",
          "line longer than " + std::to_string(options_.max_story_bytes) + " bytes; skipped"));
      continue;
    }
    Document candidate;
    if (ParseLine(&line, origin, &candidate, problems) &&
        FinalizeDocument(options_, &candidate, problems)) {
      *doc = std::move(candidate);
      return true;
    }
  }
  return false;
}

bool JsonlSource::ParseLine(std::string* line, const std::string& origin, Document* doc,
                            std::vector<InputProblem>* problems) {
  using Kind = InputProblem::Kind;
  if (lines_.line_number() == 1) StripUtf8Bom(line);
  if (IsBlank(*line)) return false;

  // Repair before parsing: nlohmann rejects invalid UTF-8 outright, and a
  // stray byte should cost a character, not the story. The id is not known
  // yet, so these warnings carry only the origin.
  std::vector<InputProblem> repairs;
  AppendRepairProblems(RepairText(line), origin, "", "line", &repairs);

  Json value = Json::parse(*line, /*cb=*/nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    SyntaxErrorCapture capture;
    Json::sax_parse(*line, &capture);
    problems->insert(problems->end(), repairs.begin(), repairs.end());
    problems->push_back(MakeProblem(Kind::kSkipped, origin, "", "malformed-json",
                                    "not valid JSON at column " +
                                        std::to_string(capture.position()) + ": " +
                                        capture.message()));
    return false;
  }
  if (!value.is_object()) {
    problems->insert(problems->end(), repairs.begin(), repairs.end());
    problems->push_back(
        MakeProblem(Kind::kSkipped, origin, "", "malformed-json",
                    std::string("line is a JSON ") + TypeName(value) + ", not an object"));
    return false;
  }

  doc->origin = origin;
  // The id first, so that every later problem can name it.
  if (auto it = value.find("id"); it != value.end()) {
    if (it->is_string()) {
      doc->id = it->get_ref<const std::string&>();
    } else if (it->is_number_integer()) {
      doc->id = it->dump();
    } else if (!it->is_null()) {
      problems->push_back(MakeProblem(Kind::kWarning, origin, "", "bad-field",
                                      std::string("\"id\" is a ") + TypeName(*it) +
                                          ", not a string; ignored (content hash used)"));
    }
  }
  for (InputProblem& repair : repairs) {
    repair.doc_id = doc->id;
    problems->push_back(std::move(repair));
  }

  auto text_it = value.find("text");
  if (text_it == value.end() || text_it->is_null()) {
    problems->push_back(
        MakeProblem(Kind::kSkipped, origin, doc->id, "missing-text", "no \"text\" field; skipped"));
    return false;
  }
  if (!text_it->is_string()) {
    problems->push_back(MakeProblem(
        Kind::kSkipped, origin, doc->id, "bad-field",
        std::string("\"text\" is a ") + TypeName(*text_it) + ", not a string; skipped"));
    return false;
  }

  for (auto& [key, field] : value.items()) {
    std::string* target = nullptr;
    if (key == "text") {
      target = &doc->text;
    } else if (key == "title") {
      target = &doc->title;
    } else if (key == "url") {
      target = &doc->url;
    } else if (key == "source") {
      target = &doc->source;
    } else if (key == "id") {
      continue;  // done above
    } else if (key == "date") {
      if (field.is_null()) continue;
      if (!field.is_string()) {
        problems->push_back(MakeProblem(Kind::kWarning, origin, doc->id, "bad-field",
                                        std::string("\"date\" is a ") + TypeName(field) +
                                            ", not a string; story kept without a date"));
        continue;
      }
      const std::string& date_text = field.get_ref<const std::string&>();
      doc->date = ParseAnyDate(date_text);
      if (!doc->date) {
        problems->push_back(MakeProblem(Kind::kWarning, origin, doc->id, "bad-date",
                                        "date \"" + date_text +
                                            "\" is malformed or impossible; story kept without "
                                            "a date"));
      }
      continue;
    } else {
      if (unknown_fields_seen_.size() < kMaxUnknownFieldWarnings &&
          unknown_fields_seen_.insert(key).second) {
        problems->push_back(
            MakeProblem(Kind::kWarning, origin, doc->id, "unknown-field",
                        "unknown field \"" + key + "\" ignored (reported once per file)"));
      }
      continue;
    }
    if (field.is_string()) {
      *target = std::move(field.get_ref<std::string&>());
    } else if (!field.is_null()) {
      problems->push_back(
          MakeProblem(Kind::kWarning, origin, doc->id, "bad-field",
                      "\"" + key + "\" is a " + TypeName(field) + ", not a string; ignored"));
    }
  }
  return true;
}

}  // namespace statecraft
