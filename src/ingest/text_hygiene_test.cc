#include "ingest/text_hygiene.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(RepairTextTest, CleanTextIsUntouched) {
  std::string text = "Seoul and Tokyo — 東京 — agreed. Ünïcödé ok.\tTab\r\nnext";
  const std::string before = text;
  const TextRepairReport report = RepairText(&text);
  EXPECT_TRUE(report.clean());
  EXPECT_EQ(text, before);
}

TEST(RepairTextTest, StrayByteBecomesReplacementCharacter) {
  std::string text = "M\xFCnchen talks";  // latin-1 u-umlaut: not UTF-8
  const TextRepairReport report = RepairText(&text);
  EXPECT_EQ(report.invalid_sequences, 1u);
  EXPECT_EQ(report.first_invalid_offset, 1u);
  EXPECT_EQ(text, "M\xEF\xBF\xBDnchen talks");
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(RepairTextTest, MaximalSubpartGivesOneReplacementEach) {
  // A truncated 3-byte sequence (E2 82) then a lone continuation byte (80),
  // an overlong '/' (C0 AF: two separate bad bytes), a surrogate (ED A0 80:
  // ED alone is bad, then A0 and 80), and a code point above U+10FFFF (F4 90..).
  std::string text =
      "a\xE2\x82"
      "b\x80"
      "c\xC0\xAF"
      "d\xED\xA0\x80"
      "e\xF4\x90\x80\x80"
      "f";
  const TextRepairReport report = RepairText(&text);
  EXPECT_EQ(text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD\xEF\xBF\xBD"
            "d\xEF\xBF\xBD\xEF\xBF\xBD"
            "\xEF\xBF\xBD"
            "e\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
            "f");
  EXPECT_EQ(report.invalid_sequences, 11u);
  EXPECT_EQ(report.first_invalid_offset, 1u);
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(RepairTextTest, TruncatedSequenceAtEnd) {
  std::string text = "end\xF0\x9F\x98";
  RepairText(&text);
  EXPECT_EQ(text, "end\xEF\xBF\xBD");
}

TEST(RepairTextTest, NulAndControlsBecomeSpaces) {
  std::string text(
      "a\0b\x05"
      "c\x7F"
      "d\te\n",
      10);
  const TextRepairReport report = RepairText(&text);
  EXPECT_EQ(text, "a b c d\te\n");
  EXPECT_EQ(report.nul_bytes, 1u);
  EXPECT_EQ(report.first_nul_offset, 1u);
  EXPECT_EQ(report.control_chars, 2u);
  EXPECT_EQ(report.first_control_offset, 3u);
  EXPECT_EQ(report.invalid_sequences, 0u);
}

TEST(RepairTextTest, ProblemsNameOffsetAndReason) {
  std::string text("x\0y\xFF", 4);
  const TextRepairReport report = RepairText(&text);
  std::vector<InputProblem> problems;
  AppendRepairProblems(report, "f.txt:3", "doc-1", "story text", &problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].reason, "invalid-utf8");
  EXPECT_EQ(problems[0].kind, InputProblem::Kind::kWarning);
  EXPECT_NE(problems[0].message.find("byte 3"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].reason, "nul-bytes");
  EXPECT_EQ(problems[1].origin, "f.txt:3");
  EXPECT_EQ(problems[1].doc_id, "doc-1");
}

TEST(RepairTextTest, LargeInputIsLinear) {
  std::string text(10 << 20, 'a');
  text[5 << 20] = '\xFF';
  const TextRepairReport report = RepairText(&text);
  EXPECT_EQ(report.invalid_sequences, 1u);
  EXPECT_EQ(text.size(), (10u << 20) + 2);
}

TEST(Windows1252Test, DecodesHighBytes) {
  EXPECT_EQ(Windows1252ToUtf8("caf\xE9 \x93quoted\x94 \x80"
                              "5"),
            "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC"
            "5");
}

TEST(WhitespaceTest, CollapseAndBlank) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b\xC2\xA0 c  "), "a b c");
  EXPECT_TRUE(IsBlank(" \t\r\n\xC2\xA0\xE3\x80\x80"));
  EXPECT_TRUE(IsBlank(""));
  EXPECT_FALSE(IsBlank("  .  "));
}

TEST(BomTest, Strip) {
  std::string text = "\xEF\xBB\xBFhello";
  EXPECT_TRUE(StripUtf8Bom(&text));
  EXPECT_EQ(text, "hello");
  EXPECT_FALSE(StripUtf8Bom(&text));
}

}  // namespace
}  // namespace statecraft
