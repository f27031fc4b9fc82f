// The EventStore on one SQLite file: WAL journal, synchronous=NORMAL,
// foreign keys on, a busy timeout, the write and lookup statements prepared
// once at open and reused, query statements built per call from the filter
// (store/query_support.h; a page statement is prepared once per SQL text
// and kept), all values bound as parameters. Full text uses the FTS5 table
// events_fts (migration 3).
#ifndef STATECRAFT_STORE_SQLITE_EVENT_STORE_H_
#define STATECRAFT_STORE_SQLITE_EVENT_STORE_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "statecraft/event_store.h"
#include "store/query_support.h"
#include "store/sqlite_db.h"

namespace statecraft {

class SqliteEventStore : public EventStore {
 public:
  // Opens `path` (":memory:" for a private in-memory store). Read-write:
  // creates the file if needed and applies pending migrations. Read-only:
  // NotFound when the file does not exist, Unsupported when its schema is
  // older than this binary's. See OpenEventStore for the other errors.
  // A read-only store maps the file into memory (PRAGMA mmap_size), so that
  // reading a page is no system call and copy.
  static Result<std::unique_ptr<SqliteEventStore>> Open(const std::string& path,
                                                        const EventStoreOptions& options);

  // Turns SQLite's memory statistics off for the whole process: with them
  // on, every allocation of every connection takes one global mutex, which
  // threads reading stores at once queue on. Takes effect only before
  // SQLite is first used in the process; later it does nothing and
  // returns false. REQUIRES: no other thread uses SQLite meanwhile.
  static bool DisableMemoryStatistics();

  Status PutDocuments(const std::vector<DocumentRecord>& batch) override;
  Status PutProblems(const std::vector<StoredProblem>& problems) override;
  Result<int64_t> RecordRun(const RunRecord& run) override;
  Result<int64_t> CountDocuments() override;
  Result<int64_t> CountEvents() override;
  Result<DocumentRecord> GetDocument(const std::string& doc_id) override;
  Result<std::vector<Event>> EventsForDocument(const std::string& doc_id) override;
  Result<std::vector<StoredProblem>> ListProblems() override;
  Result<std::vector<RunRecord>> ListRuns() override;
  Result<int> SchemaVersion() override;
  Result<int64_t> RebuildMergedEvents(int window_days) override;
  Result<EventPage> QueryEvents(const EventFilter& filter, const PageRequest& page) override;
  Result<std::vector<SeriesPoint>> Series(const SeriesRequest& request) override;
  Result<Network> ActorNetwork(const NetworkRequest& request) override;
  Result<std::vector<TopStory>> TopStories(const TopStoriesRequest& request) override;
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<Status(const Event&, const MergedCounts&)>& sink) override;

 private:
  struct Statements {
    SqliteStatement upsert_document, delete_sentences, delete_claims;
    SqliteStatement add_batch_doc, clear_batch_docs, delete_batch_events, index_batch_events;
    SqliteStatement insert_sentence, insert_event, insert_claim;
    SqliteStatement upsert_problem, insert_run;
    SqliteStatement count_documents, count_events;
    SqliteStatement select_document, select_sentences, select_events, select_claims;
    SqliteStatement select_problems, select_runs;
    SqliteStatement count_text_matches;
  };

  SqliteEventStore(SqliteDb db, bool read_only) : db_(std::move(db)), read_only_(read_only) {}
  Status PrepareStatements();
  // Writes one story's rows (its old events are already gone; its new
  // events are indexed for full text by PutDocuments).
  Status WriteRecord(const DocumentRecord& record);
  Status RefuseIfReadOnly() const;
  Result<int64_t> Count(SqliteStatement& stmt);
  Result<std::vector<StoredSentence>> ReadSentences(const std::string& doc_id);
  // Reads the story's events; sentence_text comes from `text` and `sentences`.
  Result<std::vector<Event>> ReadEvents(const std::string& doc_id, const std::string& text,
                                        const std::vector<StoredSentence>& sentences);
  Result<std::vector<RoleClaim>> ReadClaims(const std::string& doc_id);
  // How a page of `wanted` rows reads the full-text condition for `text`,
  // from how many events match it (FTS5 counts them from its index; the
  // count is kept for the next pages, as it only steers the plan).
  Result<FullTextPlan> ChooseFullTextPlan(const std::string& text, size_t wanted);
  // Prepares `sql` and binds `params` (SqlDialect::kSqlite).
  Result<SqliteStatement> PrepareQuery(const std::string& sql, const SqlParams& params,
                                       std::string_view what);
  // Like PrepareQuery, but the statement is kept for the next call with
  // the same `sql` (filters of the same shape have the same text), so a
  // page costs no parsing and planning. The statement is valid until the
  // next call; the caller resets it (StatementReset) when done.
  Result<SqliteStatement*> CachedQuery(const std::string& sql, const SqlParams& params,
                                       std::string_view what);

  // Page statements kept by CachedQuery, least recently used first.
  static constexpr size_t kCachedQueries = 32;

  SqliteDb db_;
  bool read_only_;
  Statements stmts_;
  std::vector<std::pair<std::string, SqliteStatement>> cached_queries_;
  // ChooseFullTextPlan's counts by FTS5 query: matching events, and
  // max(rowid) for the number of events. Cleared when it reaches
  // kCachedTextCounts entries.
  static constexpr size_t kCachedTextCounts = 256;
  std::unordered_map<std::string, std::pair<int64_t, int64_t>> text_counts_;
};

}  // namespace statecraft

#endif  // STATECRAFT_STORE_SQLITE_EVENT_STORE_H_
