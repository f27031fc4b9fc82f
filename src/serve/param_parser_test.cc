#include "serve/param_parser.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

Dictionary SmallCodeTable() {
  Dictionary d;
  auto add = [&d](std::string code, std::string plover) {
    CameoCode c;
    c.code = std::move(code);
    c.plover = std::move(plover);
    d.codes.push_back(c);
  };
  add("04", "CONSULT");
  add("040", "CONSULT");
  add("042", "CONSULT");
  add("19", "ASSAULT");
  add("190", "ASSAULT");
  add("0211", "");
  d.BuildLookups();
  return d;
}

class ParamParserTest : public ::testing::Test {
 protected:
  Dictionary dict_ = SmallCodeTable();
  ParamParser parser_{dict_};

  // The message of the error, "" when the parse succeeded.
  std::string EventsError(const ParamMap& params) {
    Result<EventsQuery> q = parser_.ParseEvents(params);
    if (q.ok()) return "";
    EXPECT_EQ(q.status().code(), StatusCode::kInvalidArgument);
    return q.status().message();
  }
};

TEST_F(ParamParserTest, DefaultsWhenNothingIsGiven) {
  Result<EventsQuery> q = parser_.ParseEvents({});
  ASSERT_TRUE(q.ok()) << q.status().message();
  EXPECT_EQ(q->page.limit, 20);
  EXPECT_EQ(q->page.cursor, "");
  EXPECT_TRUE(q->filter.actors.empty());
  EXPECT_FALSE(q->filter.include_negated);
  EXPECT_TRUE(q->filter.include_background);
}

TEST_F(ParamParserTest, ReadsEveryFilter) {
  ParamMap p = {{"actor", "kor, JPNGOV"}, {"actor", "USA"}, {"source", "CHN"},   {"target", "usagov"},
                {"symmetric", "true"},    {"cameo", "042"},  {"root", "19"},     {"quad", "1,4"},
                {"plover", "consult"},    {"from", "2025-08-01"}, {"to", "2025-08-31"}, {"q", "tariff"},
                {"doc", "wn-001"},        {"include_negated", "1"}, {"include_background", "no"},
                {"limit", "50"},          {"cursor", "abc123"}};
  Result<EventsQuery> q = parser_.ParseEvents(p);
  ASSERT_TRUE(q.ok()) << q.status().message();
  const EventFilter& f = q->filter;
  EXPECT_EQ(f.actors, (std::vector<std::string>{"KOR", "JPNGOV", "USA"}));
  EXPECT_EQ(f.source, "CHN");
  EXPECT_EQ(f.target, "USAGOV");
  EXPECT_TRUE(f.symmetric);
  EXPECT_EQ(f.cameo, (std::vector<std::string>{"042", "19"}));
  EXPECT_EQ(f.quad_classes, (std::vector<int>{1, 4}));
  EXPECT_EQ(f.plover, (std::vector<std::string>{"CONSULT"}));
  EXPECT_EQ(f.date_from, "2025-08-01");
  EXPECT_EQ(f.date_to, "2025-08-31");
  EXPECT_EQ(f.text, "tariff");
  EXPECT_EQ(f.doc_id, "wn-001");
  EXPECT_TRUE(f.include_negated);
  EXPECT_FALSE(f.include_background);
  EXPECT_EQ(q->page.limit, 50);
  EXPECT_EQ(q->page.cursor, "abc123");
}

TEST_F(ParamParserTest, EmptyValuesAreLeftOut) {
  Result<EventsQuery> q = parser_.ParseEvents({{"actor", ""}, {"from", ""}, {"limit", ""}, {"cameo", ","}});
  ASSERT_TRUE(q.ok()) << q.status().message();
  EXPECT_TRUE(q->filter.actors.empty());
  EXPECT_TRUE(q->filter.cameo.empty());
  EXPECT_EQ(q->filter.date_from, "");
  EXPECT_EQ(q->page.limit, 20);
}

TEST_F(ParamParserTest, RepeatedEntriesAreKeptOnce) {
  Result<EventsQuery> q = parser_.ParseEvents({{"quad", "2,2"}, {"quad", "2"}, {"cameo", "042,042"}});
  ASSERT_TRUE(q.ok()) << q.status().message();
  EXPECT_EQ(q->filter.quad_classes, (std::vector<int>{2}));
  EXPECT_EQ(q->filter.cameo, (std::vector<std::string>{"042"}));
}

TEST_F(ParamParserTest, LimitOutOfRange) {
  EXPECT_NE(EventsError({{"limit", "0"}}).find("limit: '0' is out of range (1..1000)"), std::string::npos);
  EXPECT_NE(EventsError({{"limit", "1001"}}).find("out of range"), std::string::npos);
  EXPECT_NE(EventsError({{"limit", "99999999999999"}}).find("out of range"), std::string::npos);
  EXPECT_NE(EventsError({{"limit", "ten"}}).find("limit: 'ten' is not an integer"), std::string::npos);
  EXPECT_NE(EventsError({{"limit", "5x"}}).find("not an integer"), std::string::npos);
  EXPECT_EQ(EventsError({{"limit", "1000"}}), "");
  EXPECT_EQ(EventsError({{"limit", "1"}}), "");
}

TEST_F(ParamParserTest, BadDates) {
  EXPECT_NE(EventsError({{"from", "2025-13-01"}}).find("from: '2025-13-01' is not a real date"), std::string::npos);
  EXPECT_NE(EventsError({{"to", "2025-02-30"}}).find("not a real date"), std::string::npos);
  EXPECT_NE(EventsError({{"from", "yesterday"}}).find("from: 'yesterday' is not a date (YYYY-MM-DD)"),
            std::string::npos);
  EXPECT_NE(EventsError({{"from", "20250801"}}).find("not a date"), std::string::npos);
  EXPECT_NE(EventsError({{"from", "2025-09-01"}, {"to", "2025-08-01"}}).find("is after to"), std::string::npos);
}

TEST_F(ParamParserTest, UnknownCodesAndClasses) {
  EXPECT_NE(EventsError({{"cameo", "999"}}).find("cameo: '999' is not in the dictionary's CAMEO code table"),
            std::string::npos);
  EXPECT_NE(EventsError({{"cameo", "04a"}}).find("is not a CAMEO code"), std::string::npos);
  EXPECT_EQ(EventsError({{"cameo", "0211"}}), "");
  EXPECT_NE(EventsError({{"root", "21"}}).find("root: '21' is not a CAMEO root"), std::string::npos);
  EXPECT_NE(EventsError({{"root", "4"}}).find("is not a CAMEO root"), std::string::npos);
  EXPECT_NE(EventsError({{"quad", "5"}}).find("quad: '5' is not a quad class (1..4)"), std::string::npos);
  EXPECT_NE(EventsError({{"quad", "0"}}).find("not a quad class"), std::string::npos);
  EXPECT_NE(EventsError({{"plover", "DANCE"}}).find("plover: 'DANCE' is not a PLOVER type"), std::string::npos);
}

TEST_F(ParamParserTest, BadActorsBooleansAndCursors) {
  EXPECT_NE(EventsError({{"actor", "K"}}).find("actor: 'K' is not an actor code"), std::string::npos);
  EXPECT_NE(EventsError({{"source", "KOR;DROP"}}).find("source:"), std::string::npos);
  EXPECT_NE(EventsError({{"symmetric", "maybe"}}).find("symmetric: 'maybe' is not a boolean"), std::string::npos);
  EXPECT_NE(EventsError({{"cursor", "has space"}}).find("cursor: malformed"), std::string::npos);
  EXPECT_NE(EventsError({{"cursor", std::string(600, 'a')}}).find("cursor: malformed"), std::string::npos);
  EXPECT_NE(EventsError({{"source", "KOR"}, {"source", "JPN"}}).find("source: given more than once"),
            std::string::npos);
  EXPECT_NE(EventsError({{"q", std::string(501, 'x')}}).find("q: longer than 500 bytes"), std::string::npos);
}

TEST_F(ParamParserTest, UnknownParametersAreRefused) {
  std::string message = EventsError({{"actr", "KOR"}});
  EXPECT_NE(message.find("'actr' is not a parameter here"), std::string::npos) << message;
  EXPECT_NE(message.find("limit"), std::string::npos) << "the message lists what is accepted: " << message;
  // Parameters of other endpoints are unknown here.
  EXPECT_NE(EventsError({{"granularity", "day"}}).find("not a parameter here"), std::string::npos);
  EXPECT_FALSE(parser_.ExpectNone({{"x", "1"}}).ok());
  EXPECT_TRUE(parser_.ExpectNone({}).ok());
}

TEST_F(ParamParserTest, Series) {
  Result<SeriesRequest> r = parser_.ParseSeries({{"source", "USA"}, {"granularity", "WEEK"}, {"normalize", "true"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->filter.source, "USA");
  EXPECT_EQ(r->granularity, "week");
  EXPECT_TRUE(r->normalize);
  EXPECT_EQ(parser_.ParseSeries({})->granularity, "month");
  Result<SeriesRequest> bad = parser_.ParseSeries({{"granularity", "year"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("granularity: 'year' is not day, week or month"), std::string::npos);
  EXPECT_FALSE(parser_.ParseSeries({{"limit", "5"}}).ok()) << "series takes no limit";
}

TEST_F(ParamParserTest, Network) {
  Result<NetworkRequest> r = parser_.ParseNetwork({{"by", "actor"}, {"max_nodes", "30"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->by_country);
  EXPECT_EQ(r->max_nodes, 30);
  EXPECT_TRUE(parser_.ParseNetwork({})->by_country);
  EXPECT_FALSE(parser_.ParseNetwork({{"by", "city"}}).ok());
  EXPECT_FALSE(parser_.ParseNetwork({{"max_nodes", "0"}}).ok());
  EXPECT_FALSE(parser_.ParseNetwork({{"max_nodes", "1001"}}).ok());
}

TEST_F(ParamParserTest, TopStories) {
  Result<TopStoriesRequest> r = parser_.ParseTopStories({{"by", "mentions"}, {"limit", "5"}, {"actor", "RUS"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->by, "mentions");
  EXPECT_EQ(r->limit, 5);
  EXPECT_EQ(r->filter.actors, (std::vector<std::string>{"RUS"}));
  EXPECT_FALSE(parser_.ParseTopStories({{"by", "clicks"}}).ok());
  EXPECT_FALSE(parser_.ParseTopStories({{"cursor", "x"}}).ok()) << "top stories are not paged";
}

TEST(ParamHelpersTest, Booleans) {
  for (const char* yes : {"true", "TRUE", "1", "yes"}) EXPECT_TRUE(*ParseBoolParam("b", yes)) << yes;
  for (const char* no : {"false", "0", "No"}) EXPECT_FALSE(*ParseBoolParam("b", no)) << no;
  EXPECT_FALSE(ParseBoolParam("b", "2").ok());
  EXPECT_FALSE(ParseBoolParam("b", "").ok());
}

TEST(ParamHelpersTest, ControlBytesAreNotEchoed) {
  Result<std::string> r = ParseDateParam("from", std::string("2025\n\x01", 6));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().find('\n'), std::string::npos);
  EXPECT_EQ(r.status().message().find('\x01'), std::string::npos);
}

}  // namespace
}  // namespace statecraft
