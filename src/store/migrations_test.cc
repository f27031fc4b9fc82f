#include "store/migrations.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

namespace statecraft {
namespace {

class MigrationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "sc_migrations_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  SqliteDb OpenDb(const std::string& name = "test.sqlite") {
    Result<SqliteDb> db = SqliteDb::Open((dir_ / name).string(), false, 1000);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return std::move(*db);
  }

  static int64_t QueryInt(SqliteDb& db, const std::string& sql) {
    Result<SqliteStatement> stmt = db.Prepare(sql, "test query");
    EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
    if (!stmt.ok()) return -1;
    Result<bool> row = stmt->Step();
    EXPECT_TRUE(row.ok() && *row) << sql;
    return row.ok() && *row ? stmt->ColumnInt64(0) : -1;
  }

  std::filesystem::path dir_;
};

// Each migration adds one row to `log`, so a migration applied twice shows.
const Migration kTwo[] = {
    {1, "create log", "CREATE TABLE log (step INTEGER); INSERT INTO log VALUES (1);"},
    {2, "second step", "INSERT INTO log VALUES (2);"},
};
const Migration kThree[] = {
    kTwo[0],
    kTwo[1],
    {3, "add a column", "ALTER TABLE log ADD COLUMN note TEXT; INSERT INTO log VALUES (3, 'x');"},
};

TEST_F(MigrationsTest, AppliesEachMigrationOnce) {
  SqliteDb db = OpenDb();
  EXPECT_EQ(*AppliedSchemaVersion(db), 0);
  ASSERT_TRUE(ApplyMigrations(db, kTwo).ok());
  EXPECT_EQ(*AppliedSchemaVersion(db), 2);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM log"), 2);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM schema_migrations"), 2);
  EXPECT_EQ(QueryInt(db,
                     "SELECT count(*) FROM schema_migrations WHERE description = "
                     "'second step' AND applied_at LIKE '20__-__-__T%Z'"),
            1);

  // Re-applying is a no-op.
  ASSERT_TRUE(ApplyMigrations(db, kTwo).ok());
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM log"), 2);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM schema_migrations"), 2);

  // A longer list applies only what is new.
  ASSERT_TRUE(ApplyMigrations(db, kThree).ok());
  EXPECT_EQ(*AppliedSchemaVersion(db), 3);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM log"), 3);
  Result<SqliteStatement> stmt =
      db.Prepare("SELECT group_concat(step, ',') FROM (SELECT step FROM log ORDER BY step)", "q");
  ASSERT_TRUE(stmt.ok());
  ASSERT_TRUE(*stmt->Step());
  EXPECT_EQ(stmt->ColumnText(0), "1,2,3");
}

TEST_F(MigrationsTest, FailedMigrationRollsBackAndKeepsVersion) {
  SqliteDb db = OpenDb();
  const Migration broken[] = {
      kTwo[0],
      {2, "half broken", "CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);"},
  };
  Status status = ApplyMigrations(db, broken);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("schema migration 2 (half broken)"), std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("no_such_table"), std::string::npos) << status.message();
  EXPECT_EQ(*AppliedSchemaVersion(db), 1);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'half'"), 0);
  // The fixed list then applies version 2 only.
  ASSERT_TRUE(ApplyMigrations(db, kTwo).ok());
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM log"), 2);
}

TEST_F(MigrationsTest, RefusesNewerDatabase) {
  SqliteDb db = OpenDb();
  ASSERT_TRUE(ApplyMigrations(db, kThree).ok());
  Status status = ApplyMigrations(db, kTwo);
  EXPECT_EQ(status.code(), StatusCode::kCorruption);
  EXPECT_NE(status.message().find("schema version 3 is newer than this statecraft knows (2)"),
            std::string::npos)
      << status.message();
  EXPECT_EQ(CheckSchemaVersion(db, kTwo).code(), StatusCode::kCorruption);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM log"), 3);  // untouched
}

TEST_F(MigrationsTest, CheckSchemaVersionForReaders) {
  SqliteDb db = OpenDb();
  EXPECT_EQ(CheckSchemaVersion(db, kTwo).code(), StatusCode::kCorruption);  // empty file
  const Migration one[] = {kTwo[0]};
  ASSERT_TRUE(ApplyMigrations(db, one).ok());
  Status older = CheckSchemaVersion(db, kTwo);
  EXPECT_EQ(older.code(), StatusCode::kUnsupported);
  EXPECT_NE(older.message().find("older"), std::string::npos);
  EXPECT_TRUE(CheckSchemaVersion(db, one).ok());
}

TEST_F(MigrationsTest, RefusesForeignDatabase) {
  SqliteDb db = OpenDb();
  ASSERT_TRUE(db.Exec("CREATE TABLE somebody_elses (x)").ok());
  Status status = ApplyMigrations(db, kTwo);
  EXPECT_EQ(status.code(), StatusCode::kCorruption);
  EXPECT_NE(status.message().find("not a statecraft database"), std::string::npos);
}

TEST_F(MigrationsTest, RequiresConsecutiveNumbering) {
  SqliteDb db = OpenDb();
  const Migration gap[] = {kTwo[0], {3, "gap", "SELECT 1;"}};
  EXPECT_EQ(ApplyMigrations(db, gap).code(), StatusCode::kInternal);
}

TEST_F(MigrationsTest, SchemaHistoryIsWellFormedAndApplies) {
  std::span<const Migration> migrations = SchemaMigrations();
  ASSERT_FALSE(migrations.empty());
  for (size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
    EXPECT_FALSE(migrations[i].description.empty());
  }
  EXPECT_EQ(LatestSchemaVersion(), migrations.back().version);
  SqliteDb db = OpenDb();
  ASSERT_TRUE(ApplyMigrations(db, migrations).ok());
  EXPECT_EQ(*AppliedSchemaVersion(db), LatestSchemaVersion());
  for (const char* table : {"documents", "sentences", "events", "claims", "problems", "runs"}) {
    EXPECT_EQ(QueryInt(db, std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                       "AND name = '") +
                               table + "'"),
              1)
        << table;
  }
  for (const char* index : {"events_doc", "events_date_event", "events_dyad", "events_cameo",
                            "events_source_code", "events_target_code", "events_target_country",
                            "events_root", "events_quad", "events_plover"}) {
    EXPECT_EQ(QueryInt(db, std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                       "AND name = '") +
                               index + "'"),
              1)
        << index;
  }
  // Migration 3: the full-text table over the events' sentence text; the
  // triggers that keep it in step on delete and update.
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'events_fts'"), 1);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                         "AND name LIKE 'events_fts_%'"),
            2);
}

// Migration 3 on a store written at version 2: existing events get their
// sentence text (byte span of the story, else the stored sentence) and are
// found by full text.
TEST_F(MigrationsTest, QueryMigrationFillsSentenceTextOfExistingEvents) {
  SqliteDb db = OpenDb();
  std::span<const Migration> all = SchemaMigrations();
  ASSERT_GE(all.size(), 3u);
  ASSERT_TRUE(ApplyMigrations(db, all.subspan(0, 2)).ok());
  // "Zoë met Ana." is 13 bytes: ë takes two.
  ASSERT_TRUE(db.Exec(R"sql(
    INSERT INTO documents (id, text, coded_at) VALUES ('d', 'Zoë met Ana. They talked.', 'now');
    INSERT INTO sentences VALUES ('d', 0, 0, 13, 'Zoë met Ana.', 0);
    INSERT INTO sentences VALUES ('d', 1, 14, 26, 'They talked.', 0);
    INSERT INTO events (event_id, doc_id, sentence, sentence_begin, sentence_end, date_precision,
      source_code, source_country, source_name, source_text, source_begin, source_end,
      source_entry, cameo, root, quad_class, goldstein, plover, negated, background, verb_begin,
      verb_end, rule, coder_version, dictionaries)
    VALUES ('e1', 'd', 0, 0, 13, 'day', 'A', 'AAA', 'A', 'Zoë', 0, 4, '', '040', '04', 1, 1.0,
      'CONSULT', 0, 0, 5, 8, '', '', ''),
           ('e2', 'd', 1, 0, 0, 'day', 'A', 'AAA', 'A', 'They', 14, 18, '', '040', '04', 1, 1.0,
      'CONSULT', 0, 0, 19, 25, '', '', '');
  )sql").ok());
  ASSERT_TRUE(ApplyMigrations(db, all).ok());
  Result<SqliteStatement> stmt =
      db.Prepare("SELECT event_id, sentence_text FROM events ORDER BY event_id", "read");
  ASSERT_TRUE(stmt.ok());
  ASSERT_TRUE(*stmt->Step());
  EXPECT_EQ(stmt->ColumnText(1), "Zoë met Ana.");
  ASSERT_TRUE(*stmt->Step());
  EXPECT_EQ(stmt->ColumnText(1), "They talked.");  // empty span: the stored sentence
  stmt->Reset();
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"talked\"'"), 1);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"zoë\"'"), 1);
  // The triggers keep it in step with deletes.
  ASSERT_TRUE(db.Exec("DELETE FROM events WHERE event_id = 'e2'").ok());
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"talked\"'"), 0);
}

}  // namespace
}  // namespace statecraft
