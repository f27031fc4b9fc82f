#include "serve/document_intake.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(ParseStoriesTest, OneObject) {
  Result<ParsedStories> r = ParseStories(R"({"id":"t1","date":"2025-08-13","text":"France praised Germany.","title":"T"})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->documents.size(), 1u);
  EXPECT_EQ(r->documents[0].id, "t1");
  ASSERT_TRUE(r->documents[0].date.has_value());
  EXPECT_EQ(r->documents[0].date->ToString(), "2025-08-13");
  EXPECT_EQ(r->documents[0].title, "T");
  EXPECT_EQ(r->indexes, (std::vector<size_t>{0}));
}

TEST(ParseStoriesTest, ArrayWithContentIdsAndSkips) {
  Result<ParsedStories> r = ParseStories(R"([
    {"text":"Iran threatened Israel."},
    {"id":"blank","text":"   "},
    {"id":7,"text":"Russian forces attacked Ukraine.","date":null}
  ])");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->documents.size(), 2u);
  EXPECT_EQ(r->documents[0].id.rfind("sha256-", 0), 0u) << "no id: the content hash";
  EXPECT_EQ(r->documents[1].id, "7");
  EXPECT_EQ(r->indexes, (std::vector<size_t>{0, 2}));
  ASSERT_EQ(r->skipped.size(), 1u);
  EXPECT_EQ(r->skipped[0].index, 1u);
  EXPECT_EQ(r->skipped[0].reason, "empty");
}

TEST(ParseStoriesTest, ClientErrors) {
  auto message = [](std::string_view body) {
    Result<ParsedStories> r = ParseStories(body);
    EXPECT_FALSE(r.ok()) << body;
    if (r.ok()) return std::string();
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    return r.status().message();
  };
  EXPECT_EQ(message("{not json"), "body: not valid JSON");
  EXPECT_EQ(message("[]"), "body: the array holds no story");
  EXPECT_EQ(message("\"text\""), "body: expected a story object or an array of them");
  EXPECT_EQ(message(R"([{"text":"a"}, 3])"), "[1]: a story must be a JSON object");
  EXPECT_EQ(message(R"({"id":"x"})"), "body.text: missing, or not a string");
  EXPECT_EQ(message(R"({"text":5})"), "body.text: missing, or not a string");
  EXPECT_EQ(message(R"({"text":"a b","title":[1]})"), "body.title: not a string");
  EXPECT_NE(message(R"({"text":"France praised Germany.","date":"2025-02-30"})").find("body: "), std::string::npos);
  std::string many = "[";
  for (size_t i = 0; i <= kMaxPostedDocuments; ++i) many += std::string(i ? "," : "") + R"({"text":"x"})";
  many += "]";
  EXPECT_NE(message(many).find("more than 1000 stories"), std::string::npos);
}

}  // namespace
}  // namespace statecraft
