// The EventStore on a PostgreSQL database, through libpqxx 6.4: one
// connection, the schema of postgres_schema.h in the connection's current
// schema (its search_path), versioned migrations applied under an advisory
// lock, every value passed as a statement parameter, bulk writes with COPY
// (pqxx::stream_to), full text with to_tsvector/to_tsquery over the
// 'simple' configuration. Every method means what it means on SQLite; the
// conformance suite (event_store_conformance_test.cc) checks both.
//
// Thread safety: none; one store per thread. libpqxx's exceptions are caught
// inside every method and returned as a Status: a lost connection or a lock
// timeout is an IoError, a constraint or data error (a duplicate event id
// across stories, a NUL byte in text) is InvalidArgument.
#ifndef STATECRAFT_STORE_POSTGRES_EVENT_STORE_H_
#define STATECRAFT_STORE_POSTGRES_EVENT_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "statecraft/event_store.h"

namespace statecraft {

class PostgresEventStore : public EventStore {
 public:
  // Connects to `url` ("postgresql://user@host:port/db?options=..."), checks
  // the server encoding is UTF8 (Unsupported otherwise), and applies pending
  // migrations; read-only: only checks the schema is current (Unsupported
  // when older, as for SQLite) and refuses writes. busy_timeout_ms becomes
  // the session's lock_timeout. See OpenEventStore for the other errors.
  static Result<std::unique_ptr<PostgresEventStore>> Open(const std::string& url,
                                                          const EventStoreOptions& options);
  ~PostgresEventStore() override;

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
  Status ForEachEvent(
      const EventFilter& filter,
      const std::function<Status(const Event&, const MergedCounts&)>& sink) override;

 private:
  struct Connection;  // wraps pqxx::connection, so this header needs no libpqxx

  PostgresEventStore(std::unique_ptr<Connection> connection, std::string where, bool read_only);
  Status RefuseIfReadOnly() const;
  Status ApplyMigrations();
  Status CheckSchemaIsCurrent();
  // ForEachEvent over the dated (undated false) or undated events.
  Status StreamPart(const EventFilter& filter, bool undated,
                    const std::function<Status(const Event&, const MergedCounts&)>& sink);
  // Runs `body` and turns libpqxx's exceptions into a Status naming `what`.
  template <typename F>
  auto Guard(std::string_view what, F&& body) -> decltype(body());

  std::unique_ptr<Connection> connection_;
  std::string where_;  // the URL without its password, for messages
  bool read_only_;
};

// `url` with the password of its user-info part (postgresql://user:PASSWORD@
// host) replaced by "***"; query parameters named "password" too.
std::string RedactPostgresUrl(const std::string& url);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_POSTGRES_EVENT_STORE_H_
