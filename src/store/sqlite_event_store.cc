#include "store/sqlite_event_store.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "model/date.h"
#include "resolve/event_merger.h"
#include "store/event_filter_match.h"
#include "store/event_json.h"
#include "store/migrations.h"

namespace statecraft {
namespace {

constexpr std::string_view kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// The events columns in the order BindEvent writes and ReadEventRow reads.
constexpr std::string_view kEventColumns =
    "event_id, doc_id, sentence, sentence_begin, sentence_end, date, date_precision, "
    "source_code, source_country, source_name, source_text, source_begin, source_end, "
    "source_entry, "
    "target_code, target_country, target_name, target_text, target_begin, target_end, "
    "target_entry, "
    "cameo, root, quad_class, goldstein, plover, plover_mode, plover_context, negated, "
    "background, modality, verb_begin, verb_end, time_refs, quantities, rule, coder_version, "
    "dictionaries";
constexpr int kEventColumnCount = 38;

std::string Placeholders(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// --- validation --------------------------------------------------------------------

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
  if (!std::isfinite(event.goldstein))
    return Invalid(record, where + " has a non-finite goldstein");
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

Status ValidateRecord(const DocumentRecord& record) {
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
  } else {
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA journal_mode = WAL"));
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA synchronous = NORMAL"));
    SC_RETURN_IF_ERROR(handle.Exec("PRAGMA foreign_keys = ON"));
    SC_RETURN_IF_ERROR(ApplyMigrations(handle, SchemaMigrations()));
  }
  SC_RETURN_IF_ERROR(store->PrepareStatements());
  return store;
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
  SC_RETURN_IF_ERROR(
      prepare(&s.delete_events, "DELETE FROM events WHERE doc_id = ?", "delete old events"));
  SC_RETURN_IF_ERROR(
      prepare(&s.delete_claims, "DELETE FROM claims WHERE doc_id = ?", "delete old claims"));
  SC_RETURN_IF_ERROR(prepare(&s.insert_sentence,
                             "INSERT INTO sentences (doc_id, idx, span_begin, span_end, text, "
                             "truncated) VALUES (?, ?, ?, ?, ?, ?)",
                             "write sentence"));
  SC_RETURN_IF_ERROR(prepare(
      &s.insert_event,
      "INSERT INTO events (" + event_columns + ") VALUES (" + Placeholders(kEventColumnCount) + ")",
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
  return Status::Ok();
}

Status SqliteEventStore::RefuseIfReadOnly() const {
  if (!read_only_) return Status::Ok();
  return Status::IoError(db_.path() + ": the event store was opened read-only");
}

Status SqliteEventStore::PutDocuments(const std::vector<DocumentRecord>& batch) {
  SC_RETURN_IF_ERROR(RefuseIfReadOnly());
  for (const DocumentRecord& record : batch) SC_RETURN_IF_ERROR(ValidateRecord(record));
  if (batch.empty()) return Status::Ok();
  SqliteTransaction transaction(&db_);
  SC_RETURN_IF_ERROR(transaction.Begin());
  for (const DocumentRecord& record : batch) SC_RETURN_IF_ERROR(WriteRecord(record));
  return transaction.Commit();
}

Status SqliteEventStore::WriteRecord(const DocumentRecord& record) {
  const std::string context = db_.path() + ": doc " + record.id;
  Statements& s = stmts_;
  for (SqliteStatement* del : {&s.delete_events, &s.delete_sentences, &s.delete_claims}) {
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

Status SqliteEventStore::ForEachEvent(
    const EventFilter& filter,
    const std::function<Status(const Event&, const MergedCounts&)>& sink) {
  // Stories in date order; each story's events filtered in memory and, within
  // one date, emitted in event_id order.
  std::vector<std::pair<std::string, std::string>> docs;  // (date, id)
  {
    Result<SqliteStatement> select = db_.Prepare(
        "SELECT COALESCE(date, '9999-99-99'), id FROM documents ORDER BY 1, 2", "list documents");
    if (!select.ok()) return select.status();
    while (true) {
      Result<bool> row = select->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      docs.emplace_back(select->ColumnText(0), select->ColumnText(1));
    }
  }
  Result<SqliteStatement> merged = db_.Prepare(
      "SELECT m.merged_id, m.num_mentions, m.num_sources, m.num_articles FROM event_merges em "
      "JOIN merged_events m ON m.merged_id = em.merged_id WHERE em.event_id = ?",
      "read merged counts");
  if (!merged.ok()) return merged.status();
  struct Pending {
    Event event;
  };
  std::vector<Pending> bucket;
  std::string bucket_date;
  auto flush = [&]() -> Status {
    std::sort(bucket.begin(), bucket.end(),
              [](const Pending& a, const Pending& b) { return a.event.event_id < b.event.event_id; });
    for (const Pending& p : bucket) {
      MergedCounts counts;
      merged->BindText(1, p.event.event_id);
      Result<bool> row = merged->Step();
      if (!row.ok()) return row.status();
      if (*row) {
        counts.merged_id = merged->ColumnText(0);
        counts.num_mentions = merged->ColumnInt64(1);
        counts.num_sources = merged->ColumnInt64(2);
        counts.num_articles = merged->ColumnInt64(3);
      }
      merged->Reset();
      SC_RETURN_IF_ERROR(sink(p.event, counts));
    }
    bucket.clear();
    return Status::Ok();
  };
  for (const auto& [date, id] : docs) {
    if (date != bucket_date) {
      SC_RETURN_IF_ERROR(flush());
      bucket_date = date;
    }
    Result<DocumentRecord> doc = GetDocument(id);
    if (!doc.ok()) return doc.status();
    for (Event& e : doc->events) {
      if (MatchesFilter(e, filter)) bucket.push_back({std::move(e)});
    }
  }
  return flush();
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
    Event& e = *event;
    if (e.sentence_begin < e.sentence_end && e.sentence_end <= text.size()) {
      e.sentence_text = text.substr(e.sentence_begin, e.sentence_end - e.sentence_begin);
    } else {
      for (const StoredSentence& sentence : sentences) {
        if (sentence.index == e.sentence) e.sentence_text = sentence.text;
      }
    }
    events.push_back(std::move(e));
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

}  // namespace statecraft
