#include "store/migrations.h"

#include <string>

namespace statecraft {
namespace {

// Conventions: spans are [span_begin, span_end) byte offsets into
// documents.text; booleans are INTEGER 0/1; dates are 'YYYY-MM-DD' TEXT (NULL
// when unknown); times are ISO 8601 UTC TEXT; CAMEO codes are TEXT so that
// leading zeros survive ("042").
constexpr std::string_view kInitialSchema = R"sql(
CREATE TABLE documents (
  id          TEXT PRIMARY KEY NOT NULL,
  date        TEXT,
  title       TEXT NOT NULL DEFAULT '',
  url         TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL,
  text_sha256 TEXT NOT NULL DEFAULT '',
  coded_at    TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE sentences (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  truncated  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
  event_id       TEXT PRIMARY KEY NOT NULL,
  doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence       INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  date           TEXT,
  date_precision TEXT NOT NULL,
  source_code    TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_name    TEXT NOT NULL,
  source_text    TEXT NOT NULL,
  source_begin   INTEGER NOT NULL,
  source_end     INTEGER NOT NULL,
  source_entry   TEXT NOT NULL,
  target_code    TEXT,
  target_country TEXT,
  target_name    TEXT,
  target_text    TEXT,
  target_begin   INTEGER,
  target_end     INTEGER,
  target_entry   TEXT,
  cameo          TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad_class     INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  plover         TEXT NOT NULL,
  plover_mode    TEXT NOT NULL DEFAULT '',
  plover_context TEXT NOT NULL DEFAULT '',
  negated        INTEGER NOT NULL,
  background     INTEGER NOT NULL,
  modality       TEXT NOT NULL DEFAULT '',
  verb_begin     INTEGER NOT NULL,
  verb_end       INTEGER NOT NULL,
  time_refs      TEXT NOT NULL DEFAULT '[]',
  quantities     TEXT NOT NULL DEFAULT '[]',
  rule           TEXT NOT NULL,
  coder_version  TEXT NOT NULL,
  dictionaries   TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE claims (
  doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  person      TEXT NOT NULL,
  claimed     TEXT NOT NULL,
  former      INTEGER NOT NULL,
  text        TEXT NOT NULL,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  known       TEXT NOT NULL,
  contradicts INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX claims_person ON claims(person);
CREATE INDEX claims_contradicting ON claims(doc_id) WHERE contradicts = 1;

CREATE TABLE problems (
  id         INTEGER PRIMARY KEY,
  origin     TEXT NOT NULL,
  doc_id     TEXT NOT NULL DEFAULT '',
  reason     TEXT NOT NULL,
  message    TEXT NOT NULL,
  skipped    INTEGER NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen  TEXT NOT NULL,
  UNIQUE (origin, doc_id, reason, message)
);

CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  coder_version TEXT NOT NULL,
  dictionaries  TEXT NOT NULL,
  input         TEXT NOT NULL DEFAULT '',
  started_at    TEXT NOT NULL,
  finished_at   TEXT NOT NULL,
  documents     INTEGER NOT NULL,
  events        INTEGER NOT NULL,
  problems      INTEGER NOT NULL
);
)sql";

// One event per happening (src/resolve/event_merger.h): merged events and
// the mentions (events) each one links to. Rebuilt after every coding run.
constexpr std::string_view kMergedEvents = R"sql(
CREATE TABLE merged_events (
  merged_id    TEXT PRIMARY KEY NOT NULL,
  source_code  TEXT NOT NULL,
  target_code  TEXT,
  cameo        TEXT NOT NULL,
  first_date   TEXT,
  last_date    TEXT,
  num_mentions INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL,
  num_articles INTEGER NOT NULL
);
CREATE INDEX merged_events_date ON merged_events(first_date);
CREATE TABLE event_merges (
  event_id  TEXT PRIMARY KEY NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
  merged_id TEXT NOT NULL REFERENCES merged_events(merged_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX event_merges_merged ON event_merges(merged_id);
)sql";

// The events endpoint (EventStore::QueryEvents and friends): each event keeps
// the text of its sentence, indexed for full text by an FTS5 table that
// reads it from events (external content, keyed by the events rowid), and
// indexes for the filters, each ending in (date, event_id) so that the
// events of one value are a range already in page order. Keyset paging
// walks events_date_event backwards.
// Existing events get their sentence text from the story (byte span) or the
// stored sentence, as GetDocument rebuilds it.
//
// Triggers remove and update index entries whatever deletes or changes an
// event. There is deliberately no insert trigger: FTS5 flushes its pending
// changes at the start of every statement that follows one, so indexing
// row by row as SqliteEventStore inserts them made writing four times
// slower; the store indexes a batch's new events in one statement instead.
// Whatever else inserts events must do the same (or run
// INSERT INTO events_fts(events_fts) VALUES('rebuild')).
constexpr std::string_view kQueryIndexes = R"sql(
ALTER TABLE events ADD COLUMN sentence_text TEXT NOT NULL DEFAULT '';
UPDATE events SET sentence_text = COALESCE((
  SELECT CASE
    WHEN events.sentence_begin < events.sentence_end
         AND events.sentence_end <= length(CAST(d.text AS BLOB))
    THEN CAST(substr(CAST(d.text AS BLOB), events.sentence_begin + 1,
                     events.sentence_end - events.sentence_begin) AS TEXT)
    ELSE (SELECT s.text FROM sentences s WHERE s.doc_id = events.doc_id AND s.idx = events.sentence)
  END
  FROM documents d WHERE d.id = events.doc_id), '');

CREATE VIRTUAL TABLE events_fts USING fts5(
  sentence_text, content = 'events', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, sentence_text)
    VALUES ('delete', old.rowid, old.sentence_text);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence_text ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, sentence_text)
    VALUES ('delete', old.rowid, old.sentence_text);
  INSERT INTO events_fts (rowid, sentence_text) VALUES (new.rowid, new.sentence_text);
END;

DROP INDEX events_date;
DROP INDEX events_dyad;
DROP INDEX events_cameo;
CREATE INDEX events_date_event ON events(date, event_id);
CREATE INDEX events_cameo ON events(cameo, date, event_id);
CREATE INDEX events_dyad ON events(source_country, target_country, date, event_id);
CREATE INDEX events_source_code ON events(source_code, date, event_id);
CREATE INDEX events_target_code ON events(target_code, date, event_id);
CREATE INDEX events_target_country ON events(target_country, date, event_id);
CREATE INDEX events_root ON events(root, date, event_id);
CREATE INDEX events_quad ON events(quad_class, date, event_id);
CREATE INDEX events_plover ON events(plover, date, event_id);
)sql";

// An index for the source country in page order, so that an actor filter
// (source or target) reads one ordered range per side (EventsPageSql);
// events_dyad leads with source_country too but orders by target_country
// next. Migration 3 as first released made (column, date) indexes without
// event_id and a dyad index without date: they are made again here, so
// that every store at version 4 has the same indexes whichever build of
// migration 3 it ran (on a store that has them already this costs one
// rebuild of each).
constexpr std::string_view kSourceCountryIndex = R"sql(
DROP INDEX IF EXISTS events_cameo;
DROP INDEX IF EXISTS events_dyad;
DROP INDEX IF EXISTS events_source_code;
DROP INDEX IF EXISTS events_target_code;
DROP INDEX IF EXISTS events_target_country;
DROP INDEX IF EXISTS events_root;
DROP INDEX IF EXISTS events_quad;
DROP INDEX IF EXISTS events_plover;
CREATE INDEX events_cameo ON events(cameo, date, event_id);
CREATE INDEX events_dyad ON events(source_country, target_country, date, event_id);
CREATE INDEX events_source_country ON events(source_country, date, event_id);
CREATE INDEX events_source_code ON events(source_code, date, event_id);
CREATE INDEX events_target_code ON events(target_code, date, event_id);
CREATE INDEX events_target_country ON events(target_country, date, event_id);
CREATE INDEX events_root ON events(root, date, event_id);
CREATE INDEX events_quad ON events(quad_class, date, event_id);
CREATE INDEX events_plover ON events(plover, date, event_id);
)sql";

constexpr Migration kMigrations[] = {
    {1, "documents, sentences, events, claims, problems, runs", kInitialSchema},
    {2, "merged events and their mentions", kMergedEvents},
    {3, "sentence text with full-text search, indexes for queries", kQueryIndexes},
    {4, "source country index in page order; query indexes made alike", kSourceCountryIndex},
};

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)";

Result<bool> TableExists(SqliteDb& db, std::string_view name) {
  Result<SqliteStatement> stmt =
      db.Prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", "find table");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, name);
  return stmt->Step();
}

Result<int64_t> CountUserTables(SqliteDb& db) {
  Result<SqliteStatement> stmt = db.Prepare(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
      "ESCAPE '\\'",
      "count tables");
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? stmt->ColumnInt64(0) : 0;
}

Status CheckNumbering(std::span<const Migration> migrations) {
  for (size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      return Status::Internal("schema migration #" + std::to_string(i) + " has version " +
                              std::to_string(migrations[i].version) + ", expected " +
                              std::to_string(i + 1));
    }
  }
  return Status::Ok();
}

Status TooNew(const SqliteDb& db, int applied, int known) {
  return Status::Corruption(db.path() + ": database schema version " + std::to_string(applied) +
                            " is newer than this statecraft knows (" + std::to_string(known) +
                            "); use a newer statecraft to open it");
}

Status NotOurs(const SqliteDb& db) {
  return Status::Corruption(db.path() +
                            ": not a statecraft database (it has tables but no "
                            "schema_migrations table)");
}

}  // namespace

std::span<const Migration> SchemaMigrations() { return kMigrations; }

int LatestSchemaVersion() { return SchemaMigrations().back().version; }

Result<int> AppliedSchemaVersion(SqliteDb& db) {
  Result<bool> exists = TableExists(db, "schema_migrations");
  if (!exists.ok()) return exists.status();
  if (!*exists) return 0;
  Result<SqliteStatement> stmt =
      db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", "read schema version");
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<int>(stmt->ColumnInt64(0)) : 0;
}

Status ApplyMigrations(SqliteDb& db, std::span<const Migration> migrations) {
  SC_RETURN_IF_ERROR(CheckNumbering(migrations));
  const int known = static_cast<int>(migrations.size());

  Result<bool> has_table = TableExists(db, "schema_migrations");
  if (!has_table.ok()) return has_table.status();
  if (!*has_table) {
    Result<int64_t> tables = CountUserTables(db);
    if (!tables.ok()) return tables.status();
    if (*tables > 0) return NotOurs(db);
    SC_RETURN_IF_ERROR(db.Exec(kCreateMigrationsTable));
  }

  Result<int> applied = AppliedSchemaVersion(db);
  if (!applied.ok()) return applied.status();
  if (*applied > known) return TooNew(db, *applied, known);

  for (const Migration& migration : migrations) {
    if (migration.version <= *applied) continue;
    SqliteTransaction transaction(&db);
    SC_RETURN_IF_ERROR(transaction.Begin());
    // Another process may have applied it while we waited for the lock.
    Result<int> now = AppliedSchemaVersion(db);
    if (!now.ok()) return now.status();
    if (*now > known) return TooNew(db, *now, known);
    if (*now >= migration.version) {
      SC_RETURN_IF_ERROR(transaction.Commit());
      continue;
    }
    const std::string where = "schema migration " + std::to_string(migration.version) + " (" +
                              std::string(migration.description) + ")";
    Status status = db.Exec(migration.sql);
    if (!status.ok()) return Status(status.code(), where + ": " + status.message());
    Result<SqliteStatement> record = db.Prepare(
        "INSERT INTO schema_migrations (version, applied_at, description) "
        "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)",
        "record migration");
    if (!record.ok()) return record.status();
    record->BindInt64(1, migration.version);
    record->BindText(2, migration.description);
    SC_RETURN_IF_ERROR(record->Run());
    SC_RETURN_IF_ERROR(transaction.Commit());
  }
  return Status::Ok();
}

Status CheckSchemaVersion(SqliteDb& db, std::span<const Migration> migrations) {
  SC_RETURN_IF_ERROR(CheckNumbering(migrations));
  const int known = static_cast<int>(migrations.size());
  Result<bool> has_table = TableExists(db, "schema_migrations");
  if (!has_table.ok()) return has_table.status();
  if (!*has_table) {
    return Status::Corruption(db.path() +
                              ": not a statecraft database (no schema_migrations table)");
  }
  Result<int> applied = AppliedSchemaVersion(db);
  if (!applied.ok()) return applied.status();
  if (*applied > known) return TooNew(db, *applied, known);
  if (*applied < known) {
    return Status::Unsupported(db.path() + ": database schema version " + std::to_string(*applied) +
                               " is older than this statecraft's (" + std::to_string(known) +
                               "); open it for writing once to upgrade it");
  }
  return Status::Ok();
}

}  // namespace statecraft
