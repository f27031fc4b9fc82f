// What the export formats need to know about the story an event came from,
// beyond the event itself.
#ifndef STATECRAFT_EXPORT_DOCUMENT_INFO_H_
#define STATECRAFT_EXPORT_DOCUMENT_INFO_H_

#include <string>

namespace statecraft {

struct DocumentInfo {
  std::string url;  // the story's URL; "" when the input gave none
  // When the story was coded, ISO 8601 UTC ("2025-08-23T10:11:12.345Z", as
  // the store keeps documents.coded_at). The exporter puts the time of the
  // export here for a story the store gives no time for.
  std::string coded_at;
};

}  // namespace statecraft

#endif  // STATECRAFT_EXPORT_DOCUMENT_INFO_H_
