// One suite, every EventStore backend: the same stories are written to each
// and every query must give the same answer, spelled out here by hand.
// SQLite always runs (a temporary file). PostgreSQL runs when
// STATECRAFT_TEST_PG holds a connection URL (each test works in a schema of
// its own, dropped afterwards); test/integration/postgres_test.sh starts a
// throwaway server and sets it.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "statecraft/event_store.h"
#include "store/event_filter_match.h"
#include "store/event_json.h"
#include "store/migrations.h"

namespace statecraft {
namespace {

// --- the stories -----------------------------------------------------------------

struct ActorSpec {
  std::string code, country, name, text;
};

struct EventSpec {
  std::string id;
  int sentence = 0;
  std::string date;
  ActorSpec source;
  std::optional<ActorSpec> target;
  std::string cameo;
  int quad = 1;
  double goldstein = 0;
  std::string plover;
  bool negated = false, background = false;
};

struct StorySpec {
  std::string id, date, source, title;
  std::vector<std::string> sentences;
  std::vector<EventSpec> events;
};

const ActorSpec kKorGov{"KORGOV", "KOR", "Lee Jae-myung", "Lee Jae-myung"};
const ActorSpec kJpnGov{"JPNGOV", "JPN", "Shigeru Ishiba", "Ishiba"};
const ActorSpec kJapan{"JPN", "JPN", "Japan", "Japan"};
const ActorSpec kKorea{"KOR", "KOR", "South Korea", "South Korea"};
const ActorSpec kNorth{"PRK", "PRK", "North Korea", "North Korea"};
const ActorSpec kUsGov{"USAGOV", "USA", "Zoë Ortiz", "Zoë Ortiz"};

std::vector<StorySpec> Stories() {
  auto with_text = [](ActorSpec actor, std::string text) {
    actor.text = std::move(text);
    return actor;
  };
  return {
      {"d1",
       "2024-12-30",
       "wire-a",
       "Talks in Seoul",
       {"Lee Jae-myung met Shigeru Ishiba in Seoul on Monday.", "Japan's envoy praised the talks."},
       {{"e01", 0, "2024-12-30", kKorGov, kJpnGov, "040", 1, 1.0, "CONSULT"},
        {"e02", 1, "2024-12-30", kJapan, with_text(kKorGov, "Lee Jae-myung"), "051", 1, 3.4,
         "COOPERATE"}}},
      {"d2",
       "2025-01-02",
       "wire-b",
       "Missiles",
       {"Japan accused North Korea of firing missiles.",
        "North Korea fired two missiles toward Japan.", "South Korea did not condemn the launch."},
       {{"e03", 0, "2025-01-02", kJapan, kNorth, "112", 3, -2.0, "ACCUSE"},
        {"e04", 1, "2025-01-01", kNorth, kJapan, "190", 4, -10.0, "ASSAULT"},
        {"e05", 2, "2025-01-02", kKorea, kNorth, "111", 3, -2.0, "ACCUSE", /*negated=*/true}}},
      {"d3",
       "2025-01-02",
       "wire-a",
       "Tokyo again",
       {"Tokyo again accused North Korea of provocations.",
        "Years ago, Japan and South Korea signed a pact."},
       {{"e06", 0, "2025-01-03", with_text(kJapan, "Tokyo"), kNorth, "112", 3, -2.0, "ACCUSE"},
        {"e07", 1, "2025-01-02", kJapan, kKorea, "057", 1, 8.0, "COOPERATE", false,
         /*background=*/true}}},
      {"d4",
       "",
       "wire-c",
       "Calls for calm",
       {"The United Nations called for calm.",
        "The United States urged restraint from North Korea."},
       {{"e08",
         0,
         "",
         {"IGOUNO", "IGO", "United Nations", "United Nations"},
         std::nullopt,
         "020",
         1,
         3.0,
         "APPEAL"},
        {"e09",
         1,
         "",
         {"USA", "USA", "United States", "United States"},
         kNorth,
         "026",
         1,
         3.0,
         "APPEAL"}}},
      {"d5",
       "2025-02-14",
       "wire-b",
       "Envoy in Pyongyang",
       {"Zoë Ortiz\tvisited Pyongyang, saying \"peace\" \\ matters.\nIt was cold."},
       {{"e10", 0, "2025-02-14", kUsGov, with_text(kNorth, "Pyongyang"), "042", 1, 1.9,
         "CONSULT"}}},
      {"d6",
       "2025-02-16",
       "wire-c",
       "A call",
       {"President Lee called Ishiba again.", "South Korea plans to meet Japan soon."},
       {{"e11", 0, "2025-02-16", with_text(kKorGov, "President Lee"), kJpnGov, "040", 1, 1.0,
         "CONSULT"},
        {"e12", 1, "2025-02-16", kKorea, kJapan, "036", 1, 4.0, "CONSULT"}}},
      {"d7",
       "2025-02-15",
       "wire-c",
       "More talks",
       {"Zoë Ortiz held talks with North Korea."},
       {{"e13", 0, "2025-02-15", kUsGov, kNorth, "042", 1, 1.9, "CONSULT"}}},
      {"d8",
       "2025-02-15",
       "wire-a",
       "Again",
       {"Ortiz visited Pyongyang again."},
       {{"e14",
         0,
         "2025-02-15",
         {"USAGOV", "USA", "Z. Ortiz", "Ortiz"},
         with_text(kNorth, "Pyongyang"),
         "042",
         1,
         1.9,
         "CONSULT"}}},
  };
}

// [begin, end) of `needle` in `text` at or after `from`, else anywhere.
std::pair<uint32_t, uint32_t> Locate(const std::string& text, const std::string& needle,
                                     size_t from) {
  size_t at = text.find(needle, from);
  if (at == std::string::npos) at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  if (at == std::string::npos) at = 0;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

EventActor MakeActor(const DocumentRecord& record, const ActorSpec& spec, size_t from) {
  auto [begin, end] = Locate(record.text, spec.text, from);
  return {spec.code, spec.country, spec.name, spec.text, begin, end, "data/actors/test.txt:3"};
}

DocumentRecord Build(const StorySpec& spec) {
  DocumentRecord record;
  record.id = spec.id;
  record.date = spec.date;
  record.title = spec.title;
  record.url = "https://news.example/" + spec.id;
  record.source = spec.source;
  record.origin = "stories.jsonl:" + spec.id.substr(1);
  record.text_sha256 = "00";
  record.coded_at = "2025-03-01T00:00:00.000Z";
  for (size_t i = 0; i < spec.sentences.size(); ++i) {
    if (i > 0) record.text += " ";
    uint32_t begin = static_cast<uint32_t>(record.text.size());
    record.text += spec.sentences[i];
    record.sentences.push_back({static_cast<int>(i), begin,
                                static_cast<uint32_t>(record.text.size()), spec.sentences[i],
                                false});
  }
  for (const EventSpec& e : spec.events) {
    const StoredSentence& sentence = record.sentences[e.sentence];
    Event event;
    event.doc_id = spec.id;
    event.event_id = e.id;
    event.sentence = e.sentence;
    event.sentence_begin = sentence.begin;
    event.sentence_end = sentence.end;
    event.date = e.date;
    event.source = MakeActor(record, e.source, sentence.begin);
    if (e.target) event.target = MakeActor(record, *e.target, sentence.begin);
    event.cameo = e.cameo;
    event.root = e.cameo.substr(0, 2);
    event.quad_class = e.quad;
    event.goldstein = e.goldstein;
    event.plover = e.plover;
    event.negated = e.negated;
    event.background = e.background;
    event.verb_begin = event.source.end;
    event.verb_end = event.source.end;
    event.rule = "data/verbs/test.txt:" + e.id.substr(1);
    event.coder_version = "0.1.0";
    event.dictionaries = "sha256:feed";
    record.events.push_back(std::move(event));
  }
  if (spec.id == "d5") {
    // Lists, modality and a claim, for the round trip.
    Event& e = record.events[0];
    e.modality = "reported";
    e.plover_mode = "visit";
    auto [tb, te] = Locate(record.text, "cold", 0);
    e.time_refs.push_back({"cold", tb, te, "2025-02-14", "", "day"});
    e.quantities.push_back({"peace", tb, te, "count", 2.5, "thing"});
    record.claims.push_back({"Zoë Ortiz", "USA.envoy", false, "Zoë Ortiz", 0, 6, "", false});
  }
  return record;
}

std::vector<DocumentRecord> AllRecords() {
  std::vector<DocumentRecord> records;
  for (const StorySpec& spec : Stories()) records.push_back(Build(spec));
  return records;
}

// The stored form of an input event: what every read returns.
Event Stored(const DocumentRecord& record, const std::string& event_id) {
  for (Event event : record.events) {
    if (event.event_id != event_id) continue;
    event.sentence_text =
        record.text.substr(event.sentence_begin, event.sentence_end - event.sentence_begin);
    return event;
  }
  ADD_FAILURE() << "no event " << event_id;
  return {};
}

using Ids = std::vector<std::string>;

// --- the fixture -----------------------------------------------------------------

const char* PostgresUrl() {
  const char* url = std::getenv("STATECRAFT_TEST_PG");
  return url != nullptr && *url != '\0' ? url : nullptr;
}

class EventStoreConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      char pattern[] = "/tmp/statecraft-conformance-XXXXXX";
      ASSERT_NE(mkdtemp(pattern), nullptr);
      dir_ = pattern;
      location_ = (dir_ / "events.sqlite").string();
    } else {
      const char* url = PostgresUrl();
      if (url == nullptr) {
        GTEST_SKIP() << "set STATECRAFT_TEST_PG to a PostgreSQL URL to run the PostgreSQL "
                        "backend (test/integration/postgres_test.sh does)";
      }
      static std::atomic<int> counter{0};
      schema_ = "sc_conformance_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
      admin_url_ = url;
      try {
        pqxx::connection admin(admin_url_);
        pqxx::work tx(admin);
        tx.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
        tx.exec("CREATE SCHEMA " + schema_);
        tx.commit();
      } catch (const std::exception& e) {
        FAIL() << "cannot prepare schema in " << url << ": " << e.what();
      }
      location_ = admin_url_ + (admin_url_.find('?') == std::string::npos ? "?" : "&") +
                  "options=-csearch_path%3D" + schema_;
    }
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }

  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!schema_.empty()) {
      try {
        pqxx::connection admin(admin_url_);
        pqxx::work tx(admin);
        tx.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
        tx.commit();
      } catch (const std::exception& e) {
        ADD_FAILURE() << "cannot drop schema " << schema_ << ": " << e.what();
      }
    }
  }

  std::unique_ptr<EventStore> Open(const EventStoreOptions& options = {}) {
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(location_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Writes every story and rebuilds the merged events.
  void Load() {
    records_ = AllRecords();
    ASSERT_TRUE(store_->PutDocuments(records_).ok());
    Result<int64_t> merged = store_->RebuildMergedEvents(3);
    ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  }

  const DocumentRecord& Record(const std::string& id) {
    for (const DocumentRecord& record : records_) {
      if (record.id == id) return record;
    }
    ADD_FAILURE() << "no record " << id;
    return records_.front();
  }

  // Ids of every matching event (one page of up to 1000).
  Ids Query(const EventFilter& filter) {
    Result<EventPage> page = store_->QueryEvents(filter, {1000, ""});
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) return {};
    EXPECT_EQ(page->next, "");
    Ids ids;
    for (const Event& event : page->events) ids.push_back(event.event_id);
    return ids;
  }

  Ids Text(const std::string& text) {
    EventFilter filter;
    filter.text = text;
    return Query(filter);
  }

  std::filesystem::path dir_;
  std::string schema_, admin_url_, location_;
  std::unique_ptr<EventStore> store_;
  std::vector<DocumentRecord> records_;
};

const Ids kAllNewestFirst = {"e12", "e11", "e14", "e13", "e10", "e06", "e07",
                             "e03", "e04", "e02", "e01", "e09", "e08"};

// --- writes and reads ------------------------------------------------------------

TEST_P(EventStoreConformanceTest, StoresAtTheLatestSchemaVersion) {
  Result<int> version = store_->SchemaVersion();
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, LatestSchemaVersion());
  // Reopening applies nothing and keeps the version.
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(*store_->SchemaVersion(), LatestSchemaVersion());
}

TEST_P(EventStoreConformanceTest, RoundTripsDocumentsAndEventsExactly) {
  Load();
  EXPECT_EQ(*store_->CountDocuments(), 8);
  EXPECT_EQ(*store_->CountEvents(), 14);
  const DocumentRecord& d5 = Record("d5");
  Result<DocumentRecord> got = store_->GetDocument("d5");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->text, d5.text);  // tab, newline, quotes, backslash, non-ASCII
  EXPECT_EQ(got->title, d5.title);
  EXPECT_EQ(got->url, d5.url);
  EXPECT_EQ(got->source, d5.source);
  EXPECT_EQ(got->origin, d5.origin);
  EXPECT_EQ(got->date, d5.date);
  EXPECT_EQ(got->coded_at, d5.coded_at);
  ASSERT_EQ(got->sentences.size(), 1u);
  EXPECT_EQ(got->sentences[0].text, d5.sentences[0].text);
  ASSERT_EQ(got->claims.size(), 1u);
  EXPECT_EQ(got->claims[0].claimed, "USA.envoy");
  ASSERT_EQ(got->events.size(), 1u);
  const std::string expected = EventToJson(Stored(d5, "e10"));
  EXPECT_EQ(EventToJson(got->events[0]), expected);
  // The query API returns the very same event.
  EventFilter filter;
  filter.doc_id = "d5";
  Result<EventPage> page = store_->QueryEvents(filter, {});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(EventToJson(page->events[0]), expected);
  // Undated stories and events, events without a target.
  Result<DocumentRecord> d4 = store_->GetDocument("d4");
  ASSERT_TRUE(d4.ok());
  EXPECT_EQ(d4->date, "");
  ASSERT_EQ(d4->events.size(), 2u);
  EXPECT_EQ(EventToJson(d4->events[0]), EventToJson(Stored(Record("d4"), "e08")));
  EXPECT_FALSE(d4->events[0].target.has_value());
  EXPECT_EQ(store_->GetDocument("nope").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->EventsForDocument("nope")->empty());
}

TEST_P(EventStoreConformanceTest, RecodingAStoryReplacesItWhole) {
  Load();
  DocumentRecord d2 = Record("d2");
  d2.events.resize(1);  // only e03 now
  d2.title = "Missiles (updated)";
  // The same story twice in one batch: the last one wins.
  DocumentRecord first = Record("d2");
  ASSERT_TRUE(store_->PutDocuments({first, d2}).ok());
  EXPECT_EQ(*store_->CountDocuments(), 8);
  EXPECT_EQ(*store_->CountEvents(), 12);
  EXPECT_EQ(store_->GetDocument("d2")->title, "Missiles (updated)");
  EXPECT_EQ(Text("missiles"), (Ids{"e03"}));  // full text forgets the old events
  // Writing everything again changes nothing.
  ASSERT_TRUE(store_->PutDocuments(AllRecords()).ok());
  ASSERT_TRUE(store_->PutDocuments(AllRecords()).ok());
  EXPECT_EQ(*store_->CountDocuments(), 8);
  EXPECT_EQ(*store_->CountEvents(), 14);
  EXPECT_EQ(Text("missiles"), (Ids{"e03", "e04"}));
}

TEST_P(EventStoreConformanceTest, ABadBatchWritesNothing) {
  Load();
  DocumentRecord clash = Build({"d9", "2025-03-01", "wire-a", "Clash", {"Japan met Japan."}, {}});
  Event stolen = Stored(Record("d1"), "e01");  // e01 belongs to d1
  stolen.doc_id = "d9";
  stolen.sentence_begin = 0;
  stolen.sentence_end = 5;
  stolen.source.begin = stolen.source.end = 0;
  stolen.target->begin = stolen.target->end = 0;
  stolen.verb_begin = stolen.verb_end = 0;
  clash.events.push_back(stolen);
  DocumentRecord fine = Build({"d10", "2025-03-01", "wire-a", "Fine", {"Nothing."}, {}});
  Status status = store_->PutDocuments({fine, clash});
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << status.ToString();
  EXPECT_EQ(*store_->CountDocuments(), 8);
  EXPECT_EQ(*store_->CountEvents(), 14);
  // The store is still usable.
  ASSERT_TRUE(store_->PutDocuments({fine}).ok());
  EXPECT_EQ(*store_->CountDocuments(), 9);
  // A malformed record is refused before anything is written.
  DocumentRecord bad = fine;
  bad.date = "2025-02-30";
  EXPECT_EQ(store_->PutDocuments({bad}).code(), StatusCode::kInvalidArgument);
}

TEST_P(EventStoreConformanceTest, ProblemsAndRuns) {
  StoredProblem problem{"in.jsonl:3", "d1", "empty", "the story is empty", true};
  ASSERT_TRUE(store_->PutProblems({problem}).ok());
  problem.skipped = false;
  ASSERT_TRUE(store_->PutProblems({problem}).ok());  // upserted, not added
  ASSERT_TRUE(store_->PutProblems({{"in.jsonl:4", "", "invalid-utf8", "bad bytes", true}}).ok());
  Result<std::vector<StoredProblem>> problems = store_->ListProblems();
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 2u);
  EXPECT_EQ((*problems)[0].origin, "in.jsonl:3");
  EXPECT_FALSE((*problems)[0].skipped);
  EXPECT_EQ((*problems)[1].reason, "invalid-utf8");

  RunRecord run;
  run.coder_version = "0.1.0";
  run.dictionaries = "sha256:feed";
  run.input = "in.jsonl";
  run.finished_at = "2025-03-01T00:00:01Z";
  run.documents = 8;
  run.events = 14;
  Result<int64_t> first = store_->RecordRun(run);
  Result<int64_t> second = store_->RecordRun(run);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_LT(*first, *second);
  Result<std::vector<RunRecord>> runs = store_->ListRuns();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, *first);
  EXPECT_EQ((*runs)[0].finished_at, "2025-03-01T00:00:01Z");
  EXPECT_EQ((*runs)[0].started_at.size(), std::string("2025-03-01T00:00:01.000Z").size());
  EXPECT_EQ((*runs)[1].events, 14);
}

TEST_P(EventStoreConformanceTest, ReadOnlyStoresRefuseWrites) {
  Load();
  EventStoreOptions options;
  options.read_only = true;
  std::unique_ptr<EventStore> reader = Open(options);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(*reader->CountEvents(), 14);
  EXPECT_EQ(reader->PutDocuments(AllRecords()).code(), StatusCode::kIoError);
  EXPECT_EQ(reader->RecordRun({}).status().code(), StatusCode::kIoError);
  EXPECT_EQ(reader->RebuildMergedEvents(3).status().code(), StatusCode::kIoError);
  EXPECT_EQ(reader->QueryEvents({}, {})->events.size(), 13u);
}

// --- QueryEvents -----------------------------------------------------------------

TEST_P(EventStoreConformanceTest, EventsComeNewestFirstWithUndatedLast) {
  Load();
  EXPECT_EQ(Query({}), kAllNewestFirst);
  EventFilter with_negated;
  with_negated.include_negated = true;
  Ids all = Query(with_negated);
  EXPECT_EQ(all, (Ids{"e12", "e11", "e14", "e13", "e10", "e06", "e07", "e05", "e03", "e04", "e02",
                      "e01", "e09", "e08"}));
  EventFilter no_background;
  no_background.include_background = false;
  Ids expected = kAllNewestFirst;
  std::erase(expected, "e07");
  EXPECT_EQ(Query(no_background), expected);
}

TEST_P(EventStoreConformanceTest, PagesWalkTheOrderWithoutGapsOrRepeats) {
  Load();
  for (int limit : {1, 2, 5, 12, 13, 14}) {
    Ids walked;
    std::string cursor;
    int pages = 0;
    do {
      Result<EventPage> page = store_->QueryEvents({}, {limit, cursor});
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      ASSERT_LE(page->events.size(), static_cast<size_t>(limit));
      for (const Event& event : page->events) walked.push_back(event.event_id);
      cursor = page->next;
      ASSERT_LT(++pages, 20);
    } while (!cursor.empty());
    EXPECT_EQ(walked, kAllNewestFirst) << "limit " << limit;
    EXPECT_EQ(pages, (13 + limit - 1) / limit) << "limit " << limit;  // no empty last page
  }
  Result<EventPage> first = store_->QueryEvents({}, {5, ""});
  ASSERT_TRUE(first.ok());
  // The cursor is opaque but the same on every backend: base64url of
  // "date|event_id".
  EXPECT_EQ(first->next, "MjAyNS0wMi0xNHxlMTA");
  // A cursor in the undated tail.
  Result<EventPage> tail = store_->QueryEvents({}, {1, "fGUwOQ"});  // "|e09"
  ASSERT_TRUE(tail.ok()) << tail.status().ToString();
  ASSERT_EQ(tail->events.size(), 1u);
  EXPECT_EQ(tail->events[0].event_id, "e08");
  EXPECT_EQ(tail->next, "");
}

TEST_P(EventStoreConformanceTest, BadPageRequestsAreInvalidArguments) {
  Load();
  for (const char* cursor : {"%%%", "YWJj", "fA", "MjAyNS0xMy0wMXxlMTA", "MjAyNS0wMi0xNHxlMTA="}) {
    EXPECT_EQ(store_->QueryEvents({}, {5, cursor}).status().code(), StatusCode::kInvalidArgument)
        << cursor;
  }
  EXPECT_EQ(store_->QueryEvents({}, {0, ""}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->QueryEvents({}, {1001, ""}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(store_->QueryEvents({}, {1000, ""}).ok());
}

TEST_P(EventStoreConformanceTest, FiltersByActorDyadCodeQuadPloverDateAndStory) {
  Load();
  EventFilter f;
  f.actors = {"PRK"};
  EXPECT_EQ(Query(f), (Ids{"e14", "e13", "e10", "e06", "e03", "e04", "e09"}));
  f.actors = {"KORGOV"};  // a full code, as source or target
  EXPECT_EQ(Query(f), (Ids{"e11", "e02", "e01"}));
  f.actors = {"IGOUNO", "USA"};
  EXPECT_EQ(Query(f), (Ids{"e14", "e13", "e10", "e09", "e08"}));

  f = {};
  f.source = "JPN";
  f.target = "PRK";
  EXPECT_EQ(Query(f), (Ids{"e06", "e03"}));
  f.symmetric = true;
  EXPECT_EQ(Query(f), (Ids{"e06", "e03", "e04"}));
  f = {};
  f.source = "KORGOV";  // a code on one side, a country on the other
  f.target = "JPN";
  EXPECT_EQ(Query(f), (Ids{"e11", "e01"}));
  f = {};
  f.source = "USA";
  f.symmetric = true;
  EXPECT_EQ(Query(f), (Ids{"e14", "e13", "e10", "e09"}));
  f = {};
  f.target = "KOR";
  EXPECT_EQ(Query(f), (Ids{"e07", "e02"}));

  f = {};
  f.cameo = {"04"};  // a root
  EXPECT_EQ(Query(f), (Ids{"e11", "e14", "e13", "e10", "e01"}));
  f.cameo = {"112"};
  EXPECT_EQ(Query(f), (Ids{"e06", "e03"}));
  f.cameo = {"04", "190"};
  EXPECT_EQ(Query(f), (Ids{"e11", "e14", "e13", "e10", "e04", "e01"}));

  f = {};
  f.quad_classes = {4};
  EXPECT_EQ(Query(f), (Ids{"e04"}));
  f.quad_classes = {3};
  EXPECT_EQ(Query(f), (Ids{"e06", "e03"}));
  f.include_negated = true;
  EXPECT_EQ(Query(f), (Ids{"e06", "e05", "e03"}));

  f = {};
  f.plover = {"ACCUSE"};
  EXPECT_EQ(Query(f), (Ids{"e06", "e03"}));

  f = {};
  f.date_from = "2025-01-01";
  f.date_to = "2025-01-02";
  EXPECT_EQ(Query(f), (Ids{"e07", "e03", "e04"}));
  f.date_to = "";
  f.date_from = "2025-02-15";
  EXPECT_EQ(Query(f), (Ids{"e12", "e11", "e14", "e13"}));

  f = {};
  f.doc_id = "d2";
  EXPECT_EQ(Query(f), (Ids{"e03", "e04"}));
  f.include_negated = true;
  EXPECT_EQ(Query(f), (Ids{"e05", "e03", "e04"}));

  // Everything at once.
  f = {};
  f.actors = {"PRK"};
  f.cameo = {"04"};
  f.date_to = "2025-02-14";
  f.plover = {"CONSULT"};
  f.quad_classes = {1, 2};
  EXPECT_EQ(Query(f), (Ids{"e10"}));
}

TEST_P(EventStoreConformanceTest, FullTextMatchesWholeWordsOfTheSentence) {
  Load();
  EXPECT_EQ(Text("missiles"), (Ids{"e03", "e04"}));
  EXPECT_EQ(Text("MISSILES"), (Ids{"e03", "e04"}));
  EXPECT_EQ(Text("missile"), (Ids{}));                    // no stemming, no prefixes
  EXPECT_EQ(Text("accused korea"), (Ids{"e06", "e03"}));  // every word
  EXPECT_EQ(Text("accused pact"), (Ids{}));
  EXPECT_EQ(Text("myung"), (Ids{"e01"}));  // a part of a hyphenated name
  EXPECT_EQ(Text("Jae-myung"), (Ids{"e01"}));
  EXPECT_EQ(Text("Zoë"), (Ids{"e13", "e10"}));
  EXPECT_EQ(Text("“peace”"), (Ids{"e10"}));         // typographic quotes are not part of words
  EXPECT_EQ(Text("visited"), (Ids{"e14", "e10"}));  // after a tab
  EXPECT_EQ(Text("japan's"), (Ids{"e02"}));
  EventFilter f;
  f.text = "visited";
  f.date_to = "2025-02-14";
  EXPECT_EQ(Query(f), (Ids{"e10"}));
  f = {};
  f.text = "condemn";
  EXPECT_EQ(Query(f), (Ids{}));  // only in a negated event's sentence
  f.include_negated = true;
  EXPECT_EQ(Query(f), (Ids{"e05"}));
}

// The SQL of every backend against the filter's meaning evaluated in
// memory (event_filter_match.h), over many filters and their combinations.
TEST_P(EventStoreConformanceTest, QueriesAgreeWithTheFilterEvaluatedInMemory) {
  Load();
  std::vector<Event> all;
  for (const DocumentRecord& record : records_) {
    for (const Event& event : record.events) all.push_back(Stored(record, event.event_id));
  }
  std::sort(all.begin(), all.end(), [](const Event& a, const Event& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return std::tie(b.date, b.event_id) < std::tie(a.date, a.event_id);
  });
  std::vector<EventFilter> axes(1);
  auto add = [&](auto set) {
    EventFilter f;
    set(f);
    axes.push_back(f);
  };
  add([](EventFilter& f) { f.actors = {"JPN"}; });
  add([](EventFilter& f) { f.actors = {"KORGOV", "PRK"}; });
  add([](EventFilter& f) { f.source = "KOR"; });
  add([](EventFilter& f) {
    f.target = "PRK";
    f.symmetric = true;
  });
  add([](EventFilter& f) {
    f.source = "JPN";
    f.target = "KOR";
    f.symmetric = true;
  });
  add([](EventFilter& f) { f.cameo = {"11", "040"}; });
  add([](EventFilter& f) { f.quad_classes = {1, 3}; });
  add([](EventFilter& f) { f.plover = {"CONSULT", "ACCUSE"}; });
  add([](EventFilter& f) { f.date_from = "2025-01-02"; });
  add([](EventFilter& f) { f.date_to = "2025-01-02"; });
  add([](EventFilter& f) { f.text = "korea"; });
  add([](EventFilter& f) { f.text = "Japan, Korea"; });
  add([](EventFilter& f) { f.include_negated = true; });
  add([](EventFilter& f) { f.include_background = false; });
  int checked = 0;
  for (const EventFilter& a : axes) {
    for (const EventFilter& b : axes) {
      EventFilter f = a;  // a's fields, then b's where a left them empty
      if (f.actors.empty()) f.actors = b.actors;
      if (f.source.empty() && f.target.empty()) {
        f.source = b.source;
        f.target = b.target;
        f.symmetric = b.symmetric;
      }
      if (f.cameo.empty()) f.cameo = b.cameo;
      if (f.quad_classes.empty()) f.quad_classes = b.quad_classes;
      if (f.plover.empty()) f.plover = b.plover;
      if (f.date_from.empty()) f.date_from = b.date_from;
      if (f.date_to.empty()) f.date_to = b.date_to;
      if (f.text.empty()) f.text = b.text;
      f.include_negated = a.include_negated || b.include_negated;
      f.include_background = a.include_background && b.include_background;
      Ids expected;
      for (const Event& event : all) {
        if (MatchesFilter(event, f)) expected.push_back(event.event_id);
      }
      ASSERT_EQ(Query(f), expected) << "filters " << &a - &axes[0] << " and " << &b - &axes[0];
      ++checked;
    }
  }
  EXPECT_EQ(checked, 225);
}

TEST_P(EventStoreConformanceTest, BadFiltersAreInvalidArguments) {
  Load();
  std::vector<EventFilter> bad(8);
  bad[0].date_from = "2025-13-01";
  bad[1].date_to = "yesterday";
  bad[2].quad_classes = {5};
  bad[3].cameo = {"4x"};
  bad[4].cameo = {"1"};
  bad[5].text = "!!! --";
  bad[6].actors = {""};
  bad[7].plover = {""};
  for (const EventFilter& filter : bad) {
    EXPECT_EQ(store_->QueryEvents(filter, {}).status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(store_->Series({filter}).status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(store_->ActorNetwork({filter}).status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(store_->TopStories({filter}).status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(
        store_
            ->ForEachEvent(
                filter, [](const Event&, const EventStore::MergedCounts&) { return Status::Ok(); })
            .code(),
        StatusCode::kInvalidArgument);
  }
}

// --- Series ----------------------------------------------------------------------

struct PointSpec {
  std::string period;
  int64_t events;
  std::vector<int64_t> quad;
  double goldstein;
  int64_t stories;
};

void ExpectSeries(const Result<std::vector<SeriesPoint>>& got, const std::vector<PointSpec>& want) {
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const SeriesPoint& p = (*got)[i];
    EXPECT_EQ(p.period, want[i].period) << i;
    EXPECT_EQ(p.events, want[i].events) << p.period;
    EXPECT_EQ(std::vector<int64_t>(p.quad, p.quad + 4), want[i].quad) << p.period;
    EXPECT_NEAR(p.goldstein_sum, want[i].goldstein, 1e-9) << p.period;
    EXPECT_EQ(p.stories, want[i].stories) << p.period;
  }
}

TEST_P(EventStoreConformanceTest, SeriesByDayWeekAndMonth) {
  Load();
  SeriesRequest request;
  request.filter.source = "JPN";
  request.filter.target = "PRK";
  request.filter.symmetric = true;
  request.granularity = "day";
  ExpectSeries(store_->Series(request), {{"2025-01-01", 1, {0, 0, 0, 1}, -10, 0},
                                         {"2025-01-02", 1, {0, 0, 1, 0}, -2, 2},
                                         {"2025-01-03", 1, {0, 0, 1, 0}, -2, 0}});
  // 2025-01-01 is in the ISO week that starts on Monday 2024-12-30.
  request.granularity = "week";
  ExpectSeries(store_->Series(request), {{"2025-W01", 3, {0, 0, 2, 1}, -14, 3}});
  request.granularity = "month";
  request.normalize = true;
  Result<std::vector<SeriesPoint>> month = store_->Series(request);
  ExpectSeries(month, {{"2025-01", 3, {0, 0, 2, 1}, -14, 2}});
  EXPECT_DOUBLE_EQ((*month)[0].events_norm, 1.5);
  EXPECT_DOUBLE_EQ((*month)[0].quad_norm[2], 1.0);
  EXPECT_DOUBLE_EQ((*month)[0].quad_norm[3], 0.5);
  EXPECT_NEAR((*month)[0].goldstein_norm, -7.0, 1e-9);
  request.granularity = "day";
  Result<std::vector<SeriesPoint>> days = store_->Series(request);
  ASSERT_TRUE(days.ok());
  EXPECT_EQ((*days)[0].events_norm, 0.0);  // no stories that day
  EXPECT_DOUBLE_EQ((*days)[1].events_norm, 0.5);
  EXPECT_DOUBLE_EQ((*days)[1].goldstein_norm, -1.0);
}

TEST_P(EventStoreConformanceTest, SeriesFillsEmptyPeriodsBetweenFirstAndLast) {
  Load();
  SeriesRequest request;
  request.filter.cameo = {"04"};
  request.granularity = "week";
  ExpectSeries(store_->Series(request), {{"2025-W01", 1, {1, 0, 0, 0}, 1.0, 3},
                                         {"2025-W02", 0, {0, 0, 0, 0}, 0, 0},
                                         {"2025-W03", 0, {0, 0, 0, 0}, 0, 0},
                                         {"2025-W04", 0, {0, 0, 0, 0}, 0, 0},
                                         {"2025-W05", 0, {0, 0, 0, 0}, 0, 0},
                                         {"2025-W06", 0, {0, 0, 0, 0}, 0, 0},
                                         {"2025-W07", 4, {4, 0, 0, 0}, 6.7, 4}});
  request.granularity = "day";
  Result<std::vector<SeriesPoint>> days = store_->Series(request);
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->size(), 49u);  // 2024-12-30 .. 2025-02-16
  EXPECT_EQ(days->front().period, "2024-12-30");
  EXPECT_EQ(days->back().period, "2025-02-16");
  EXPECT_EQ((*days)[1].period, "2024-12-31");
  EXPECT_EQ((*days)[1].events, 0);
  request.filter = {};  // undated events are left out
  request.granularity = "month";
  ExpectSeries(store_->Series(request), {{"2024-12", 2, {2, 0, 0, 0}, 4.4, 1},
                                         {"2025-01", 4, {1, 0, 2, 1}, -6, 2},
                                         {"2025-02", 5, {5, 0, 0, 0}, 10.7, 4}});
  request.filter.plover = {"NOTHING"};
  ExpectSeries(store_->Series(request), {});
  request.granularity = "year";
  EXPECT_EQ(store_->Series(request).status().code(), StatusCode::kInvalidArgument);
}

// --- ActorNetwork ----------------------------------------------------------------

struct EdgeSpec {
  std::string source, target;
  int64_t events;
  double mean_goldstein;
  std::vector<int64_t> quad;
};

void ExpectNetwork(const Result<Network>& got,
                   const std::vector<std::tuple<std::string, std::string, int64_t>>& nodes,
                   const std::vector<EdgeSpec>& edges) {
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->nodes.size(), nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    EXPECT_EQ(got->nodes[i].id, std::get<0>(nodes[i])) << i;
    EXPECT_EQ(got->nodes[i].label, std::get<1>(nodes[i])) << i;
    EXPECT_EQ(got->nodes[i].events, std::get<2>(nodes[i])) << i;
  }
  ASSERT_EQ(got->edges.size(), edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    const NetworkEdge& e = got->edges[i];
    EXPECT_EQ(e.source + ">" + e.target, edges[i].source + ">" + edges[i].target) << i;
    EXPECT_EQ(e.events, edges[i].events) << i;
    EXPECT_NEAR(e.mean_goldstein, edges[i].mean_goldstein, 1e-9) << i;
    EXPECT_EQ(std::vector<int64_t>(e.quad, e.quad + 4), edges[i].quad) << i;
  }
}

TEST_P(EventStoreConformanceTest, NetworkOfCountries) {
  Load();
  NetworkRequest request;
  ExpectNetwork(store_->ActorNetwork(request),
                {{"JPN", "Japan", 8},
                 {"PRK", "North Korea", 7},
                 {"KOR", "South Korea", 5},
                 {"USA", "United States", 4},
                 {"IGO", "IGO", 1}},
                {{"USA", "PRK", 4, 8.7 / 4, {4, 0, 0, 0}},
                 {"KOR", "JPN", 3, 2.0, {3, 0, 0, 0}},
                 {"JPN", "KOR", 2, 5.7, {2, 0, 0, 0}},
                 {"JPN", "PRK", 2, -2.0, {0, 0, 2, 0}},
                 {"PRK", "JPN", 1, -10.0, {0, 0, 0, 1}}});
  request.max_nodes = 2;
  ExpectNetwork(store_->ActorNetwork(request), {{"JPN", "Japan", 8}, {"PRK", "North Korea", 7}},
                {{"JPN", "PRK", 2, -2.0, {0, 0, 2, 0}}, {"PRK", "JPN", 1, -10.0, {0, 0, 0, 1}}});
  request.max_nodes = 200;
  request.filter.quad_classes = {3, 4};
  ExpectNetwork(store_->ActorNetwork(request), {{"JPN", "Japan", 3}, {"PRK", "North Korea", 3}},
                {{"JPN", "PRK", 2, -2.0, {0, 0, 2, 0}}, {"PRK", "JPN", 1, -10.0, {0, 0, 0, 1}}});
  request.max_nodes = 0;
  EXPECT_EQ(store_->ActorNetwork(request).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(EventStoreConformanceTest, NetworkOfFullCodesLabelledByTheirLatestName) {
  Load();
  NetworkRequest request;
  request.by_country = false;
  request.filter.actors = {"USA", "KOR"};
  Result<Network> network = store_->ActorNetwork(request);
  // USAGOV is "Zoë Ortiz" in e10 and e13, "Z. Ortiz" in e14, the latest
  // (2025-02-15 like e13, and e14 > e13).
  ExpectNetwork(network,
                {{"PRK", "North Korea", 4},
                 {"JPN", "Japan", 3},
                 {"KORGOV", "Lee Jae-myung", 3},
                 {"USAGOV", "Z. Ortiz", 3},
                 {"JPNGOV", "Shigeru Ishiba", 2},
                 {"KOR", "South Korea", 2},
                 {"USA", "United States", 1}},
                {{"USAGOV", "PRK", 3, 1.9, {3, 0, 0, 0}},
                 {"KORGOV", "JPNGOV", 2, 1.0, {2, 0, 0, 0}},
                 {"JPN", "KOR", 1, 8.0, {1, 0, 0, 0}},
                 {"JPN", "KORGOV", 1, 3.4, {1, 0, 0, 0}},
                 {"KOR", "JPN", 1, 4.0, {1, 0, 0, 0}},
                 {"USA", "PRK", 1, 3.0, {1, 0, 0, 0}}});
}

// --- TopStories ------------------------------------------------------------------

std::vector<std::string> StoryIds(const Result<std::vector<TopStory>>& stories) {
  EXPECT_TRUE(stories.ok()) << stories.status().ToString();
  std::vector<std::string> ids;
  if (!stories.ok()) return ids;
  for (const TopStory& story : *stories) {
    ids.push_back(story.doc_id + ":" + std::to_string(story.events) + "/" +
                  std::to_string(story.mentions));
  }
  return ids;
}

TEST_P(EventStoreConformanceTest, TopStoriesByEventsAndByMentions) {
  Load();
  // e03+e06 are one happening (2 mentions), e10+e13+e14 another (3).
  TopStoriesRequest request;
  EXPECT_EQ(StoryIds(store_->TopStories(request)),
            (Ids{"d2:2/3", "d3:2/3", "d1:2/2", "d4:2/2", "d6:2/2", "d5:1/3", "d7:1/3", "d8:1/3"}));
  request.by = "mentions";
  EXPECT_EQ(StoryIds(store_->TopStories(request)),
            (Ids{"d2:2/3", "d3:2/3", "d5:1/3", "d7:1/3", "d8:1/3", "d1:2/2", "d4:2/2", "d6:2/2"}));
  request.limit = 3;
  Result<std::vector<TopStory>> top = store_->TopStories(request);
  EXPECT_EQ(StoryIds(top), (Ids{"d2:2/3", "d3:2/3", "d5:1/3"}));
  EXPECT_EQ((*top)[0].title, "Missiles");
  EXPECT_EQ((*top)[0].url, "https://news.example/d2");
  EXPECT_EQ((*top)[0].date, "2025-01-02");
  request.limit = 20;
  request.filter.cameo = {"04"};
  EXPECT_EQ(StoryIds(store_->TopStories(request)),
            (Ids{"d5:1/3", "d7:1/3", "d8:1/3", "d1:1/1", "d6:1/1"}));
  request.filter = {};
  request.filter.include_negated = true;  // e05 is in no merged event: one mention
  EXPECT_EQ(StoryIds(store_->TopStories(request)).front(), "d2:3/4");
  request.by = "sources";
  EXPECT_EQ(store_->TopStories(request).status().code(), StatusCode::kInvalidArgument);
  request.by = "events";
  request.limit = 0;
  EXPECT_EQ(store_->TopStories(request).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(EventStoreConformanceTest, TopStoriesBeforeMergingCountEachEventOnce) {
  ASSERT_TRUE(store_->PutDocuments(AllRecords()).ok());
  TopStoriesRequest request;
  request.by = "mentions";
  request.limit = 2;
  EXPECT_EQ(StoryIds(store_->TopStories(request)), (Ids{"d1:2/2", "d2:2/2"}));
}

// --- ForEachEvent ----------------------------------------------------------------

TEST_P(EventStoreConformanceTest, ForEachEventStreamsOldestFirstWithMergedCounts) {
  Load();
  Ids order;
  std::vector<EventStore::MergedCounts> counts;
  Status status =
      store_->ForEachEvent({}, [&](const Event& event, const EventStore::MergedCounts& merged) {
        order.push_back(event.event_id);
        counts.push_back(merged);
        if (event.event_id == "e10") {
          EXPECT_EQ(EventToJson(event), EventToJson(Stored(Record("d5"), "e10")));
        }
        // The sink may read the store while the walk goes on.
        Result<int64_t> events = store_->CountEvents();
        EXPECT_TRUE(events.ok()) << events.status().ToString();
        return Status::Ok();
      });
  ASSERT_TRUE(status.ok()) << status.ToString();
  // Oldest first, undated last.
  EXPECT_EQ(order, (Ids{"e01", "e02", "e04", "e03", "e07", "e06", "e10", "e13", "e14", "e11", "e12",
                        "e08", "e09"}));
  auto counts_of = [&](const std::string& id) {
    size_t at = std::find(order.begin(), order.end(), id) - order.begin();
    const EventStore::MergedCounts& c = counts.at(at);
    return std::to_string(c.num_mentions) + "/" + std::to_string(c.num_sources) + "/" +
           std::to_string(c.num_articles);
  };
  EXPECT_EQ(counts_of("e03"), "2/2/2");
  EXPECT_EQ(counts_of("e14"), "3/3/3");
  EXPECT_EQ(counts_of("e01"), "1/1/1");
  EXPECT_EQ(counts_of("e07"), "1/1/1");  // background: in no merged event
  const auto& e03 = counts[std::find(order.begin(), order.end(), "e03") - order.begin()];
  const auto& e06 = counts[std::find(order.begin(), order.end(), "e06") - order.begin()];
  EXPECT_FALSE(e03.merged_id.empty());
  EXPECT_EQ(e03.merged_id, e06.merged_id);
  EXPECT_EQ(counts[std::find(order.begin(), order.end(), "e07") - order.begin()].merged_id, "");

  // A filter, and a sink that stops the walk.
  EventFilter filter;
  filter.actors = {"PRK"};
  int calls = 0;
  status = store_->ForEachEvent(filter, [&](const Event&, const EventStore::MergedCounts&) {
    return ++calls == 3 ? Status::IoError("disk full") : Status::Ok();
  });
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_EQ(status.message(), "disk full");
  EXPECT_EQ(calls, 3);
}

// Many events: pages of QueryEvents and the batches ForEachEvent reads
// (PostgreSQL reads 1000 at a time) meet without gaps or repeats.
TEST_P(EventStoreConformanceTest, LongWalksMeetAtPageBoundaries) {
  DocumentRecord record = Build({"big", "2025-05-01", "wire-a", "Big", {"Japan met Japan."}, {}});
  const Event model = [&] {
    Event e;
    e.doc_id = "big";
    e.source = {"JPN", "JPN", "Japan", "Japan", 0, 5, ""};
    e.cameo = "040";
    e.root = "04";
    e.quad_class = 1;
    e.goldstein = 1;
    e.plover = "CONSULT";
    e.sentence_end = 16;
    return e;
  }();
  const int kEvents = 2345;
  for (int i = 0; i < kEvents; ++i) {
    Event e = model;
    char id[16];
    std::snprintf(id, sizeof(id), "b%05d", (i * 7919) % kEvents);  // written out of order
    e.event_id = id;
    // Thirty days and some undated events.
    e.date = i % 31 == 0
                 ? ""
                 : "2025-05-" + std::string(i % 31 < 10 ? "0" : "") + std::to_string(i % 31);
    record.events.push_back(std::move(e));
  }
  ASSERT_TRUE(store_->PutDocuments({record}).ok());
  Ids streamed;
  ASSERT_TRUE(store_
                  ->ForEachEvent({},
                                 [&](const Event& event, const EventStore::MergedCounts&) {
                                   streamed.push_back(event.event_id);
                                   return Status::Ok();
                                 })
                  .ok());
  Ids paged;
  std::string cursor;
  do {
    Result<EventPage> page = store_->QueryEvents({}, {1000, cursor});
    ASSERT_TRUE(page.ok());
    for (const Event& event : page->events) paged.push_back(event.event_id);
    cursor = page->next;
  } while (!cursor.empty());
  ASSERT_EQ(streamed.size(), static_cast<size_t>(kEvents));
  EXPECT_EQ(std::set<std::string>(streamed.begin(), streamed.end()).size(),
            static_cast<size_t>(kEvents));
  EXPECT_EQ(std::set<std::string>(paged.begin(), paged.end()),
            std::set<std::string>(streamed.begin(), streamed.end()));
  // Streamed oldest first, paged newest first; undated last in both.
  std::map<std::string, std::string> date_of;
  for (const Event& e : record.events) date_of[e.event_id] = e.date;
  auto key = [&](const std::string& id) {
    return std::make_tuple(date_of[id].empty(), date_of[id], id);
  };
  EXPECT_TRUE(
      std::is_sorted(streamed.begin(), streamed.end(),
                     [&](const std::string& a, const std::string& b) { return key(a) < key(b); }));
  auto newest_first = [&](const std::string& a, const std::string& b) {
    auto [a_undated, a_date, a_id] = key(a);
    auto [b_undated, b_date, b_id] = key(b);
    if (a_undated != b_undated) return b_undated;
    return std::tie(b_date, b_id) < std::tie(a_date, a_id);
  };
  EXPECT_TRUE(std::is_sorted(paged.begin(), paged.end(), newest_first));
}

INSTANTIATE_TEST_SUITE_P(Backends, EventStoreConformanceTest,
                         ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace statecraft
