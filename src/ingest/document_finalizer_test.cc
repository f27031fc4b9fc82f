#include "ingest/document_finalizer.h"

#include <gtest/gtest.h>

#include "base/files.h"

namespace statecraft {
namespace {

Document Doc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.origin = "in.txt:7";
  return doc;
}

TEST(ContentIdTest, StableAndPrefixed) {
  const std::string id = ContentId("Lee met Ishiba.");
  EXPECT_EQ(id, "sha256-" + Sha256Hex("Lee met Ishiba.").substr(0, 16));
  EXPECT_EQ(id.size(), 7u + 16u);
  EXPECT_EQ(id, ContentId("Lee met Ishiba."));
  EXPECT_NE(id, ContentId("Lee met Ishiba!"));
}

TEST(FinalizeDocumentTest, GivesHashIdAndDefaultDate) {
  IngestOptions options;
  options.default_date = Date{2025, 8, 23};
  Document doc = Doc("Lee met Ishiba in Tokyo.");
  std::vector<InputProblem> problems;
  ASSERT_TRUE(FinalizeDocument(options, &doc, &problems));
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(doc.id, ContentId("Lee met Ishiba in Tokyo."));
  ASSERT_TRUE(doc.date.has_value());
  EXPECT_EQ(doc.date->ToString(), "2025-08-23");
}

TEST(FinalizeDocumentTest, KeepsGivenIdAndDate) {
  IngestOptions options;
  options.default_date = Date{2025, 8, 23};
  Document doc = Doc("Lee met Ishiba in Tokyo.");
  doc.id = "story-9";
  doc.date = Date{2025, 6, 17};
  std::vector<InputProblem> problems;
  ASSERT_TRUE(FinalizeDocument(options, &doc, &problems));
  EXPECT_EQ(doc.id, "story-9");
  EXPECT_EQ(doc.date->ToString(), "2025-06-17");
}

TEST(FinalizeDocumentTest, EmptyIsSkippedWithProblem) {
  IngestOptions options;
  Document doc = Doc(" \t \xC2\xA0 ");
  std::vector<InputProblem> problems;
  EXPECT_FALSE(FinalizeDocument(options, &doc, &problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].reason, "empty");
  EXPECT_EQ(problems[0].kind, InputProblem::Kind::kSkipped);
  EXPECT_EQ(problems[0].origin, "in.txt:7");
}

TEST(FinalizeDocumentTest, RepairsTextWithWarning) {
  IngestOptions options;
  Document doc = Doc(std::string("Lee\0met \xFFIshiba.", 16));
  std::vector<InputProblem> problems;
  ASSERT_TRUE(FinalizeDocument(options, &doc, &problems));
  EXPECT_EQ(doc.text, "Lee met \xEF\xBF\xBDIshiba.");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].reason, "invalid-utf8");
  EXPECT_NE(problems[0].message.find("byte 8"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].reason, "nul-bytes");
}

TEST(FinalizeDocumentTest, NonEnglishSkippedOnlyWhenAsked) {
  const std::string french =
      "Le gouvernement a annonc\xC3\xA9 mardi une nouvelle s\xC3\xA9rie de mesures pour "
      "soutenir les agriculteurs touch\xC3\xA9s par la s\xC3\xA9"
      "cheresse, a d\xC3\xA9"
      "clar\xC3\xA9 "
      "le ministre lors d'une conf\xC3\xA9rence de presse \xC3\xA0 Paris.";
  IngestOptions options;
  Document doc = Doc(french);
  std::vector<InputProblem> problems;
  EXPECT_FALSE(FinalizeDocument(options, &doc, &problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].reason, "non-english");
  EXPECT_NE(problems[0].message.find("FRENCH"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[0].doc_id, ContentId(french));

  options.skip_non_english = false;
  Document kept = Doc(french);
  problems.clear();
  EXPECT_TRUE(FinalizeDocument(options, &kept, &problems));
  EXPECT_TRUE(problems.empty());
}

TEST(FinalizeDocumentTest, CleansTitle) {
  IngestOptions options;
  Document doc = Doc("Text.");
  doc.title = "  A \n  title\x01 ";
  std::vector<InputProblem> problems;
  ASSERT_TRUE(FinalizeDocument(options, &doc, &problems));
  EXPECT_EQ(doc.title, "A title");
}

}  // namespace
}  // namespace statecraft
