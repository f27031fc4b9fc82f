// The event's JSON form (the `code --format jsonl` line, the API's event
// object) and the JSON of its list fields as the store keeps them.
//
// EventToJson writes one line, no newline, with a fixed field order:
//   doc_id, sentence, event_id, date, date_precision,
//   source{code,country,name,text,span,entry}, target (null or like source),
//   cameo, root, quad_class, goldstein, plover, plover_mode (only when set),
//   plover_context (only when set), negated, background, modality,
//   time_refs[{text,span,from,to,precision}], location (null for now),
//   quantities[{text,span,kind,value,unit}], sentence_text, sentence_span,
//   verb_span, rule, coder{version,dictionaries}
// Spans are [begin,end] arrays of byte offsets into the story text. An empty
// date, time_refs from/to are written as null. goldstein always has one
// decimal ("1.9", "-10.0", "0.0"); a quantity's value is an integer when it is
// one ("150000000000") and the shortest round-trip form otherwise ("2.5").
// Strings are written as UTF-8; invalid byte sequences become U+FFFD.
// The output depends only on the event: same event, same bytes.
#ifndef STATECRAFT_STORE_EVENT_JSON_H_
#define STATECRAFT_STORE_EVENT_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "statecraft/event.h"
#include "statecraft/status.h"

namespace statecraft {

std::string EventToJson(const Event& event);

// Parses what EventToJson writes (EventFromJson(EventToJson(e)) == e, up to
// goldstein's rounding to one decimal). Unknown fields are ignored; missing
// optional fields keep Event's defaults. Errors: InvalidArgument naming the
// field, for malformed JSON, a missing doc_id / event_id / source / cameo,
// a field of the wrong type, or a span that is not [begin <= end].
Result<Event> EventFromJson(std::string_view json);

// The JSON arrays EventToJson writes for these fields; the store keeps them
// in the events table's time_refs / quantities columns.
std::string TimeRefsToJson(const std::vector<TimeRef>& time_refs);
Result<std::vector<TimeRef>> TimeRefsFromJson(std::string_view json);
std::string QuantitiesToJson(const std::vector<Quantity>& quantities);
Result<std::vector<Quantity>> QuantitiesFromJson(std::string_view json);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_EVENT_JSON_H_
