#include "store/postgres_schema.h"

#include <gtest/gtest.h>

#include <string>

#include "store/migrations.h"
#include "store/query_support.h"

namespace statecraft {
namespace {

// The two histories are one history in two dialects.
TEST(PostgresSchemaTest, SameVersionsAndDescriptionsAsSqlite) {
  std::span<const Migration> sqlite = SchemaMigrations();
  std::span<const Migration> postgres = PostgresSchemaMigrations();
  ASSERT_EQ(postgres.size(), sqlite.size());
  for (size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(postgres[i].version, sqlite[i].version);
    EXPECT_EQ(postgres[i].description, sqlite[i].description);
    EXPECT_FALSE(postgres[i].sql.empty());
  }
}

// Every table and index of the SQLite schema exists in the PostgreSQL one
// (SQLite's FTS5 table is PostgreSQL's GIN index of the same name).
TEST(PostgresSchemaTest, SameTablesAndIndexes) {
  std::string sqlite, postgres;
  for (const Migration& m : SchemaMigrations()) sqlite += std::string(m.sql);
  for (const Migration& m : PostgresSchemaMigrations()) postgres += std::string(m.sql);
  for (const char* name : {"TABLE documents",
                           "TABLE sentences",
                           "TABLE events",
                           "TABLE claims",
                           "TABLE problems",
                           "TABLE runs",
                           "TABLE merged_events",
                           "TABLE event_merges",
                           "INDEX documents_date",
                           "INDEX events_doc",
                           "INDEX events_dyad",
                           "INDEX events_cameo",
                           "INDEX claims_person",
                           "INDEX claims_contradicting",
                           "INDEX merged_events_date",
                           "INDEX event_merges_merged",
                           "INDEX events_date_event",
                           "INDEX events_source_code",
                           "INDEX events_target_code",
                           "INDEX events_target_country",
                           "INDEX events_root",
                           "INDEX events_quad",
                           "INDEX events_plover",
                           "DROP INDEX events_date;",
                           "DROP INDEX events_dyad;",
                           "DROP INDEX events_cameo;",
                           "ADD COLUMN sentence_text"}) {
    EXPECT_NE(sqlite.find(name), std::string::npos) << "SQLite lacks " << name;
    EXPECT_NE(postgres.find(name), std::string::npos) << "PostgreSQL lacks " << name;
  }
  EXPECT_NE(sqlite.find("VIRTUAL TABLE events_fts USING fts5"), std::string::npos);
  EXPECT_NE(postgres.find("INDEX events_fts ON events USING GIN"), std::string::npos);
}

// The full-text index is only used when the query's expression is the
// indexed one, character for character.
TEST(PostgresSchemaTest, FullTextIndexIsTheExpressionQueriesUse) {
  const std::string expression = PostgresSentenceTsvector("sentence_text");
  EXPECT_NE(std::string(PostgresSchemaMigrations()[2].sql).find(expression), std::string::npos)
      << expression;
  EventFilter filter;
  filter.text = "talks";
  SqlParams params(SqlDialect::kPostgres);
  EXPECT_NE(FilterCondition(filter, &params).find(PostgresSentenceTsvector("e.sentence_text")),
            std::string::npos);
}

}  // namespace
}  // namespace statecraft
