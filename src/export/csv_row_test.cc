#include "export/csv_row.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace statecraft {
namespace {

// A small RFC 4180 reader for one record ending in CRLF: the fields, or an
// empty vector when the record is malformed.
std::vector<std::string> ParseRecord(const std::string& record) {
  std::vector<std::string> fields;
  std::string field;
  size_t i = 0;
  while (true) {
    if (i < record.size() && record[i] == '"') {
      ++i;
      while (true) {
        if (i >= record.size()) return {};
        if (record[i] == '"') {
          if (i + 1 < record.size() && record[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(record[i++]);
      }
    } else {
      while (i < record.size() && record[i] != ',' && record[i] != '\r') {
        if (record[i] == '"' || record[i] == '\n') return {};
        field.push_back(record[i++]);
      }
    }
    fields.push_back(field);
    field.clear();
    if (i < record.size() && record[i] == ',') {
      ++i;
      continue;
    }
    if (record.substr(i) == "\r\n") return fields;
    return {};
  }
}

Event SampleEvent() {
  Event e;
  e.doc_id = "doc-1";
  e.sentence = 2;
  e.event_id = "abc";
  e.date = "2025-08-13";
  e.source = {"INDGOV", "IND", "Narendra Modi", "Modi", 0, 4, "x:1"};
  e.target = EventActor{"USA", "USA", "United States", "US", 10, 12, "y:2"};
  e.cameo = "036";
  e.root = "03";
  e.quad_class = 1;
  e.goldstein = 4;
  e.plover = "AGREE";
  e.plover_context = "diplomatic";
  e.modality = "intent";
  e.sentence_text = "Modi said, \"we will visit\"\nthe US.";
  e.rule = "data/verbs/04_consult.txt:81";
  return e;
}

TEST(CsvRowTest, HeaderAndRecordHaveTheSameFields) {
  std::vector<std::string> header = ParseRecord(CsvHeader());
  EventStore::MergedCounts counts;
  counts.merged_id = "m-7";
  counts.num_mentions = 4;
  counts.num_sources = 2;
  counts.num_articles = 3;
  std::vector<std::string> row =
      ParseRecord(CsvRow(SampleEvent(), counts, {"https://a.org/x,y", "t"}));
  ASSERT_EQ(header.size(), 28u);
  ASSERT_EQ(row.size(), header.size());
  auto at = [&](std::string_view column) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == column) return row[i];
    }
    ADD_FAILURE() << "no column " << column;
    return std::string();
  };
  EXPECT_EQ(at("event_id"), "abc");
  EXPECT_EQ(at("sentence"), "2");
  EXPECT_EQ(at("cameo"), "036");
  EXPECT_EQ(at("root"), "03");
  EXPECT_EQ(at("goldstein"), "4.0");
  EXPECT_EQ(at("target_code"), "USA");
  EXPECT_EQ(at("negated"), "0");
  EXPECT_EQ(at("merged_id"), "m-7");
  EXPECT_EQ(at("num_mentions"), "4");
  EXPECT_EQ(at("num_articles"), "3");
  EXPECT_EQ(at("url"), "https://a.org/x,y");
  EXPECT_EQ(at("sentence_text"), "Modi said, \"we will visit\"\nthe US.");
}

TEST(CsvRowTest, QuotesOnlyWhenNeeded) {
  std::string out;
  AppendCsvField(&out, "plain");
  EXPECT_EQ(out, "plain");
  out.clear();
  AppendCsvField(&out, "a,b");
  EXPECT_EQ(out, "\"a,b\"");
  out.clear();
  AppendCsvField(&out, "say \"hi\"");
  EXPECT_EQ(out, "\"say \"\"hi\"\"\"");
  out.clear();
  AppendCsvField(&out, "two\r\nlines");
  EXPECT_EQ(out, "\"two\r\nlines\"");
}

TEST(CsvRowTest, NoTargetGivesEmptyTargetFields) {
  Event e = SampleEvent();
  e.target.reset();
  e.negated = true;
  std::vector<std::string> header = ParseRecord(CsvHeader());
  std::vector<std::string> row = ParseRecord(CsvRow(e, {}, {}));
  ASSERT_EQ(row.size(), header.size());
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i].rfind("target_", 0) == 0) EXPECT_EQ(row[i], "") << header[i];
    if (header[i] == "negated") EXPECT_EQ(row[i], "1");
    if (header[i] == "num_mentions") EXPECT_EQ(row[i], "1");
  }
}

}  // namespace
}  // namespace statecraft
