// The last step of every reader: the rules all formats share, in one place.
#ifndef STATECRAFT_INGEST_DOCUMENT_FINALIZER_H_
#define STATECRAFT_INGEST_DOCUMENT_FINALIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document_source.h"
#include "model/document.h"

namespace statecraft {

// Applies, in order, to a Document a reader has filled in (origin set):
//   1. text hygiene (text_hygiene.h) on the text, with warnings whose byte
//      offsets index the text as the reader gave it; id, title, url and
//      source are cleaned the same way silently, and title and source have
//      their whitespace collapsed;
//   2. a text of nothing but whitespace -> kSkipped "empty", returns false;
//   3. an empty id becomes ContentId(text) (so later problems name it);
//   4. options.skip_non_english and GuessLanguage() says non-English ->
//      kSkipped "non-english" naming the language, returns false;
//   5. no date -> options.default_date.
// Returns true when the document should be handed out.
bool FinalizeDocument(const IngestOptions& options, Document* doc,
                      std::vector<InputProblem>* problems);

// "sha256-" + the first 16 hex digits of SHA-256(text): the id of a story
// whose input gives none. Stable across runs and machines.
std::string ContentId(std::string_view text);

// Builds an InputProblem (a small convenience for the readers).
InputProblem MakeProblem(InputProblem::Kind kind, std::string origin, std::string doc_id,
                         std::string reason, std::string message);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_DOCUMENT_FINALIZER_H_
