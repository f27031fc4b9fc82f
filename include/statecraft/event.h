// The coded event: who did what to whom, when, and why statecraft thinks so.
// Its JSON form (docs/event_json.md) is a contract: fields may be added, the
// existing ones keep their meaning.
#ifndef STATECRAFT_EVENT_H_
#define STATECRAFT_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace statecraft {

// One side of an event.
struct EventActor {
  std::string code;     // CAMEO-style actor code: "KORGOV", "USA", "IGOUNO"
  std::string country;  // ISO 3166-1 alpha-3, or "IGO" / "NGO" / "IMG"
  std::string name;     // canonical name: "Lee Jae-myung", "United States"
  std::string text;     // surface text in the story
  uint32_t begin = 0;   // [begin, end) bytes in the story text
  uint32_t end = 0;
  std::string entry;    // dictionary entry that recognized it: "data/actors/people/asia.txt:12"
};

// A time the sentence names ("from September 23-29"), resolved against the
// story date.
struct TimeRef {
  std::string text;
  uint32_t begin = 0, end = 0;
  std::string from;  // YYYY-MM-DD, or "" when open
  std::string to;    // YYYY-MM-DD, or "" when open
  std::string precision;  // "day", "month", "year"
};

// A quantity the sentence names ("a 50% tariff", "$150 billion").
struct Quantity {
  std::string text;
  uint32_t begin = 0, end = 0;
  std::string kind;   // "percent", "money", "count"
  double value = 0;   // 50, 150e9, 2
  std::string unit;   // "%", "USD", "village"
};

// A role the story itself asserts for a person ("Lee Jae-myung, the mayor of
// Seoul"), kept beside the role the dictionary knows on the story date.
struct RoleClaim {
  std::string person;       // canonical name
  std::string claimed;      // office key claimed: "KOR.mayor_of_seoul", "JPN.prime_minister"
  bool former = false;      // "a former Japanese prime minister"
  std::string text;         // the claiming phrase
  uint32_t begin = 0, end = 0;
  std::string known;        // office the dictionary holds on that date, "" if none
  bool contradicts = false; // claimed role disagrees with the dictionary
};

struct Event {
  std::string doc_id;
  int sentence = 0;         // index in the story, from 0
  std::string event_id;     // deterministic: hash(doc_id, sentence, spans, code)
  std::string date;         // date of the act, YYYY-MM-DD; "" when unknown
  std::string date_precision = "day";
  EventActor source;
  std::optional<EventActor> target;  // nullopt when the event has none
  std::string cameo;        // "042"
  std::string root;         // "04"
  int quad_class = 0;       // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover;       // "CONSULT"
  std::string plover_mode;  // may be ""
  std::string plover_context;  // may be ""
  bool negated = false;     // the sentence says it did not happen
  bool background = false;  // an event in a clause that anchors the story in the past
  std::string modality;     // "", "intent", "future", "possible", "reported"
  uint32_t verb_begin = 0, verb_end = 0;  // the verb or noun that anchored the pattern
  std::vector<TimeRef> time_refs;
  std::vector<Quantity> quantities;
  std::string sentence_text;
  uint32_t sentence_begin = 0, sentence_end = 0;
  std::string rule;         // "data/verbs/04_consult.txt:118"
  std::string coder_version;
  std::string dictionaries;  // "sha256:..."
};

}  // namespace statecraft

#endif  // STATECRAFT_EVENT_H_
