// Events as CSV (RFC 4180): a header line, then one record per event with
// the main fields, for spreadsheets and data-frame readers.
//
// Records end with CRLF, as RFC 4180 asks. A field is quoted when it holds a
// comma, a double quote, CR or LF (a quote inside becomes two); other fields
// are written bare. Columns, in order:
//   event_id, doc_id, sentence, date, date_precision,
//   source_code, source_country, source_name,
//   target_code, target_country, target_name   (empty without a target),
//   cameo (string, leading zeros kept), root, quad_class, goldstein (one
//   decimal), plover, plover_mode, plover_context,
//   negated, background (0/1), modality,
//   merged_id, num_mentions, num_sources, num_articles,
//   url, rule, sentence_text
// Pure and thread-safe; the same inputs give the same bytes.
#ifndef STATECRAFT_EXPORT_CSV_ROW_H_
#define STATECRAFT_EXPORT_CSV_ROW_H_

#include <string>
#include <string_view>

#include "export/document_info.h"
#include "statecraft/event.h"
#include "statecraft/event_store.h"

namespace statecraft {

// The header record, with its CRLF.
std::string CsvHeader();

// One record, with its CRLF.
std::string CsvRow(const Event& event, const EventStore::MergedCounts& counts,
                   const DocumentInfo& doc);

// Appends `field` to `out`, quoted when RFC 4180 requires it.
void AppendCsvField(std::string* out, std::string_view field);

}  // namespace statecraft

#endif  // STATECRAFT_EXPORT_CSV_ROW_H_
