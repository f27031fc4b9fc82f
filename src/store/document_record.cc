#include "store/document_record.h"

#include <cmath>
#include <optional>
#include <unordered_set>

#include "base/files.h"
#include "model/date.h"

namespace statecraft {
namespace {

Status Invalid(const DocumentRecord& record, const std::string& what) {
  return Status::InvalidArgument("doc " + record.id + ": " + what);
}

bool IsIsoDate(const std::string& date) {
  std::optional<Date> parsed = Date::Parse(date);
  return parsed && parsed->ToString() == date;
}

Status CheckSpan(const DocumentRecord& record, const std::string& what, uint32_t begin,
                 uint32_t end) {
  if (begin <= end && end <= record.text.size()) return Status::Ok();
  return Invalid(record, what + " span [" + std::to_string(begin) + "," + std::to_string(end) +
                             ") is not within the story text (" +
                             std::to_string(record.text.size()) + " bytes)");
}

Status ValidateEvent(const DocumentRecord& record, const Event& event) {
  if (event.event_id.empty()) return Invalid(record, "an event has an empty event_id");
  const std::string where = "event " + event.event_id;
  if (!event.doc_id.empty() && event.doc_id != record.id) {
    return Invalid(record, where + " belongs to doc " + event.doc_id);
  }
  if (event.sentence < 0) return Invalid(record, where + " has a negative sentence index");
  if (!event.date.empty() && !IsIsoDate(event.date)) {
    return Invalid(record, where + " has date \"" + event.date + "\", not YYYY-MM-DD");
  }
  if (!std::isfinite(event.goldstein)) {
    return Invalid(record, where + " has a non-finite goldstein");
  }
  SC_RETURN_IF_ERROR(CheckSpan(record, where + " source", event.source.begin, event.source.end));
  if (event.target) {
    SC_RETURN_IF_ERROR(
        CheckSpan(record, where + " target", event.target->begin, event.target->end));
  }
  SC_RETURN_IF_ERROR(CheckSpan(record, where + " verb", event.verb_begin, event.verb_end));
  SC_RETURN_IF_ERROR(
      CheckSpan(record, where + " sentence", event.sentence_begin, event.sentence_end));
  for (const TimeRef& ref : event.time_refs) {
    SC_RETURN_IF_ERROR(CheckSpan(record, where + " time_ref", ref.begin, ref.end));
  }
  for (const Quantity& quantity : event.quantities) {
    SC_RETURN_IF_ERROR(CheckSpan(record, where + " quantity", quantity.begin, quantity.end));
  }
  return Status::Ok();
}

}  // namespace

DocumentRecord MakeDocumentRecord(const Document& document) {
  DocumentRecord record;
  record.id = document.id;
  record.date = document.date ? document.date->ToString() : "";
  record.title = document.title;
  record.url = document.url;
  record.source = document.source;
  record.origin = document.origin;
  record.text = document.text;
  record.text_sha256 = Sha256Hex(document.text);
  return record;
}

Status ValidateDocumentRecord(const DocumentRecord& record) {
  if (record.id.empty()) return Status::InvalidArgument("a document record has an empty id");
  if (!record.date.empty() && !IsIsoDate(record.date)) {
    return Invalid(record, "date \"" + record.date + "\" is not YYYY-MM-DD");
  }
  std::unordered_set<int> sentence_indexes;
  for (const StoredSentence& sentence : record.sentences) {
    const std::string where = "sentence " + std::to_string(sentence.index);
    if (sentence.index < 0) return Invalid(record, where + ": negative index");
    if (!sentence_indexes.insert(sentence.index).second) return Invalid(record, where + " repeats");
    SC_RETURN_IF_ERROR(CheckSpan(record, where, sentence.begin, sentence.end));
  }
  for (const Event& event : record.events) SC_RETURN_IF_ERROR(ValidateEvent(record, event));
  for (size_t i = 0; i < record.claims.size(); ++i) {
    const RoleClaim& claim = record.claims[i];
    SC_RETURN_IF_ERROR(CheckSpan(record, "claim " + std::to_string(i), claim.begin, claim.end));
  }
  return Status::Ok();
}

std::string EventSentenceText(const std::string& text, const std::vector<StoredSentence>& sentences,
                              const Event& event) {
  if (event.sentence_begin < event.sentence_end && event.sentence_end <= text.size()) {
    return text.substr(event.sentence_begin, event.sentence_end - event.sentence_begin);
  }
  std::string found;
  for (const StoredSentence& sentence : sentences) {
    if (sentence.index == event.sentence) found = sentence.text;
  }
  return found;
}

std::string EventSentenceText(const DocumentRecord& record, const Event& event) {
  return EventSentenceText(record.text, record.sentences, event);
}

}  // namespace statecraft
