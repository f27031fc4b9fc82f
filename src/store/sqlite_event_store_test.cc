#include "store/sqlite_event_store.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include "model/document.h"
#include "statecraft/event_store.h"
#include "store/document_record.h"
#include "store/event_filter_match.h"
#include "store/event_json.h"
#include "store/migrations.h"
#include "store/query_support.h"
#include "store/sqlite_db.h"

namespace statecraft {
namespace {

constexpr char kStory[] =
    "Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday. "
    "Japan did not accept a 50% tariff from September 23-29. "
    "Lee Jae-myung, the mayor of Seoul, praised the talks.";

// [begin, end) of `needle` in kStory.
std::pair<uint32_t, uint32_t> Find(std::string_view needle, size_t from = 0) {
  size_t at = std::string_view(kStory).find(needle, from);
  EXPECT_NE(at, std::string_view::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

EventActor Actor(std::string code, std::string country, std::string name, std::string_view text,
                 size_t from = 0) {
  auto [b, e] = Find(text, from);
  return {std::move(code),         std::move(country), std::move(name), std::string(text), b, e,
          "data/actors/test.txt:1"};
}

// The i-th of up to four events coded from kStory.
Event SampleEvent(const std::string& doc_id, int i) {
  std::string_view story(kStory);
  size_t s1 = story.find("Japan");
  size_t s2 = story.find("Lee", 10);
  Event e;
  e.doc_id = doc_id;
  e.event_id = doc_id + "-ev" + std::to_string(i);
  e.date = "2025-08-23";
  e.coder_version = "0.1.0";
  e.dictionaries = "sha256:feed";
  e.rule = "data/verbs/test.txt:" + std::to_string(10 + i);
  switch (i % 4) {
    case 0:
      e.sentence = 0;
      e.sentence_begin = 0;
      e.sentence_end = static_cast<uint32_t>(s1 - 1);
      e.source = Actor("KORGOV", "KOR", "Lee Jae-myung", "Lee Jae-myung");
      e.target = Actor("JPNGOV", "JPN", "Shigeru Ishiba", "Shigeru Ishiba");
      e.cameo = "040";
      e.root = "04";
      e.quad_class = 1;
      e.goldstein = 1.0;
      e.plover = "CONSULT";
      std::tie(e.verb_begin, e.verb_end) = Find("met");
      break;
    case 1:
      e.sentence = 1;
      e.sentence_begin = static_cast<uint32_t>(s1);
      e.sentence_end = static_cast<uint32_t>(s2 - 1);
      e.source = Actor("JPN", "JPN", "Japan", "Japan");
      e.cameo = "081";
      e.root = "08";
      e.quad_class = 2;
      e.goldstein = 5.0;
      e.plover = "CONCEDE";
      e.plover_mode = "policy";
      e.negated = true;
      std::tie(e.verb_begin, e.verb_end) = Find("accept");
      {
        auto [b, en] = Find("from September 23-29");
        e.time_refs.push_back({"from September 23-29", b, en, "2025-09-23", "2025-09-29", "day"});
        auto [qb, qe] = Find("50%");
        e.quantities.push_back({"50%", qb, qe, "percent", 50, "%"});
      }
      break;
    case 2:
      e.sentence = 2;
      e.sentence_begin = static_cast<uint32_t>(s2);
      e.sentence_end = static_cast<uint32_t>(story.size());
      e.source = Actor("KORGOV", "KOR", "Lee Jae-myung", "Lee Jae-myung", s2);
      e.cameo = "051";
      e.root = "05";
      e.quad_class = 1;
      e.goldstein = 3.4;
      e.plover = "COOPERATE";
      e.modality = "reported";
      std::tie(e.verb_begin, e.verb_end) = Find("praised");
      break;
    default:
      e.sentence = 0;
      e.sentence_begin = 0;
      e.sentence_end = static_cast<uint32_t>(s1 - 1);
      e.source = Actor("JPNGOV", "JPN", "Shigeru Ishiba", "Shigeru Ishiba");
      e.target = Actor("KORGOV", "KOR", "Lee Jae-myung", "Lee Jae-myung");
      e.cameo = "040";
      e.root = "04";
      e.quad_class = 1;
      e.goldstein = 1.0;
      e.plover = "CONSULT";
      e.background = true;
      std::tie(e.verb_begin, e.verb_end) = Find("met");
      break;
  }
  // The id also encodes i so records with many events stay unique.
  e.event_id += "-" + e.cameo;
  return e;
}

DocumentRecord SampleRecord(const std::string& id, int event_count) {
  Document doc;
  doc.id = id;
  doc.date = Date::Parse("2025-08-23");
  doc.text = kStory;
  doc.title = "Leaders meet";
  doc.url = "https://example.org/" + id;
  doc.source = "Example Wire";
  doc.origin = "stories.jsonl:7";
  DocumentRecord record = MakeDocumentRecord(doc);
  std::string_view story(kStory);
  size_t s1 = story.find("Japan");
  size_t s2 = story.find("Lee", 10);
  record.sentences = {
      {0, 0, static_cast<uint32_t>(s1 - 1), std::string(story.substr(0, s1 - 1)), false},
      {1, static_cast<uint32_t>(s1), static_cast<uint32_t>(s2 - 1),
       std::string(story.substr(s1, s2 - 1 - s1)), false},
      {2, static_cast<uint32_t>(s2), static_cast<uint32_t>(story.size()),
       std::string(story.substr(s2)), true},
  };
  for (int i = 0; i < event_count; ++i) record.events.push_back(SampleEvent(id, i));
  auto [cb, ce] = Find("the mayor of Seoul");
  record.claims.push_back({"Lee Jae-myung", "KOR.mayor_of_seoul", false, "the mayor of Seoul", cb,
                           ce, "KOR.president", true});
  return record;
}

class SqliteEventStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "sc_store_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    path_ = (dir_ / "events.sqlite").string();
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add);
    std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<EventStore> Open(const EventStoreOptions& options = {}) {
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // A side connection for checking what is really in the file.
  std::string QueryText(const std::string& sql) {
    Result<SqliteDb> db = SqliteDb::Open(path_, /*read_only=*/true, 1000);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    if (!db.ok()) return "<error>";
    Result<SqliteStatement> stmt = db->Prepare(sql, "test query");
    EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
    if (!stmt.ok()) return "<error>";
    Result<bool> row = stmt->Step();
    EXPECT_TRUE(row.ok() && *row) << sql;
    return row.ok() && *row ? stmt->ColumnText(0) : "<no row>";
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(SqliteEventStoreTest, CreatesFileWithCurrentSchemaInWalMode) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_TRUE(std::filesystem::exists(path_));
  EXPECT_EQ(*store->SchemaVersion(), LatestSchemaVersion());
  EXPECT_EQ(QueryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*store->CountEvents(), 0);
  EXPECT_EQ(*store->CountDocuments(), 0);
}

TEST_F(SqliteEventStoreTest, ReopeningAppliesNothingTwice) {
  ASSERT_NE(Open(), nullptr);
  std::string first = QueryText(
      "SELECT group_concat(version || '@' || applied_at) FROM "
      "schema_migrations");
  ASSERT_NE(Open(), nullptr);
  ASSERT_NE(Open(), nullptr);
  EXPECT_EQ(QueryText("SELECT count(*) FROM schema_migrations"),
            std::to_string(LatestSchemaVersion()));
  EXPECT_EQ(QueryText("SELECT group_concat(version || '@' || applied_at) FROM "
                      "schema_migrations"),
            first);
}

TEST_F(SqliteEventStoreTest, RefusesDatabaseFromNewerStatecraft) {
  ASSERT_NE(Open(), nullptr);
  {
    Result<SqliteDb> db = SqliteDb::Open(path_, false, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("INSERT INTO schema_migrations VALUES (" +
                         std::to_string(LatestSchemaVersion() + 1) +
                         ", '2099-01-01T00:00:00Z', 'from the future')")
                    .ok());
  }
  for (bool read_only : {false, true}) {
    EventStoreOptions options;
    options.read_only = read_only;
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(path_, options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
    EXPECT_NE(store.status().message().find("newer than this statecraft"), std::string::npos)
        << store.status().message();
  }
}

TEST_F(SqliteEventStoreTest, RoundTripsADocumentWithEverything) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord record = SampleRecord("doc-1", 4);
  record.coded_at = "2025-08-24T10:00:00Z";
  ASSERT_TRUE(store->PutDocuments({record}).ok());

  Result<DocumentRecord> read = store->GetDocument("doc-1");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->id, "doc-1");
  EXPECT_EQ(read->date, "2025-08-23");
  EXPECT_EQ(read->title, record.title);
  EXPECT_EQ(read->url, record.url);
  EXPECT_EQ(read->source, record.source);
  EXPECT_EQ(read->origin, record.origin);
  EXPECT_EQ(read->text, record.text);
  EXPECT_EQ(read->text_sha256, record.text_sha256);
  EXPECT_EQ(read->text_sha256.size(), 64u);
  EXPECT_EQ(read->coded_at, "2025-08-24T10:00:00Z");
  ASSERT_EQ(read->sentences.size(), 3u);
  EXPECT_EQ(read->sentences[1].text, record.sentences[1].text);
  EXPECT_EQ(read->sentences[1].begin, record.sentences[1].begin);
  EXPECT_TRUE(read->sentences[2].truncated);
  EXPECT_FALSE(read->sentences[0].truncated);
  ASSERT_EQ(read->claims.size(), 1u);
  EXPECT_EQ(read->claims[0].claimed, "KOR.mayor_of_seoul");
  EXPECT_EQ(read->claims[0].known, "KOR.president");
  EXPECT_TRUE(read->claims[0].contradicts);
  EXPECT_FALSE(read->claims[0].former);
  EXPECT_EQ(read->claims[0].begin, record.claims[0].begin);

  // Every event comes back identical, in order; sentence_text is rebuilt
  // from the story text and the sentence span.
  ASSERT_EQ(read->events.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    Event expected = record.events[i];
    expected.sentence_text = record.sentences[static_cast<size_t>(expected.sentence)].text;
    EXPECT_EQ(EventToJson(read->events[i]), EventToJson(expected));
  }
  EXPECT_FALSE(read->events[1].target.has_value());
  EXPECT_TRUE(read->events[0].target.has_value());

  Result<std::vector<Event>> events = store->EventsForDocument("doc-1");
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 4u);
  EXPECT_EQ(EventToJson((*events)[1]), EventToJson(read->events[1]));

  EXPECT_EQ(store->GetDocument("nope").status().code(), StatusCode::kNotFound);
  Result<std::vector<Event>> none = store->EventsForDocument("nope");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(SqliteEventStoreTest, DefaultsCodedAtAndStoresNullDates) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord record = SampleRecord("undated", 2);
  record.date = "";
  for (Event& e : record.events) e.date = "";
  ASSERT_TRUE(store->PutDocuments({record}).ok());
  EXPECT_EQ(QueryText("SELECT count(*) FROM documents WHERE date IS NULL AND coded_at LIKE "
                      "'20__-__-__T__:__:__.___Z'"),
            "1");
  EXPECT_EQ(QueryText("SELECT count(*) FROM events WHERE date IS NULL"), "2");
  EXPECT_EQ(store->GetDocument("undated")->events[0].date, "");
}

TEST_F(SqliteEventStoreTest, CameoCodesKeepLeadingZeros) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord record = SampleRecord("doc-1", 1);
  record.events[0].cameo = "010";
  record.events[0].root = "01";
  ASSERT_TRUE(store->PutDocuments({record}).ok());
  EXPECT_EQ(QueryText("SELECT cameo || '/' || typeof(cameo) || '/' || root FROM events"),
            "010/text/01");
  EXPECT_EQ(store->EventsForDocument("doc-1")->at(0).cameo, "010");
}

TEST_F(SqliteEventStoreTest, PuttingTheSameStoryTwiceKeepsOneCopy) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord record = SampleRecord("doc-1", 4);
  ASSERT_TRUE(store->PutDocuments({record, SampleRecord("doc-2", 2)}).ok());
  ASSERT_TRUE(store->PutDocuments({record}).ok());
  ASSERT_TRUE(store->PutDocuments({record}).ok());
  EXPECT_EQ(*store->CountEvents(), 6);
  EXPECT_EQ(*store->CountDocuments(), 2);
  EXPECT_EQ(QueryText("SELECT count(*) FROM sentences"), "6");
  EXPECT_EQ(QueryText("SELECT count(*) FROM claims"), "2");
  EXPECT_EQ(store->EventsForDocument("doc-1")->size(), 4u);
  EXPECT_EQ(store->EventsForDocument("doc-2")->size(), 2u);
}

TEST_F(SqliteEventStoreTest, RecodedStoryWithFewerEventsDropsTheOldOnes) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-1", 4), SampleRecord("doc-2", 3)}).ok());
  EXPECT_EQ(*store->CountEvents(), 7);

  DocumentRecord recoded = SampleRecord("doc-1", 1);
  recoded.title = "Leaders meet (updated)";
  recoded.sentences.resize(1);
  recoded.claims.clear();
  ASSERT_TRUE(store->PutDocuments({recoded}).ok());
  EXPECT_EQ(*store->CountEvents(), 4);
  Result<DocumentRecord> read = store->GetDocument("doc-1");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->title, "Leaders meet (updated)");
  ASSERT_EQ(read->events.size(), 1u);
  EXPECT_EQ(read->events[0].event_id, recoded.events[0].event_id);
  EXPECT_EQ(read->sentences.size(), 1u);
  EXPECT_TRUE(read->claims.empty());
  // The other story is untouched.
  EXPECT_EQ(store->GetDocument("doc-2")->events.size(), 3u);
  EXPECT_EQ(store->GetDocument("doc-2")->claims.size(), 1u);

  // A story re-coded with no events at all keeps its document row.
  DocumentRecord empty = SampleRecord("doc-2", 0);
  ASSERT_TRUE(store->PutDocuments({empty}).ok());
  EXPECT_EQ(*store->CountEvents(), 1);
  EXPECT_EQ(*store->CountDocuments(), 2);
}

TEST_F(SqliteEventStoreTest, RepeatedEventIdInOneRecordIsStoredOnce) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord record = SampleRecord("doc-1", 2);
  record.events.push_back(record.events[0]);
  record.events.back().doc_id = "";  // "" means the record's story
  ASSERT_TRUE(store->PutDocuments({record}).ok());
  EXPECT_EQ(*store->CountEvents(), 2);
}

TEST_F(SqliteEventStoreTest, InvalidRecordWritesNothingFromItsBatch) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  DocumentRecord good = SampleRecord("good", 2);

  auto expect_rejected = [&](DocumentRecord bad, std::string_view fragment) {
    Status status = store->PutDocuments({good, bad});
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << fragment;
    EXPECT_NE(status.message().find(fragment), std::string::npos) << status.message();
    EXPECT_EQ(*store->CountDocuments(), 0) << fragment;
    EXPECT_EQ(*store->CountEvents(), 0) << fragment;
  };
  DocumentRecord bad = SampleRecord("bad", 2);
  bad.events[1].source.end = 10000;
  expect_rejected(bad, "doc bad: event bad-ev1-081 source span [");
  bad = SampleRecord("bad", 2);
  bad.events[0].doc_id = "other";
  expect_rejected(bad, "belongs to doc other");
  bad = SampleRecord("bad", 2);
  bad.events[0].event_id = "";
  expect_rejected(bad, "empty event_id");
  bad = SampleRecord("bad", 2);
  bad.id = "";
  expect_rejected(bad, "empty id");
  bad = SampleRecord("bad", 2);
  bad.date = "23/08/2025";
  expect_rejected(bad, "not YYYY-MM-DD");
  bad = SampleRecord("bad", 2);
  bad.events[0].date = "20250823";
  expect_rejected(bad, "not YYYY-MM-DD");
  bad = SampleRecord("bad", 2);
  bad.sentences[1].index = 0;
  expect_rejected(bad, "sentence 0 repeats");
  bad = SampleRecord("bad", 2);
  bad.claims[0].end = 9999;
  expect_rejected(bad, "claim 0 span");
  bad = SampleRecord("bad", 2);
  bad.events[0].goldstein = std::numeric_limits<double>::quiet_NaN();
  expect_rejected(bad, "goldstein");

  ASSERT_TRUE(store->PutDocuments({good}).ok());
  EXPECT_EQ(*store->CountEvents(), 2);
}

TEST_F(SqliteEventStoreTest, EventIdCollisionRollsBackTheWholeBatch) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-1", 2)}).ok());
  // doc-3 claims an event id doc-1 already owns: the database refuses it
  // mid-transaction, and doc-2 (written before it in the batch) goes too.
  DocumentRecord thief = SampleRecord("doc-3", 1);
  thief.events[0].event_id = SampleRecord("doc-1", 1).events[0].event_id;
  Status status = store->PutDocuments({SampleRecord("doc-2", 3), thief});
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("doc doc-3 event doc-1-ev0-040"), std::string::npos)
      << status.message();
  EXPECT_EQ(*store->CountDocuments(), 1);
  EXPECT_EQ(*store->CountEvents(), 2);
  // The store is still usable.
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-2", 3)}).ok());
  EXPECT_EQ(*store->CountEvents(), 5);
}

TEST_F(SqliteEventStoreTest, StoresProblemsWithoutDuplicates) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<StoredProblem> problems = {
      {"in.jsonl:3", "", "invalid-json", "line 3: expected '}'", true},
      {"in.jsonl:9", "d9", "not-english", "language looks like de", true},
      {"in.jsonl:12", "d12", "no-date", "no date; events have date null", false},
  };
  ASSERT_TRUE(store->PutProblems(problems).ok());
  problems[2].skipped = true;
  ASSERT_TRUE(store->PutProblems(problems).ok());  // the same input again
  Result<std::vector<StoredProblem>> read = store->ListProblems();
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 3u);
  EXPECT_TRUE((*read)[2].skipped);
  // Two notes of one reason about one story are two problems.
  problems[2].skipped = false;
  problems[1].message = "language looks like fr";
  ASSERT_TRUE(store->PutProblems(problems).ok());
  read = store->ListProblems();
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 4u);
  EXPECT_EQ((*read)[0].origin, "in.jsonl:3");
  EXPECT_EQ((*read)[0].doc_id, "");
  EXPECT_EQ((*read)[0].reason, "invalid-json");
  EXPECT_TRUE((*read)[0].skipped);
  EXPECT_EQ((*read)[1].message, "language looks like de");
  EXPECT_FALSE((*read)[2].skipped);
  EXPECT_EQ((*read)[3].message, "language looks like fr");
  EXPECT_TRUE(store->PutProblems({}).ok());
}

TEST_F(SqliteEventStoreTest, RecordsRuns) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  RunRecord run;
  run.coder_version = "0.1.0";
  run.dictionaries = "sha256:feed";
  run.input = "stories.jsonl";
  run.started_at = "2025-08-24T10:00:00Z";
  run.finished_at = "2025-08-24T10:00:05Z";
  run.documents = 19000;
  run.events = 100000;
  run.problems = 12;
  Result<int64_t> first = store->RecordRun(run);
  ASSERT_TRUE(first.ok());
  run.started_at = run.finished_at = "";
  Result<int64_t> second = store->RecordRun(run);
  ASSERT_TRUE(second.ok());
  EXPECT_GT(*second, *first);
  Result<std::vector<RunRecord>> runs = store->ListRuns();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, *first);
  EXPECT_EQ((*runs)[0].documents, 19000);
  EXPECT_EQ((*runs)[0].events, 100000);
  EXPECT_EQ((*runs)[0].finished_at, "2025-08-24T10:00:05Z");
  EXPECT_EQ((*runs)[1].started_at.size(), std::string("2025-08-24T10:00:05.000Z").size());
}

TEST_F(SqliteEventStoreTest, ReadOnlyStoreReadsButRefusesWrites) {
  {
    auto store = Open();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-1", 3)}).ok());
  }
  EventStoreOptions options;
  options.read_only = true;
  auto reader = Open(options);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(*reader->CountEvents(), 3);
  Status put = reader->PutDocuments({SampleRecord("doc-2", 1)});
  EXPECT_EQ(put.code(), StatusCode::kIoError);
  EXPECT_NE(put.message().find("read-only"), std::string::npos);
  EXPECT_EQ(reader->PutProblems({{"x", "", "r", "m", true}}).code(), StatusCode::kIoError);
  EXPECT_EQ(reader->RecordRun({}).status().code(), StatusCode::kIoError);

  path_ = (dir_ / "missing.sqlite").string();
  Result<std::unique_ptr<EventStore>> missing = OpenEventStore(path_, options);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path_));
}

TEST_F(SqliteEventStoreTest, BadLocationsAreErrorsNotCrashes) {
  auto code_of = [](const std::string& location) {
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(location);
    EXPECT_FALSE(store.ok()) << location;
    return store.ok() ? StatusCode::kOk : store.status().code();
  };
  EXPECT_EQ(code_of((dir_ / "no" / "such" / "dir" / "e.sqlite").string()), StatusCode::kIoError);
  EXPECT_EQ(code_of(dir_.string()), StatusCode::kIoError);  // a directory
  { std::ofstream(dir_ / "plain.txt") << "x"; }
  EXPECT_EQ(code_of((dir_ / "plain.txt" / "e.sqlite").string()), StatusCode::kIoError);
  EXPECT_EQ(code_of("/proc/statecraft-test.sqlite"), StatusCode::kIoError);  // unwritable
  { std::ofstream(dir_ / "garbage.sqlite") << std::string(4096, 'g'); }
  EXPECT_EQ(code_of((dir_ / "garbage.sqlite").string()), StatusCode::kCorruption);
  EXPECT_EQ(code_of(""), StatusCode::kInvalidArgument);

  // A PostgreSQL URL goes to the PostgreSQL store; nothing listens on port 1.
  Result<std::unique_ptr<EventStore>> pg =
      OpenEventStore("postgresql://user:secret@127.0.0.1:1/events?connect_timeout=5");
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.status().code(), StatusCode::kIoError);
  EXPECT_NE(pg.status().message().find("postgresql://user:***@127.0.0.1:1/events"),
            std::string::npos)
      << pg.status().message();
  EXPECT_EQ(pg.status().message().find("secret"), std::string::npos);  // no credentials echoed
  EXPECT_EQ(code_of("postgres://127.0.0.1:1/events"), StatusCode::kIoError);
}

TEST_F(SqliteEventStoreTest, UnwritableFolderIsAnIoError) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores file permissions";
  ASSERT_NE(Open(), nullptr);
  std::filesystem::permissions(path_, std::filesystem::perms::owner_read);
  std::filesystem::permissions(
      dir_, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  Result<std::unique_ptr<EventStore>> store = OpenEventStore(path_);
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
}

TEST_F(SqliteEventStoreTest, TwoConnectionsShareOneFile) {
  auto a = Open();
  auto b = Open();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_TRUE(a->PutDocuments({SampleRecord("doc-a", 2)}).ok());
  ASSERT_TRUE(b->PutDocuments({SampleRecord("doc-b", 3)}).ok());
  EXPECT_EQ(*a->CountEvents(), 5);
  EXPECT_EQ(*b->CountEvents(), 5);
}

TEST_F(SqliteEventStoreTest, InMemoryStoreWorks) {
  path_ = ":memory:";
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-1", 4)}).ok());
  EXPECT_EQ(*store->CountEvents(), 4);
}

// ~100k events from 19k stories in batches of 500 are all stored (timing is
// measured by bench/, not here).
TEST_F(SqliteEventStoreTest, WritesOneHundredThousandEventsInBatches) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  constexpr int kDocuments = 19000;
  constexpr int kBatch = 500;
  std::vector<DocumentRecord> all;
  all.reserve(kDocuments);
  int64_t expected_events = 0;
  for (int d = 0; d < kDocuments; ++d) {
    all.push_back(SampleRecord("doc-" + std::to_string(d), 4 + (d % 4 == 0 ? 2 : 1)));
    // Keep the ids unique when a record holds more than four events.
    for (size_t i = 0; i < all.back().events.size(); ++i) {
      all.back().events[i].event_id.append("-").append(std::to_string(i));
    }
    expected_events += static_cast<int64_t>(all.back().events.size());
  }
  for (int first = 0; first < kDocuments; first += kBatch) {
    std::vector<DocumentRecord> batch(all.begin() + first,
                                      all.begin() + std::min(first + kBatch, kDocuments));
    ASSERT_TRUE(store->PutDocuments(batch).ok());
  }
  EXPECT_EQ(*store->CountEvents(), expected_events);
  EXPECT_EQ(*store->CountDocuments(), kDocuments);
}

}  // namespace
}  // namespace statecraft

namespace statecraft {
namespace {

// Story `d` of a store whose events mix countries and codes on either side
// (the same country on both sides too, or no target), roots, quad classes,
// dates with ties, undated events, negated and background ones; sentence 0
// or 2 of kStory ("lee" in nearly every event), rarely sentence 1
// ("tariff").
DocumentRecord MixedRecord(int d) {
  static constexpr const char* kCountries[] = {"USA", "JPN", "KOR", "PRK", "CHN"};
  static constexpr const char* kRoots[] = {"04", "05", "11", "19"};
  static constexpr const char* kPlover[] = {"CONSULT", "COOPERATE", "ACCUSE", "ASSAULT"};
  DocumentRecord record = SampleRecord("m" + std::to_string(d), 0);
  record.claims.clear();
  for (int k = 0; k <= d % 5; ++k) {
    const int kind = (d * 7 + k) % 31 == 3 ? 1 : ((d + k) % 2 == 0 ? 0 : 2);
    Event e = SampleEvent(record.id, kind);
    e.event_id = record.id + "-" + std::to_string(k);
    const int day = 1 + (d * 5 + k) % 20;
    e.date = (d + k) % 17 == 0 ? ""
                               : "2025-0" + std::to_string(1 + d % 4) + (day < 10 ? "-0" : "-") +
                                     std::to_string(day);
    const std::string source = kCountries[(d + k) % 5];
    e.source.country = source;
    e.source.code = source + ((d + k) % 3 == 0 ? "GOV" : "");
    if ((d * 3 + k) % 6 == 5) {
      e.target.reset();
    } else {
      const std::string target = kCountries[(d / 5 + k * 2) % 5];
      e.target =
          Actor(target + ((d + 2 * k) % 4 == 0 ? "MIL" : ""), target, "Someone", "Shigeru Ishiba");
    }
    const int r = (d + 3 * k) % 4;
    e.root = kRoots[r];
    e.cameo = e.root + std::to_string(k % 3);
    e.quad_class = 1 + r;
    e.plover = kPlover[(d + k) % 4];
    e.negated = (d + k) % 13 == 0;
    e.background = (d + k) % 7 == 0;
    record.events.push_back(std::move(e));
  }
  return record;
}

// Pages of every size walk an OR of alternatives (the page statement's
// branches) and a full-text condition (either plan) exactly as the filter
// evaluated in memory orders it: no gap, no repeat, same order.
TEST_F(SqliteEventStoreTest, PagedQueriesAgreeWithTheFilterInMemory) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<DocumentRecord> records;
  for (int d = 0; d < 150; ++d) records.push_back(MixedRecord(d));
  ASSERT_TRUE(store->PutDocuments(records).ok());
  std::vector<Event> all;
  for (const DocumentRecord& record : records) {
    for (Event event : record.events) {
      event.sentence_text = EventSentenceText(record, event);
      all.push_back(std::move(event));
    }
  }
  std::sort(all.begin(), all.end(), [](const Event& a, const Event& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return std::tie(b.date, b.event_id) < std::tie(a.date, a.event_id);
  });

  std::vector<EventFilter> filters(1);
  auto add = [&](auto set) {
    EventFilter f;
    set(f);
    filters.push_back(f);
  };
  add([](EventFilter& f) { f.actors = {"USA"}; });
  add([](EventFilter& f) { f.actors = {"KORGOV", "PRK"}; });
  add([](EventFilter& f) { f.actors = {"JPN", "JPNMIL", "CHN"}; });
  add([](EventFilter& f) {
    f.actors = {"USA"};
    f.quad_classes = {1, 4};
  });
  add([](EventFilter& f) {
    f.source = "KOR";
    f.target = "PRK";
    f.symmetric = true;
  });
  add([](EventFilter& f) {
    f.source = "USA";
    f.target = "USA";
    f.symmetric = true;
  });
  add([](EventFilter& f) {
    f.target = "CHN";
    f.symmetric = true;
    f.include_negated = true;
  });
  add([](EventFilter& f) { f.cameo = {"04", "190", "111"}; });
  add([](EventFilter& f) { f.quad_classes = {2, 3}; });
  add([](EventFilter& f) {
    f.plover = {"ACCUSE", "CONSULT"};
    f.include_background = false;
  });
  add([](EventFilter& f) { f.text = "lee"; });     // nearly every event: read in page order
  add([](EventFilter& f) { f.text = "tariff"; });  // a few: looked up
  add([](EventFilter& f) {
    f.text = "lee";
    f.actors = {"JPN"};
    f.date_from = "2025-02-01";
  });
  add([](EventFilter& f) {
    f.actors = {"USA"};
    f.doc_id = "m10";
  });
  for (size_t i = 0; i < filters.size(); ++i) {
    const EventFilter& filter = filters[i];
    std::vector<std::string> expected;
    for (const Event& event : all) {
      if (MatchesFilter(event, filter)) expected.push_back(event.event_id);
    }
    EXPECT_FALSE(expected.empty()) << "filter " << i << " selects nothing: a weak test";
    for (int limit : {1, 2, 7, 1000}) {
      std::vector<std::string> walked;
      std::string cursor;
      int pages = 0;
      do {
        Result<EventPage> page = store->QueryEvents(filter, {limit, cursor});
        ASSERT_TRUE(page.ok()) << page.status().ToString();
        for (const Event& event : page->events) walked.push_back(event.event_id);
        cursor = page->next;
        ASSERT_LT(++pages, 1000);
      } while (!cursor.empty());
      EXPECT_EQ(walked, expected) << "filter " << i << ", pages of " << limit;
    }
  }
}

// The page statements' plans: each branch of an OR reads its own index in
// page order (no sort of all matches), so a page costs about its rows.
TEST_F(SqliteEventStoreTest, PageBranchesReadTheirIndexesInOrder) {
  ASSERT_NE(Open(), nullptr);  // creates the schema
  Result<SqliteDb> db = SqliteDb::Open(path_, /*read_only=*/true, 1000);
  ASSERT_TRUE(db.ok());
  auto plan = [&](const EventFilter& filter, FullTextPlan text_plan) {
    SqlParams params(SqlDialect::kSqlite);
    PageCursor cursor{"2025-04-02", "d7-1"};
    std::string sql = EventsPageSql(filter, false, &cursor, 21, &params, text_plan);
    Result<SqliteStatement> stmt = db->Prepare("EXPLAIN QUERY PLAN " + sql, "plan");
    EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
    if (!stmt.ok()) return std::string();
    std::string out;
    while (*stmt->Step()) out += stmt->ColumnText(3) + "\n";
    return out;
  };
  auto count = [](const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  EventFilter actor;
  actor.actors = {"USA", "KORGOV"};
  actor.quad_classes = {4};  // a test, not the index read
  std::string p = plan(actor, FullTextPlan::kMatchesFirst);
  for (const char* index : {"events_source_country", "events_target_country", "events_source_code",
                            "events_target_code"}) {
    EXPECT_NE(p.find(std::string("USING INDEX ") + index + " ("), std::string::npos) << p;
  }
  EXPECT_EQ(p.find("events_quad"), std::string::npos) << p;
  EXPECT_EQ(p.find("RIGHT PART OF ORDER BY"), std::string::npos) << p;
  EXPECT_EQ(count(p, "TEMP B-TREE FOR ORDER BY"), 1u) << p;  // the union's few rows

  EventFilter dyad;
  dyad.source = "KOR";
  dyad.target = "PRK";
  dyad.symmetric = true;
  p = plan(dyad, FullTextPlan::kMatchesFirst);
  EXPECT_EQ(count(p, "USING INDEX events_dyad ("), 2u) << p;
  EXPECT_EQ(count(p, "TEMP B-TREE FOR ORDER BY"), 1u) << p;

  EventFilter text;
  text.text = "oil";
  p = plan(text, FullTextPlan::kInPageOrder);
  EXPECT_NE(p.find("USING INDEX events_date_event ("), std::string::npos) << p;
  EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
  p = plan(text, FullTextPlan::kMatchesFirst);
  EXPECT_NE(p.find("USING INTEGER PRIMARY KEY"), std::string::npos) << p;
}

// Two stories reporting the same acts on the same day: each act is one merged
// event with two mentions in two articles; rebuilding again changes nothing.
TEST_F(SqliteEventStoreTest, MergesTheSameActAcrossStories) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-a", 4), SampleRecord("doc-b", 4)}).ok());
  Result<int64_t> merged = store->RebuildMergedEvents(3);
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  // Of the four sample events per story two are happenings (040 and 081);
  // the negated and the background one are not merged.
  EXPECT_EQ(*merged, 2);
  Result<int64_t> again = store->RebuildMergedEvents(3);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 2);
  // Re-coded with only its first event, doc-b still shares that act with doc-a.
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-b", 1)}).ok());
  EXPECT_EQ(*store->RebuildMergedEvents(3), 2);
  ASSERT_TRUE(store->PutDocuments({SampleRecord("doc-b", 0)}).ok());
  EXPECT_EQ(*store->RebuildMergedEvents(3), 2);
}

}  // namespace
}  // namespace statecraft
