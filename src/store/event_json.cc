#include "store/event_json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace statecraft {
namespace {

using Json = nlohmann::json;

// --- writing -------------------------------------------------------------------

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Bytes written as they are: printable ASCII but the quote and backslash.
bool IsPlainAscii(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

void AppendString(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // A run of bytes that need no escaping (plain ASCII, valid UTF-8
    // sequences), appended at once.
    size_t run_end = i;
    while (run_end < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run_end]);
      if (IsPlainAscii(c)) {
        ++run_end;
      } else if (c >= 0x80) {
        size_t len = Utf8SequenceLength(s, run_end);
        if (len == 0) break;
        run_end += len;
      } else {
        break;
      }
    }
    out->append(s.data() + i, run_end - i);
    i = run_end;
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    ++i;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c >= 0x80) {
          out->append("\\ufffd");  // an invalid UTF-8 byte
        } else {
          const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out->append(escape, sizeof(escape));
        }
    }
  }
  out->push_back('"');
}

void AppendStringOrNull(std::string* out, std::string_view s) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendString(out, s);
  }
}

void AppendKey(std::string* out, std::string_view key) {
  AppendString(out, key);
  out->push_back(':');
}

void AppendUint(std::string* out, uint64_t value) { out->append(std::to_string(value)); }

void AppendSpan(std::string* out, uint32_t begin, uint32_t end) {
  out->push_back('[');
  AppendUint(out, begin);
  out->push_back(',');
  AppendUint(out, end);
  out->push_back(']');
}

void AppendBool(std::string* out, bool value) { out->append(value ? "true" : "false"); }

// One decimal, no negative zero; null when not finite (JSON has no NaN).
void AppendGoldstein(std::string* out, double value) {
  if (!std::isfinite(value)) {
    out->append("null");
    return;
  }
  // to_chars, unlike printf, ignores the locale's decimal separator.
  char buf[400];
  auto result = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::fixed, 1);
  std::string_view text(buf, static_cast<size_t>(result.ptr - buf));
  if (text == "-0.0") text = "0.0";
  out->append(text);
}

// Integers print as integers; other values in the shortest form that reads
// back to the same double.
void AppendNumber(std::string* out, double value) {
  if (!std::isfinite(value)) {
    out->append("null");
    return;
  }
  constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53
  if (value == std::trunc(value) && std::fabs(value) < kExactIntegerLimit) {
    out->append(std::to_string(static_cast<int64_t>(value)));
    return;
  }
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof(buf), value);
  out->append(buf, result.ptr);
}

void AppendActor(std::string* out, const EventActor& actor) {
  out->push_back('{');
  AppendKey(out, "code");
  AppendString(out, actor.code);
  out->push_back(',');
  AppendKey(out, "country");
  AppendString(out, actor.country);
  out->push_back(',');
  AppendKey(out, "name");
  AppendString(out, actor.name);
  out->push_back(',');
  AppendKey(out, "text");
  AppendString(out, actor.text);
  out->push_back(',');
  AppendKey(out, "span");
  AppendSpan(out, actor.begin, actor.end);
  out->push_back(',');
  AppendKey(out, "entry");
  AppendString(out, actor.entry);
  out->push_back('}');
}

void AppendTimeRefs(std::string* out, const std::vector<TimeRef>& time_refs) {
  out->push_back('[');
  for (size_t i = 0; i < time_refs.size(); ++i) {
    const TimeRef& ref = time_refs[i];
    if (i > 0) out->push_back(',');
    out->push_back('{');
    AppendKey(out, "text");
    AppendString(out, ref.text);
    out->push_back(',');
    AppendKey(out, "span");
    AppendSpan(out, ref.begin, ref.end);
    out->push_back(',');
    AppendKey(out, "from");
    AppendStringOrNull(out, ref.from);
    out->push_back(',');
    AppendKey(out, "to");
    AppendStringOrNull(out, ref.to);
    out->push_back(',');
    AppendKey(out, "precision");
    AppendString(out, ref.precision);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendQuantities(std::string* out, const std::vector<Quantity>& quantities) {
  out->push_back('[');
  for (size_t i = 0; i < quantities.size(); ++i) {
    const Quantity& q = quantities[i];
    if (i > 0) out->push_back(',');
    out->push_back('{');
    AppendKey(out, "text");
    AppendString(out, q.text);
    out->push_back(',');
    AppendKey(out, "span");
    AppendSpan(out, q.begin, q.end);
    out->push_back(',');
    AppendKey(out, "kind");
    AppendString(out, q.kind);
    out->push_back(',');
    AppendKey(out, "value");
    AppendNumber(out, q.value);
    out->push_back(',');
    AppendKey(out, "unit");
    AppendString(out, q.unit);
    out->push_back('}');
  }
  out->push_back(']');
}

// --- reading -------------------------------------------------------------------

// Reads typed fields out of one JSON object; every error names the field by
// its path ("source.span", "time_refs[2].from"). Never throws: types are
// checked before values are taken.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path) : object_(object), path_(std::move(path)) {}

  std::string Path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }

  // nullptr when absent.
  const Json* Find(std::string_view key) const {
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  Status Missing(std::string_view key) const {
    return Status::InvalidArgument("event JSON: missing field \"" + Path(key) + "\"");
  }
  Status WrongType(std::string_view key, std::string_view expected) const {
    return Status::InvalidArgument("event JSON: field \"" + Path(key) + "\" must be " +
                                   std::string(expected));
  }

  // A string; null reads as "" when `nullable`.
  Status String(std::string_view key, std::string* out, bool required = false,
                bool nullable = false) const {
    const Json* value = Find(key);
    if (value == nullptr) return required ? Missing(key) : Status::Ok();
    if (value->is_null() && nullable) {
      out->clear();
      return Status::Ok();
    }
    if (!value->is_string()) return WrongType(key, nullable ? "a string or null" : "a string");
    *out = value->get_ref<const std::string&>();
    return Status::Ok();
  }

  Status Bool(std::string_view key, bool* out) const {
    const Json* value = Find(key);
    if (value == nullptr) return Status::Ok();
    if (!value->is_boolean()) return WrongType(key, "true or false");
    *out = value->get<bool>();
    return Status::Ok();
  }

  Status Int(std::string_view key, int* out, int64_t min, int64_t max) const {
    const Json* value = Find(key);
    if (value == nullptr) return Status::Ok();
    std::optional<int64_t> n = IntegerOf(*value);
    if (!n || *n < min || *n > max) {
      return WrongType(key,
                       "an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    }
    *out = static_cast<int>(*n);
    return Status::Ok();
  }

  // A number; null reads as 0 (what the writer prints for a non-finite one).
  Status Double(std::string_view key, double* out) const {
    const Json* value = Find(key);
    if (value == nullptr) return Status::Ok();
    if (value->is_null()) {
      *out = 0;
      return Status::Ok();
    }
    if (!value->is_number()) return WrongType(key, "a number");
    *out = value->get<double>();
    return Status::Ok();
  }

  // [begin, end] with 0 <= begin <= end < 2^32.
  Status Span(std::string_view key, uint32_t* begin, uint32_t* end, bool required = false) const {
    const Json* value = Find(key);
    if (value == nullptr) return required ? Missing(key) : Status::Ok();
    constexpr int64_t kMax = std::numeric_limits<uint32_t>::max();
    if (value->is_array() && value->size() == 2) {
      std::optional<int64_t> b = IntegerOf((*value)[0]);
      std::optional<int64_t> e = IntegerOf((*value)[1]);
      if (b && e && *b >= 0 && *b <= *e && *e <= kMax) {
        *begin = static_cast<uint32_t>(*b);
        *end = static_cast<uint32_t>(*e);
        return Status::Ok();
      }
    }
    return WrongType(key, "a span [begin, end] of byte offsets with begin <= end");
  }

 private:
  static std::optional<int64_t> IntegerOf(const Json& value) {
    if (value.is_number_unsigned()) {
      uint64_t u = value.get<uint64_t>();
      if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
      return static_cast<int64_t>(u);
    }
    if (value.is_number_integer()) return value.get<int64_t>();
    return std::nullopt;
  }

  const Json& object_;
  std::string path_;
};

Result<Json> ParseJson(std::string_view text, std::string_view what) {
  Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return Status::InvalidArgument(std::string(what) + ": malformed JSON");
  }
  return json;
}

Status ReadActor(const Json& value, const std::string& path, EventActor* actor) {
  if (!value.is_object()) {
    return Status::InvalidArgument("event JSON: field \"" + path + "\" must be an object");
  }
  FieldReader r(value, path);
  SC_RETURN_IF_ERROR(r.String("code", &actor->code));
  SC_RETURN_IF_ERROR(r.String("country", &actor->country));
  SC_RETURN_IF_ERROR(r.String("name", &actor->name));
  SC_RETURN_IF_ERROR(r.String("text", &actor->text));
  SC_RETURN_IF_ERROR(r.Span("span", &actor->begin, &actor->end));
  SC_RETURN_IF_ERROR(r.String("entry", &actor->entry));
  return Status::Ok();
}

Status ReadTimeRefs(const Json& value, const std::string& path, std::vector<TimeRef>* out) {
  if (!value.is_array()) {
    return Status::InvalidArgument("event JSON: field \"" + path + "\" must be an array");
  }
  out->clear();
  for (size_t i = 0; i < value.size(); ++i) {
    std::string item_path = path + "[" + std::to_string(i) + "]";
    if (!value[i].is_object()) {
      return Status::InvalidArgument("event JSON: \"" + item_path + "\" must be an object");
    }
    FieldReader r(value[i], item_path);
    TimeRef ref;
    SC_RETURN_IF_ERROR(r.String("text", &ref.text));
    SC_RETURN_IF_ERROR(r.Span("span", &ref.begin, &ref.end));
    SC_RETURN_IF_ERROR(r.String("from", &ref.from, false, /*nullable=*/true));
    SC_RETURN_IF_ERROR(r.String("to", &ref.to, false, /*nullable=*/true));
    SC_RETURN_IF_ERROR(r.String("precision", &ref.precision));
    out->push_back(std::move(ref));
  }
  return Status::Ok();
}

Status ReadQuantities(const Json& value, const std::string& path, std::vector<Quantity>* out) {
  if (!value.is_array()) {
    return Status::InvalidArgument("event JSON: field \"" + path + "\" must be an array");
  }
  out->clear();
  for (size_t i = 0; i < value.size(); ++i) {
    std::string item_path = path + "[" + std::to_string(i) + "]";
    if (!value[i].is_object()) {
      return Status::InvalidArgument("event JSON: \"" + item_path + "\" must be an object");
    }
    FieldReader r(value[i], item_path);
    Quantity q;
    SC_RETURN_IF_ERROR(r.String("text", &q.text));
    SC_RETURN_IF_ERROR(r.Span("span", &q.begin, &q.end));
    SC_RETURN_IF_ERROR(r.String("kind", &q.kind));
    SC_RETURN_IF_ERROR(r.Double("value", &q.value));
    SC_RETURN_IF_ERROR(r.String("unit", &q.unit));
    out->push_back(std::move(q));
  }
  return Status::Ok();
}

Status ReadEvent(const Json& json, Event* event) {
  if (!json.is_object()) return Status::InvalidArgument("event JSON: not an object");
  FieldReader r(json, "");
  SC_RETURN_IF_ERROR(r.String("doc_id", &event->doc_id, /*required=*/true));
  SC_RETURN_IF_ERROR(r.Int("sentence", &event->sentence, 0, std::numeric_limits<int>::max()));
  SC_RETURN_IF_ERROR(r.String("event_id", &event->event_id, /*required=*/true));
  SC_RETURN_IF_ERROR(r.String("date", &event->date, false, /*nullable=*/true));
  SC_RETURN_IF_ERROR(r.String("date_precision", &event->date_precision));

  const Json* source = r.Find("source");
  if (source == nullptr) return r.Missing("source");
  SC_RETURN_IF_ERROR(ReadActor(*source, "source", &event->source));
  const Json* target = r.Find("target");
  if (target != nullptr && !target->is_null()) {
    event->target.emplace();
    SC_RETURN_IF_ERROR(ReadActor(*target, "target", &*event->target));
  }

  SC_RETURN_IF_ERROR(r.String("cameo", &event->cameo, /*required=*/true));
  SC_RETURN_IF_ERROR(r.String("root", &event->root));
  SC_RETURN_IF_ERROR(r.Int("quad_class", &event->quad_class, 0, 4));
  SC_RETURN_IF_ERROR(r.Double("goldstein", &event->goldstein));
  SC_RETURN_IF_ERROR(r.String("plover", &event->plover));
  SC_RETURN_IF_ERROR(r.String("plover_mode", &event->plover_mode, false, /*nullable=*/true));
  SC_RETURN_IF_ERROR(r.String("plover_context", &event->plover_context, false, /*nullable=*/true));
  SC_RETURN_IF_ERROR(r.Bool("negated", &event->negated));
  SC_RETURN_IF_ERROR(r.Bool("background", &event->background));
  SC_RETURN_IF_ERROR(r.String("modality", &event->modality, false, /*nullable=*/true));
  if (const Json* refs = r.Find("time_refs"); refs != nullptr && !refs->is_null()) {
    SC_RETURN_IF_ERROR(ReadTimeRefs(*refs, "time_refs", &event->time_refs));
  }
  if (const Json* quantities = r.Find("quantities");
      quantities != nullptr && !quantities->is_null()) {
    SC_RETURN_IF_ERROR(ReadQuantities(*quantities, "quantities", &event->quantities));
  }
  SC_RETURN_IF_ERROR(r.String("sentence_text", &event->sentence_text));
  SC_RETURN_IF_ERROR(r.Span("sentence_span", &event->sentence_begin, &event->sentence_end));
  SC_RETURN_IF_ERROR(r.Span("verb_span", &event->verb_begin, &event->verb_end));
  SC_RETURN_IF_ERROR(r.String("rule", &event->rule));
  if (const Json* coder = r.Find("coder"); coder != nullptr && !coder->is_null()) {
    if (!coder->is_object()) return r.WrongType("coder", "an object");
    FieldReader c(*coder, "coder");
    SC_RETURN_IF_ERROR(c.String("version", &event->coder_version));
    SC_RETURN_IF_ERROR(c.String("dictionaries", &event->dictionaries));
  }
  return Status::Ok();
}

// nlohmann's accessors throw only on type errors, which the readers check
// first; this guard keeps any surprise (e.g. bad_alloc) inside the stage.
template <typename Fn>
Status NoThrow(Fn&& fn) {
  try {
    return fn();
  } catch (const std::exception& e) {
    return Status::Internal(std::string("event JSON: unexpected error: ") + e.what());
  }
}

}  // namespace

std::string EventToJson(const Event& event) {
  std::string out;
  out.reserve(1024 + event.sentence_text.size());
  out.push_back('{');
  AppendKey(&out, "doc_id");
  AppendString(&out, event.doc_id);
  out.push_back(',');
  AppendKey(&out, "sentence");
  out.append(std::to_string(event.sentence));
  out.push_back(',');
  AppendKey(&out, "event_id");
  AppendString(&out, event.event_id);
  out.push_back(',');
  AppendKey(&out, "date");
  AppendStringOrNull(&out, event.date);
  out.push_back(',');
  AppendKey(&out, "date_precision");
  AppendString(&out, event.date_precision);
  out.push_back(',');
  AppendKey(&out, "source");
  AppendActor(&out, event.source);
  out.push_back(',');
  AppendKey(&out, "target");
  if (event.target) {
    AppendActor(&out, *event.target);
  } else {
    out.append("null");
  }
  out.push_back(',');
  AppendKey(&out, "cameo");
  AppendString(&out, event.cameo);
  out.push_back(',');
  AppendKey(&out, "root");
  AppendString(&out, event.root);
  out.push_back(',');
  AppendKey(&out, "quad_class");
  out.append(std::to_string(event.quad_class));
  out.push_back(',');
  AppendKey(&out, "goldstein");
  AppendGoldstein(&out, event.goldstein);
  out.push_back(',');
  AppendKey(&out, "plover");
  AppendString(&out, event.plover);
  out.push_back(',');
  if (!event.plover_mode.empty()) {
    AppendKey(&out, "plover_mode");
    AppendString(&out, event.plover_mode);
    out.push_back(',');
  }
  if (!event.plover_context.empty()) {
    AppendKey(&out, "plover_context");
    AppendString(&out, event.plover_context);
    out.push_back(',');
  }
  AppendKey(&out, "negated");
  AppendBool(&out, event.negated);
  out.push_back(',');
  AppendKey(&out, "background");
  AppendBool(&out, event.background);
  out.push_back(',');
  AppendKey(&out, "modality");
  AppendString(&out, event.modality);
  out.push_back(',');
  AppendKey(&out, "time_refs");
  AppendTimeRefs(&out, event.time_refs);
  out.push_back(',');
  AppendKey(&out, "location");
  out.append("null");
  out.push_back(',');
  AppendKey(&out, "quantities");
  AppendQuantities(&out, event.quantities);
  out.push_back(',');
  AppendKey(&out, "sentence_text");
  AppendString(&out, event.sentence_text);
  out.push_back(',');
  AppendKey(&out, "sentence_span");
  AppendSpan(&out, event.sentence_begin, event.sentence_end);
  out.push_back(',');
  AppendKey(&out, "verb_span");
  AppendSpan(&out, event.verb_begin, event.verb_end);
  out.push_back(',');
  AppendKey(&out, "rule");
  AppendString(&out, event.rule);
  out.push_back(',');
  AppendKey(&out, "coder");
  out.push_back('{');
  AppendKey(&out, "version");
  AppendString(&out, event.coder_version);
  out.push_back(',');
  AppendKey(&out, "dictionaries");
  AppendString(&out, event.dictionaries);
  out.append("}}");
  return out;
}

Result<Event> EventFromJson(std::string_view json) {
  Event event;
  Status status = NoThrow([&]() -> Status {
    Result<Json> parsed = ParseJson(json, "event JSON");
    if (!parsed.ok()) return parsed.status();
    return ReadEvent(*parsed, &event);
  });
  if (!status.ok()) return status;
  return event;
}

std::string TimeRefsToJson(const std::vector<TimeRef>& time_refs) {
  std::string out;
  AppendTimeRefs(&out, time_refs);
  return out;
}

Result<std::vector<TimeRef>> TimeRefsFromJson(std::string_view json) {
  std::vector<TimeRef> refs;
  if (json == "[]") return refs;  // most events', read back without a parser
  Status status = NoThrow([&]() -> Status {
    Result<Json> parsed = ParseJson(json, "time_refs JSON");
    if (!parsed.ok()) return parsed.status();
    return ReadTimeRefs(*parsed, "time_refs", &refs);
  });
  if (!status.ok()) return status;
  return refs;
}

std::string QuantitiesToJson(const std::vector<Quantity>& quantities) {
  std::string out;
  AppendQuantities(&out, quantities);
  return out;
}

Result<std::vector<Quantity>> QuantitiesFromJson(std::string_view json) {
  std::vector<Quantity> quantities;
  if (json == "[]") return quantities;  // most events', read back without a parser
  Status status = NoThrow([&]() -> Status {
    Result<Json> parsed = ParseJson(json, "quantities JSON");
    if (!parsed.ok()) return parsed.status();
    return ReadQuantities(*parsed, "quantities", &quantities);
  });
  if (!status.ok()) return status;
  return quantities;
}

}  // namespace statecraft
