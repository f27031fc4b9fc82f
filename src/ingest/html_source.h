// One HTML article per file (html_article.h says what is extracted).
//
// Encoding: a UTF-16 byte-order mark is not supported (kSkipped
// "unsupported-encoding"); a page that is not valid UTF-8 and declares
// (<meta charset> or http-equiv, in its first 4 KiB) windows-1252,
// iso-8859-1, latin1 or us-ascii is decoded as windows-1252; anything else is
// read as UTF-8 and repaired
// (text_hygiene.h) with warnings whose offsets are bytes of the file.
// The Document: text from the article, title, url (canonical), source
// (og:site_name), date (published time; unparseable -> kWarning "bad-date"),
// origin "path", id the content hash of the text.
#ifndef STATECRAFT_INGEST_HTML_SOURCE_H_
#define STATECRAFT_INGEST_HTML_SOURCE_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/document_source.h"

namespace statecraft {

class HtmlSource : public DocumentSource {
 public:
  // Reads PATH ("-" = all of stdin). kIoError when it cannot be read.
  static Result<std::unique_ptr<DocumentSource>> Open(const std::string& path,
                                                      const IngestOptions& options);
  // Reads the page in DATA; NAME is the origin.
  static std::unique_ptr<DocumentSource> FromString(std::string data, std::string name,
                                                    const IngestOptions& options);

  bool Next(Document* doc, std::vector<InputProblem>* problems) override;

 private:
  HtmlSource(std::string data, std::string name, bool too_long, const IngestOptions& options);

  std::string data_;
  std::string name_;
  bool too_long_;
  IngestOptions options_;
  bool done_ = false;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_HTML_SOURCE_H_
