// Builds the store's record of a story from the ingested Document, and the
// checks and derived values every EventStore backend applies to a record
// before writing it, so that both backends accept and store the same things.
#ifndef STATECRAFT_STORE_DOCUMENT_RECORD_H_
#define STATECRAFT_STORE_DOCUMENT_RECORD_H_

#include <string>

#include "model/document.h"
#include "statecraft/event_store.h"

namespace statecraft {

// Copies the document's id, date ("" when unknown), title, url, source,
// origin and text, and sets text_sha256. Sentences, events and claims are
// left for the caller to fill; coded_at is left "" (the store's time).
DocumentRecord MakeDocumentRecord(const Document& document);

// OK when `record` can be stored: a non-empty id; dates YYYY-MM-DD or "";
// sentence indexes non-negative and unique; every span (sentences, actors,
// verbs, time references, quantities, claims) within the story text; each
// event with an id, its record's doc_id (or ""), a non-negative sentence
// index and a finite goldstein. Errors: InvalidArgument naming the doc and
// the offending part.
Status ValidateDocumentRecord(const DocumentRecord& record);

// The text of the sentence an event of `record` comes from, as the store
// keeps and returns it: the event's sentence span of the story text when
// that span is non-empty, else the text of the stored sentence with the
// event's sentence index, else "". REQUIRES: ValidateDocumentRecord(record).
std::string EventSentenceText(const DocumentRecord& record, const Event& event);

// Same rule for an event read back from a store: `text` is the story text,
// `sentences` its stored sentences.
std::string EventSentenceText(const std::string& text, const std::vector<StoredSentence>& sentences,
                              const Event& event);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_DOCUMENT_RECORD_H_
