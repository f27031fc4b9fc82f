#include "evaluate/petrarch_records.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace statecraft {
namespace {

namespace fs = std::filesystem;

// Records in PETRARCH2's unit-test format, about a fictional pair of states
// (Veloria, Karvania) written for this test.
constexpr char kRecords[] = R"(<Validation>
<Environment>
  <Verbfile>test.verbs.txt</Verbfile>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<!-- a comment between records -->
<Sentence date="20120105" id="R-01" category="BASIC" sentence="true">
<EventCoding sourcecode="VLR" targetcode="KRV" eventcode="064"></EventCoding>
<Text>
Veloria restored   ties
with Karvania.
</Text>
<Parse>(ROOT (S (NP (NNP Nonsense))))</Parse>
</Sentence>
<Sentence date="20120105" id="R-02" category="PAIRED">
<EventCoding sourcecode="VLR" targetcode="KRV" eventcode="032"></EventCoding>
<EventCoding sourcecode="krv" targetcode="vlr" eventcode="033"></EventCoding>
<Text>Veloria visited Karvania.</Text>
</Sentence>
<Sentence date="20120105" id="R-03" category="AGENT">
<EventCoding sourcecode="NGOVLRGOV" targetcode="KRV" eventcode="122"></EventCoding>
<Text>A relief group Veloria official condemned Karvania.</Text>
</Sentence>
<Sentence date="20120105" id="R-04" category="NULL">
<EventCoding noevents="True"></EventCoding>
<Text>Veloria did not visit Karvania.</Text>
</Sentence>
<Sentence date="20120105" id="R-05" category="DISCARD">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Veloria restored ties with Karvania after the baseball game.</Text>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Sentence date="20120105" id="R-06" category="DYAD">
<EventCoding sourcecode="VLR" eventcode="111"></EventCoding>
<Text>Veloria complained loudly.</Text>
</Sentence>
<Config option="require_dyad" value="True"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="20120105" id="R-07" category="DYAD">
<Text>Veloria complained loudly.</Text>
</Sentence>
<Sentence date="20120105" id="R-08" category="ERROR">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Veloria restored ties with Karvania.</Text>
</Sentence>
<Sentence date="20120105" id="R-09" category="DATE">
<EventCoding sourcecode="VLRGOV" targetcode="KRV" eventcode="032"></EventCoding>
<EventCoding sourcecode="KRV" targetcode="VLRGOV" eventcode="033"></EventCoding>
<Text>Ana Vel visited Karvania.</Text>
</Sentence>
<Sentence date="19900105" id="R-10" category="DATE">
<EventCoding sourcecode="VLR" targetcode="KRV" eventcode="032"></EventCoding>
<EventCoding sourcecode="KRV" targetcode="VLR" eventcode="033"></EventCoding>
<Text>Ana Vel visited Karvania.</Text>
</Sentence>
<Sentence date="20120105" id="R-11" category="BASIC">
<EventCoding sourcecode="KRV" targetcode="VLR" eventcode="064"></EventCoding>
<Text>Veloria restored ties with Karvania.</Text>
</Sentence>
</Sentences>
</Validation>
)";

constexpr char kVerbs[] = R"(--- RESTORE [064] ---
RESTORE
--- VISIT [032:033] ---
VISIT
- NOT * [---]
--- CONDEMN [122] ---
CONDEMN
--- COMPLAIN [111] ---
COMPLAIN
)";

constexpr char kActors[] = R"(VELORIA [VLR]
KARVANIA [KRV]
ANA VEL [VLR]
	[VLRGOV 20100101-20151231]
)";

constexpr char kAgents[] = R"(OFFICIAL [~GOV]
RELIEF_GROUP [NGO~]
)";

constexpr char kDiscards[] = "BASEBALL\n";

class PetrarchRecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sc_petrecords_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "dict");
    Write("records.xml", kRecords);
    Write("dict/test.verbs.txt", kVerbs);
    Write("dict/test.actors.txt", kActors);
    Write("dict/test.agents.txt", kAgents);
    Write("dict/test.discards.txt", kDiscards);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) { std::ofstream(dir_ / rel) << text; }
  std::string Path(const std::string& rel) const { return (dir_ / rel).string(); }

  fs::path dir_;
};

TEST_F(PetrarchRecordsTest, ParsesRecordsConfigsAndCodings) {
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(Path("records.xml"));
  ASSERT_TRUE(records.ok()) << records.status().message();
  ASSERT_EQ(records->size(), 11u);
  const PetrarchRecord& first = (*records)[0];
  EXPECT_EQ(first.position, 1);
  EXPECT_TRUE(first.Odd());
  EXPECT_EQ(first.id, "R-01");
  EXPECT_EQ(first.category, "BASIC");
  EXPECT_EQ(first.date, Date::FromYmd(2012, 1, 5));
  EXPECT_EQ(first.text, "Veloria restored ties with Karvania.");  // the <Parse> is not read
  ASSERT_EQ(first.expected.size(), 1u);
  EXPECT_EQ(first.expected[0].ToString(), "VLR 064 KRV");
  EXPECT_EQ(first.config.at("stop_on_error"), "true");
  EXPECT_TRUE(first.RequireDyad());
  EXPECT_EQ(first.line, 8);

  EXPECT_EQ((*records)[1].expected[1].ToString(), "KRV 033 VLR");  // upper-cased
  EXPECT_FALSE((*records)[1].Odd());
  EXPECT_TRUE((*records)[3].noevents);
  EXPECT_EQ((*records)[4].error, "sentencediscard");
  const PetrarchRecord& dyad = (*records)[5];
  EXPECT_FALSE(dyad.RequireDyad());
  ASSERT_EQ(dyad.expected.size(), 1u);
  EXPECT_EQ(dyad.expected[0].target, "---");
  EXPECT_TRUE((*records)[6].RequireDyad());
  EXPECT_TRUE((*records)[6].expected.empty());
  EXPECT_EQ((*records)[6].config.at("new_actor_length"), "4");
}

TEST_F(PetrarchRecordsTest, ErrorsNameTheFileAndLine) {
  Write("bad.xml",
        "<Validation><Sentences>\n<Sentence id=\"X\">\n</Sentence></Sentences></Validation>\n");
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(Path("bad.xml"));
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.status().message().find("bad.xml:2: <Sentence> X has no <Text>"),
            std::string::npos)
      << records.status().message();
  Write("broken.xml", "<Validation><Sentences>\n<Sentence>\n</Validation>\n");
  records = ReadPetrarchRecords(Path("broken.xml"));
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.status().message().find("broken.xml:"), std::string::npos)
      << records.status().message();
  EXPECT_FALSE(ReadPetrarchRecords(Path("absent.xml")).ok());
}

// End to end: PETRARCH dictionaries through the loader, the engine (paired
// and null codes, prefix agents, discards, dated actors) and the scorer.
TEST_F(PetrarchRecordsTest, CodesAndScoresRecordsWithPetrarchDictionaries) {
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(Path("records.xml"));
  ASSERT_TRUE(records.ok()) << records.status().message();
  EngineOptions options;
  options.dictionaries = "petrarch:" + Path("dict");
  options.untargeted_acts = true;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  PetrarchEvalReport report =
      EvaluatePetrarchRecords(**engine, *records, PetrarchHalf::kOdd, "records.xml");
  ASSERT_EQ(report.results.size(), 11u);
  auto produced = [&](int idx) {
    std::vector<std::string> out;
    for (const PetrarchEvent& e : report.results[idx].produced) out.push_back(e.ToString());
    return out;
  };
  EXPECT_EQ(produced(0), std::vector<std::string>{"VLR 064 KRV"});
  EXPECT_EQ(produced(1), (std::vector<std::string>{"VLR 032 KRV", "KRV 033 VLR"}));  // paired code
  EXPECT_EQ(produced(2), std::vector<std::string>{"NGOVLRGOV 122 KRV"});             // prefix agent
  EXPECT_TRUE(produced(3).empty());                                                  // null code
  EXPECT_TRUE(produced(4).empty());                                                  // discard
  ASSERT_FALSE(report.results[4].notes.empty());
  EXPECT_NE(report.results[4].notes[0].find("discard phrase 'baseball'"), std::string::npos);
  EXPECT_EQ(produced(5), std::vector<std::string>{"VLR 111 ---"});  // require_dyad=false keeps it
  EXPECT_TRUE(produced(6).empty());                                 // require_dyad=true drops it
  EXPECT_FALSE(report.results[7].skipped.empty());                  // bad_input_parse
  EXPECT_EQ(produced(8), (std::vector<std::string>{"VLRGOV 032 KRV", "KRV 033 VLRGOV"}));
  EXPECT_EQ(produced(9), (std::vector<std::string>{"VLR 032 KRV", "KRV 033 VLR"}));
  EXPECT_EQ(report.results[10].missed.size(), 1u);  // a wrong expectation: missed and extra
  EXPECT_EQ(report.results[10].extra.size(), 1u);

  EXPECT_EQ(report.skipped, 1);
  EXPECT_EQ(report.all.records, 10);
  EXPECT_EQ(report.all.expected, 10);
  EXPECT_EQ(report.all.reproduced, 9);
  EXPECT_EQ(report.all.produced, 10);
  EXPECT_EQ(report.all.extra, 1);
  EXPECT_EQ(report.all.records_exact, 9);
  // Odd positions: R-01, R-03, R-05, R-07, R-09, R-11.
  EXPECT_EQ(report.selected.records, 6);
  EXPECT_EQ(report.selected.expected, 5);
  EXPECT_EQ(report.selected.reproduced, 4);
  EXPECT_NEAR(report.selected.ReproducedPercent(), 80.0, 1e-9);
  EXPECT_EQ(report.by_category.at("BASIC").records, 2);
  EXPECT_EQ(report.by_category.count("PAIRED"), 0u);  // an even record

  std::vector<std::string> mismatches = PetrarchMismatches(report, *records);
  ASSERT_EQ(mismatches.size(), 1u);
  EXPECT_EQ(mismatches[0], "#11 R-11 [BASIC]: missed KRV 064 VLR; extra VLR 064 KRV");

  std::string table = FormatPetrarchReport(report, *records, false);
  EXPECT_NE(table.find("odd half"), std::string::npos);
  EXPECT_NE(table.find("require_dyad: honoured"), std::string::npos);
  EXPECT_NE(table.find("new_actor_length: not honoured"), std::string::npos);
  std::string json = FormatPetrarchReport(report, *records, true);
  EXPECT_NE(json.find("\"reproduced\": 4"), std::string::npos);
}

// The peer's suite itself, when ../shared holds it: it parses completely.
TEST(PetrarchSharedRecordsTest, ParsesTheUnitTestFile) {
  std::string path = std::string(STATECRAFT_SOURCE_DIR) +
                     "/../shared/data/petrarch2-unittest/PETR.UnitTest.records.xml";
  if (!fs::exists(path)) GTEST_SKIP() << path << " is absent";
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(path);
  ASSERT_TRUE(records.ok()) << records.status().message();
  EXPECT_EQ(records->size(), 284u);
  int errors = 0, noevents = 0, dyad_off = 0;
  for (const PetrarchRecord& r : *records) {
    errors += !r.error.empty();
    noevents += r.noevents;
    dyad_off += !r.RequireDyad();
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_TRUE(r.date.has_value()) << r.id;
  }
  EXPECT_EQ(errors, 7);
  EXPECT_GT(noevents, 10);
  EXPECT_GT(dyad_off, 0);
}

// PETRARCH's convention for an agent no country of the sentence places:
// "---GOV" with null_country_agents, no actor without it.
TEST_F(PetrarchRecordsTest, NullCountryAgentsAreAnOption) {
  Write("null.xml", R"(<Validation><Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20120105" id="N-01" category="AGENT">
<EventCoding sourcecode="---GOV" targetcode="KRV" eventcode="122"></EventCoding>
<Text>An official condemned Karvania over its dispute with Veloria.</Text>
</Sentence>
</Sentences></Validation>
)");
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(Path("null.xml"));
  ASSERT_TRUE(records.ok()) << records.status().message();
  for (bool null_agents : {false, true}) {
    EngineOptions options;
    options.dictionaries = "petrarch:" + Path("dict");
    options.untargeted_acts = true;
    options.null_country_agents = null_agents;
    Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    PetrarchEvalReport report = EvaluatePetrarchRecords(**engine, *records, PetrarchHalf::kAll, "null.xml");
    ASSERT_EQ(report.results.size(), 1u);
    std::vector<std::string> produced;
    for (const PetrarchEvent& e : report.results[0].produced) produced.push_back(e.ToString());
    if (null_agents) {
      EXPECT_EQ(produced, std::vector<std::string>{"---GOV 122 KRV"});
    } else {
      EXPECT_TRUE(produced.empty()) << produced[0];
    }
  }
}

}  // namespace
}  // namespace statecraft
