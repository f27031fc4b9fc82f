#include "evaluate/gold.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace statecraft {
namespace {

namespace fs = std::filesystem;

// Story s1's text, as the JSON line below decodes it: "é" is two bytes, so
// byte offsets differ from character offsets after it:
//   "Caf\xC3\xA9 news.\n    France criticized\nGermany on Monday.  Tail."
// is 59 bytes; "Caf\xC3\xA9 news." is [0, 11), "France ... Monday." is
// [16, 52), "Tail." is [54, 59).
constexpr char kCorpus[] =
    R"({"id": "s0", "date": "1987-03-01", "text": "Other story."})"
    "\n"
    // A broken line of a story no record needs: never parsed.
    R"({"id": "s9", "text": )"
    "\n"
    R"({"id": "s1", "date": "1987-03-02", "title": "T", "text": "Caf\u00e9 news.\n    France criticized\nGermany on Monday.  Tail."})"
    "\n"
    R"({"id": "s2", "text": "Undated story."})"
    "\n";

class GoldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sc_gold_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("corpus.jsonl", kCorpus);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) { std::ofstream(dir_ / rel, std::ios::binary) << text; }
  std::string Path(const std::string& rel) const { return (dir_ / rel).string(); }

  // Writes GOLD, reads it and resolves it against the corpus (or CORPUS).
  Status Load(const std::string& gold, std::vector<GoldRecord>* out, const std::string* corpus = nullptr) {
    Write("g.gold", gold);
    Result<std::vector<GoldRecord>> records = ReadGoldFile(Path("g.gold"));
    if (!records.ok()) return records.status();
    *out = std::move(*records);
    return ResolveStandoff(corpus ? *corpus : Path("corpus.jsonl"), out);
  }

  fs::path dir_;
};

TEST_F(GoldTest, TwoRecordsWithOneIdAreAnError) {
  std::vector<GoldRecord> records;
  std::string no_corpus;
  Status st = Load(
      "id: a\ndate: 2025-01-02\ntext: France praised Germany.\nexpect: FRA 051 DEU\n\n"
      "id: a\ndate: 2025-01-02\ntext: Germany praised France.\nexpect: DEU 051 FRA\n",
      &records, &no_corpus);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("g.gold:6: record 'a' has the id of the record at"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("g.gold:1"), std::string::npos) << st.message();
}

TEST_F(GoldTest, InlineRecordsNeedNoCorpus) {
  std::vector<GoldRecord> records;
  std::string no_corpus;
  Status st = Load("id: a\ndate: 2025-01-02\ntext: France praised Germany.\nexpect: FRA 051 DEU\n", &records, &no_corpus);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].text, "France praised Germany.");
  EXPECT_TRUE(records[0].doc.empty());
  EXPECT_FALSE(records[0].span.has_value());
  EXPECT_FALSE(HasStandoff(records));
}

TEST_F(GoldTest, ExpectLineMayMarkABackgroundAct) {
  std::vector<GoldRecord> records;
  std::string no_corpus;
  Status st = Load("id: a\ndate: 2025-01-02\ntext: T.\nexpect: FRA 051 DEU\nexpect: RUS 192 UKR background\n", &records,
                   &no_corpus);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(records[0].expected.size(), 2u);
  EXPECT_FALSE(records[0].expected[0].background);
  EXPECT_TRUE(records[0].expected[1].background);
  EXPECT_EQ(records[0].expected[1].target, "UKR");
  // Anything else after the target is an error with its line.
  st = Load("id: a\ntext: T.\nexpect: RUS 192 UKR past\n", &records, &no_corpus);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("g.gold:3"), std::string::npos) << st.message();
}

TEST_F(GoldTest, StandoffRecordTakesTextAndDateFromTheCorpus) {
  std::vector<GoldRecord> records;
  Status st = Load(
      "# comment\n"
      "id: s1-1\ndoc: s1\nspan: 16 52\nexpect: FRA 111 DEU\n\n"
      "id: s1-2\ndoc: s1\nspan: 0 11\ndate: 1987-03-02\nexpect: none\n\n"
      "id: s2-1\ndoc: s2\nspan: 0 14\nexpect: none\n\n"
      "id: inline\ntext: Iran threatened Israel.\nexpect: IRN 130 ISR\n",
      &records);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(records.size(), 4u);
  EXPECT_TRUE(HasStandoff(records));
  EXPECT_EQ(records[0].doc, "s1");
  ASSERT_TRUE(records[0].span.has_value());
  EXPECT_EQ(records[0].span->begin, 16u);
  EXPECT_EQ(records[0].span->end, 52u);
  EXPECT_EQ(records[0].span->loc, Path("g.gold") + ":4");
  EXPECT_EQ(records[0].doc_loc, Path("g.gold") + ":3");
  // Line breaks and the wire's indents become single spaces.
  EXPECT_EQ(records[0].text, "France criticized Germany on Monday.");
  ASSERT_TRUE(records[0].date.has_value());
  EXPECT_EQ(records[0].date->ToString(), "1987-03-02");
  EXPECT_EQ(records[1].text, "Caf\xC3\xA9 news.");
  EXPECT_EQ(records[2].text, "Undated story.");
  EXPECT_FALSE(records[2].date.has_value());
  EXPECT_EQ(records[3].text, "Iran threatened Israel.");
  ASSERT_EQ(records[0].expected.size(), 1u);
  EXPECT_EQ(records[0].expected[0].code, "111");
}

TEST_F(GoldTest, StandoffWithoutCorpusSaysCorpusIsNeeded) {
  std::vector<GoldRecord> records;
  std::string no_corpus;
  // The first stand-off record of the file is named, whatever its story id.
  Status st = Load(
      "id: inline\ntext: Iran threatened Israel.\nexpect: IRN 130 ISR\n\n"
      "id: s2-1\ndoc: s2\nspan: 0 14\nexpect: none\n\n"
      "id: s1-1\ndoc: s1\nspan: 16 52\nexpect: FRA 111 DEU\n",
      &records, &no_corpus);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(Path("g.gold") + ":6"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("s2-1"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("--corpus"), std::string::npos) << st.message();
}

TEST_F(GoldTest, MissingStoryIsAnErrorAtTheDocLine) {
  std::vector<GoldRecord> records;
  Status st = Load("id: x\nexpect: none\ndoc: s7\nspan: 0 4\n", &records);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find(Path("g.gold") + ":3"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("s7"), std::string::npos) << st.message();
}

TEST_F(GoldTest, SpanPastTheTextIsAnErrorAtTheSpanLine) {
  std::vector<GoldRecord> records;
  // s1's text is 59 bytes (58 characters).
  Status ok = Load("id: x\ndoc: s1\nspan: 54 59\nexpect: none\n", &records);
  ASSERT_TRUE(ok.ok()) << ok.message();
  EXPECT_EQ(records[0].text, "Tail.");
  Status st = Load("id: x\ndoc: s1\nspan: 54 60\nexpect: none\n", &records);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(Path("g.gold") + ":3"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("out of range"), std::string::npos) << st.message();
}

TEST_F(GoldTest, SpanSplittingAUtf8CharacterIsAnError) {
  std::vector<GoldRecord> records;
  Status st = Load("id: x\ndoc: s1\nspan: 0 4\nexpect: none\n", &records);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("UTF-8"), std::string::npos) << st.message();
}

TEST_F(GoldTest, DateDifferingFromTheStoryIsAnError) {
  std::vector<GoldRecord> records;
  Status st = Load("id: x\ndate: 1987-03-03\ndoc: s1\nspan: 16 52\nexpect: none\n", &records);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("1987-03-02"), std::string::npos) << st.message();
}

TEST_F(GoldTest, MalformedStandoffRecordsAreParseErrors) {
  std::vector<GoldRecord> records;
  struct Case {
    const char* gold;
    const char* message;
  } cases[] = {
      {"id: x\ntext: France praised Germany.\ndoc: s1\nspan: 0 5\nexpect: none\n", "both text: and doc:"},
      {"id: x\ndoc: s1\nexpect: none\n", "no span:"},
      {"id: x\nspan: 0 5\nexpect: none\n", "no doc:"},
      {"id: x\ndoc: s1\nspan: 5\nexpect: none\n", "g.gold:3: expected 'span: BEGIN END'"},
      {"id: x\ndoc: s1\nspan: 5 x\nexpect: none\n", "g.gold:3: expected 'span: BEGIN END'"},
      {"id: x\ndoc: s1\nspan: -1 5\nexpect: none\n", "g.gold:3: expected 'span: BEGIN END'"},
      {"id: x\ndoc: s1\nspan: 9 9\nexpect: none\n", "g.gold:3: span 9 9 is empty"},
      {"id: x\ndoc: s1 s2\nspan: 0 5\nexpect: none\n", "g.gold:2: expected 'doc: STORY_ID'"},
      {"id: x\nexpect: none\n", "has no text:"},
  };
  for (const Case& c : cases) {
    Status st = Load(c.gold, &records);
    ASSERT_FALSE(st.ok()) << c.gold;
    EXPECT_NE(st.message().find(c.message), std::string::npos) << c.gold << " -> " << st.message();
  }
}

TEST_F(GoldTest, UnreadableCorpusIsAnError) {
  std::vector<GoldRecord> records;
  std::string missing = Path("nope.jsonl");
  Status st = Load("id: x\ndoc: s1\nspan: 16 52\nexpect: none\n", &records, &missing);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("nope.jsonl"), std::string::npos) << st.message();
}

TEST(CountryKeyTest, KeysOfStateAndInternationalActors) {
  EXPECT_EQ(CountryKey("USAGOV"), "USA");
  EXPECT_EQ(CountryKey("IGOUNOUSC"), "IGOUNO");
  EXPECT_EQ(CountryKey("IMGPSEHMS"), "PSE");
  EXPECT_EQ(CountryKey("IGOBUSOPC"), "IGOBUSOPC");
  EXPECT_EQ(CountryKey("IGOWSTNATGOV"), "IGOWSTNAT");
  EXPECT_EQ(CountryKey("IGOEUREECMIL"), "IGOEUREEC");
  EXPECT_EQ(CountryKey("IGOEUREEC"), "IGOEUREEC");
  EXPECT_EQ(CountryKey("-"), "-");
}

}  // namespace
}  // namespace statecraft
