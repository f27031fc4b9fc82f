#include "ingest/jsonl_source.h"

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string_view>

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

// nlohmann's name for a simdjson value's type, so that messages do not
// depend on which parser read the line.
const char* TypeName(simdjson::dom::element_type type) {
  using Type = simdjson::dom::element_type;
  switch (type) {
    case Type::ARRAY: return "array";
    case Type::OBJECT: return "object";
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE: return "number";
    case Type::STRING: return "string";
    case Type::BOOL: return "boolean";
    case Type::NULL_VALUE: return "null";
  }
  return "null";
}

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
      parser_(std::make_unique<simdjson::dom::parser>()),
      name_(std::move(name)),
      options_(options),
      lines_(in, options.max_story_bytes) {}

JsonlSource::~JsonlSource() = default;

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

  std::vector<Field> fields;
  if (!ReadFields(*line, origin, &fields, problems)) {
    problems->insert(problems->end() - 1, repairs.begin(), repairs.end());  // before the error
    return false;
  }
  auto find = [&](std::string_view key) -> const Field* {
    auto it = std::lower_bound(fields.begin(), fields.end(), key,
                               [](const Field& f, std::string_view k) { return f.key < k; });
    return it != fields.end() && it->key == key ? &*it : nullptr;
  };

  doc->origin = origin;
  // The id first, so that every later problem can name it.
  if (const Field* id = find("id")) {
    if (id->type == std::string_view("string") || id->integer) {
      doc->id = id->value;
    } else if (id->type != std::string_view("null")) {
      problems->push_back(MakeProblem(Kind::kWarning, origin, "", "bad-field",
                                      std::string("\"id\" is a ") + id->type +
                                          ", not a string; ignored (content hash used)"));
    }
  }
  for (InputProblem& repair : repairs) {
    repair.doc_id = doc->id;
    problems->push_back(std::move(repair));
  }

  const Field* text = find("text");
  if (text == nullptr || text->type == std::string_view("null")) {
    problems->push_back(
        MakeProblem(Kind::kSkipped, origin, doc->id, "missing-text", "no \"text\" field; skipped"));
    return false;
  }
  if (text->type != std::string_view("string")) {
    problems->push_back(MakeProblem(
        Kind::kSkipped, origin, doc->id, "bad-field",
        std::string("\"text\" is a ") + text->type + ", not a string; skipped"));
    return false;
  }

  for (Field& field : fields) {
    const std::string& key = field.key;
    const bool is_string = field.type == std::string_view("string");
    const bool is_null = field.type == std::string_view("null");
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
      if (is_null) continue;
      if (!is_string) {
        problems->push_back(MakeProblem(Kind::kWarning, origin, doc->id, "bad-field",
                                        std::string("\"date\" is a ") + field.type +
                                            ", not a string; story kept without a date"));
        continue;
      }
      const std::string& date_text = field.value;
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
    if (is_string) {
      *target = std::move(field.value);
    } else if (!is_null) {
      problems->push_back(
          MakeProblem(Kind::kWarning, origin, doc->id, "bad-field",
                      "\"" + key + "\" is a " + field.type + ", not a string; ignored"));
    }
  }
  return true;
}

bool JsonlSource::ReadFields(const std::string& line, const std::string& origin,
                             std::vector<Field>* fields, std::vector<InputProblem>* problems) {
  using Kind = InputProblem::Kind;
  auto not_an_object = [&](const char* type) {
    problems->push_back(MakeProblem(Kind::kSkipped, origin, "", "malformed-json",
                                    std::string("line is a JSON ") + type + ", not an object"));
    return false;
  };

  simdjson::dom::element value;
  if (parser_->parse(line.data(), line.size()).get(value) == simdjson::SUCCESS) {
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) return not_an_object(TypeName(value.type()));
    for (const simdjson::dom::key_value_pair& member : object) {
      Field field;
      field.key = std::string(member.key);
      field.type = TypeName(member.value.type());
      switch (member.value.type()) {
        case simdjson::dom::element_type::STRING:
          field.value = std::string(member.value.get_string().value_unsafe());
          break;
        case simdjson::dom::element_type::INT64:
          field.integer = true;
          field.value = std::to_string(member.value.get_int64().value_unsafe());
          break;
        case simdjson::dom::element_type::UINT64:
          field.integer = true;
          field.value = std::to_string(member.value.get_uint64().value_unsafe());
          break;
        default:
          break;
      }
      fields->push_back(std::move(field));
    }
    // As nlohmann::json keeps them: by key, the last of a repeated key.
    std::stable_sort(fields->begin(), fields->end(),
                     [](const Field& a, const Field& b) { return a.key < b.key; });
    auto last_of_each = std::unique(fields->rbegin(), fields->rend(),
                                    [](const Field& a, const Field& b) { return a.key == b.key; });
    fields->erase(fields->begin(), last_of_each.base());
    return true;
  }

  Json parsed = Json::parse(line, /*cb=*/nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    SyntaxErrorCapture capture;
    Json::sax_parse(line, &capture);
    problems->push_back(MakeProblem(Kind::kSkipped, origin, "", "malformed-json",
                                    "not valid JSON at column " +
                                        std::to_string(capture.position()) + ": " +
                                        capture.message()));
    return false;
  }
  if (!parsed.is_object()) return not_an_object(TypeName(parsed));
  for (auto& [key, member] : parsed.items()) {
    Field field;
    field.key = key;
    field.type = TypeName(member);
    field.integer = member.is_number_integer();
    if (member.is_string()) {
      field.value = std::move(member.get_ref<std::string&>());
    } else if (field.integer) {
      field.value = member.dump();
    }
    fields->push_back(std::move(field));
  }
  return true;
}

}  // namespace statecraft
