#include "export/csv_row.h"

#include <cstdio>
#include <initializer_list>

namespace statecraft {
namespace {

constexpr std::string_view kColumns[] = {
    "event_id",    "doc_id",         "sentence",       "date",        "date_precision",
    "source_code", "source_country", "source_name",    "target_code", "target_country",
    "target_name", "cameo",          "root",           "quad_class",  "goldstein",
    "plover",      "plover_mode",    "plover_context", "negated",     "background",
    "modality",    "merged_id",      "num_mentions",   "num_sources", "num_articles",
    "url",         "rule",           "sentence_text"};

void AppendRecord(std::string* out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out->push_back(',');
    first = false;
    AppendCsvField(out, field);
  }
  out->append("\r\n");
}

}  // namespace

void AppendCsvField(std::string* out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string CsvHeader() {
  std::string out;
  bool first = true;
  for (std::string_view column : kColumns) {
    if (!first) out.push_back(',');
    first = false;
    out.append(column);
  }
  out.append("\r\n");
  return out;
}

std::string CsvRow(const Event& event, const EventStore::MergedCounts& counts,
                   const DocumentInfo& doc) {
  static const EventActor kNoActor;
  const EventActor& target = event.target ? *event.target : kNoActor;
  char goldstein[32];
  std::snprintf(goldstein, sizeof(goldstein), "%.1f", event.goldstein == 0 ? 0.0 : event.goldstein);
  std::string sentence = std::to_string(event.sentence);
  std::string quad_class = std::to_string(event.quad_class);
  std::string mentions = std::to_string(counts.num_mentions);
  std::string sources = std::to_string(counts.num_sources);
  std::string articles = std::to_string(counts.num_articles);
  std::string out;
  out.reserve(256 + event.sentence_text.size());
  AppendRecord(&out, {event.event_id,
                      event.doc_id,
                      sentence,
                      event.date,
                      event.date_precision,
                      event.source.code,
                      event.source.country,
                      event.source.name,
                      target.code,
                      target.country,
                      target.name,
                      event.cameo,
                      event.root,
                      quad_class,
                      goldstein,
                      event.plover,
                      event.plover_mode,
                      event.plover_context,
                      event.negated ? "1" : "0",
                      event.background ? "1" : "0",
                      event.modality,
                      counts.merged_id,
                      mentions,
                      sources,
                      articles,
                      doc.url,
                      event.rule,
                      event.sentence_text});
  return out;
}

}  // namespace statecraft
