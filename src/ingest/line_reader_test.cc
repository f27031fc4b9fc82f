#include "ingest/line_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace statecraft {
namespace {

std::vector<std::string> Lines(const std::string& input, std::size_t max = 1 << 20) {
  std::istringstream in(input);
  LineReader reader(&in, max);
  std::vector<std::string> out;
  std::string line;
  LineReader::Result result;
  while ((result = reader.Next(&line)) != LineReader::Result::kEnd) {
    out.push_back(result == LineReader::Result::kTooLong ? "<too long>" : line);
  }
  return out;
}

TEST(LineReaderTest, SplitsOnNewlines) {
  EXPECT_EQ(Lines("a\nb\n"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Lines("a\nb"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Lines("a\r\n\r\nb\r\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(Lines(""), (std::vector<std::string>{}));
  EXPECT_EQ(Lines("\n"), (std::vector<std::string>{""}));
}

TEST(LineReaderTest, CountsLines) {
  std::istringstream in("a\n\nc\n");
  LineReader reader(&in, 100);
  std::string line;
  reader.Next(&line);
  EXPECT_EQ(reader.line_number(), 1);
  reader.Next(&line);
  reader.Next(&line);
  EXPECT_EQ(line, "c");
  EXPECT_EQ(reader.line_number(), 3);
  EXPECT_EQ(reader.Next(&line), LineReader::Result::kEnd);
  EXPECT_FALSE(reader.failed());
}

TEST(LineReaderTest, LongLinesAcrossChunks) {
  const std::string big(3 * 65536 + 17, 'x');
  const auto lines = Lines("a\n" + big + "\nb");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], big);
  EXPECT_EQ(lines[2], "b");
}

TEST(LineReaderTest, TooLongLineIsDiscardedAndReadingGoesOn) {
  const auto lines = Lines("short\n" + std::string(200, 'y') + "\nafter\n", 100);
  EXPECT_EQ(lines, (std::vector<std::string>{"short", "<too long>", "after"}));
}

}  // namespace
}  // namespace statecraft
