#include "ingest/directory_source.h"

#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"

namespace statecraft {
namespace {

using testing::ReadAll;
using testing::ReadResult;
using testing::TempDir;

TEST(DirectorySourceTest, SortedRecursiveByExtensionHiddenSkipped) {
  TempDir dir;
  dir.Write("b.txt", "Text story one.\nText story two.\n");
  dir.Write("a.jsonl", R"({"id":"j1","text":"JSON story."})"
                       "\n");
  dir.Write("sub/c.html", "<article><p>HTML story.</p></article>");
  dir.Write("sub/d.rss",
            "<rss><channel><item><guid>r1</guid><description>Feed story."
            "</description></item></channel></rss>");
  dir.Write(".hidden.txt", "Hidden story.\n");
  dir.Write(".git/config.txt", "Hidden directory story.\n");
  dir.Write("sub/.cache/e.txt", "Hidden nested story.\n");

  auto source = DirectorySource::Open(dir.path(), {});
  ASSERT_TRUE(source.ok()) << source.status().ToString();
  const ReadResult result = ReadAll(source->get());
  EXPECT_TRUE(result.problems.empty());
  ASSERT_EQ(result.docs.size(), 5u);
  EXPECT_EQ(result.docs[0].id, "j1");
  EXPECT_EQ(result.docs[1].text, "Text story one.");
  EXPECT_EQ(result.docs[2].text, "Text story two.");
  EXPECT_EQ(result.docs[3].text, "HTML story.");
  EXPECT_EQ(result.docs[4].id, "r1");
  EXPECT_EQ(result.docs[1].origin, (dir.path() / "b.txt").string() + ":1");
}

TEST(DirectorySourceTest, ForcedFormatAppliesToEveryFile) {
  TempDir dir;
  dir.Write("one.dat", "Line one.\nLine two.\n");
  dir.Write("two.html", "<p>Not parsed as HTML.</p>\n");
  IngestOptions options;
  options.input_format = "textfile";
  auto source = DirectorySource::Open(dir.path(), options);
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].text, "Line one.\nLine two.\n");
  EXPECT_EQ(result.docs[1].text, "<p>Not parsed as HTML.</p>\n");
}

TEST(DirectorySourceTest, SymlinkedDirectoriesAreNotFollowed) {
  TempDir dir;
  dir.Write("sub/a.txt", "Story A.\n");
  std::error_code ec;
  std::filesystem::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop", ec);
  if (ec) GTEST_SKIP() << "cannot create a symlink here: " << ec.message();
  std::filesystem::create_symlink(dir.path() / "sub" / "a.txt", dir.path() / "b.txt", ec);
  auto source = DirectorySource::Open(dir.path(), {});
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  EXPECT_EQ(result.docs.size(), 2u);  // sub/a.txt, and b.txt through its file link
}

TEST(DirectorySourceTest, EmptyDirectory) {
  TempDir dir;
  auto source = DirectorySource::Open(dir.path(), {});
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  EXPECT_TRUE(result.docs.empty());
  EXPECT_TRUE(result.problems.empty());
}

TEST(DirectorySourceTest, UnknownForcedFormatIsAnError) {
  TempDir dir;
  IngestOptions options;
  options.input_format = "pdf";
  auto source = DirectorySource::Open(dir.path(), options);
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kInvalidArgument);
}

TEST(DirectorySourceTest, ProblemsFromEachFileAreKept) {
  TempDir dir;
  dir.Write("a.jsonl", "not json\n{\"text\":\"Good.\"}\n");
  dir.Write("b.txt", "Fine.\n");
  auto source = DirectorySource::Open(dir.path(), {});
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  EXPECT_EQ(result.docs.size(), 2u);
  ASSERT_EQ(result.With("malformed-json").size(), 1u);
  EXPECT_EQ(result.With("malformed-json")[0].origin, (dir.path() / "a.jsonl").string() + ":1");
}

}  // namespace
}  // namespace statecraft
