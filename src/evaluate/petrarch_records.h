// PETRARCH2's unit-test records (PETR.UnitTest.records.xml: sentences of a
// toy world with the events PETRARCH2 must code) as a test of statecraft's
// mechanics: each record's raw <Text> is coded alone, with its date, by an
// Engine loaded with PETRARCH dictionaries (--dict petrarch:DIR), and the
// events are compared with the record's <EventCoding>s. The <Parse> trees
// of the file are never read: statecraft works from the text.
//
// Scoring:
//  - An expected event is reproduced when an event with the same source
//    code, target code ("---" when there is none) and event code was coded
//    (each coded event answers one expected event). Coded events that answer
//    none are extra. Negated events count as coded: PETRARCH has no negation
//    flag, its patterns code negation themselves ("NOT * [112]").
//  - A record without <EventCoding>, or with noevents="True", expects no
//    event. Records with error="…" expect none too ("storydiscard",
//    "sentencediscard", "dateline"), except error="bad_input_parse", which
//    tests a malformed <Parse> tree: those are skipped.
//  - Halves: records are numbered from 1 in file order (ids repeat in the
//    file, positions do not); odd positions form the odd half.
//  - <Config> switches between records hold for the records after them.
//    require_dyad is honoured: when true (the default) only events with a
//    source and a target, neither of them a null actor ("---…"), are kept;
//    when false every event is kept. new_actor_length (actors made of
//    unknown noun phrases) and the comma_* limits (PETRARCH1's handling of
//    comma clauses) have no statecraft equivalent and are not honoured;
//    stop_on_error does not apply.
#ifndef STATECRAFT_EVALUATE_PETRARCH_RECORDS_H_
#define STATECRAFT_EVALUATE_PETRARCH_RECORDS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "statecraft/engine.h"
#include "statecraft/status.h"

namespace statecraft {

struct PetrarchEvent {
  std::string source;  // actor code, upper case
  std::string target;  // actor code, or "---" for none
  std::string code;    // event code as written ("064", "174K")

  std::string ToString() const { return source + " " + code + " " + target; }
  friend bool operator==(const PetrarchEvent&, const PetrarchEvent&) = default;
};

struct PetrarchRecord {
  int position = 0;  // 1-based, among the <Sentence> records in file order
  int line = 0;      // of the <Sentence> element
  std::string id;
  std::string category;
  std::optional<Date> date;
  std::string text;  // <Text>, whitespace runs made single spaces
  std::vector<PetrarchEvent> expected;
  bool noevents = false;  // <EventCoding noevents="True">
  std::string error;      // <EventCoding error="…">; "" when none
  // Every <Config> switch met before this record: option → value in lower
  // case ("require_dyad" → "false").
  std::map<std::string, std::string> config;

  bool Odd() const { return position % 2 == 1; }
  // require_dyad as in force for this record (true unless switched off).
  bool RequireDyad() const;
};

// Parses the file (libxml2, no network). Errors name the file (and line):
// unreadable or malformed XML, a <Sentence> without <Text>, an <EventCoding>
// without its three codes.
Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path);

enum class PetrarchHalf { kAll, kOdd, kEven };

// Counts over some records.
struct PetrarchTally {
  int records = 0;        // scored records
  int records_exact = 0;  // with every expected event reproduced and no extra
  int expected = 0;
  int reproduced = 0;
  int produced = 0;  // events coded (after require_dyad)
  int extra = 0;     // coded events that no expected event asks for

  // reproduced / expected, and extra / produced, in percent (0 when empty).
  double ReproducedPercent() const { return expected ? 100.0 * reproduced / expected : 0; }
  double ExtraPercent() const { return produced ? 100.0 * extra / produced : 0; }
  void Add(const PetrarchTally& other);
};

struct PetrarchRecordResult {
  int record = 0;       // index into the records given
  std::string skipped;  // why the record was not scored; "" when scored
  std::vector<PetrarchEvent> produced;
  std::vector<PetrarchEvent> missed;  // expected and not coded
  std::vector<PetrarchEvent> extra;   // coded and not expected
  std::vector<std::string> notes;     // the engine's notes (discards, …)
};

struct PetrarchEvalReport {
  std::string file;
  PetrarchHalf half = PetrarchHalf::kAll;
  int skipped = 0;
  PetrarchTally all;                                 // every scored record of the file
  PetrarchTally selected;                            // the scored records of the selected half
  std::map<std::string, PetrarchTally> by_category;  // selected half, by category
  std::vector<PetrarchRecordResult> results;         // one per record, in order
  std::vector<std::string> config_notes;             // how each <Config> option met was treated
};

// Codes every record (both halves: the whole-file figures need them) and
// scores it. REQUIRES: `engine` was created with untargeted_acts set,
// so that records under require_dyad=false can keep statements without a
// target (the scorer drops them under require_dyad=true).
PetrarchEvalReport EvaluatePetrarchRecords(const Engine& engine,
                                           const std::vector<PetrarchRecord>& records,
                                           PetrarchHalf half, const std::string& file = "");

// The report as a table (whole file, selected half, per category), or JSON.
std::string FormatPetrarchReport(const PetrarchEvalReport& report,
                                 const std::vector<PetrarchRecord>& records, bool json);

// One line per record of the selected half that is not coded exactly:
// "#12 DEMO-11 [DEMO]: missed BREGOV 031 ERI; extra BREGOV 031 ---".
std::vector<std::string> PetrarchMismatches(const PetrarchEvalReport& report,
                                            const std::vector<PetrarchRecord>& records);

}  // namespace statecraft

#endif  // STATECRAFT_EVALUATE_PETRARCH_RECORDS_H_
