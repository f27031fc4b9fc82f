#include "ingest/html_source.h"

#include <gtest/gtest.h>

#include "ingest/document_finalizer.h"
#include "ingest/ingest_test_util.h"

namespace statecraft {
namespace {

using testing::ReadAll;
using testing::ReadResult;
using testing::TempDir;

ReadResult ReadHtml(const std::string& path, IngestOptions options = {}) {
  auto source = HtmlSource::Open(path, options);
  EXPECT_TRUE(source.ok()) << source.status().ToString();
  if (!source.ok()) return {};
  return ReadAll(source->get());
}

TEST(HtmlSourceTest, OneDocumentPerFile) {
  TempDir dir;
  const std::string path =
      dir.Write("story.html",
                "<html><head><title>Summit</title>"
                "<meta property=\"article:published_time\" content=\"2025-08-23T10:00:00Z\">"
                "<link rel=canonical href=\"https://example.org/s\"></head>"
                "<body><nav>Home</nav><script>track()</script><style>.x{}</style>"
                "<article><p>Lee met Ishiba in Tokyo.</p><p>They agreed on trade.</p></article>"
                "<footer>About us</footer></body></html>");
  const ReadResult result = ReadHtml(path);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_TRUE(result.problems.empty());
  const Document& doc = result.docs[0];
  EXPECT_EQ(doc.text, "Lee met Ishiba in Tokyo.\nThey agreed on trade.");
  EXPECT_EQ(doc.title, "Summit");
  EXPECT_EQ(doc.url, "https://example.org/s");
  EXPECT_EQ(doc.date->ToString(), "2025-08-23");
  EXPECT_EQ(doc.origin, path);
  EXPECT_EQ(doc.id, ContentId(doc.text));
}

TEST(HtmlSourceTest, Windows1252PageIsDecoded) {
  TempDir dir;
  const std::string path = dir.Write("story.htm",
                                     "<html><head><meta charset=\"windows-1252\"></head><body>"
                                     "<p>Talks in M\xFCnchen \x93went well\x94.</p></body></html>");
  const ReadResult result = ReadHtml(path);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Talks in M\xC3\xBCnchen \xE2\x80\x9Cwent well\xE2\x80\x9D.");
  EXPECT_TRUE(result.problems.empty());
}

TEST(HtmlSourceTest, InvalidUtf8IsRepairedWithWarning) {
  TempDir dir;
  const std::string path = dir.Write("story.html", "<p>Talks in M\xFCnchen ended.</p>");
  const ReadResult result = ReadHtml(path);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Talks in M\xEF\xBF\xBDnchen ended.");
  const auto warnings = result.With("invalid-utf8");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("byte 13 of the file"), std::string::npos)
      << warnings[0].message;
}

TEST(HtmlSourceTest, PageWithOnlyNavigationIsEmpty) {
  TempDir dir;
  const std::string path = dir.Write("nav.html", "<nav>Home | World</nav><script>x()</script>");
  const ReadResult result = ReadHtml(path);
  EXPECT_TRUE(result.docs.empty());
  ASSERT_EQ(result.With("empty").size(), 1u);
}

TEST(HtmlSourceTest, BadDateWarns) {
  TempDir dir;
  const std::string path = dir.Write(
      "a.html", "<meta property=\"article:published_time\" content=\"2025-02-30\"><p>Text.</p>");
  IngestOptions options;
  options.default_date = Date{2025, 3, 1};
  const ReadResult result = ReadHtml(path, options);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].date->ToString(), "2025-03-01");
  EXPECT_EQ(result.With("bad-date").size(), 1u);
}

TEST(HtmlSourceTest, Utf16IsReported) {
  TempDir dir;
  const std::string path = dir.Write("a.html", std::string("\xFF\xFE<\0p\0>\0", 8));
  const ReadResult result = ReadHtml(path);
  EXPECT_TRUE(result.docs.empty());
  EXPECT_EQ(result.With("unsupported-encoding").size(), 1u);
}

}  // namespace
}  // namespace statecraft
