#include "serve/json_response.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace statecraft {
namespace {

using Json = nlohmann::json;

Json Parse(const std::string& s) {
  Json j = Json::parse(s, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON: " << s;
  return j;
}

TEST(JsonResponseTest, StringsAreEscapedAndRepaired) {
  std::string out;
  AppendJsonString(&out, "a\"b\\c\nd\x01 é \xff z");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001 é \xEF\xBF\xBD z\"");
  Json j = Parse(out);
  EXPECT_EQ(j.get<std::string>(), "a\"b\\c\nd\x01 é \xEF\xBF\xBD z");
  out.clear();
  AppendJsonString(&out, "\xED\xA0\x80");  // a UTF-16 surrogate in UTF-8: invalid
  EXPECT_EQ(out, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonResponseTest, Error) {
  Json j = Parse(ErrorJson(400, "quad: '5' is not a quad class (1..4)"));
  EXPECT_EQ(j["error"]["status"], 400);
  EXPECT_EQ(j["error"]["message"], "quad: '5' is not a quad class (1..4)");
}

TEST(JsonResponseTest, EventPage) {
  EventPage page;
  EXPECT_EQ(EventPageJson(page), "{\"events\":[],\"next\":null}");
  Event e;
  e.doc_id = "d1";
  e.event_id = "e1";
  e.source.code = "FRA";
  e.cameo = "051";
  page.events = {e, e};
  page.next = "cur";
  Json j = Parse(EventPageJson(page));
  ASSERT_EQ(j["events"].size(), 2u);
  EXPECT_EQ(j["events"][0]["event_id"], "e1");
  EXPECT_EQ(j["events"][1]["source"]["code"], "FRA");
  EXPECT_EQ(j["next"], "cur");
}

TEST(JsonResponseTest, SeriesNormalizedOnlyWhenAsked) {
  SeriesRequest request;
  SeriesPoint p;
  p.period = "2025-08";
  p.events = 3;
  p.quad[3] = 3;
  p.goldstein_sum = -30;
  p.stories = 6;
  p.events_norm = 0.5;
  Json plain = Parse(SeriesJson(request, {p}));
  EXPECT_EQ(plain["granularity"], "month");
  EXPECT_EQ(plain["points"][0]["quad"], Json::array({0, 0, 0, 3}));
  EXPECT_FALSE(plain["points"][0].contains("events_norm"));
  request.normalize = true;
  Json norm = Parse(SeriesJson(request, {p}));
  EXPECT_EQ(norm["normalized"], true);
  EXPECT_DOUBLE_EQ(norm["points"][0]["events_norm"].get<double>(), 0.5);
  EXPECT_EQ(norm["points"][0]["quad_norm"].size(), 4u);
}

TEST(JsonResponseTest, NetworkAndStories) {
  Network n;
  n.nodes = {{"USA", "United States", 5}, {"CHN", "", 2}};
  n.edges = {{"USA", "CHN", 2, -1.25, {0, 0, 1, 1}}};
  Json j = Parse(NetworkJson(n));
  EXPECT_EQ(j["nodes"][1]["label"], "CHN") << "a node without a label shows its id";
  EXPECT_DOUBLE_EQ(j["edges"][0]["mean_goldstein"].get<double>(), -1.25);
  Json s = Parse(TopStoriesJson({{"d1", "Title", "http://x", "", 4, 7}}));
  EXPECT_TRUE(s["stories"][0]["date"].is_null());
  EXPECT_EQ(s["stories"][0]["mentions"], 7);
}

TEST(JsonResponseTest, DocumentWithSpans) {
  DocumentRecord d;
  d.id = "d1";
  d.date = "2025-08-13";
  d.text = "France praised Germany.";
  d.sentences = {{0, 0, 23, "France praised Germany.", false}};
  RoleClaim c;
  c.person = "X";
  c.begin = 1;
  c.end = 4;
  c.contradicts = true;
  d.claims = {c};
  Json j = Parse(DocumentJson(d));
  EXPECT_EQ(j["sentences"][0]["span"], Json::array({0, 23}));
  EXPECT_EQ(j["claims"][0]["span"], Json::array({1, 4}));
  EXPECT_EQ(j["claims"][0]["contradicts"], true);
  EXPECT_TRUE(j["events"].is_array());
}

TEST(JsonResponseTest, HealthAndIntake) {
  HealthInfo h;
  h.version = "0.1.0";
  h.documents = 40;
  h.write = true;
  Json j = Parse(HealthJson(h));
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["documents"], 40);
  EXPECT_EQ(j["write"], true);
  IntakeResult r;
  r.stored = {{"t1", 2, true}};
  r.skipped = {{1, "", "empty", "story is empty"}};
  r.events = 2;
  Json i = Parse(IntakeJson(r));
  EXPECT_EQ(i["documents"][0]["created"], true);
  EXPECT_EQ(i["skipped"][0]["index"], 1);
  EXPECT_EQ(i["events"], 2);
}

}  // namespace
}  // namespace statecraft
