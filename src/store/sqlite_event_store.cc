#include "store/sqlite_event_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "resolve/event_merger.h"
#include "store/document_record.h"
#include "store/event_json.h"
#include "store/migrations.h"
#include "store/query_support.h"

namespace statecraft {
namespace {

constexpr std::string_view kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// How much of a read-only store's file is mapped into memory.
constexpr int64_t kReadMappingBytes = int64_t{2} << 30;

std::string Placeholders(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

Status WithContext(const Status& status, const std::string& context) {
  if (status.ok()) return status;
  return Status(status.code(), context + ": " + status.message());
}

// --- row <-> struct ------------------------------------------------------------------

void BindEvent(SqliteStatement& stmt, const std::string& doc_id, const Event& event) {
  int i = 1;
  stmt.BindText(i++, event.event_id);
  stmt.BindText(i++, doc_id);
  stmt.BindInt64(i++, event.sentence);
  stmt.BindInt64(i++, event.sentence_begin);
  stmt.BindInt64(i++, event.sentence_end);
  stmt.BindTextOrNull(i++, event.date);
  stmt.BindText(i++, event.date_precision);
  const EventActor& source = event.source;
  stmt.BindText(i++, source.code);
  stmt.BindText(i++, source.country);
  stmt.BindText(i++, source.name);
  stmt.BindText(i++, source.text);
  stmt.BindInt64(i++, source.begin);
  stmt.BindInt64(i++, source.end);
  stmt.BindText(i++, source.entry);
  if (event.target) {
    const EventActor& target = *event.target;
    stmt.BindText(i++, target.code);
    stmt.BindText(i++, target.country);
    stmt.BindText(i++, target.name);
    stmt.BindText(i++, target.text);
    stmt.BindInt64(i++, target.begin);
    stmt.BindInt64(i++, target.end);
    stmt.BindText(i++, target.entry);
  } else {
    for (int k = 0; k < 7; ++k) stmt.BindNull(i++);
  }
  stmt.BindText(i++, event.cameo);
  stmt.BindText(i++, event.root);
  stmt.BindInt64(i++, event.quad_class);
  stmt.BindDouble(i++, event.goldstein);
  stmt.BindText(i++, event.plover);
  stmt.BindText(i++, event.plover_mode);
  stmt.BindText(i++, event.plover_context);
  stmt.BindInt64(i++, event.negated ? 1 : 0);
  stmt.BindInt64(i++, event.background ? 1 : 0);
  stmt.BindText(i++, event.modality);
  stmt.BindInt64(i++, event.verb_begin);
  stmt.BindInt64(i++, event.verb_end);
  stmt.BindText(i++, TimeRefsToJson(event.time_refs));
  stmt.BindText(i++, QuantitiesToJson(event.quantities));
  stmt.BindText(i++, event.rule);
  stmt.BindText(i++, event.coder_version);
  stmt.BindText(i++, event.dictionaries);
}

uint32_t ColumnOffset(const SqliteStatement& stmt, int column) {
  int64_t value = stmt.ColumnInt64(column);
  return value < 0 || value > UINT32_MAX ? 0 : static_cast<uint32_t>(value);
}

EventActor ReadActor(const SqliteStatement& stmt, int first_column) {
  int c = first_column;
  EventActor actor;
  actor.code = stmt.ColumnText(c++);
  actor.country = stmt.ColumnText(c++);
  actor.name = stmt.ColumnText(c++);
  actor.text = stmt.ColumnText(c++);
  actor.begin = ColumnOffset(stmt, c++);
  actor.end = ColumnOffset(stmt, c++);
  actor.entry = stmt.ColumnText(c++);
  return actor;
}

Result<Event> ReadEventRow(const SqliteStatement& stmt, const std::string& path) {
  Event event;
  int c = 0;
  event.event_id = stmt.ColumnText(c++);
  event.doc_id = stmt.ColumnText(c++);
  event.sentence = static_cast<int>(stmt.ColumnInt64(c++));
  event.sentence_begin = ColumnOffset(stmt, c++);
  event.sentence_end = ColumnOffset(stmt, c++);
  event.date = stmt.ColumnText(c++);
  event.date_precision = stmt.ColumnText(c++);
  event.source = ReadActor(stmt, c);
  c += 7;
  if (!stmt.ColumnIsNull(c)) event.target = ReadActor(stmt, c);
  c += 7;
  event.cameo = stmt.ColumnText(c++);
  event.root = stmt.ColumnText(c++);
  event.quad_class = static_cast<int>(stmt.ColumnInt64(c++));
  event.goldstein = stmt.ColumnDouble(c++);
  event.plover = stmt.ColumnText(c++);
  event.plover_mode = stmt.ColumnText(c++);
  event.plover_context = stmt.ColumnText(c++);
  event.negated = stmt.ColumnInt64(c++) != 0;
  event.background = stmt.ColumnInt64(c++) != 0;
  event.modality = stmt.ColumnText(c++);
  event.verb_begin = ColumnOffset(stmt, c++);
  event.verb_end = ColumnOffset(stmt, c++);
  const std::string where = path + ": doc " + event.doc_id + " event " + event.event_id;
  Result<std::vector<TimeRef>> refs = TimeRefsFromJson(stmt.ColumnText(c++));
  if (!refs.ok()) return Status::Corruption(where + ": " + refs.status().message());
  event.time_refs = std::move(*refs);
  Result<std::vector<Quantity>> quantities = QuantitiesFromJson(stmt.ColumnText(c++));
  if (!quantities.ok()) return Status::Corruption(where + ": " + quantities.status().message());
  event.quantities = std::move(*quantities);
  event.rule = stmt.ColumnText(c++);
  event.coder_version = stmt.ColumnText(c++);
  event.dictionaries = stmt.ColumnText(c++);
  return event;
}

}  // namespace

Result<std::unique_ptr<SqliteEventStore>> SqliteEventStore::Open(const std::string& path,
                                                                 const EventStoreOptions& options) {
  const bool is_file = path != ":memory:" && !path.starts_with("file:");
  if (options.read_only && is_file) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      return Status::NotFound(path + ": no such event store");
    }
  }
  Result<SqliteDb> db = SqliteDb::Open(path, options.read_only, options.busy_timeout_ms);
  if (!db.ok()) return db.status();
  std::unique_ptr<SqliteEventStore> store(new SqliteEventStore(std::move(*db), options.read_only));
  SqliteDb& handle = store->db_;
  // The first statement reads the file: a non-database fails here as Corruption.
  if (options.read_only) {
    SC_RETURN_IF_ERROR(CheckSchemaVersion(handle, SchemaMigrations()));
    // SQLite caps this at its compile-time maximum; a larger file is read
    // past the mapping as usual.
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA mmap_size = " + std::to_string(kReadMappingBytes)));
  } else {
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA journal_mode = WAL"));
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA synchronous = NORMAL"));
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA foreign_keys = ON"));
    SC_RETURN_IF_ERROR(ApplyMigrations(handle, SchemaMigrations()));
  }
  SC_RETURN_IF_ERROR(store->PrepareStatements());
  return store;
}

bool SqliteEventStore::DisableMemoryStatistics() {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

Status SqliteEventStore::PrepareStatements() {
  auto prepare = [this](SqliteStatement* out, const std::string& sql,
                        std::string_view what) -> Status {
    Result<SqliteStatement> stmt = db_.Prepare(sql, what);
    if (!stmt.ok()) return stmt.status();
    *out = std::move(*stmt);
    return Status::Ok();
  };
  const std::string now(kNow);
  const std::string event_columns(kEventColumns);
  Statements& s = stmts_;
  SC_RETURN_IF_ERROR(prepare(
      &s.upsert_document,
      "INSERT INTO documents (id, date, title, url, source, origin, text, text_sha256, coded_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, " +
          now +
          ")) "
          "ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title, "
          "url = excluded.url, source = excluded.source, origin = excluded.origin, "
          "text = excluded.text, text_sha256 = excluded.text_sha256, coded_at = excluded.coded_at",
      "write document"));
  SC_RETURN_IF_ERROR(prepare(&s.delete_sentences, "DELETE FROM sentences WHERE doc_id = ?",
                             "delete old sentences"));
  // The events of a whole batch go in one statement each way, so that FTS5
  // flushes its pending changes once per batch (it flushes at the start of
  // every statement that follows a change). Deleting fires the
  // events_fts_delete trigger; indexing new events is this store's job.
  SC_RETURN_IF_ERROR(db_.Exec(
      "CREATE TEMP TABLE IF NOT EXISTS batch_docs (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID"));
  SC_RETURN_IF_ERROR(prepare(&s.add_batch_doc, "INSERT OR IGNORE INTO temp.batch_docs (id) VALUES (?)",
                             "note batch story"));
  SC_RETURN_IF_ERROR(prepare(&s.clear_batch_docs, "DELETE FROM temp.batch_docs", "clear batch"));
  SC_RETURN_IF_ERROR(prepare(&s.delete_batch_events,
                             "DELETE FROM events WHERE doc_id IN (SELECT id FROM temp.batch_docs)",
                             "delete old events"));
  SC_RETURN_IF_ERROR(prepare(&s.index_batch_events,
                             "INSERT INTO events_fts (rowid, sentence_text) SELECT rowid, "
                             "sentence_text FROM events WHERE doc_id IN "
                             "(SELECT id FROM temp.batch_docs)",
                             "index new events"));
  SC_RETURN_IF_ERROR(
      prepare(&s.delete_claims, "DELETE FROM claims WHERE doc_id = ?", "delete old claims"));
  SC_RETURN_IF_ERROR(prepare(&s.insert_sentence,
                             "INSERT INTO sentences (doc_id, idx, span_begin, span_end, text, "
                             "truncated) VALUES (?, ?, ?, ?, ?, ?)",
                             "write sentence"));
  SC_RETURN_IF_ERROR(prepare(
      &s.insert_event,
      "INSERT INTO events (" + event_columns + ", sentence_text) VALUES (" +
          Placeholders(kEventColumnCount + 1) + ")",
      "write event"));
  SC_RETURN_IF_ERROR(prepare(&s.insert_claim,
                             "INSERT INTO claims (doc_id, idx, person, claimed, former, text, "
                             "span_begin, span_end, known, contradicts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             "write claim"));
  SC_RETURN_IF_ERROR(prepare(
      &s.upsert_problem,
      "INSERT INTO problems (origin, doc_id, reason, message, skipped, first_seen, last_seen) "
      "VALUES (?, ?, ?, ?, ?, " +
          now + ", " + now +
          ") "
          "ON CONFLICT (origin, doc_id, reason, message) DO UPDATE SET "
          "skipped = excluded.skipped, last_seen = excluded.last_seen",
      "write problem"));
  SC_RETURN_IF_ERROR(prepare(
      &s.insert_run,
      "INSERT INTO runs (coder_version, dictionaries, input, started_at, finished_at, documents, "
      "events, problems) VALUES (?, ?, ?, COALESCE(?, " +
          now + "), COALESCE(?, " + now + "), ?, ?, ?)",
      "record run"));
  SC_RETURN_IF_ERROR(
      prepare(&s.count_documents, "SELECT count(*) FROM documents", "count documents"));
  SC_RETURN_IF_ERROR(prepare(&s.count_events, "SELECT count(*) FROM events", "count events"));
  SC_RETURN_IF_ERROR(prepare(&s.select_document,
                             "SELECT id, date, title, url, source, origin, text, text_sha256, "
                             "coded_at FROM documents WHERE id = ?",
                             "read document"));
  SC_RETURN_IF_ERROR(prepare(&s.select_sentences,
                             "SELECT idx, span_begin, span_end, text, truncated FROM sentences "
                             "WHERE doc_id = ? ORDER BY idx",
                             "read sentences"));
  SC_RETURN_IF_ERROR(prepare(
      &s.select_events, "SELECT " + event_columns + " FROM events WHERE doc_id = ? ORDER BY rowid",
      "read events"));
  SC_RETURN_IF_ERROR(prepare(&s.select_claims,
                             "SELECT person, claimed, former, text, span_begin, span_end, known, "
                             "contradicts FROM claims WHERE doc_id = ? ORDER BY idx",
                             "read claims"));
  SC_RETURN_IF_ERROR(prepare(&s.select_problems,
                             "SELECT origin, doc_id, reason, message, skipped FROM problems "
                             "ORDER BY id",
                             "read problems"));
  SC_RETURN_IF_ERROR(prepare(&s.select_runs,
                             "SELECT id, coder_version, dictionaries, input, started_at, "
                             "finished_at, documents, events, problems FROM runs ORDER BY id",
                             "read runs"));
  SC_RETURN_IF_ERROR(prepare(&s.count_text_matches,
                             "SELECT (SELECT count(*) FROM events_fts WHERE events_fts MATCH ?1), "
                             "(SELECT COALESCE(max(rowid), 0) FROM events)",
                             "count full-text matches"));
  return Status::Ok();
}

Status SqliteEventStore::RefuseIfReadOnly() const {
  if (!read_only_) return Status::Ok();
  return Status::IoError(db_.path() + ": the event store was opened read-only");
}

Status SqliteEventStore::PutDocuments(const std::vector<DocumentRecord>& batch) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  for (const DocumentRecord& record : batch) SC_RETURN_IF_ERROR(ValidateDocumentRecord(record));
  if (batch.empty()) return Status::Ok();
  // A story given twice is stored as its last record (as if each replaced
  // the one before).
  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < batch.size(); ++i) last[batch[i].id] = i;
  Statements& s = stmts_;
  SqliteTransaction transaction(&db_);
  SC_RETURN_IF_ERROR(transaction.Begin());
  SC_RETURN_IF_ERROR(s.clear_batch_docs.Run());
  for (const auto& [id, index] : last) {
    s.add_batch_doc.BindText(1, id);
    SC_RETURN_IF_ERROR(s.add_batch_doc.Run());
  }
  SC_RETURN_IF_ERROR(WithContext(s.delete_batch_events.Run(), db_.path()));
  for (size_t i = 0; i < batch.size(); ++i) {
    if (last[batch[i].id] == i) SC_RETURN_IF_ERROR(WriteRecord(batch[i]));
  }
  SC_RETURN_IF_ERROR(WithContext(s.index_batch_events.Run(), db_.path()));
  SC_RETURN_IF_ERROR(s.clear_batch_docs.Run());
  return transaction.Commit();
}

Status SqliteEventStore::WriteRecord(const DocumentRecord& record) {
  const std::string context = db_.path() + ": doc " + record.id;
  Statements& s = stmts_;
  for (SqliteStatement* del : {&s.delete_sentences, &s.delete_claims}) {
    del->BindText(1, record.id);
    SC_RETURN_IF_ERROR(WithContext(del->Run(), context));
  }

  SqliteStatement& doc = s.upsert_document;
  doc.BindText(1, record.id);
  doc.BindTextOrNull(2, record.date);
  doc.BindText(3, record.title);
  doc.BindText(4, record.url);
  doc.BindText(5, record.source);
  doc.BindText(6, record.origin);
  doc.BindText(7, record.text);
  doc.BindText(8, record.text_sha256);
  doc.BindTextOrNull(9, record.coded_at);
  SC_RETURN_IF_ERROR(WithContext(doc.Run(), context));

  for (const StoredSentence& sentence : record.sentences) {
    SqliteStatement& stmt = s.insert_sentence;
    stmt.BindText(1, record.id);
    stmt.BindInt64(2, sentence.index);
    stmt.BindInt64(3, sentence.begin);
    stmt.BindInt64(4, sentence.end);
    stmt.BindText(5, sentence.text);
    stmt.BindInt64(6, sentence.truncated ? 1 : 0);
    SC_RETURN_IF_ERROR(
        WithContext(stmt.Run(), context + " sentence " + std::to_string(sentence.index)));
  }

  std::unordered_set<std::string_view> written;
  for (const Event& event : record.events) {
    if (!written.insert(event.event_id).second) continue;  // the same event twice
    BindEvent(s.insert_event, record.id, event);
    s.insert_event.BindText(kEventColumnCount + 1, EventSentenceText(record, event));
    SC_RETURN_IF_ERROR(WithContext(s.insert_event.Run(), context + " event " + event.event_id));
  }

  for (size_t i = 0; i < record.claims.size(); ++i) {
    const RoleClaim& claim = record.claims[i];
    SqliteStatement& stmt = s.insert_claim;
    stmt.BindText(1, record.id);
    stmt.BindInt64(2, static_cast<int64_t>(i));
    stmt.BindText(3, claim.person);
    stmt.BindText(4, claim.claimed);
    stmt.BindInt64(5, claim.former ? 1 : 0);
    stmt.BindText(6, claim.text);
    stmt.BindInt64(7, claim.begin);
    stmt.BindInt64(8, claim.end);
    stmt.BindText(9, claim.known);
    stmt.BindInt64(10, claim.contradicts ? 1 : 0);
    SC_RETURN_IF_ERROR(WithContext(stmt.Run(), context + " claim " + std::to_string(i)));
  }
  return Status::Ok();
}

Status SqliteEventStore::PutProblems(const std::vector<StoredProblem>& problems) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  if (problems.empty()) return Status::Ok();
  SqliteTransaction transaction(&db_);
  SC_RETURN_IF_ERROR(transaction.Begin());
  SqliteStatement& stmt = stmts_.upsert_problem;
  for (const StoredProblem& problem : problems) {
    stmt.BindText(1, problem.origin);
    stmt.BindText(2, problem.doc_id);
    stmt.BindText(3, problem.reason);
    stmt.BindText(4, problem.message);
    stmt.BindInt64(5, problem.skipped ? 1 : 0);
    SC_RETURN_IF_ERROR(WithContext(stmt.Run(), "problem at " + problem.origin));
  }
  return transaction.Commit();
}

Result<int64_t> SqliteEventStore::RebuildMergedEvents(int window_days) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  std::vector<MentionRecord> mentions;
  {
    Result<SqliteStatement> select = db_.Prepare(
        "SELECT e.event_id, e.doc_id, d.source, COALESCE(e.date, ''), e.source_code, COALESCE(e.target_code, ''), "
        "e.cameo FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0 AND e.background = 0",
        "read events to merge");
    if (!select.ok()) return select.status();
    while (true) {
      Result<bool> row = select->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      mentions.push_back({select->ColumnText(0), select->ColumnText(1), select->ColumnText(2), select->ColumnText(3),
                          select->ColumnText(4), select->ColumnText(5), select->ColumnText(6)});
    }
  }
  MergeOptions options;
  options.window_days = window_days;
  std::vector<MergedEvent> merged = MergeMentions(std::move(mentions), options);
  SqliteTransaction transaction(&db_);
  SC_RETURN_IF_ERROR(transaction.Begin());
  SC_RETURN_IF_ERROR(db_.Exec("DELETE FROM event_merges; DELETE FROM merged_events;"));
  Result<SqliteStatement> insert_merged = db_.Prepare(
      "INSERT INTO merged_events (merged_id, source_code, target_code, cameo, first_date, last_date, num_mentions, "
      "num_sources, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "insert merged event");
  if (!insert_merged.ok()) return insert_merged.status();
  Result<SqliteStatement> insert_link =
      db_.Prepare("INSERT INTO event_merges (event_id, merged_id) VALUES (?, ?)", "link event to merged event");
  if (!insert_link.ok()) return insert_link.status();
  for (const MergedEvent& m : merged) {
    insert_merged->BindText(1, m.merged_id);
    insert_merged->BindText(2, m.source_code);
    insert_merged->BindTextOrNull(3, m.target_code);
    insert_merged->BindText(4, m.cameo);
    insert_merged->BindTextOrNull(5, m.first_date);
    insert_merged->BindTextOrNull(6, m.last_date);
    insert_merged->BindInt64(7, m.num_mentions);
    insert_merged->BindInt64(8, m.num_sources);
    insert_merged->BindInt64(9, m.num_articles);
    SC_RETURN_IF_ERROR(insert_merged->Run());
    for (const std::string& event_id : m.mention_ids) {
      insert_link->BindText(1, event_id);
      insert_link->BindText(2, m.merged_id);
      SC_RETURN_IF_ERROR(insert_link->Run());
    }
  }
  SC_RETURN_IF_ERROR(transaction.Commit());
  return static_cast<int64_t>(merged.size());
}

Result<int64_t> SqliteEventStore::RecordRun(const RunRecord& run) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  SqliteStatement& stmt = stmts_.insert_run;
  stmt.BindText(1, run.coder_version);
  stmt.BindText(2, run.dictionaries);
  stmt.BindText(3, run.input);
  stmt.BindTextOrNull(4, run.started_at);
  stmt.BindTextOrNull(5, run.finished_at);
  stmt.BindInt64(6, run.documents);
  stmt.BindInt64(7, run.events);
  stmt.BindInt64(8, run.problems);
  SC_RETURN_IF_ERROR(stmt.Run());
  return db_.LastInsertRowId();
}

Result<int64_t> SqliteEventStore::Count(SqliteStatement& stmt) {
  StatementReset reset(stmt);
  Result<bool> row = stmt.Step();
  if (!row.ok()) return row.status();
  return *row ? stmt.ColumnInt64(0) : 0;
}

Result<int64_t> SqliteEventStore::CountDocuments() { return Count(stmts_.count_documents); }

Result<int64_t> SqliteEventStore::CountEvents() { return Count(stmts_.count_events); }

Result<std::vector<StoredSentence>> SqliteEventStore::ReadSentences(const std::string& doc_id) {
  SqliteStatement& stmt = stmts_.select_sentences;
  StatementReset reset(stmt);
  stmt.BindText(1, doc_id);
  std::vector<StoredSentence> sentences;
  while (true) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    StoredSentence sentence;
    sentence.index = static_cast<int>(stmt.ColumnInt64(0));
    sentence.begin = ColumnOffset(stmt, 1);
    sentence.end = ColumnOffset(stmt, 2);
    sentence.text = stmt.ColumnText(3);
    sentence.truncated = stmt.ColumnInt64(4) != 0;
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

Result<std::vector<Event>> SqliteEventStore::ReadEvents(
    const std::string& doc_id, const std::string& text,
    const std::vector<StoredSentence>& sentences) {
  SqliteStatement& stmt = stmts_.select_events;
  StatementReset reset(stmt);
  stmt.BindText(1, doc_id);
  std::vector<Event> events;
  while (true) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Result<Event> event = ReadEventRow(stmt, db_.path());
    if (!event.ok()) return event.status();
    event->sentence_text = EventSentenceText(text, sentences, *event);
    events.push_back(std::move(*event));
  }
  return events;
}

Result<std::vector<RoleClaim>> SqliteEventStore::ReadClaims(const std::string& doc_id) {
  SqliteStatement& stmt = stmts_.select_claims;
  StatementReset reset(stmt);
  stmt.BindText(1, doc_id);
  std::vector<RoleClaim> claims;
  while (true) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    RoleClaim claim;
    claim.person = stmt.ColumnText(0);
    claim.claimed = stmt.ColumnText(1);
    claim.former = stmt.ColumnInt64(2) != 0;
    claim.text = stmt.ColumnText(3);
    claim.begin = ColumnOffset(stmt, 4);
    claim.end = ColumnOffset(stmt, 5);
    claim.known = stmt.ColumnText(6);
    claim.contradicts = stmt.ColumnInt64(7) != 0;
    claims.push_back(std::move(claim));
  }
  return claims;
}

Result<DocumentRecord> SqliteEventStore::GetDocument(const std::string& doc_id) {
  DocumentRecord record;
  {
    SqliteStatement& stmt = stmts_.select_document;
    StatementReset reset(stmt);
    stmt.BindText(1, doc_id);
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound(db_.path() + ": no document " + doc_id);
    record.id = stmt.ColumnText(0);
    record.date = stmt.ColumnText(1);
    record.title = stmt.ColumnText(2);
    record.url = stmt.ColumnText(3);
    record.source = stmt.ColumnText(4);
    record.origin = stmt.ColumnText(5);
    record.text = stmt.ColumnText(6);
    record.text_sha256 = stmt.ColumnText(7);
    record.coded_at = stmt.ColumnText(8);
  }
  Result<std::vector<StoredSentence>> sentences = ReadSentences(doc_id);
  if (!sentences.ok()) return sentences.status();
  record.sentences = std::move(*sentences);
  Result<std::vector<Event>> events = ReadEvents(doc_id, record.text, record.sentences);
  if (!events.ok()) return events.status();
  record.events = std::move(*events);
  Result<std::vector<RoleClaim>> claims = ReadClaims(doc_id);
  if (!claims.ok()) return claims.status();
  record.claims = std::move(*claims);
  return record;
}

Result<std::vector<Event>> SqliteEventStore::EventsForDocument(const std::string& doc_id) {
  Result<DocumentRecord> record = GetDocument(doc_id);
  if (!record.ok()) {
    if (record.status().code() == StatusCode::kNotFound) return std::vector<Event>();
    return record.status();
  }
  return std::move(record->events);
}

Result<std::vector<StoredProblem>> SqliteEventStore::ListProblems() {
  SqliteStatement& stmt = stmts_.select_problems;
  StatementReset reset(stmt);
  std::vector<StoredProblem> problems;
  while (true) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    StoredProblem problem;
    problem.origin = stmt.ColumnText(0);
    problem.doc_id = stmt.ColumnText(1);
    problem.reason = stmt.ColumnText(2);
    problem.message = stmt.ColumnText(3);
    problem.skipped = stmt.ColumnInt64(4) != 0;
    problems.push_back(std::move(problem));
  }
  return problems;
}

Result<std::vector<RunRecord>> SqliteEventStore::ListRuns() {
  SqliteStatement& stmt = stmts_.select_runs;
  StatementReset reset(stmt);
  std::vector<RunRecord> runs;
  while (true) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    RunRecord run;
    run.id = stmt.ColumnInt64(0);
    run.coder_version = stmt.ColumnText(1);
    run.dictionaries = stmt.ColumnText(2);
    run.input = stmt.ColumnText(3);
    run.started_at = stmt.ColumnText(4);
    run.finished_at = stmt.ColumnText(5);
    run.documents = stmt.ColumnInt64(6);
    run.events = stmt.ColumnInt64(7);
    run.problems = stmt.ColumnInt64(8);
    runs.push_back(std::move(run));
  }
  return runs;
}

Result<int> SqliteEventStore::SchemaVersion() { return AppliedSchemaVersion(db_); }

// --- queries -------------------------------------------------------------------

namespace {

void BindParams(const SqlParams& params, SqliteStatement* stmt) {
  int index = 1;
  for (const SqlValue& value : params.values()) {
    if (const std::string* text = std::get_if<std::string>(&value)) {
      stmt->BindText(index++, *text);
    } else {
      stmt->BindInt64(index++, std::get<int64_t>(value));
    }
  }
}

}  // namespace

Result<SqliteStatement> SqliteEventStore::PrepareQuery(const std::string& sql,
                                                       const SqlParams& params,
                                                       std::string_view what) {
  Result<SqliteStatement> stmt = db_.Prepare(sql, what);
  if (!stmt.ok()) return stmt.status();
  BindParams(params, &*stmt);
  return stmt;
}

Result<SqliteStatement*> SqliteEventStore::CachedQuery(const std::string& sql,
                                                       const SqlParams& params,
                                                       std::string_view what) {
  auto it = std::find_if(cached_queries_.begin(), cached_queries_.end(),
                         [&sql](const auto& entry) { return entry.first == sql; });
  if (it == cached_queries_.end()) {
    Result<SqliteStatement> stmt = db_.Prepare(sql, what);
    if (!stmt.ok()) return stmt.status();
    if (cached_queries_.size() == kCachedQueries) cached_queries_.erase(cached_queries_.begin());
    cached_queries_.emplace_back(sql, std::move(*stmt));
  } else {
    std::rotate(it, it + 1, cached_queries_.end());  // now the most recently used
  }
  SqliteStatement* stmt = &cached_queries_.back().second;
  stmt->Reset();
  BindParams(params, stmt);
  return stmt;
}

Result<FullTextPlan> SqliteEventStore::ChooseFullTextPlan(const std::string& text, size_t wanted) {
  const std::string query = Fts5MatchQuery(text);
  auto known = text_counts_.find(query);
  if (known == text_counts_.end()) {
    SqliteStatement& stmt = stmts_.count_text_matches;
    StatementReset reset(stmt);
    stmt.BindText(1, query);
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) return FullTextPlan::kMatchesFirst;
    if (text_counts_.size() >= kCachedTextCounts) text_counts_.clear();
    // max(rowid) stands for the number of events (a count would read them all).
    known =
        text_counts_.emplace(query, std::make_pair(stmt.ColumnInt64(0), stmt.ColumnInt64(1))).first;
  }
  const double matches = static_cast<double>(known->second.first);
  const double events = static_cast<double>(known->second.second);
  // Reading in page order tests about wanted * events / matches index
  // entries to fill the page (all of them when few match); looking the
  // matches up reads and sorts each one, which costs about as much as
  // testing 16 entries (measured on a store of 100,000 events).
  constexpr double kLookupCost = 16;
  const double tested =
      matches > 0 ? std::min(events, static_cast<double>(wanted) * events / matches) : events;
  return tested < kLookupCost * matches ? FullTextPlan::kInPageOrder : FullTextPlan::kMatchesFirst;
}

Result<EventPage> SqliteEventStore::QueryEvents(const EventFilter& filter,
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
  FullTextPlan text_plan = FullTextPlan::kMatchesFirst;
  if (!filter.text.empty()) {
    Result<FullTextPlan> chosen = ChooseFullTextPlan(filter.text, wanted);
    if (!chosen.ok()) return chosen.status();
    text_plan = *chosen;
  }
  std::vector<Event> rows;
  for (bool undated : {false, true}) {
    if ((!undated && cursor_undated) || rows.size() == wanted) continue;
    SqlParams params(SqlDialect::kSqlite);
    const PageCursor* after = cursor && cursor_undated == undated ? &*cursor : nullptr;
    Result<SqliteStatement*> cached =
        CachedQuery(EventsPageSql(filter, undated, after,
                                  static_cast<int64_t>(wanted - rows.size()), &params, text_plan),
                    params, "query events");
    if (!cached.ok()) return cached.status();
    SqliteStatement& stmt = **cached;
    StatementReset reset(stmt);
    while (true) {
      Result<bool> row = stmt.Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      Result<Event> event = ReadEventRow(stmt, db_.path());
      if (!event.ok()) return event.status();
      event->sentence_text = stmt.ColumnText(kEventColumnCount);
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
}

Result<std::vector<SeriesPoint>> SqliteEventStore::Series(const SeriesRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateGranularity(request.granularity));
  std::vector<DayCounts> days;
  {
    SqlParams params(SqlDialect::kSqlite);
    Result<SqliteStatement> stmt =
        PrepareQuery(SeriesDaysSql(request.filter, &params), params, "series of events");
    if (!stmt.ok()) return stmt.status();
    while (true) {
      Result<bool> row = stmt->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      DayCounts day;
      day.date = stmt->ColumnText(0);
      day.events = stmt->ColumnInt64(1);
      for (int q = 0; q < 4; ++q) day.quad[q] = stmt->ColumnInt64(2 + q);
      day.goldstein_sum = stmt->ColumnDouble(6);
      days.push_back(std::move(day));
    }
  }
  std::vector<std::pair<std::string, int64_t>> stories;
  if (!days.empty()) {
    auto [first, last] = PeriodBounds(days.front().date, days.back().date, request.granularity);
    SqlParams params(SqlDialect::kSqlite);
    Result<SqliteStatement> stmt =
        PrepareQuery(StoryDaysSql(first, last, &params), params, "series of stories");
    if (!stmt.ok()) return stmt.status();
    while (true) {
      Result<bool> row = stmt->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      stories.emplace_back(stmt->ColumnText(0), stmt->ColumnInt64(1));
    }
  }
  return AssembleSeries(days, stories, request.granularity, request.normalize);
}

Result<Network> SqliteEventStore::ActorNetwork(const NetworkRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateMaxNodes(request.max_nodes));
  std::vector<PairCounts> pairs;
  {
    SqlParams params(SqlDialect::kSqlite);
    Result<SqliteStatement> stmt = PrepareQuery(
        NetworkPairsSql(request.filter, request.by_country, &params), params, "actor network");
    if (!stmt.ok()) return stmt.status();
    while (true) {
      Result<bool> row = stmt->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      PairCounts pair;
      pair.source = stmt->ColumnText(0);
      pair.target = stmt->ColumnText(1);
      pair.events = stmt->ColumnInt64(2);
      pair.goldstein_sum = stmt->ColumnDouble(3);
      for (int q = 0; q < 4; ++q) pair.quad[q] = stmt->ColumnInt64(4 + q);
      pairs.push_back(std::move(pair));
    }
  }
  Network network = AssembleNetwork(pairs, request.max_nodes);
  if (network.nodes.empty()) return network;
  std::vector<std::pair<std::string, std::string>> names;
  for (const NetworkNode& node : network.nodes) {
    SqlParams params(SqlDialect::kSqlite);
    Result<SqliteStatement> stmt =
        PrepareQuery(LatestActorNameSql(node.id, &params), params, "actor name");
    if (!stmt.ok()) return stmt.status();
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (*row) names.emplace_back(node.id, stmt->ColumnText(0));
  }
  LabelNodes(names, &network);
  return network;
}

Result<std::vector<TopStory>> SqliteEventStore::TopStories(const TopStoriesRequest& request) {
  SC_RETURN_IF_ERROR(ValidateFilter(request.filter));
  SC_RETURN_IF_ERROR(ValidateLimit(request.limit, "top stories"));
  SC_RETURN_IF_ERROR(ValidateTopStoriesBy(request.by));
  SqlParams params(SqlDialect::kSqlite);
  Result<SqliteStatement> stmt = PrepareQuery(
      TopStoriesSql(request.filter, request.by, request.limit, &params), params, "top stories");
  if (!stmt.ok()) return stmt.status();
  std::vector<TopStory> stories;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    TopStory story;
    story.doc_id = stmt->ColumnText(0);
    story.title = stmt->ColumnText(1);
    story.url = stmt->ColumnText(2);
    story.date = stmt->ColumnText(3);
    story.events = stmt->ColumnInt64(4);
    story.mentions = stmt->ColumnInt64(5);
    stories.push_back(std::move(story));
  }
  return stories;
}

Status SqliteEventStore::ForEachEvent(
    const EventFilter& filter,
    const std::function<Status(const Event&, const MergedCounts&)>& sink) {
  SC_RETURN_IF_ERROR(ValidateFilter(filter));
  // Dated events, then undated ones: each a statement read row by row in
  // index order.
  for (bool undated : {false, true}) {
    SqlParams params(SqlDialect::kSqlite);
    Result<SqliteStatement> stmt = PrepareQuery(EventStreamSql(filter, undated, nullptr, 0, &params),
                                                params, "stream events");
    if (!stmt.ok()) return stmt.status();
    while (true) {
      Result<bool> row = stmt->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      Result<Event> event = ReadEventRow(*stmt, db_.path());
      if (!event.ok()) return event.status();
      int c = kEventColumnCount;
      event->sentence_text = stmt->ColumnText(c++);
      MergedCounts counts;
      counts.merged_id = stmt->ColumnText(c++);
      counts.num_mentions = stmt->ColumnInt64(c++);
      counts.num_sources = stmt->ColumnInt64(c++);
      counts.num_articles = stmt->ColumnInt64(c++);
      SC_RETURN_IF_ERROR(sink(*event, counts));
    }
  }
  return Status::Ok();
}

}  // namespace statecraft
