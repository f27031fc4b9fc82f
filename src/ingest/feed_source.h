// RSS 2.0, RSS 1.0 and Atom feed files: one story per <item> / <entry>.
//
// Parsing (libxml2's parser, keeping the tree built up to a fatal error):
//   - no network (XML_PARSE_NONET), no external DTD, no entity substitution:
//     entities a feed declares itself are left out of the text rather than
//     expanded (no "billion laughs", no reading of local files);
//   - a feed that declares no encoding or UTF-8 is repaired first
//     (text_hygiene.h; warnings give byte offsets into the file); other
//     declared encodings are converted by libxml2;
//   - a well-formedness error stops the reading: the items whose end tag was
//     read before it are kept (the item it falls in is not), and one kSkipped
//     "malformed-feed" problem gives the line libxml2 reports and its
//     message. Non-fatal errors (e.g. an undeclared namespace prefix) give one
//     kWarning "malformed-feed" per file;
//   - a root element other than rss, RDF or feed: kSkipped "not-a-feed".
// Each item (origin "path:line" of its start tag):
//   - text: RSS content:encoded, else description (both HTML, stripped by
//     html_text.h); Atom content, else summary (type "html"/"xhtml" stripped,
//     "text" kept). An item with no body but a title is a story whose text
//     is the title (headlines are news too);
//   - title; url: RSS <link>, Atom <link href> (rel="alternate" or no rel);
//   - id: RSS <guid> / Atom <id>, else the url, else the content hash;
//   - date: RSS <pubDate> (RFC 822), else <dc:date>; Atom <published>, else
//     <updated>; present but unparseable -> kWarning "bad-date";
//   - source: RSS item <source>, else the channel's / feed's <title>.
// The whole file is held in memory (bounded by IngestOptions::max_story_bytes).
#ifndef STATECRAFT_INGEST_FEED_SOURCE_H_
#define STATECRAFT_INGEST_FEED_SOURCE_H_

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/document_source.h"

namespace statecraft {

class FeedSource : public DocumentSource {
 public:
  // Reads PATH ("-" = all of stdin). kIoError when it cannot be read.
  static Result<std::unique_ptr<DocumentSource>> Open(const std::string& path,
                                                      const IngestOptions& options);
  // Reads the feed in DATA; NAME is used in origins.
  static std::unique_ptr<DocumentSource> FromString(std::string data, std::string name,
                                                    const IngestOptions& options);
  ~FeedSource() override;
  FeedSource(const FeedSource&) = delete;
  FeedSource& operator=(const FeedSource&) = delete;

  bool Next(Document* doc, std::vector<InputProblem>* problems) override;

 private:
  struct XmlErrors {
    int fatal_count = 0;
    int fatal_line = 0;
    std::string fatal_message;
    int other_count = 0;
    int other_line = 0;
    std::string other_message;
  };

  FeedSource(std::string data, std::string name, bool too_long, const IngestOptions& options);
  // Parses the whole feed and lists its complete items.
  void Parse(std::vector<InputProblem>* problems);
  // The problems about the file as a whole, handed out after its items.
  void ReportErrors(std::vector<InputProblem>* problems);
  // Fills *doc from an <item>/<entry>.
  void BuildItem(xmlNodePtr item, Document* doc, std::vector<InputProblem>* problems);
  static void OnXmlError(void* parser_context, xmlErrorPtr error);

  std::string data_;
  std::string name_;
  bool too_long_;
  IngestOptions options_;
  xmlDocPtr doc_ = nullptr;  // owned; the (possibly partial) parse tree
  XmlErrors errors_;
  std::string feed_title_;
  std::vector<xmlNodePtr> items_;  // complete items, in document order
  std::size_t next_item_ = 0;
  bool parsed_ = false;
  bool reported_ = false;  // the file's fate is already told (too long, empty)
  bool done_ = false;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_FEED_SOURCE_H_
