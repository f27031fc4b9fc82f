// Builds the store's record of a story from the ingested Document.
#ifndef STATECRAFT_STORE_DOCUMENT_RECORD_H_
#define STATECRAFT_STORE_DOCUMENT_RECORD_H_

#include "model/document.h"
#include "statecraft/event_store.h"

namespace statecraft {

// Copies the document's id, date ("" when unknown), title, url, source,
// origin and text, and sets text_sha256. Sentences, events and claims are
// left for the caller to fill; coded_at is left "" (the store's time).
DocumentRecord MakeDocumentRecord(const Document& document);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_DOCUMENT_RECORD_H_
