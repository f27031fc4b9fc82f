#include "ingest/document_source.h"

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "ingest/ingest_test_util.h"

namespace statecraft {
namespace {

using testing::ReadAll;
using testing::ReadResult;
using testing::TempDir;

TEST(FormatTest, ByExtension) {
  EXPECT_EQ(FormatForExtension("a/b.jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(FormatForExtension("b.NDJSON"), InputFormat::kJsonl);
  EXPECT_EQ(FormatForExtension("b.xml"), InputFormat::kFeed);
  EXPECT_EQ(FormatForExtension("b.rss"), InputFormat::kFeed);
  EXPECT_EQ(FormatForExtension("b.atom"), InputFormat::kFeed);
  EXPECT_EQ(FormatForExtension("b.HTML"), InputFormat::kHtml);
  EXPECT_EQ(FormatForExtension("b.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatForExtension("b.txt"), InputFormat::kText);
  EXPECT_EQ(FormatForExtension("b.sgm"), InputFormat::kText);
  EXPECT_EQ(FormatForExtension("noext"), InputFormat::kText);
}

TEST(FormatTest, ParseNames) {
  EXPECT_EQ(*ParseInputFormat("text"), InputFormat::kText);
  EXPECT_EQ(*ParseInputFormat("textfile"), InputFormat::kTextFile);
  EXPECT_EQ(*ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(*ParseInputFormat("feed"), InputFormat::kFeed);
  EXPECT_EQ(*ParseInputFormat("html"), InputFormat::kHtml);
  EXPECT_FALSE(ParseInputFormat("csv").ok());
}

TEST(OpenDocumentSourceTest, DispatchesByExtension) {
  TempDir dir;
  const std::string jsonl = dir.Write("x.jsonl", R"({"id":"j","text":"JSON story."})");
  const std::string html = dir.Write("x.html", "<p>HTML story.</p>");
  auto from_jsonl = OpenDocumentSource(jsonl, {});
  ASSERT_TRUE(from_jsonl.ok());
  EXPECT_EQ(ReadAll(from_jsonl->get()).docs.at(0).id, "j");
  auto from_html = OpenDocumentSource(html, {});
  ASSERT_TRUE(from_html.ok());
  EXPECT_EQ(ReadAll(from_html->get()).docs.at(0).text, "HTML story.");
}

TEST(OpenDocumentSourceTest, ForcedFormatOverridesExtension) {
  TempDir dir;
  const std::string path = dir.Write("x.txt", R"({"id":"j","text":"JSON in a .txt file."})");
  IngestOptions options;
  options.input_format = "jsonl";
  auto source = OpenDocumentSource(path, options);
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, "j");
}

TEST(OpenDocumentSourceTest, Directory) {
  TempDir dir;
  dir.Write("a.txt", "Story A.\n");
  dir.Write("b/c.txt", "Story C.\n");
  auto source = OpenDocumentSource(dir.path().string(), {});
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(ReadAll(source->get()).docs.size(), 2u);
}

TEST(OpenDocumentSourceTest, Errors) {
  auto missing = OpenDocumentSource("/nonexistent/statecraft/input.txt", {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  IngestOptions options;
  options.input_format = "docx";
  auto bad_format = OpenDocumentSource("-", options);
  ASSERT_FALSE(bad_format.ok());
  EXPECT_EQ(bad_format.status().code(), StatusCode::kInvalidArgument);
}

// Restores std::cin's buffer when the test ends.
class CinRedirect {
 public:
  explicit CinRedirect(std::streambuf* buffer) : saved_(std::cin.rdbuf(buffer)) {}
  ~CinRedirect() {
    std::cin.rdbuf(saved_);
    std::cin.clear();
  }

 private:
  std::streambuf* saved_;
};

TEST(OpenDocumentSourceTest, StdinIsTextByDefault) {
  std::istringstream input("Story from stdin.\n\nAnother one.\n");
  CinRedirect redirect(input.rdbuf());
  auto source = OpenDocumentSource("-", {});
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].origin, "-:1");
  EXPECT_EQ(result.docs[1].origin, "-:3");
}

TEST(OpenDocumentSourceTest, StdinWithForcedFormat) {
  std::istringstream input(
      "<rss><channel><item><guid>s</guid><description>Fed via stdin."
      "</description></item></channel></rss>");
  CinRedirect redirect(input.rdbuf());
  IngestOptions options;
  options.input_format = "feed";
  auto source = OpenDocumentSource("-", options);
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, "s");
  EXPECT_EQ(result.docs[0].origin, "-:1");
}

}  // namespace
}  // namespace statecraft
