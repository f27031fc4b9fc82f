#include "export/gdelt_row.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace statecraft {
namespace {

std::vector<std::string> SplitTabs(const std::string& row) {
  std::vector<std::string> fields;
  size_t begin = 0;
  while (true) {
    size_t tab = row.find('\t', begin);
    fields.push_back(row.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
    if (tab == std::string::npos) break;
    begin = tab + 1;
  }
  return fields;
}

// Index of a column by its GDELT name.
int Col(std::string_view name) {
  const auto& names = GdeltColumnNames();
  for (int i = 0; i < kGdeltColumnCount; ++i) {
    if (names[i] == name) return i;
  }
  ADD_FAILURE() << "no column " << name;
  return 0;
}

Event MeetingEvent() {
  Event e;
  e.doc_id = "sha256-c28adaf0392c11bd";
  e.sentence = 0;
  e.event_id = "9a2ef11b7a30399a50cb";
  e.date = "2025-08-23";
  e.source = {"KORGOV", "KOR", "Lee Jae-myung", "South Korean President Lee Jae-myung", 0,
              36,       "x:1"};
  e.target = EventActor{"IGOUNO", "IGO", "United Nations", "the UN", 40, 46, "y:2"};
  e.cameo = "042";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.plover = "CONSULT";
  return e;
}

EventStore::MergedCounts Counts() {
  EventStore::MergedCounts c;
  c.merged_id = "m1";
  c.num_mentions = 5;
  c.num_sources = 2;
  c.num_articles = 3;
  return c;
}

DocumentInfo Doc() { return {"https://example.org/story?id=7", "2025-08-23T10:11:12.345Z"}; }

TEST(GdeltColumnNamesTest, SixtyOneInCodebookOrder) {
  const auto& names = GdeltColumnNames();
  ASSERT_EQ(names.size(), 61u);
  EXPECT_EQ(names[0], "GLOBALEVENTID");
  EXPECT_EQ(names[1], "SQLDATE");
  EXPECT_EQ(names[4], "FractionDate");
  EXPECT_EQ(names[5], "Actor1Code");
  EXPECT_EQ(names[15], "Actor2Code");
  EXPECT_EQ(names[25], "IsRootEvent");
  EXPECT_EQ(names[26], "EventCode");
  EXPECT_EQ(names[30], "GoldsteinScale");
  EXPECT_EQ(names[34], "AvgTone");
  EXPECT_EQ(names[35], "Actor1Geo_Type");
  EXPECT_EQ(names[39], "Actor1Geo_ADM2Code");
  EXPECT_EQ(names[43], "Actor2Geo_Type");
  EXPECT_EQ(names[51], "ActionGeo_Type");
  EXPECT_EQ(names[58], "ActionGeo_FeatureID");
  EXPECT_EQ(names[59], "DATEADDED");
  EXPECT_EQ(names[60], "SOURCEURL");
}

TEST(GdeltRowTest, SixtyOneColumnsWithTheRightValues) {
  std::string row = GdeltRow(MeetingEvent(), Counts(), Doc());
  EXPECT_EQ(row.find('\n'), std::string::npos);
  std::vector<std::string> f = SplitTabs(row);
  ASSERT_EQ(f.size(), 61u) << row;
  EXPECT_EQ(f[Col("GLOBALEVENTID")], std::to_string(0x9a2ef11b7a303LL));
  EXPECT_EQ(f[Col("SQLDATE")], "20250823");
  EXPECT_EQ(f[Col("MonthYear")], "202508");
  EXPECT_EQ(f[Col("Year")], "2025");
  EXPECT_EQ(f[Col("FractionDate")], "2025.6384");  // ((8 - 1) * 30 + 23) / 365
  EXPECT_EQ(f[Col("Actor1Code")], "KORGOV");
  EXPECT_EQ(f[Col("Actor1Name")], "Lee Jae-myung");
  EXPECT_EQ(f[Col("Actor1CountryCode")], "KOR");
  EXPECT_EQ(f[Col("Actor1KnownGroupCode")], "");
  EXPECT_EQ(f[Col("Actor1Type1Code")], "GOV");
  EXPECT_EQ(f[Col("Actor1Type2Code")], "");
  EXPECT_EQ(f[Col("Actor2Code")], "IGOUNO");
  EXPECT_EQ(f[Col("Actor2Name")], "United Nations");
  EXPECT_EQ(f[Col("Actor2CountryCode")], "");
  EXPECT_EQ(f[Col("Actor2KnownGroupCode")], "UNO");
  EXPECT_EQ(f[Col("Actor2Type1Code")], "IGO");
  EXPECT_EQ(f[Col("IsRootEvent")], "1");
  EXPECT_EQ(f[Col("EventCode")], "042");
  EXPECT_EQ(f[Col("EventBaseCode")], "042");
  EXPECT_EQ(f[Col("EventRootCode")], "04");
  EXPECT_EQ(f[Col("QuadClass")], "1");
  EXPECT_EQ(f[Col("GoldsteinScale")], "1.9");
  EXPECT_EQ(f[Col("NumMentions")], "5");
  EXPECT_EQ(f[Col("NumSources")], "2");
  EXPECT_EQ(f[Col("NumArticles")], "3");
  EXPECT_EQ(f[Col("DATEADDED")], "20250823101112");
  EXPECT_EQ(f[Col("SOURCEURL")], "https://example.org/story?id=7");
}

// Every column has the type the codebook gives it; what statecraft does not
// compute is empty, never 0.
TEST(GdeltRowTest, EveryColumnHasItsType) {
  std::string row = GdeltRow(MeetingEvent(), Counts(), Doc());
  std::vector<std::string> f = SplitTabs(row);
  ASSERT_EQ(f.size(), 61u);
  const std::regex integer("[1-9][0-9]*|0"), count("[1-9][0-9]*"), code3("[A-Z0-9]{3}"),
      cameo("[0-9]{2,4}"), root("[0-9]{2}"), goldstein("-?[0-9]{1,2}\\.[0-9]");
  EXPECT_TRUE(std::regex_match(f[0], integer)) << f[0];
  EXPECT_TRUE(std::regex_match(f[1], std::regex("[0-9]{8}")));
  EXPECT_TRUE(std::regex_match(f[2], std::regex("[0-9]{6}")));
  EXPECT_TRUE(std::regex_match(f[3], std::regex("[0-9]{4}")));
  EXPECT_TRUE(std::regex_match(f[4], std::regex("[0-9]{4}\\.[0-9]{4}")));
  for (int base : {5, 15}) {
    EXPECT_TRUE(std::regex_match(f[base], std::regex("([A-Z0-9]{3})+"))) << base;
    EXPECT_FALSE(f[base + 1].empty()) << "name";
    for (int k = 2; k <= 9; ++k) {
      EXPECT_TRUE(f[base + k].empty() || std::regex_match(f[base + k], code3))
          << base + k << " " << f[base + k];
    }
    EXPECT_EQ(f[base + 4], "") << "EthnicCode";
  }
  EXPECT_TRUE(std::regex_match(f[25], std::regex("[01]")));
  EXPECT_TRUE(std::regex_match(f[26], cameo));
  EXPECT_TRUE(std::regex_match(f[27], cameo));
  EXPECT_TRUE(std::regex_match(f[28], root));
  EXPECT_TRUE(std::regex_match(f[29], std::regex("[1-4]")));
  EXPECT_TRUE(std::regex_match(f[30], goldstein));
  for (int i = 31; i <= 33; ++i) EXPECT_TRUE(std::regex_match(f[i], count)) << i;
  for (int i = 34; i <= 58; ++i) EXPECT_EQ(f[i], "") << GdeltColumnNames()[i] << " must be empty";
  EXPECT_TRUE(std::regex_match(f[59], std::regex("[0-9]{14}")));
}

TEST(GdeltRowTest, NoTargetLeavesActor2Empty) {
  Event e = MeetingEvent();
  e.target.reset();
  std::vector<std::string> f = SplitTabs(GdeltRow(e, Counts(), Doc()));
  ASSERT_EQ(f.size(), 61u);
  for (int i = 15; i <= 24; ++i) EXPECT_EQ(f[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(f[Col("Actor1Code")], "KORGOV");
}

TEST(GdeltRowTest, LaterSentenceIsNotRoot) {
  Event e = MeetingEvent();
  e.sentence = 3;
  EXPECT_EQ(SplitTabs(GdeltRow(e, Counts(), Doc()))[Col("IsRootEvent")], "0");
}

TEST(GdeltRowTest, FormerStatesKeepTheirCameoCountry) {
  Event e = MeetingEvent();
  e.source.code = "GMEGOV";
  e.source.country = "GME";
  std::vector<std::string> f = SplitTabs(GdeltRow(e, Counts(), Doc()));
  EXPECT_EQ(f[Col("Actor1CountryCode")], "GME");
  EXPECT_EQ(f[Col("Actor1Type1Code")], "GOV");
}

TEST(GdeltRowTest, BackgroundActIsNoRootEventAndKeepsItsOwnDate) {
  Event e = MeetingEvent();
  e.sentence = 0;
  e.background = true;
  e.date = "2020-02-24";
  std::vector<std::string> f = SplitTabs(GdeltRow(e, Counts(), Doc()));
  EXPECT_EQ(f[Col("IsRootEvent")], "0");
  EXPECT_EQ(f[Col("SQLDATE")], "20200224");
}

TEST(GdeltRowTest, CodesKeepLeadingZerosAndFourDigitCodesHaveABase) {
  Event e = MeetingEvent();
  e.cameo = "0251";
  e.root = "02";
  e.goldstein = -0.0;
  std::vector<std::string> f = SplitTabs(GdeltRow(e, Counts(), Doc()));
  EXPECT_EQ(f[Col("EventCode")], "0251");
  EXPECT_EQ(f[Col("EventBaseCode")], "025");
  EXPECT_EQ(f[Col("EventRootCode")], "02");
  EXPECT_EQ(f[Col("GoldsteinScale")], "0.0");
  e.cameo = "190";
  e.goldstein = -10;
  f = SplitTabs(GdeltRow(e, Counts(), Doc()));
  EXPECT_EQ(f[Col("EventRootCode")], "19");
  EXPECT_EQ(f[Col("GoldsteinScale")], "-10.0");
}

TEST(GdeltRowTest, UnknownDateAndTimeGiveEmptyColumns) {
  Event e = MeetingEvent();
  e.date = "";
  std::vector<std::string> f = SplitTabs(GdeltRow(e, Counts(), DocumentInfo{}));
  ASSERT_EQ(f.size(), 61u);
  for (int i = 1; i <= 4; ++i) EXPECT_EQ(f[i], "") << GdeltColumnNames()[i];
  EXPECT_EQ(f[Col("DATEADDED")], "");
  EXPECT_EQ(f[Col("SOURCEURL")], "");
}

TEST(GdeltRowTest, TabsAndLineBreaksInsideFieldsCannotSplitTheRow) {
  Event e = MeetingEvent();
  e.source.name = "Lee\tJae\nmyung\r";
  DocumentInfo doc = Doc();
  doc.url = "https://x.org/a\tb";
  std::string row = GdeltRow(e, Counts(), doc);
  EXPECT_EQ(row.find_first_of("\r\n"), std::string::npos);
  std::vector<std::string> f = SplitTabs(row);
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[Col("Actor1Name")], "Lee Jae myung ");
  EXPECT_EQ(f[Col("SOURCEURL")], "https://x.org/a b");
}

TEST(GdeltEventIdTest, StablePositiveAndFitsADouble) {
  EXPECT_EQ(GdeltEventId("9a2ef11b7a30399a50cb"), 0x9a2ef11b7a303LL);
  EXPECT_EQ(GdeltEventId("ffffffffffffffffffff"), (int64_t{1} << 52) - 1);
  EXPECT_EQ(GdeltEventId("0000000000000abc"), 0);
  // Ids that are not hex are hashed, deterministically.
  int64_t a = GdeltEventId("event-1");
  EXPECT_EQ(a, GdeltEventId("event-1"));
  EXPECT_NE(a, GdeltEventId("event-2"));
  EXPECT_GE(a, 0);
  EXPECT_LT(a, int64_t{1} << 52);
  EXPECT_NE(GdeltEventId("9A2EF11B7A30399A50CB"), GdeltEventId("9a2ef11b7a30399a50cb"));
}

TEST(GdeltFractionDateTest, MatchesGdeltsPublishedRows) {
  EXPECT_EQ(GdeltFractionDate({2019, 1, 25}), "2019.0685");
  EXPECT_EQ(GdeltFractionDate({2004, 11, 26}), "2004.8932");
  EXPECT_EQ(GdeltFractionDate({2013, 11, 24}), "2013.8877");
  EXPECT_EQ(GdeltFractionDate({2025, 1, 1}), "2025.0027");
  EXPECT_EQ(GdeltFractionDate({2025, 12, 31}), "2025.9890");
}

TEST(GdeltDateAddedTest, DigitsOfAnIsoTime) {
  EXPECT_EQ(GdeltDateAdded("2025-08-23T10:11:12.345Z"), "20250823101112");
  EXPECT_EQ(GdeltDateAdded("2025-08-23T10:11:12Z"), "20250823101112");
  EXPECT_EQ(GdeltDateAdded("2025-08-23 10:11:12"), "20250823101112");
  EXPECT_EQ(GdeltDateAdded(""), "");
  EXPECT_EQ(GdeltDateAdded("2025-08-23"), "");
  EXPECT_EQ(GdeltDateAdded("2025-08-2XT10:11:12Z"), "");
}

struct SplitCase {
  const char* code;
  GdeltActorCodes want;
};

TEST(SplitActorCodeTest, FollowsGdeltsColumns) {
  const SplitCase cases[] = {
      {"KORGOV", {.country = "KOR", .type1 = "GOV"}},
      {"USA", {.country = "USA"}},
      {"RUSMIL", {.country = "RUS", .type1 = "MIL"}},
      {"EURGOV", {.country = "EUR", .type1 = "GOV"}},
      {"IGOUNO", {.known_group = "UNO", .type1 = "IGO"}},
      {"IGOEUREEC", {.country = "EUR", .known_group = "EEC", .type1 = "IGO"}},
      {"IGOEUREECGOV", {.country = "EUR", .known_group = "EEC", .type1 = "IGO", .type2 = "GOV"}},
      {"IGOBUSIMF", {.known_group = "IMF", .type1 = "IGO", .type2 = "BUS"}},
      {"IGOUNOREFHCR", {.known_group = "HCR", .type1 = "IGO", .type2 = "REF"}},
      {"IGOUNODEVWBK", {.known_group = "WBK", .type1 = "IGO", .type2 = "DEV"}},
      {"IGOEUREECECB", {.country = "EUR", .known_group = "ECB", .type1 = "IGO"}},
      {"IGOUNOPKOLBN", {.known_group = "UNO", .type1 = "IGO", .type2 = "PKO"}},
      {"IGOSEADEVADB", {.country = "SEA", .known_group = "ADB", .type1 = "IGO", .type2 = "DEV"}},
      {"IGOMOSOIC", {.known_group = "OIC", .religion1 = "MOS", .type1 = "IGO"}},
      {"IGOCASEEU", {.country = "CAS", .known_group = "EEU", .type1 = "IGO"}},
      {"IMGPSEHMS", {.country = "PSE", .known_group = "HMS", .type1 = "IMG"}},
      {"IMGSEAMOSASF",
       {.country = "SEA", .known_group = "ASF", .religion1 = "MOS", .type1 = "IMG"}},
      {"IMGCODM23", {.country = "COD", .known_group = "M23", .type1 = "IMG"}},
      {"NGOHRIAMN", {.known_group = "AMN", .type1 = "NGO", .type2 = "HRI"}},
      {"CVL", {.type1 = "CVL"}},
      {"USAGOVMILLEGCOP", {.country = "USA", .type1 = "GOV", .type2 = "MIL", .type3 = "LEG"}},
      {"", {}},
      {"US", {}},
  };
  for (const SplitCase& c : cases) {
    GdeltActorCodes got = SplitActorCode(c.code);
    EXPECT_EQ(got.country, c.want.country) << c.code;
    EXPECT_EQ(got.known_group, c.want.known_group) << c.code;
    EXPECT_EQ(got.ethnic, "") << c.code;
    EXPECT_EQ(got.religion1, c.want.religion1) << c.code;
    EXPECT_EQ(got.religion2, c.want.religion2) << c.code;
    EXPECT_EQ(got.type1, c.want.type1) << c.code;
    EXPECT_EQ(got.type2, c.want.type2) << c.code;
    EXPECT_EQ(got.type3, c.want.type3) << c.code;
  }
}

TEST(GdeltRowTest, SameInputsSameBytes) {
  EXPECT_EQ(GdeltRow(MeetingEvent(), Counts(), Doc()), GdeltRow(MeetingEvent(), Counts(), Doc()));
}

}  // namespace
}  // namespace statecraft
