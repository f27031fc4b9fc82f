#include "store/event_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>

namespace statecraft {
namespace {

// "Indian Prime Minister Narendra Modi will visit the US from September 23-29."
Event ModiVisit() {
  Event e;
  e.doc_id = "reuters-12";
  e.sentence = 3;
  e.event_id = "ev-1f3a";
  e.date = "2025-09-23";
  e.date_precision = "day";
  e.source = {"INDGOV",
              "IND",
              "Narendra Modi",
              "Indian Prime Minister Narendra Modi",
              0,
              35,
              "data/actors/people/asia.txt:12"};
  e.target =
      EventActor{"USA", "USA", "United States", "the US", 47, 53, "data/actors/countries.txt:240"};
  e.cameo = "042";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.plover = "CONSULT";
  e.modality = "future";
  e.verb_begin = 41;
  e.verb_end = 46;
  e.time_refs.push_back({"from September 23-29", 54, 74, "2025-09-23", "2025-09-29", "day"});
  e.sentence_text = "Indian Prime Minister Narendra Modi will visit the US from September 23-29.";
  e.sentence_begin = 0;
  e.sentence_end = 75;
  e.rule = "data/verbs/04_consult.txt:118";
  e.coder_version = "0.1.0";
  e.dictionaries = "sha256:ab12";
  return e;
}

// "Russian forces did not strike a village." -- no target, no date, quantities.
Event UntargetedStrike() {
  Event e;
  e.doc_id = "d2";
  e.sentence = 0;
  e.event_id = "ev-9";
  e.date = "";
  e.date_precision = "day";
  e.source = {"RUSMIL", "RUS", "Russia", "Russian forces", 0, 14, ""};
  e.cameo = "190";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.plover = "ASSAULT";
  e.plover_mode = "aerial";
  e.negated = true;
  e.quantities.push_back({"a 50% tariff", 20, 32, "percent", 50, "%"});
  e.quantities.push_back({"$150 billion", 33, 45, "money", 150e9, "USD"});
  e.quantities.push_back({"2.5 tonnes", 46, 56, "count", 2.5, "tonne"});
  e.sentence_text = "Russian forces did not strike a village.";
  e.sentence_end = 40;
  e.verb_begin = 23;
  e.verb_end = 29;
  e.rule = "data/verbs/19_fight.txt:7";
  return e;
}

void ExpectSameEvent(const Event& a, const Event& b) {
  EXPECT_EQ(EventToJson(a), EventToJson(b));
  EXPECT_EQ(a.doc_id, b.doc_id);
  EXPECT_EQ(a.target.has_value(), b.target.has_value());
  EXPECT_EQ(a.sentence_begin, b.sentence_begin);
  EXPECT_EQ(a.sentence_end, b.sentence_end);
  EXPECT_EQ(a.time_refs.size(), b.time_refs.size());
  EXPECT_EQ(a.quantities.size(), b.quantities.size());
}

TEST(EventJsonTest, ExactJsonOfEventWithTargetAndTimeRef) {
  EXPECT_EQ(
      EventToJson(ModiVisit()),
      R"({"doc_id":"reuters-12","sentence":3,"event_id":"ev-1f3a","date":"2025-09-23",)"
      R"("date_precision":"day","source":{"code":"INDGOV","country":"IND","name":"Narendra Modi",)"
      R"("text":"Indian Prime Minister Narendra Modi","span":[0,35],)"
      R"("entry":"data/actors/people/asia.txt:12"},"target":{"code":"USA","country":"USA",)"
      R"("name":"United States","text":"the US","span":[47,53],)"
      R"("entry":"data/actors/countries.txt:240"},"cameo":"042","root":"04","quad_class":1,)"
      R"("goldstein":1.9,"plover":"CONSULT","negated":false,"background":false,)"
      R"("modality":"future","time_refs":[{"text":"from September 23-29","span":[54,74],)"
      R"("from":"2025-09-23","to":"2025-09-29","precision":"day"}],"location":null,)"
      R"("quantities":[],"sentence_text":"Indian Prime Minister Narendra Modi will visit the US )"
      R"(from September 23-29.","sentence_span":[0,75],"verb_span":[41,46],)"
      R"("rule":"data/verbs/04_consult.txt:118","coder":{"version":"0.1.0",)"
      R"("dictionaries":"sha256:ab12"}})");
}

TEST(EventJsonTest, ExactJsonOfEventWithNullTargetAndQuantities) {
  EXPECT_EQ(EventToJson(UntargetedStrike()),
            R"({"doc_id":"d2","sentence":0,"event_id":"ev-9","date":null,"date_precision":"day",)"
            R"("source":{"code":"RUSMIL","country":"RUS","name":"Russia","text":"Russian forces",)"
            R"("span":[0,14],"entry":""},"target":null,"cameo":"190","root":"19","quad_class":4,)"
            R"("goldstein":-10.0,"plover":"ASSAULT","plover_mode":"aerial","negated":true,)"
            R"("background":false,"modality":"","time_refs":[],"location":null,)"
            R"("quantities":[{"text":"a 50% tariff","span":[20,32],"kind":"percent","value":50,)"
            R"("unit":"%"},{"text":"$150 billion","span":[33,45],"kind":"money",)"
            R"("value":150000000000,"unit":"USD"},{"text":"2.5 tonnes","span":[46,56],)"
            R"("kind":"count","value":2.5,"unit":"tonne"}],)"
            R"("sentence_text":"Russian forces did not strike a village.","sentence_span":[0,40],)"
            R"("verb_span":[23,29],"rule":"data/verbs/19_fight.txt:7",)"
            R"("coder":{"version":"","dictionaries":""}})");
}

TEST(EventJsonTest, RoundTripsEveryField) {
  for (const Event& original : {ModiVisit(), UntargetedStrike()}) {
    Result<Event> parsed = EventFromJson(EventToJson(original));
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    ExpectSameEvent(original, *parsed);
  }
  Event e = *EventFromJson(EventToJson(ModiVisit()));
  ASSERT_TRUE(e.target.has_value());
  EXPECT_EQ(e.target->entry, "data/actors/countries.txt:240");
  EXPECT_EQ(e.target->begin, 47u);
  EXPECT_EQ(e.cameo, "042");
  EXPECT_DOUBLE_EQ(e.goldstein, 1.9);
  EXPECT_EQ(e.modality, "future");
  ASSERT_EQ(e.time_refs.size(), 1u);
  EXPECT_EQ(e.time_refs[0].to, "2025-09-29");
  EXPECT_EQ(e.time_refs[0].end, 74u);

  Event s = *EventFromJson(EventToJson(UntargetedStrike()));
  EXPECT_FALSE(s.target.has_value());
  EXPECT_EQ(s.date, "");
  EXPECT_TRUE(s.negated);
  EXPECT_EQ(s.plover_mode, "aerial");
  EXPECT_EQ(s.plover_context, "");
  ASSERT_EQ(s.quantities.size(), 3u);
  EXPECT_EQ(s.quantities[1].value, 150e9);
  EXPECT_EQ(s.quantities[2].value, 2.5);
  EXPECT_EQ(s.quantities[2].unit, "tonne");
}

TEST(EventJsonTest, GoldsteinAlwaysHasOneDecimal) {
  Event e = ModiVisit();
  auto goldstein_of = [&](double value) {
    e.goldstein = value;
    std::string json = EventToJson(e);
    size_t at = json.find("\"goldstein\":") + 12;
    return json.substr(at, json.find(',', at) - at);
  };
  EXPECT_EQ(goldstein_of(1.9), "1.9");
  EXPECT_EQ(goldstein_of(-10), "-10.0");
  EXPECT_EQ(goldstein_of(10), "10.0");
  EXPECT_EQ(goldstein_of(0), "0.0");
  EXPECT_EQ(goldstein_of(-0.0), "0.0");
  EXPECT_EQ(goldstein_of(-0.04), "0.0");
  EXPECT_EQ(goldstein_of(-7.2), "-7.2");
  EXPECT_EQ(goldstein_of(3.4000000001), "3.4");
  EXPECT_EQ(goldstein_of(NAN), "null");
}

TEST(EventJsonTest, EscapesAndRepairsStrings) {
  Event e = UntargetedStrike();
  e.sentence_text = "He said \"no\"\\\n\t\x01 \xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 bad:\xFF\xC3";
  std::string json = EventToJson(e);
  EXPECT_NE(json.find(R"("sentence_text":"He said \"no\"\\\n\t\u0001 é — 😀 bad:\ufffd\ufffd")"),
            std::string::npos)
      << json;
  Result<Event> parsed = EventFromJson(json);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->sentence_text,
            "He said \"no\"\\\n\t\x01 \xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 bad:\xEF\xBF\xBD"
            "\xEF\xBF\xBD");
  // Surrogates and overlong forms are not UTF-8 either.
  e.sentence_text = "\xED\xA0\x80\xC0\xAF";
  EXPECT_NE(EventToJson(e).find(R"("sentence_text":"\ufffd\ufffd\ufffd\ufffd\ufffd")"),
            std::string::npos);
}

// The string contract, one byte at a time: the reference the writer (which
// appends runs of bytes at once) is checked against.
std::string ReferenceJsonString(const std::string& s) {
  auto valid_length = [&](size_t i) -> size_t {
    auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
    auto cont = [&](size_t k) { return (at(k) & 0xC0) == 0x80; };
    const unsigned char c = at(i);
    size_t n = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
      if (!cont(i + k)) return 0;
    }
    uint32_t cp = c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (at(i + k) & 0x3F);
    const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
  };
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t n = valid_length(i);
      out += n == 0 ? "\\ufffd" : s.substr(i, n);
      i += n == 0 ? 1 : n;
      continue;
    }
    static const std::map<char, std::string> kShort = {{'"', "\\\""}, {'\\', "\\\\"}, {'\b', "\\b"},
                                                       {'\f', "\\f"}, {'\n', "\\n"},  {'\r', "\\r"},
                                                       {'\t', "\\t"}};
    if (auto it = kShort.find(static_cast<char>(c)); it != kShort.end()) {
      out += it->second;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
    ++i;
  }
  return out + "\"";
}

TEST(EventJsonTest, StringsAgreeWithAByteByByteReference) {
  // Runs of plain text broken by every kind of byte the writer treats apart.
  const std::vector<std::string> pieces = {
      "plain words ", "\"",   "\\",       "\n",           "\t",           std::string(1, '\0'),
      "\x01",         "\x1f", "\x7f",     "\xC3\xA9",     "\xE2\x80\x94", "\xF0\x9F\x98\x80",
      "\xFF",         "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF",     "\xF4\x90\x80\x80",
      "\x80",         "/<>&'"};
  std::mt19937 random(20261129);
  Event e = UntargetedStrike();
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    e.sentence_text = text;
    const std::string json = EventToJson(e);
    const std::string expected = "\"sentence_text\":" + ReferenceJsonString(text) + ",";
    ASSERT_NE(json.find(expected), std::string::npos) << "round " << round << ": " << json;
  }
}

TEST(EventJsonTest, OutputIsDeterministic) {
  EXPECT_EQ(EventToJson(ModiVisit()), EventToJson(ModiVisit()));
  std::string json = EventToJson(ModiVisit());
  EXPECT_EQ(json.find('\n'), std::string::npos);
  EXPECT_EQ(EventToJson(*EventFromJson(json)), json);
}

TEST(EventJsonTest, RejectsMalformedInput) {
  auto error_of = [](std::string_view json) {
    Result<Event> parsed = EventFromJson(json);
    EXPECT_FALSE(parsed.ok()) << json;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument) << json;
    return parsed.status().message();
  };
  EXPECT_NE(error_of("{\"doc_id\":").find("malformed"), std::string::npos);
  EXPECT_NE(error_of("[1,2]").find("not an object"), std::string::npos);
  const std::string base =
      R"("doc_id":"d","event_id":"e","cameo":"010","source":{"code":"USA","span":[0,3]})";
  ASSERT_TRUE(EventFromJson("{" + base + "}").ok());
  EXPECT_NE(error_of(R"({"event_id":"e","cameo":"010","source":{}})").find("\"doc_id\""),
            std::string::npos);
  EXPECT_NE(error_of(R"({"doc_id":"d","event_id":"e","cameo":"010"})").find("\"source\""),
            std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"sentence":"3"})").find("\"sentence\""), std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"sentence":-1})").find("\"sentence\""), std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"cameo":42})").find("\"cameo\""), std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"quad_class":7})").find("\"quad_class\""), std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"verb_span":[5,2]})").find("\"verb_span\""),
            std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"verb_span":[0,4294967296]})").find("\"verb_span\""),
            std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"target":{"span":[1]}})").find("\"target.span\""),
            std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"time_refs":[{"from":7}]})").find("\"time_refs[0].from\""),
            std::string::npos);
  EXPECT_NE(
      error_of("{" + base + R"(,"quantities":[{"value":"x"}]})").find("\"quantities[0].value\""),
      std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"negated":1})").find("\"negated\""), std::string::npos);
  EXPECT_NE(error_of("{" + base + R"(,"coder":[]})").find("\"coder\""), std::string::npos);
  // Invalid UTF-8 inside the JSON text is malformed JSON.
  EXPECT_NE(error_of("{" + base + ",\"rule\":\"\xFF\"}").find("malformed"), std::string::npos);
}

TEST(EventJsonTest, ListColumnsRoundTrip) {
  Event e = UntargetedStrike();
  Result<std::vector<Quantity>> quantities = QuantitiesFromJson(QuantitiesToJson(e.quantities));
  ASSERT_TRUE(quantities.ok());
  EXPECT_EQ(QuantitiesToJson(*quantities), QuantitiesToJson(e.quantities));
  EXPECT_EQ(TimeRefsToJson({}), "[]");
  std::vector<TimeRef> open_ended = {{"by 2030", 3, 10, "", "2030-12-31", "year"}};
  EXPECT_EQ(
      TimeRefsToJson(open_ended),
      R"([{"text":"by 2030","span":[3,10],"from":null,"to":"2030-12-31","precision":"year"}])");
  Result<std::vector<TimeRef>> refs = TimeRefsFromJson(TimeRefsToJson(open_ended));
  ASSERT_TRUE(refs.ok());
  ASSERT_EQ(refs->size(), 1u);
  EXPECT_EQ((*refs)[0].from, "");
  EXPECT_EQ((*refs)[0].to, "2030-12-31");
  EXPECT_TRUE(TimeRefsFromJson("[]").ok() && TimeRefsFromJson("[]")->empty());
  EXPECT_TRUE(QuantitiesFromJson("[]").ok() && QuantitiesFromJson("[]")->empty());
  EXPECT_FALSE(TimeRefsFromJson("{}").ok());
  EXPECT_FALSE(QuantitiesFromJson("[1]").ok());
}

}  // namespace
}  // namespace statecraft
