// SQLite-only properties of the query support: the FTS5 index stays exactly
// in step with the events whatever is written, and the page query reads the
// date index instead of sorting. What queries return is checked, for every
// backend, in event_store_conformance_test.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "statecraft/event_store.h"
#include "store/query_support.h"
#include "store/sqlite_db.h"

namespace statecraft {
namespace {

constexpr char kText[] = "Japan met Korea. Korea thanked Japan.";

DocumentRecord Story(const std::string& id, int events, const std::string& word) {
  DocumentRecord record;
  record.id = id;
  record.date = "2025-04-0" + std::to_string(1 + events % 9);
  record.text = std::string(kText) + " " + word + ".";
  for (int i = 0; i < events; ++i) {
    Event e;
    e.event_id = id + "-" + std::to_string(i);
    e.date = record.date;
    e.source = {"JPN", "JPN", "Japan", "Japan", 0, 5, ""};
    e.target = EventActor{"KOR", "KOR", "South Korea", "Korea", 10, 15, ""};
    e.cameo = "040";
    e.root = "04";
    e.quad_class = 1;
    e.plover = "CONSULT";
    // The last event's sentence is the word at the end.
    e.sentence_begin = i + 1 == events ? static_cast<uint32_t>(sizeof(kText)) : 0;
    e.sentence_end = static_cast<uint32_t>(i + 1 == events ? record.text.size() : 16);
    record.events.push_back(std::move(e));
  }
  return record;
}

class SqliteEventQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/statecraft-sqlite-query-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    path_ = (dir_ / "events.sqlite").string();
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // FTS5's own check that the index holds exactly the content table's text.
  void ExpectIndexConsistent() {
    Result<SqliteDb> db = SqliteDb::Open(path_, /*read_only=*/false, 1000);
    ASSERT_TRUE(db.ok());
    Status check =
        db->Exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)");
    EXPECT_TRUE(check.ok()) << check.ToString();
  }

  int64_t Matches(const std::string& text) {
    EventFilter filter;
    filter.text = text;
    Result<EventPage> page = store_->QueryEvents(filter, {1000, ""});
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? static_cast<int64_t>(page->events.size()) : -1;
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(SqliteEventQueryTest, FullTextIndexFollowsEveryWrite) {
  std::vector<DocumentRecord> batch;
  for (int d = 0; d < 50; ++d) batch.push_back(Story("d" + std::to_string(d), 1 + d % 4, "alpha"));
  ASSERT_TRUE(store_->PutDocuments(batch).ok());
  ExpectIndexConsistent();
  EXPECT_EQ(Matches("alpha"), 50);
  EXPECT_EQ(Matches("thanked"), 0);  // outside every event's sentence
  EXPECT_EQ(Matches("japan korea"), *store_->CountEvents() - 50);

  // Re-coded stories, one of them twice in the batch, and a new one.
  ASSERT_TRUE(store_
                  ->PutDocuments({Story("d1", 3, "beta"), Story("d2", 1, "gamma"),
                                  Story("d1", 2, "delta"), Story("new", 2, "beta")})
                  .ok());
  ExpectIndexConsistent();
  EXPECT_EQ(Matches("alpha"), 48);
  EXPECT_EQ(Matches("beta"), 1);
  EXPECT_EQ(Matches("delta"), 1);
  EXPECT_EQ(Matches("gamma"), 1);

  // A batch that fails leaves the index as it was.
  DocumentRecord thief = Story("thief", 1, "epsilon");
  thief.events[0].event_id = "d3-0";
  EXPECT_EQ(store_->PutDocuments({Story("d4", 1, "zeta"), thief}).code(),
            StatusCode::kInvalidArgument);
  ExpectIndexConsistent();
  EXPECT_EQ(Matches("zeta"), 0);
  EXPECT_EQ(Matches("alpha"), 48);
}

TEST_F(SqliteEventQueryTest, PagesReadTheDateIndexWithoutSorting) {
  Result<SqliteDb> db = SqliteDb::Open(path_, /*read_only=*/true, 1000);
  ASSERT_TRUE(db.ok());
  auto plan = [&](const std::string& sql, const SqlParams& params) {
    Result<SqliteStatement> stmt = db->Prepare("EXPLAIN QUERY PLAN " + sql, "plan");
    EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
    if (!stmt.ok()) return std::string();
    int index = 1;
    for (const SqlValue& value : params.values()) {
      if (const std::string* text = std::get_if<std::string>(&value)) {
        stmt->BindText(index++, *text);
      } else {
        stmt->BindInt64(index++, std::get<int64_t>(value));
      }
    }
    std::string out;
    while (*stmt->Step()) out += stmt->ColumnText(3) + "\n";
    return out;
  };
  SqlParams params(SqlDialect::kSqlite);
  PageCursor cursor{"2025-04-02", "d7-1"};
  for (bool undated : {false, true}) {
    std::string page = plan(EventsPageSql({}, undated, &cursor, 21, &params), params);
    // A range of the index, read in order: no scan of the whole index.
    EXPECT_NE(page.find("SEARCH e USING INDEX events_date_event"), std::string::npos) << page;
    EXPECT_EQ(page.find("TEMP B-TREE"), std::string::npos) << page;
  }
  SqlParams stream_params(SqlDialect::kSqlite);
  for (bool undated : {false, true}) {
    std::string stream =
        plan(EventStreamSql({}, undated, nullptr, 0, &stream_params), stream_params);
    EXPECT_NE(stream.find("SEARCH e USING INDEX events_date_event"), std::string::npos) << stream;
    EXPECT_EQ(stream.find("TEMP B-TREE"), std::string::npos) << stream;
  }
}

}  // namespace
}  // namespace statecraft
