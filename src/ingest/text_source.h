// Plain-text stories.
//
// Line mode (the default, and the seed's format): one story per line.
//   - Empty lines (zero bytes, after dropping a trailing '\r') separate
//     stories and are skipped without a problem; a line of only whitespace
//     is a story with no text: kSkipped "empty".
//   - The text is the line as read (no trimming), after text hygiene; a UTF-8
//     byte-order mark at the start of the input is dropped.
//   - origin is "path:line" ("-:line" for stdin); id the content hash.
//   - A line longer than IngestOptions::max_story_bytes: kSkipped "too-long".
// Whole-file mode: the entire input, byte for byte (line ends included,
// a leading byte-order mark dropped), is one story; origin "path".
#ifndef STATECRAFT_INGEST_TEXT_SOURCE_H_
#define STATECRAFT_INGEST_TEXT_SOURCE_H_

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "ingest/document_source.h"
#include "ingest/line_reader.h"

namespace statecraft {

class TextSource : public DocumentSource {
 public:
  enum class Mode { kLinePerStory, kFilePerStory };

  // Opens PATH ("-" = stdin). kIoError when it cannot be opened.
  static Result<std::unique_ptr<DocumentSource>> Open(const std::string& path, Mode mode,
                                                      const IngestOptions& options);
  // Reads from IN, which it borrows (must outlive the source); NAME is used in origins.
  static std::unique_ptr<DocumentSource> FromStream(std::istream* in, std::string name, Mode mode,
                                                    const IngestOptions& options);

  bool Next(Document* doc, std::vector<InputProblem>* problems) override;

 private:
  TextSource(std::unique_ptr<std::istream> owned, std::istream* in, std::string name, Mode mode,
             const IngestOptions& options);
  bool NextWholeFile(Document* doc, std::vector<InputProblem>* problems);

  std::unique_ptr<std::istream> owned_;
  std::istream* in_;
  std::string name_;
  Mode mode_;
  IngestOptions options_;
  LineReader lines_;
  bool done_ = false;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_TEXT_SOURCE_H_
