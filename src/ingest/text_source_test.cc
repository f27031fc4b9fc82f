#include "ingest/text_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "ingest/document_finalizer.h"
#include "ingest/ingest_test_util.h"

namespace statecraft {
namespace {

using testing::ReadAll;
using testing::ReadResult;
using testing::TempDir;

ReadResult ReadText(const std::string& path,
                    TextSource::Mode mode = TextSource::Mode::kLinePerStory,
                    IngestOptions options = {}) {
  auto source = TextSource::Open(path, mode, options);
  EXPECT_TRUE(source.ok()) << source.status().ToString();
  if (!source.ok()) return {};
  return ReadAll(source->get());
}

TEST(TextSourceTest, OneStoryPerLineBlankLinesSkipped) {
  TempDir dir;
  const std::string path =
      dir.Write("stories.txt",
                "Lee met Ishiba in Tokyo.\n\nTrump spoke with Putin.\r\n\n\nModi visited Beijing.");
  IngestOptions options;
  options.default_date = Date{2025, 8, 23};
  const ReadResult result = ReadText(path, TextSource::Mode::kLinePerStory, options);
  ASSERT_EQ(result.docs.size(), 3u);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.docs[0].text, "Lee met Ishiba in Tokyo.");
  EXPECT_EQ(result.docs[0].origin, path + ":1");
  EXPECT_EQ(result.docs[1].text, "Trump spoke with Putin.");  // "\r" dropped
  EXPECT_EQ(result.docs[1].origin, path + ":3");
  EXPECT_EQ(result.docs[2].origin, path + ":6");
  EXPECT_EQ(result.docs[0].id, ContentId("Lee met Ishiba in Tokyo."));
  EXPECT_EQ(result.docs[2].date->ToString(), "2025-08-23");
  EXPECT_TRUE(result.docs[0].title.empty());
}

TEST(TextSourceTest, SameInputSameIds) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "One story here.\nAnother story there.\n");
  const ReadResult first = ReadText(path);
  const ReadResult second = ReadText(path);
  ASSERT_EQ(first.docs.size(), 2u);
  ASSERT_EQ(second.docs.size(), 2u);
  EXPECT_EQ(first.docs[0].id, second.docs[0].id);
  EXPECT_EQ(first.docs[1].id, second.docs[1].id);
  EXPECT_NE(first.docs[0].id, first.docs[1].id);
}

TEST(TextSourceTest, WhitespaceOnlyLineIsEmptyProblem) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "First story.\n   \t  \nSecond story.\n");
  const ReadResult result = ReadText(path);
  ASSERT_EQ(result.docs.size(), 2u);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].reason, "empty");
  EXPECT_EQ(result.problems[0].kind, InputProblem::Kind::kSkipped);
  EXPECT_EQ(result.problems[0].origin, path + ":2");
}

TEST(TextSourceTest, InvalidUtf8IsRepairedNotDropped) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "Talks in M\xFCnchen ended.\nClean line.\n");
  const ReadResult result = ReadText(path);
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].text, "Talks in M\xEF\xBF\xBDnchen ended.");
  const auto warnings = result.With("invalid-utf8");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].kind, InputProblem::Kind::kWarning);
  EXPECT_EQ(warnings[0].origin, path + ":1");
  EXPECT_EQ(warnings[0].doc_id, result.docs[0].id);
  EXPECT_NE(warnings[0].message.find("byte 10"), std::string::npos) << warnings[0].message;
}

TEST(TextSourceTest, NulBytesReplacedWithWarning) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", std::string("Lee\0met Ishiba.\n", 16));
  const ReadResult result = ReadText(path);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Lee met Ishiba.");
  ASSERT_EQ(result.With("nul-bytes").size(), 1u);
}

TEST(TextSourceTest, TenMegabyteLine) {
  TempDir dir;
  std::string big;
  const std::string sentence = "The minister said the talks in Geneva would resume next week. ";
  while (big.size() < (10u << 20)) big += sentence;
  const std::string path = dir.Write("big.txt", "Short one.\n" + big + "\nAfter it.\n");
  const ReadResult result = ReadText(path);
  ASSERT_EQ(result.docs.size(), 3u);
  EXPECT_EQ(result.docs[1].text, big);
  EXPECT_EQ(result.docs[2].text, "After it.");
  EXPECT_TRUE(result.problems.empty());
}

TEST(TextSourceTest, LineOverBudgetIsSkipped) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "ok\n" + std::string(5000, 'z') + "\nok too\n");
  IngestOptions options;
  options.max_story_bytes = 1000;
  const ReadResult result = ReadText(path, TextSource::Mode::kLinePerStory, options);
  ASSERT_EQ(result.docs.size(), 2u);
  ASSERT_EQ(result.With("too-long").size(), 1u);
  EXPECT_EQ(result.With("too-long")[0].origin, path + ":2");
}

TEST(TextSourceTest, ByteOrderMarkDropped) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "\xEF\xBB\xBFStory with a BOM.\n");
  const ReadResult result = ReadText(path);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Story with a BOM.");
}

TEST(TextSourceTest, WholeFileMode) {
  TempDir dir;
  const std::string path = dir.Write("article.txt", "Paragraph one.\n\nParagraph two.\n");
  const ReadResult result = ReadText(path, TextSource::Mode::kFilePerStory);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Paragraph one.\n\nParagraph two.\n");
  EXPECT_EQ(result.docs[0].origin, path);
}

TEST(TextSourceTest, FromStream) {
  std::istringstream in("From a stream.\n");
  auto source = TextSource::FromStream(&in, "-", TextSource::Mode::kLinePerStory, {});
  const ReadResult result = ReadAll(source.get());
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].origin, "-:1");
}

TEST(TextSourceTest, MissingFileIsAnError) {
  auto source =
      TextSource::Open("/nonexistent/statecraft/x.txt", TextSource::Mode::kLinePerStory, {});
  EXPECT_FALSE(source.ok());
}

TEST(TextSourceTest, SeedFile) {
  const std::string path = testing::SharedDir() + "/seed/000_82b43b2dbdc5f7a9.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  const ReadResult result = ReadText(path);
  EXPECT_EQ(result.docs.size(), 9u);
  EXPECT_TRUE(result.problems.empty());
  for (const Document& doc : result.docs) EXPECT_EQ(doc.id.rfind("sha256-", 0), 0u);
}

// The raw Reuters SGML file has control characters (as SGML character
// references) and one byte that is not UTF-8 (0xFC at byte 1519554).
TEST(TextSourceTest, RawReutersSgmlReadsWithOneInvalidByteWarning) {
  const std::string path = testing::SharedDir() + "/data/reuters21578/reut2-017.sgm";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  IngestOptions options;
  options.skip_non_english = false;
  const ReadResult result = ReadText(path, TextSource::Mode::kLinePerStory, options);
  EXPECT_GT(result.docs.size(), 10000u);
  const auto invalid = result.With("invalid-utf8");
  ASSERT_EQ(invalid.size(), 1u);
  EXPECT_EQ(invalid[0].kind, InputProblem::Kind::kWarning);
  bool found = false;
  for (const Document& doc : result.docs) {
    if (doc.origin == invalid[0].origin) {
      found = true;
      EXPECT_NE(doc.text.find("\xEF\xBF\xBD"), std::string::npos);
    }
  }
  EXPECT_TRUE(found) << "the repaired line was dropped: " << invalid[0].origin;
}

}  // namespace
}  // namespace statecraft
