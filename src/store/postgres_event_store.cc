#include "store/postgres_event_store.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <pqxx/pqxx>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "resolve/event_merger.h"
#include "store/document_record.h"
#include "store/event_json.h"
#include "store/migrations.h"
#include "store/postgres_schema.h"
#include "store/query_support.h"

namespace statecraft {

struct PostgresEventStore::Connection {
  explicit Connection(const std::string& url) : conn(url) {}
  pqxx::connection conn;
};

namespace {

// The current UTC time as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
// writes it, computed by the server.
constexpr std::string_view kNow =
    "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

// Serializes schema migrations between processes (pg_advisory_xact_lock).
constexpr int64_t kMigrationLock = 0x5374617465437266;  // "StateCrf"

// Rows of events read per round trip by ForEachEvent.
constexpr int64_t kStreamPage = 1000;

using Field = std::optional<std::string>;

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return std::string(text);
}

// SQLSTATE classes (PostgreSQL manual, appendix A) to status codes.
Status FromSqlState(const std::string& state, std::string message) {
  auto cls = [&](std::string_view prefix) { return state.starts_with(prefix); };
  if (cls("22") || cls("23") || cls("54")) return Status::InvalidArgument(std::move(message));
  if (state == "XX001" || state == "XX002") return Status::Corruption(std::move(message));
  if (cls("08") || cls("25") || cls("40") || cls("53") || cls("55") || cls("57") || cls("58") ||
      state == "42501") {
    return Status::IoError(std::move(message));
  }
  return Status::Internal(std::move(message));
}

std::string Int(int64_t value) { return std::to_string(value); }

// The shortest text that reads back as the same double.
std::string Real(double value) {
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof(buf), value);
  return std::string(buf, result.ptr);
}

Field TextOrNull(const std::string& text) { return text.empty() ? Field() : Field(text); }

std::string NowIsoMillis() {
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  int64_t ms =
      duration_cast<milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char date[32];
  std::strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof(out), "%s.%03dZ", date, static_cast<int>(ms % 1000));
  return out;
}

// A text[] literal: {"a","b"} with quotes and backslashes escaped.
std::string TextArrayLiteral(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string Text(const pqxx::field& field) { return field.is_null() ? "" : field.c_str(); }

int64_t Int64(const pqxx::field& field) {
  if (field.is_null()) return 0;
  // SUM() of integers is numeric in PostgreSQL; its text is still an integer.
  std::string_view text = field.c_str();
  int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

double Double(const pqxx::field& field) {
  if (field.is_null()) return 0;
  std::string_view text = field.c_str();
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

uint32_t Offset(const pqxx::field& field) {
  int64_t value = Int64(field);
  return value < 0 || value > UINT32_MAX ? 0 : static_cast<uint32_t>(value);
}

EventActor ReadActor(const pqxx::row& row, int first) {
  int c = first;
  EventActor actor;
  actor.code = Text(row[c++]);
  actor.country = Text(row[c++]);
  actor.name = Text(row[c++]);
  actor.text = Text(row[c++]);
  actor.begin = Offset(row[c++]);
  actor.end = Offset(row[c++]);
  actor.entry = Text(row[c++]);
  return actor;
}

// Reads kEventColumns from the start of `row`.
Result<Event> ReadEventRow(const pqxx::row& row, const std::string& where) {
  Event event;
  int c = 0;
  event.event_id = Text(row[c++]);
  event.doc_id = Text(row[c++]);
  event.sentence = static_cast<int>(Int64(row[c++]));
  event.sentence_begin = Offset(row[c++]);
  event.sentence_end = Offset(row[c++]);
  event.date = Text(row[c++]);
  event.date_precision = Text(row[c++]);
  event.source = ReadActor(row, c);
  c += 7;
  if (!row[c].is_null()) event.target = ReadActor(row, c);
  c += 7;
  event.cameo = Text(row[c++]);
  event.root = Text(row[c++]);
  event.quad_class = static_cast<int>(Int64(row[c++]));
  event.goldstein = Double(row[c++]);
  event.plover = Text(row[c++]);
  event.plover_mode = Text(row[c++]);
  event.plover_context = Text(row[c++]);
  event.negated = Int64(row[c++]) != 0;
  event.background = Int64(row[c++]) != 0;
  event.modality = Text(row[c++]);
  event.verb_begin = Offset(row[c++]);
  event.verb_end = Offset(row[c++]);
  const std::string context = where + ": doc " + event.doc_id + " event " + event.event_id;
  Result<std::vector<TimeRef>> refs = TimeRefsFromJson(Text(row[c++]));
  if (!refs.ok()) return Status::Corruption(context + ": " + refs.status().message());
  event.time_refs = std::move(*refs);
  Result<std::vector<Quantity>> quantities = QuantitiesFromJson(Text(row[c++]));
  if (!quantities.ok()) return Status::Corruption(context + ": " + quantities.status().message());
  event.quantities = std::move(*quantities);
  event.rule = Text(row[c++]);
  event.coder_version = Text(row[c++]);
  event.dictionaries = Text(row[c++]);
  return event;
}

// kEventColumns and sentence_text of one event, for COPY.
std::array<Field, kEventColumnCount + 1> EventRow(const std::string& doc_id, const Event& event,
                                                  const std::string& sentence_text) {
  std::array<Field, kEventColumnCount + 1> row;
  size_t i = 0;
  row[i++] = event.event_id;
  row[i++] = doc_id;
  row[i++] = Int(event.sentence);
  row[i++] = Int(event.sentence_begin);
  row[i++] = Int(event.sentence_end);
  row[i++] = TextOrNull(event.date);
  row[i++] = event.date_precision;
  auto actor = [&](const EventActor& a) {
    row[i++] = a.code;
    row[i++] = a.country;
    row[i++] = a.name;
    row[i++] = a.text;
    row[i++] = Int(a.begin);
    row[i++] = Int(a.end);
    row[i++] = a.entry;
  };
  actor(event.source);
  if (event.target) {
    actor(*event.target);
  } else {
    i += 7;  // NULLs
  }
  row[i++] = event.cameo;
  row[i++] = event.root;
  row[i++] = Int(event.quad_class);
  row[i++] = Real(event.goldstein);
  row[i++] = event.plover;
  row[i++] = event.plover_mode;
  row[i++] = event.plover_context;
  row[i++] = Int(event.negated ? 1 : 0);
  row[i++] = Int(event.background ? 1 : 0);
  row[i++] = event.modality;
  row[i++] = Int(event.verb_begin);
  row[i++] = Int(event.verb_end);
  row[i++] = TimeRefsToJson(event.time_refs);
  row[i++] = QuantitiesToJson(event.quantities);
  row[i++] = event.rule;
  row[i++] = event.coder_version;
  row[i++] = event.dictionaries;
  row[i++] = sentence_text;
  return row;
}

std::vector<std::string> Columns(std::string_view list) {
  std::vector<std::string> columns;
  size_t start = 0;
  while (start < list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view name = list.substr(start, comma - start);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    columns.emplace_back(name);
    start = comma + 1;
  }
  return columns;
}

pqxx::result Exec(pqxx::transaction_base& tx, const std::string& sql, const SqlParams& params) {
  std::vector<std::string> values = params.TextValues();
  return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(values));
}

bool HasTable(pqxx::transaction_base& tx, const std::string& name) {
  return !tx.exec_params(
                "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                "AND c.relname = $1 AND c.relkind IN ('r', 'p')",
                name)
              .empty();
}

int64_t CountTables(pqxx::transaction_base& tx) {
  return Int64(
      tx.exec("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
              "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
              "AND c.relkind IN ('r', 'p')")[0][0]);
}

// 0 when there is no schema_migrations table.
int AppliedVersion(pqxx::transaction_base& tx) {
  if (!HasTable(tx, "schema_migrations")) return 0;
  return static_cast<int>(
      Int64(tx.exec("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0][0]));
}

}  // namespace

std::string RedactPostgresUrl(const std::string& url) {
  std::string out = url;
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t start = scheme + 3;
    size_t end = out.find_first_of("/?#", start);
    if (end == std::string::npos) end = out.size();
    size_t at = out.rfind('@', end - 1);
    if (at != std::string::npos && at >= start) {
      size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  size_t query = out.find('?');
  while (query != std::string::npos) {
    size_t key = query + 1;
    size_t next = out.find('&', key);
    if (out.compare(key, 9, "password=") == 0) {
      size_t value = key + 9;
      size_t value_end = next == std::string::npos ? out.size() : next;
      out.replace(value, value_end - value, "***");
      next = out.find('&', value);
    }
    query = next;
  }
  return out;
}

PostgresEventStore::PostgresEventStore(std::unique_ptr<Connection> connection, std::string where,
                                       bool read_only)
    : connection_(std::move(connection)), where_(std::move(where)), read_only_(read_only) {}

PostgresEventStore::~PostgresEventStore() = default;

template <typename F>
auto PostgresEventStore::Guard(std::string_view what, F&& body) -> decltype(body()) {
  const std::string context = where_ + ": " + std::string(what);
  try {
    return body();
  } catch (const pqxx::broken_connection& e) {
    return Status::IoError(context + ": connection lost: " + Trim(e.what()));
  } catch (const pqxx::sql_error& e) {
    return FromSqlState(e.sqlstate(), context + ": " + Trim(e.what()));
  } catch (const pqxx::failure& e) {
    return Status::IoError(context + ": " + Trim(e.what()));
  } catch (const std::exception& e) {
    return Status::Internal(context + ": " + Trim(e.what()));
  }
}

Result<std::unique_ptr<PostgresEventStore>> PostgresEventStore::Open(
    const std::string& url, const EventStoreOptions& options) {
  const std::string where = RedactPostgresUrl(url);
  std::unique_ptr<Connection> connection;
  try {
    connection = std::make_unique<Connection>(url);
  } catch (const std::exception& e) {
    return Status::IoError(where + ": cannot connect: " + Trim(e.what()));
  }
  std::unique_ptr<PostgresEventStore> store(
      new PostgresEventStore(std::move(connection), where, options.read_only));
  Status status = store->Guard("open", [&]() -> Status {
    pqxx::connection& conn = store->connection_->conn;
    conn.set_client_encoding("UTF8");
    pqxx::nontransaction tx(conn);
    std::string encoding = Text(tx.exec("SHOW server_encoding")[0][0]);
    if (encoding != "UTF8") {
      return Status::Unsupported(where + ": the database's encoding is " + encoding +
                                 "; statecraft needs a UTF8 database");
    }
    tx.exec("SET lock_timeout = " + std::to_string(std::max(options.busy_timeout_ms, 0)));
    if (options.read_only) tx.exec("SET default_transaction_read_only = on");
    if (Text(tx.exec("SELECT current_schema()")[0][0]).empty()) {
      return Status::InvalidArgument(where +
                                     ": no schema to use (the search_path names no existing "
                                     "schema)");
    }
    return Status::Ok();
  });
  SC_RETURN_IF_ERROR(status);
  SC_RETURN_IF_ERROR(options.read_only ? store->CheckSchemaIsCurrent() : store->ApplyMigrations());
  return store;
}

Status PostgresEventStore::ApplyMigrations() {
  std::span<const Migration> migrations = PostgresSchemaMigrations();
  const int known = static_cast<int>(migrations.size());
  for (size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      return Status::Internal("PostgreSQL schema migration #" + std::to_string(i) +
                              " has version " + std::to_string(migrations[i].version));
    }
  }
  auto too_new = [&](int applied) {
    return Status::Corruption(where_ + ": database schema version " + std::to_string(applied) +
                              " is newer than this statecraft knows (" + std::to_string(known) +
                              "); use a newer statecraft to open it");
  };
  const std::string lock = "SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")";
  int applied = 0;
  Status status = Guard("schema migrations", [&]() -> Status {
    pqxx::work tx(connection_->conn);
    tx.exec(lock);
    if (!HasTable(tx, "schema_migrations")) {
      if (CountTables(tx) > 0) {
        return Status::Corruption(where_ +
                                  ": not a statecraft database (its schema has tables but no "
                                  "schema_migrations table)");
      }
      tx.exec(
          "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
          "applied_at TEXT COLLATE \"C\" NOT NULL, description TEXT COLLATE \"C\" NOT NULL)");
    }
    applied = AppliedVersion(tx);
    tx.commit();
    return Status::Ok();
  });
  SC_RETURN_IF_ERROR(status);
  if (applied > known) return too_new(applied);
  for (const Migration& migration : migrations) {
    if (migration.version <= applied) continue;
    const std::string what = "schema migration " + std::to_string(migration.version) + " (" +
                             std::string(migration.description) + ")";
    SC_RETURN_IF_ERROR(Guard(what, [&]() -> Status {
      pqxx::work tx(connection_->conn);
      tx.exec(lock);
      // Another process may have applied it while we waited for the lock.
      int now = AppliedVersion(tx);
      if (now > known) return too_new(now);
      if (now < migration.version) {
        tx.exec(std::string(migration.sql));
        tx.exec_params(
            "INSERT INTO schema_migrations (version, applied_at, description) "
            "VALUES ($1, " +
                std::string(kNow) + ", $2)",
            migration.version, std::string(migration.description));
      }
      tx.commit();
      return Status::Ok();
    }));
  }
  return Status::Ok();
}

Status PostgresEventStore::CheckSchemaIsCurrent() {
  const int known = static_cast<int>(PostgresSchemaMigrations().size());
  return Guard("check schema", [&]() -> Status {
    pqxx::read_transaction tx(connection_->conn);
    if (!HasTable(tx, "schema_migrations")) {
      return Status::Corruption(where_ +
                                ": not a statecraft database (no schema_migrations table)");
    }
    int applied = AppliedVersion(tx);
    if (applied > known) {
      return Status::Corruption(where_ + ": database schema version " + std::to_string(applied) +
                                " is newer than this statecraft knows (" + std::to_string(known) +
                                "); use a newer statecraft to open it");
    }
    if (applied < known) {
      return Status::Unsupported(where_ + ": database schema version " + std::to_string(applied) +
                                 " is older than this statecraft's (" + std::to_string(known) +
                                 "); open it for writing once to upgrade it");
    }
    return Status::Ok();
  });
}

Status PostgresEventStore::RefuseIfReadOnly() const {
  if (!read_only_) return Status::Ok();
  return Status::IoError(where_ + ": the event store was opened read-only");
}

Status PostgresEventStore::PutDocuments(const std::vector<DocumentRecord>& batch) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  for (const DocumentRecord& record : batch) SC_RETURN_IF_ERROR(ValidateDocumentRecord(record));
  if (batch.empty()) return Status::Ok();
  // A story given twice is stored as its last record, as when SQLite writes
  // the records in turn.
  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < batch.size(); ++i) last[batch[i].id] = i;
  std::vector<const DocumentRecord*> records;
  std::vector<std::string> ids;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (last[batch[i].id] != i) continue;
    records.push_back(&batch[i]);
    ids.push_back(batch[i].id);
  }
  const std::string now = NowIsoMillis();
  return Guard("write documents", [&]() -> Status {
    pqxx::work tx(connection_->conn);
    // Replacing a story drops its sentences, events, claims and merge links
    // (ON DELETE CASCADE), as SQLite's per-story deletes do.
    tx.exec_params("DELETE FROM documents WHERE id = ANY($1::text[])", TextArrayLiteral(ids));
    {
      pqxx::stream_to stream(tx, "documents",
                             Columns("id, date, title, url, source, origin, text, text_sha256, "
                                     "coded_at"));
      for (const DocumentRecord* r : records) {
        stream << std::array<Field, 9>{
            r->id,   TextOrNull(r->date), r->title,
            r->url,  r->source,           r->origin,
            r->text, r->text_sha256,      r->coded_at.empty() ? now : r->coded_at};
      }
      stream.complete();
    }
    {
      pqxx::stream_to stream(tx, "sentences",
                             Columns("doc_id, idx, span_begin, span_end, text, truncated"));
      for (const DocumentRecord* r : records) {
        for (const StoredSentence& s : r->sentences) {
          stream << std::array<Field, 6>{r->id,      Int(s.index), Int(s.begin),
                                         Int(s.end), s.text,       Int(s.truncated ? 1 : 0)};
        }
      }
      stream.complete();
    }
    {
      std::vector<std::string> columns = Columns(kEventColumns);
      columns.push_back("sentence_text");
      pqxx::stream_to stream(tx, "events", columns);
      for (const DocumentRecord* r : records) {
        std::unordered_set<std::string_view> written;
        for (const Event& event : r->events) {
          if (!written.insert(event.event_id).second) continue;  // the same event twice
          stream << EventRow(r->id, event, EventSentenceText(*r, event));
        }
      }
      stream.complete();
    }
    {
      pqxx::stream_to stream(tx, "claims",
                             Columns("doc_id, idx, person, claimed, former, text, span_begin, "
                                     "span_end, known, contradicts"));
      for (const DocumentRecord* r : records) {
        for (size_t i = 0; i < r->claims.size(); ++i) {
          const RoleClaim& c = r->claims[i];
          stream << std::array<Field, 10>{r->id,
                                          Int(static_cast<int64_t>(i)),
                                          c.person,
                                          c.claimed,
                                          Int(c.former ? 1 : 0),
                                          c.text,
                                          Int(c.begin),
                                          Int(c.end),
                                          c.known,
                                          Int(c.contradicts ? 1 : 0)};
        }
      }
      stream.complete();
    }
    tx.commit();
    return Status::Ok();
  });
}

Status PostgresEventStore::PutProblems(const std::vector<StoredProblem>& problems) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  if (problems.empty()) return Status::Ok();
  const std::string sql =
      "INSERT INTO problems (origin, doc_id, reason, message, skipped, first_seen, last_seen) "
      "VALUES ($1, $2, $3, $4, $5, " +
      std::string(kNow) + ", " + std::string(kNow) +
      ") ON CONFLICT (origin, doc_id, reason, message) DO UPDATE SET "
      "skipped = excluded.skipped, last_seen = excluded.last_seen";
  return Guard("write problems", [&]() -> Status {
    pqxx::work tx(connection_->conn);
    for (const StoredProblem& p : problems) {
      tx.exec_params(sql, p.origin, p.doc_id, p.reason, p.message, p.skipped ? 1 : 0);
    }
    tx.commit();
    return Status::Ok();
  });
}

Result<int64_t> PostgresEventStore::RecordRun(const RunRecord& run) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  const std::string now(kNow);
  return Guard("record run", [&]() -> Result<int64_t> {
    pqxx::work tx(connection_->conn);
    pqxx::result result = tx.exec_params(
        "INSERT INTO runs (coder_version, dictionaries, input, started_at, finished_at, "
        "documents, events, problems) VALUES ($1, $2, $3, COALESCE($4, " +
            now + "), COALESCE($5, " + now + "), $6, $7, $8) RETURNING id",
        run.coder_version, run.dictionaries, run.input, TextOrNull(run.started_at),
        TextOrNull(run.finished_at), run.documents, run.events, run.problems);
    tx.commit();
    return Int64(result[0][0]);
  });
}

Result<int64_t> PostgresEventStore::CountDocuments() {
  return Guard("count documents", [&]() -> Result<int64_t> {
    pqxx::read_transaction tx(connection_->conn);
    return Int64(tx.exec("SELECT count(*) FROM documents")[0][0]);
  });
}

Result<int64_t> PostgresEventStore::CountEvents() {
  return Guard("count events", [&]() -> Result<int64_t> {
    pqxx::read_transaction tx(connection_->conn);
    return Int64(tx.exec("SELECT count(*) FROM events")[0][0]);
  });
}

Result<DocumentRecord> PostgresEventStore::GetDocument(const std::string& doc_id) {
  return Guard("read document " + doc_id, [&]() -> Result<DocumentRecord> {
    pqxx::read_transaction tx(connection_->conn);
    pqxx::result doc = tx.exec_params(
        "SELECT id, date, title, url, source, origin, text, text_sha256, coded_at "
        "FROM documents WHERE id = $1",
        doc_id);
    if (doc.empty()) return Status::NotFound(where_ + ": no document " + doc_id);
    DocumentRecord record;
    int c = 0;
    record.id = Text(doc[0][c++]);
    record.date = Text(doc[0][c++]);
    record.title = Text(doc[0][c++]);
    record.url = Text(doc[0][c++]);
    record.source = Text(doc[0][c++]);
    record.origin = Text(doc[0][c++]);
    record.text = Text(doc[0][c++]);
    record.text_sha256 = Text(doc[0][c++]);
    record.coded_at = Text(doc[0][c++]);
    for (const pqxx::row& row :
         tx.exec_params("SELECT idx, span_begin, span_end, text, truncated FROM sentences "
                        "WHERE doc_id = $1 ORDER BY idx",
                        doc_id)) {
      StoredSentence sentence;
      sentence.index = static_cast<int>(Int64(row[0]));
      sentence.begin = Offset(row[1]);
      sentence.end = Offset(row[2]);
      sentence.text = Text(row[3]);
      sentence.truncated = Int64(row[4]) != 0;
      record.sentences.push_back(std::move(sentence));
    }
    for (const pqxx::row& row : tx.exec_params(
             "SELECT " + std::string(kEventColumns) + " FROM events WHERE doc_id = $1 ORDER BY seq",
             doc_id)) {
      Result<Event> event = ReadEventRow(row, where_);
      if (!event.ok()) return event.status();
      event->sentence_text = EventSentenceText(record.text, record.sentences, *event);
      record.events.push_back(std::move(*event));
    }
    for (const pqxx::row& row :
         tx.exec_params("SELECT person, claimed, former, text, span_begin, span_end, known, "
                        "contradicts FROM claims WHERE doc_id = $1 ORDER BY idx",
                        doc_id)) {
      RoleClaim claim;
      claim.person = Text(row[0]);
      claim.claimed = Text(row[1]);
      claim.former = Int64(row[2]) != 0;
      claim.text = Text(row[3]);
      claim.begin = Offset(row[4]);
      claim.end = Offset(row[5]);
      claim.known = Text(row[6]);
      claim.contradicts = Int64(row[7]) != 0;
      record.claims.push_back(std::move(claim));
    }
    return record;
  });
}

Result<std::vector<Event>> PostgresEventStore::EventsForDocument(const std::string& doc_id) {
  Result<DocumentRecord> record = GetDocument(doc_id);
  if (!record.ok()) {
    if (record.status().code() == StatusCode::kNotFound) return std::vector<Event>();
    return record.status();
  }
  return std::move(record->events);
}

Result<std::vector<StoredProblem>> PostgresEventStore::ListProblems() {
  return Guard("read problems", [&]() -> Result<std::vector<StoredProblem>> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<StoredProblem> problems;
    for (const pqxx::row& row :
         tx.exec("SELECT origin, doc_id, reason, message, skipped FROM problems ORDER BY id")) {
      problems.push_back(
          {Text(row[0]), Text(row[1]), Text(row[2]), Text(row[3]), Int64(row[4]) != 0});
    }
    return problems;
  });
}

Result<std::vector<RunRecord>> PostgresEventStore::ListRuns() {
  return Guard("read runs", [&]() -> Result<std::vector<RunRecord>> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<RunRecord> runs;
    for (const pqxx::row& row :
         tx.exec("SELECT id, coder_version, dictionaries, input, started_at, finished_at, "
                 "documents, events, problems FROM runs ORDER BY id")) {
      RunRecord run;
      run.id = Int64(row[0]);
      run.coder_version = Text(row[1]);
      run.dictionaries = Text(row[2]);
      run.input = Text(row[3]);
      run.started_at = Text(row[4]);
      run.finished_at = Text(row[5]);
      run.documents = Int64(row[6]);
      run.events = Int64(row[7]);
      run.problems = Int64(row[8]);
      runs.push_back(std::move(run));
    }
    return runs;
  });
}

Result<int> PostgresEventStore::SchemaVersion() {
  return Guard("read schema version", [&]() -> Result<int> {
    pqxx::read_transaction tx(connection_->conn);
    return AppliedVersion(tx);
  });
}

Result<int64_t> PostgresEventStore::RebuildMergedEvents(int window_days) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  return Guard("rebuild merged events", [&]() -> Result<int64_t> {
    // One transaction: the mentions read are the mentions linked.
    pqxx::work tx(connection_->conn);
    std::vector<MentionRecord> mentions;
    for (const pqxx::row& row :
         tx.exec("SELECT e.event_id, e.doc_id, d.source, COALESCE(e.date, ''), e.source_code, "
                 "COALESCE(e.target_code, ''), e.cameo FROM events e "
                 "JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0 AND e.background = 0")) {
      mentions.push_back({Text(row[0]), Text(row[1]), Text(row[2]), Text(row[3]), Text(row[4]),
                          Text(row[5]), Text(row[6])});
    }
    MergeOptions options;
    options.window_days = window_days;
    std::vector<MergedEvent> merged = MergeMentions(std::move(mentions), options);
    tx.exec("DELETE FROM event_merges");
    tx.exec("DELETE FROM merged_events");
    {
      pqxx::stream_to stream(tx, "merged_events",
                             Columns("merged_id, source_code, target_code, cameo, first_date, "
                                     "last_date, num_mentions, num_sources, num_articles"));
      for (const MergedEvent& m : merged) {
        stream << std::array<Field, 9>{m.merged_id,
                                       m.source_code,
                                       TextOrNull(m.target_code),
                                       m.cameo,
                                       TextOrNull(m.first_date),
                                       TextOrNull(m.last_date),
                                       Int(m.num_mentions),
                                       Int(m.num_sources),
                                       Int(m.num_articles)};
      }
      stream.complete();
    }
    {
      pqxx::stream_to stream(tx, "event_merges", Columns("event_id, merged_id"));
      for (const MergedEvent& m : merged) {
        for (const std::string& event_id : m.mention_ids) {
          stream << std::array<Field, 2>{event_id, m.merged_id};
        }
      }
      stream.complete();
    }
    tx.commit();
    return static_cast<int64_t>(merged.size());
  });
}

// --- queries -------------------------------------------------------------------

Result<EventPage> PostgresEventStore::QueryEvents(const EventFilter& filter,
                                                  const PageRequest& page) {
  SC_RETURN_IF_ERROR(ValidateFilter(filter));
  SC_RETURN_IF_ERROR(ValidateLimit(page.limit, "events query"));
  std::optional<PageCursor> cursor;
  if (!page.cursor.empty()) {
    Result<PageCursor> decoded = DecodeCursor(page.cursor);
    if (!decoded.ok()) return decoded.status();
    cursor = std::move(*decoded);
  }
  // One more row than asked says whether there is a next page.
  const size_t wanted = static_cast<size_t>(page.limit) + 1;
  const bool cursor_undated = cursor && cursor->date.empty();
  return Guard("query events", [&]() -> Result<EventPage> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<Event> rows;
    for (bool undated : {false, true}) {
      if ((!undated && cursor_undated) || rows.size() == wanted) continue;
      SqlParams params(SqlDialect::kPostgres);
      const PageCursor* after = cursor && cursor_undated == undated ? &*cursor : nullptr;
      const std::string sql = EventsPageSql(filter, undated, after,
                                            static_cast<int64_t>(wanted - rows.size()), &params);
      for (const pqxx::row& row : Exec(tx, sql, params)) {
        Result<Event> event = ReadEventRow(row, where_);
        if (!event.ok()) return event.status();
        event->sentence_text = Text(row[kEventColumnCount]);
        rows.push_back(std::move(*event));
      }
    }
    EventPage result;
    if (rows.size() == wanted) {
      rows.pop_back();
      result.next = EncodeCursor({rows.back().date, rows.back().event_id});
    }
    result.events = std::move(rows);
    return result;
  });
}

Result<std::vector<SeriesPoint>> PostgresEventStore::Series(const SeriesRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateGranularity(request.granularity));
  return Guard("series", [&]() -> Result<std::vector<SeriesPoint>> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<DayCounts> days;
    SqlParams params(SqlDialect::kPostgres);
    for (const pqxx::row& row : Exec(tx, SeriesDaysSql(request.filter, &params), params)) {
      DayCounts day;
      day.date = Text(row[0]);
      day.events = Int64(row[1]);
      for (int q = 0; q < 4; ++q) day.quad[q] = Int64(row[2 + q]);
      day.goldstein_sum = Double(row[6]);
      days.push_back(std::move(day));
    }
    std::vector<std::pair<std::string, int64_t>> stories;
    if (!days.empty()) {
      auto [first, last] = PeriodBounds(days.front().date, days.back().date, request.granularity);
      SqlParams story_params(SqlDialect::kPostgres);
      for (const pqxx::row& row :
           Exec(tx, StoryDaysSql(first, last, &story_params), story_params)) {
        stories.emplace_back(Text(row[0]), Int64(row[1]));
      }
    }
    return AssembleSeries(days, stories, request.granularity, request.normalize);
  });
}

Result<Network> PostgresEventStore::ActorNetwork(const NetworkRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateMaxNodes(request.max_nodes));
  return Guard("actor network", [&]() -> Result<Network> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<PairCounts> pairs;
    SqlParams params(SqlDialect::kPostgres);
    for (const pqxx::row& row :
         Exec(tx, NetworkPairsSql(request.filter, request.by_country, &params), params)) {
      PairCounts pair;
      pair.source = Text(row[0]);
      pair.target = Text(row[1]);
      pair.events = Int64(row[2]);
      pair.goldstein_sum = Double(row[3]);
      for (int q = 0; q < 4; ++q) pair.quad[q] = Int64(row[4 + q]);
      pairs.push_back(std::move(pair));
    }
    Network network = AssembleNetwork(pairs, request.max_nodes);
    if (network.nodes.empty()) return network;
    std::vector<std::string> codes;
    for (const NetworkNode& node : network.nodes) codes.push_back(node.id);
    SqlParams name_params(SqlDialect::kPostgres);
    const std::string names_sql =
        LatestActorNamesSqlPostgres(&name_params, TextArrayLiteral(codes));
    std::vector<std::pair<std::string, std::string>> names;
    for (const pqxx::row& row : Exec(tx, names_sql, name_params)) {
      names.emplace_back(Text(row[0]), Text(row[1]));
    }
    LabelNodes(names, &network);
    return network;
  });
}

Result<std::vector<TopStory>> PostgresEventStore::TopStories(const TopStoriesRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateLimit(request.limit, "top stories"));
  SC_RETURN_IF_ERROR(ValidateTopStoriesBy(request.by));
  SqlParams params(SqlDialect::kPostgres);
  const std::string sql = TopStoriesSql(request.filter, request.by, request.limit, &params);
  return Guard("top stories", [&]() -> Result<std::vector<TopStory>> {
    pqxx::read_transaction tx(connection_->conn);
    std::vector<TopStory> stories;
    for (const pqxx::row& row : Exec(tx, sql, params)) {
      TopStory story;
      story.doc_id = Text(row[0]);
      story.title = Text(row[1]);
      story.url = Text(row[2]);
      story.date = Text(row[3]);
      story.events = Int64(row[4]);
      story.mentions = Int64(row[5]);
      stories.push_back(std::move(story));
    }
    return stories;
  });
}

Status PostgresEventStore::ForEachEvent(
    const EventFilter& filter,
    const std::function<Status(const Event&, const MergedCounts&)>& sink) {
  SC_RETURN_IF_ERROR(ValidateFilter(filter));
  // Pages of kStreamPage events by keyset, each read in its own transaction
  // and handed to the sink after it ends, so memory stays bounded and the
  // sink may use this store (one connection runs one transaction at a time).
  for (bool undated : {false, true}) {
    SC_RETURN_IF_ERROR(StreamPart(filter, undated, sink));
  }
  return Status::Ok();
}

Status PostgresEventStore::StreamPart(
    const EventFilter& filter, bool undated,
    const std::function<Status(const Event&, const MergedCounts&)>& sink) {
  std::optional<PageCursor> cursor;
  while (true) {
    std::vector<std::pair<Event, MergedCounts>> page;
    SC_RETURN_IF_ERROR(Guard("stream events", [&]() -> Status {
      SqlParams params(SqlDialect::kPostgres);
      const std::string sql =
          EventStreamSql(filter, undated, cursor ? &*cursor : nullptr, kStreamPage, &params);
      pqxx::read_transaction tx(connection_->conn);
      for (const pqxx::row& row : Exec(tx, sql, params)) {
        Result<Event> event = ReadEventRow(row, where_);
        if (!event.ok()) return event.status();
        int c = kEventColumnCount;
        event->sentence_text = Text(row[c++]);
        MergedCounts counts;
        counts.merged_id = Text(row[c++]);
        counts.num_mentions = Int64(row[c++]);
        counts.num_sources = Int64(row[c++]);
        counts.num_articles = Int64(row[c++]);
        page.emplace_back(std::move(*event), std::move(counts));
      }
      return Status::Ok();
    }));
    for (const auto& [event, counts] : page) SC_RETURN_IF_ERROR(sink(event, counts));
    if (page.size() < static_cast<size_t>(kStreamPage)) return Status::Ok();
    cursor = PageCursor{page.back().first.date, page.back().first.event_id};
  }
}

}  // namespace statecraft
