// Where coded stories, events and problems are kept. One interface, one
// schema, one migration mechanism, two backends: SQLite, the embedded default
// ("events.sqlite"), and PostgreSQL ("postgresql://..."). Both answer every
// method with the same meaning (docs/decisions/0006-two-stores.md); one
// conformance suite (src/store/event_store_conformance_test.cc) runs on both.
//
// Thread safety: an EventStore is NOT safe for concurrent use; give each
// thread its own (OpenEventStore is cheap). Several processes may share one
// SQLite file: it runs in WAL mode with a busy timeout, and every write is
// one transaction. A PostgreSQL store is one connection; several processes
// may share one database.
#ifndef STATECRAFT_EVENT_STORE_H_
#define STATECRAFT_EVENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "statecraft/event.h"
#include "statecraft/event_query.h"
#include "statecraft/status.h"

namespace statecraft {

// One sentence of a coded story: [begin, end) bytes in the story text.
struct StoredSentence {
  int index = 0;  // from 0, in story order
  uint32_t begin = 0, end = 0;
  std::string text;        // the sentence's surface text
  bool truncated = false;  // the coder only looked at a prefix of it
};

// A story the pipeline could not code (skipped) or a note about one it
// could (a warning). Problems are keyed by (origin, doc_id, reason, message):
// writing the same problem again (re-running the same input) updates it
// rather than adding a copy.
struct StoredProblem {
  std::string origin;   // "path:line", "path", "-:line"
  std::string doc_id;   // "" when unknown
  std::string reason;   // machine-friendly: "invalid-utf8", "empty", ...
  std::string message;  // human sentence
  bool skipped = true;  // false: a warning about a story that was coded
};

// Everything coded from one story. Written atomically: the store replaces
// the story's previous sentences, events and claims with these.
struct DocumentRecord {
  std::string id;    // REQUIRED, non-empty
  std::string date;  // YYYY-MM-DD, "" when unknown
  std::string title, url, source, origin;
  std::string text;         // the story text all spans point into
  std::string text_sha256;  // lowercase hex
  std::string coded_at;     // ISO 8601 UTC; "" = the store's current time
  std::vector<StoredSentence> sentences;
  // Each event's doc_id must be `id` or "" (taken as `id`); event ids must be
  // non-empty. Repeated event ids within one record are stored once.
  std::vector<Event> events;
  std::vector<RoleClaim> claims;
};

// One run of the coder over some input.
struct RunRecord {
  int64_t id = 0;  // assigned by RecordRun; ignored on input
  std::string coder_version;
  std::string dictionaries;  // "sha256:..."
  std::string input;         // what was coded: paths, "-", a stream name
  std::string started_at;    // ISO 8601 UTC
  std::string finished_at;   // ISO 8601 UTC
  int64_t documents = 0;     // stories coded
  int64_t events = 0;        // events written
  int64_t problems = 0;      // stories skipped or warned about
};

struct EventStoreOptions {
  // How long a write waits for another process's lock before failing with
  // an IoError.
  int busy_timeout_ms = 5000;
  // Opens an existing store for reading only: no file is created, no
  // migration is applied (an out-of-date schema is an error), and every
  // write returns an IoError.
  bool read_only = false;
};

class EventStore {
 public:
  virtual ~EventStore() = default;

  // Stores a batch of coded stories in ONE transaction: either every record
  // is written or none is. A story already in the store is replaced whole
  // (document row, sentences, events, claims), so re-coding the same story
  // never duplicates anything and a re-coded story with fewer events drops
  // the old ones. Callers batch a few hundred stories per call.
  // Errors: InvalidArgument for a malformed record (nothing written);
  // IoError when the database cannot be written.
  virtual Status PutDocuments(const std::vector<DocumentRecord>& batch) = 0;

  // Stores problems in one transaction (upserting by origin, doc_id, reason,
  // message).
  virtual Status PutProblems(const std::vector<StoredProblem>& problems) = 0;

  // Records a coding run; returns its id.
  virtual Result<int64_t> RecordRun(const RunRecord& run) = 0;

  virtual Result<int64_t> CountDocuments() = 0;
  virtual Result<int64_t> CountEvents() = 0;

  // The story with its sentences, events and claims; NotFound if absent.
  // Each event's sentence_text is rebuilt from the story text and the
  // event's sentence span (or, when that span is empty, the stored sentence).
  virtual Result<DocumentRecord> GetDocument(const std::string& doc_id) = 0;

  // The story's events in the order they were written; empty when the story
  // is unknown or had none.
  virtual Result<std::vector<Event>> EventsForDocument(const std::string& doc_id) = 0;

  // All problems, oldest first.
  virtual Result<std::vector<StoredProblem>> ListProblems() = 0;

  // All runs, oldest first.
  virtual Result<std::vector<RunRecord>> ListRuns() = 0;

  // The schema version of the open store (the highest applied migration).
  virtual Result<int> SchemaVersion() = 0;

  // Recomputes the merged events (one per happening: same source, target and
  // code within `window_days`, see src/resolve/event_merger.h) from every
  // event that is neither negated nor background, in one transaction.
  // Returns the number of merged events.
  virtual Result<int64_t> RebuildMergedEvents(int window_days) = 0;

  // --- queries (statecraft/event_query.h) ------------------------------------
  // Every query validates its filter first: InvalidArgument for a date that
  // is not YYYY-MM-DD, a quad class outside 1..4, a CAMEO entry that is not
  // 2 to 4 digits, an empty actor/plover entry, or a `text` with no word in
  // it. Full text: `text` is split into words (runs of letters and digits,
  // any script); an event matches when its sentence contains every word,
  // case-insensitively, as a whole word (no stemming, no prefixes: "talk"
  // does not match "talks"). Dates compare as YYYY-MM-DD strings; an event
  // with no date never matches a date bound. All other errors: IoError when
  // the database cannot be read.

  // One page of the matching events, newest first: ordered by date
  // descending (undated events last), then event_id descending (byte order).
  // Each event is complete, sentence_text included, exactly as
  // GetDocument() returns it. `page.next` is "" on the last page; it is
  // opaque but stable across backends ("date|event_id", base64url). A cursor
  // stays valid when events are added or removed: the next page starts after
  // the cursor's position. Errors: InvalidArgument for limit outside 1..1000
  // or a malformed cursor.
  virtual Result<EventPage> QueryEvents(const EventFilter& filter, const PageRequest& page) = 0;

  // Counts of the matching dated events per period of `request.granularity`
  // ("day": "2025-08-13"; "week": ISO 8601 week, Monday first, "2025-W33";
  // "month": "2025-08"), one point per period from the first to the last
  // period with a matching event, periods without events included with
  // zero counts; empty when nothing matches. `stories` counts the stories
  // in the store whose own date falls in the period (whatever their events);
  // with `normalize`, the *_norm fields are the counts divided by it (0 when
  // it is 0). Errors: InvalidArgument for an unknown granularity.
  virtual Result<std::vector<SeriesPoint>> Series(const SeriesRequest& request) = 0;

  // The actor network of the matching events. Nodes are the source and
  // target countries (by_country) or full actor codes; a node's `events`
  // counts the matching events it takes part in (once per event). The
  // `max_nodes` busiest nodes are kept (ties: smaller id first) and ordered
  // so; edges are directed source -> target pairs among kept nodes (an event
  // without a target makes no edge; source == target makes a self-edge),
  // ordered by events descending, then source, then target. A node's label
  // is the name of the actor whose code is the node's id (for countries: the
  // country itself) in its latest event in the store (by date, undated
  // last, then event_id); the id when the store has none. Errors:
  // InvalidArgument for max_nodes < 1.
  virtual Result<Network> ActorNetwork(const NetworkRequest& request) = 0;

  // The stories with the most matching events (`by` "events") or the most
  // mentions (`by` "mentions"), most first; ties go to the other measure,
  // then to the smaller doc_id. A story's `mentions` sums num_mentions over
  // the distinct merged events its matching events belong to; an event in
  // no merged event counts as one mention. `date` is the story's own date
  // ("" when unknown). Errors: InvalidArgument for `by` other than "events"
  // or "mentions", or limit outside 1..1000.
  virtual Result<std::vector<TopStory>> TopStories(const TopStoriesRequest& request) = 0;

  // The merged event an event belongs to (RebuildMergedEvents) and its
  // counts; merged_id "" and 1/1/1 when it belongs to none (negated and
  // background events, or merges not yet rebuilt).
  struct MergedCounts {
    std::string merged_id;
    int64_t num_mentions = 1, num_sources = 1, num_articles = 1;
  };
  // Calls `sink` once per matching event with its merged counts, in (date,
  // event_id) order, oldest first: dated events by date then event_id
  // (byte order), then undated events by event_id; events as QueryEvents
  // returns them. Streams: memory does not grow with the number of events.
  // Stops at, and returns, the first non-OK status `sink` returns. The sink
  // may read from this store but must not write to it; events others write
  // during the walk may or may not be seen.
  virtual Status ForEachEvent(const EventFilter& filter,
                              const std::function<Status(const Event&, const MergedCounts&)>& sink) = 0;
};

// Opens the store at `location`, creating it and applying pending schema
// migrations as needed:
//   "events.sqlite", "/abs/path.db", ":memory:"   SQLite file (or in memory)
//   "postgresql://..." / "postgres://..."         PostgreSQL (a libpq connection
//                                                 URI); the tables go in the
//                                                 connection's current schema of a
//                                                 UTF8 database
// Errors: InvalidArgument for an empty location; IoError when the file
// cannot be created, opened or written, or the server cannot be reached;
// Corruption when it is not a statecraft database (a schema that holds other
// tables but no schema_migrations) or its schema is newer than this binary
// knows; NotFound when read_only and the file does not exist; Unsupported
// for a PostgreSQL database not in UTF8. Error messages never repeat a
// password given in the URI.
Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& location,
                                                   const EventStoreOptions& options = {});

}  // namespace statecraft

#endif  // STATECRAFT_EVENT_STORE_H_
