#include "ingest/feed_source.h"

#include <libxml/parserInternals.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>

#include "ingest/document_finalizer.h"
#include "ingest/html_text.h"
#include "ingest/text_hygiene.h"
#include "ingest/timestamp_parser.h"
#include "ingest/whole_input.h"

namespace statecraft {

namespace {

constexpr int kXmlOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
constexpr std::size_t kXmlDeclarationMaxBytes = 512;

// The local name of an element ("encoded" for content:encoded, also when the
// feed forgot to declare the prefix and libxml2 kept it in the name).
std::string_view Name(const xmlNode* node) {
  if (node->name == nullptr) return {};
  std::string_view name = reinterpret_cast<const char*>(node->name);
  if (const std::size_t colon = name.rfind(':'); colon != std::string_view::npos) {
    name.remove_prefix(colon + 1);
  }
  return name;
}

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string Attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The encoding named in the XML declaration, lower-cased; "" when none.
std::string DeclaredXmlEncoding(std::string_view data) {
  if (data.substr(0, 5) != "<?xml") return "";
  const std::size_t end = data.substr(0, kXmlDeclarationMaxBytes).find("?>");
  if (end == std::string_view::npos) return "";
  const std::string_view declaration = data.substr(0, end);
  const std::size_t at = declaration.find("encoding");
  if (at == std::string_view::npos) return "";
  std::size_t pos = declaration.find_first_of("\"'", at);
  if (pos == std::string_view::npos) return "";
  const char quote = declaration[pos++];
  const std::size_t close = declaration.find(quote, pos);
  if (close == std::string_view::npos) return "";
  return Lower(declaration.substr(pos, close - pos));
}

// Text and CDATA under NODE, in document order. Entity references are not
// followed (see the header), which also keeps the walk linear.
std::string ElementText(xmlNodePtr node) {
  std::string out;
  std::vector<xmlNodePtr> stack;
  for (xmlNodePtr child = node->last; child != nullptr; child = child->prev) stack.push_back(child);
  while (!stack.empty()) {
    xmlNodePtr current = stack.back();
    stack.pop_back();
    if (current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) {
      if (current->content != nullptr) out += reinterpret_cast<const char*>(current->content);
    } else if (current->type == XML_ELEMENT_NODE) {
      for (xmlNodePtr child = current->last; child != nullptr; child = child->prev) {
        stack.push_back(child);
      }
    }
  }
  return out;
}

// The children of NODE serialized as markup (for Atom type="xhtml").
std::string InnerMarkup(xmlNodePtr node) {
  xmlBufferPtr buffer = xmlBufferCreate();
  if (buffer == nullptr) return "";
  for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
    xmlNodeDump(buffer, node->doc, child, 0, 0);
  }
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                  static_cast<std::size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
  return out;
}

// Plain text laid out as the HTML extractor lays text out: one trimmed,
// whitespace-collapsed line per input line, empty lines dropped.
std::string PlainTextLines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = CollapseWhitespace(text.substr(start, end - start));
    if (!line.empty()) {
      if (!out.empty()) out.push_back('\n');
      out += line;
    }
    start = end + 1;
  }
  return out;
}

// The story text in an Atom text construct (content, summary, title).
std::string AtomText(xmlNodePtr node) {
  const std::string type = Lower(Attribute(node, "type"));
  if (type == "xhtml") return HtmlFragmentToText(InnerMarkup(node));
  if (type == "html" || type == "text/html") return HtmlFragmentToText(ElementText(node));
  return PlainTextLines(ElementText(node));
}

std::string TitleText(std::string raw) {
  if (raw.find_first_of("<&") != std::string::npos) raw = HtmlFragmentToText(raw);
  return CollapseWhitespace(raw);
}

std::string Trimmed(const std::string& text) { return CollapseWhitespace(text); }

}  // namespace

Result<std::unique_ptr<DocumentSource>> FeedSource::Open(const std::string& path,
                                                         const IngestOptions& options) {
  bool too_long = false;
  Result<std::string> data = ReadWholeInput(path, options.max_story_bytes, &too_long);
  if (!data.ok()) return data.status();
  return std::unique_ptr<DocumentSource>(
      new FeedSource(std::move(data).value(), path, too_long, options));
}

std::unique_ptr<DocumentSource> FeedSource::FromString(std::string data, std::string name,
                                                       const IngestOptions& options) {
  return std::unique_ptr<DocumentSource>(
      new FeedSource(std::move(data), std::move(name), /*too_long=*/false, options));
}

FeedSource::FeedSource(std::string data, std::string name, bool too_long,
                       const IngestOptions& options)
    : data_(std::move(data)), name_(std::move(name)), too_long_(too_long), options_(options) {}

FeedSource::~FeedSource() {
  if (doc_ != nullptr) xmlFreeDoc(doc_);
}

void FeedSource::OnXmlError(void* parser_context, xmlErrorPtr error) {
  if (error == nullptr || error->level < XML_ERR_ERROR || parser_context == nullptr) return;
  auto* self = static_cast<FeedSource*>(static_cast<xmlParserCtxtPtr>(parser_context)->_private);
  if (self == nullptr) return;
  XmlErrors& errors = self->errors_;
  std::string message = error->message != nullptr ? error->message : "XML error";
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) {
    message.pop_back();
  }
  if (error->level == XML_ERR_FATAL) {
    if (errors.fatal_count++ == 0) {
      errors.fatal_line = error->line;
      errors.fatal_message = std::move(message);
    }
  } else if (errors.other_count++ == 0) {
    errors.other_line = error->line;
    errors.other_message = std::move(message);
  }
}

void FeedSource::Parse(std::vector<InputProblem>* problems) {
  using Kind = InputProblem::Kind;
  parsed_ = true;
  if (too_long_ || data_.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    problems->push_back(MakeProblem(
        Kind::kSkipped, name_, "", "too-long",
        "file longer than " + std::to_string(options_.max_story_bytes) + " bytes; skipped"));
    reported_ = true;
    return;
  }
  const bool utf16 = data_.size() >= 2 && ((data_[0] == '\xFE' && data_[1] == '\xFF') ||
                                           (data_[0] == '\xFF' && data_[1] == '\xFE'));
  std::string_view body = data_;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const std::string encoding = DeclaredXmlEncoding(body);
  if (!utf16 && (encoding.empty() || encoding == "utf-8" || encoding == "utf8")) {
    AppendRepairProblems(RepairText(&data_), name_, "", "file", problems);
  }

  // xmlParseDocument on a context we own, rather than xmlReadMemory: after a
  // fatal error the latter frees the tree, and with it the items read before.
  xmlParserCtxtPtr context =
      xmlCreateMemoryParserCtxt(data_.data(), static_cast<int>(data_.size()));
  if (context == nullptr) {
    problems->push_back(
        MakeProblem(Kind::kSkipped, name_, "", "malformed-feed",
                    data_.empty() ? "empty file" : "libxml2 could not start reading the feed"));
    reported_ = true;
    return;
  }
  xmlCtxtUseOptions(context, kXmlOptions);
  context->_private = this;
  context->sax->serror = &FeedSource::OnXmlError;
  xmlParseDocument(context);
  doc_ = context->myDoc;
  context->myDoc = nullptr;
  // Elements still open when parsing ended were cut by an error.
  std::unordered_set<const xmlNode*> open_elements;
  for (int depth = 0; depth < context->nodeNr; ++depth)
    open_elements.insert(context->nodeTab[depth]);
  xmlFreeParserCtxt(context);
  data_.clear();
  data_.shrink_to_fit();

  const xmlNodePtr root = doc_ != nullptr ? xmlDocGetRootElement(doc_) : nullptr;
  if (root == nullptr) return;  // ReportErrors says why
  const std::string_view root_name = Name(root);
  if (root_name != "rss" && root_name != "RDF" && root_name != "feed") {
    problems->push_back(MakeProblem(
        Kind::kSkipped, name_, "", "not-a-feed",
        "root element <" + std::string(root_name) + "> is not rss, rdf:RDF or feed; file skipped"));
    errors_ = XmlErrors();  // whatever else is wrong with it does not matter
    return;
  }
  // Items may sit at any depth (RSS 2.0: rss/channel/item; RSS 1.0 and
  // Atom: directly under the root); items are not searched for items.
  std::vector<xmlNodePtr> stack = {root};
  while (!stack.empty()) {
    xmlNodePtr node = stack.back();
    stack.pop_back();
    const std::string_view name = Name(node);
    if (name == "item" || name == "entry") {
      if (open_elements.count(node) == 0) items_.push_back(node);
      continue;
    }
    if (name == "title" && feed_title_.empty() && node->parent != nullptr &&
        (Name(node->parent) == "channel" || Name(node->parent) == "feed")) {
      feed_title_ = TitleText(ElementText(node));
    }
    for (xmlNodePtr child = node->last; child != nullptr; child = child->prev) {
      if (child->type == XML_ELEMENT_NODE) stack.push_back(child);
    }
  }
}

void FeedSource::ReportErrors(std::vector<InputProblem>* problems) {
  if (errors_.other_count > 0) {
    problems->push_back(MakeProblem(
        InputProblem::Kind::kWarning, name_ + ":" + std::to_string(errors_.other_line), "",
        "malformed-feed",
        "XML error: " + errors_.other_message +
            (errors_.other_count > 1 ? " (and " + std::to_string(errors_.other_count - 1) + " more)"
                                     : std::string()) +
            "; reading went on"));
  }
  if (errors_.fatal_count > 0) {
    problems->push_back(MakeProblem(
        InputProblem::Kind::kSkipped, name_ + ":" + std::to_string(errors_.fatal_line), "",
        "malformed-feed",
        "feed is not well-formed XML: " + errors_.fatal_message + "; reading stopped there after " +
            std::to_string(items_.size()) + " complete item(s)"));
  } else if (doc_ == nullptr || xmlDocGetRootElement(doc_) == nullptr) {
    problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, name_, "", "malformed-feed",
                                    "no XML document in the file"));
  }
}

bool FeedSource::Next(Document* doc, std::vector<InputProblem>* problems) {
  if (done_) return false;
  if (!parsed_) Parse(problems);
  while (next_item_ < items_.size()) {
    Document candidate;
    BuildItem(items_[next_item_++], &candidate, problems);
    if (FinalizeDocument(options_, &candidate, problems)) {
      *doc = std::move(candidate);
      return true;
    }
  }
  done_ = true;
  if (!reported_) ReportErrors(problems);
  return false;
}

void FeedSource::BuildItem(xmlNodePtr item, Document* doc, std::vector<InputProblem>* problems) {
  const bool atom = Name(item) == "entry";
  doc->origin = name_ + ":" + std::to_string(xmlGetLineNo(item));
  std::string id, link, body, summary, item_source, date_text, fallback_date_text;
  for (xmlNodePtr child = item->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(child);
    if (name == "title") {
      doc->title = atom ? CollapseWhitespace(AtomText(child)) : TitleText(ElementText(child));
    } else if (name == "link") {
      if (atom) {
        const std::string rel = Lower(Attribute(child, "rel"));
        if (link.empty() && (rel.empty() || rel == "alternate")) {
          link = Trimmed(Attribute(child, "href"));
        }
      } else if (link.empty()) {
        link = Trimmed(ElementText(child));
      }
    } else if (name == "guid" || (atom && name == "id")) {
      id = Trimmed(ElementText(child));
    } else if (name == "pubDate" || name == "published") {
      date_text = Trimmed(ElementText(child));
    } else if (name == "date" || name == "updated") {
      fallback_date_text = Trimmed(ElementText(child));
    } else if (name == "encoded" || (atom && name == "content")) {
      if (atom && !Attribute(child, "src").empty()) continue;  // content stored elsewhere
      body = atom ? AtomText(child) : HtmlFragmentToText(ElementText(child));
    } else if (name == "description" || (atom && name == "summary")) {
      summary = atom ? AtomText(child) : HtmlFragmentToText(ElementText(child));
    } else if (name == "source" && !atom) {
      item_source = Trimmed(ElementText(child));
    }
  }
  doc->id = !id.empty() ? id : link;
  doc->url = link;
  doc->source = !item_source.empty() ? item_source : feed_title_;
  doc->text = !IsBlank(body) ? body : !IsBlank(summary) ? summary : doc->title;

  if (date_text.empty()) date_text = fallback_date_text;
  if (!date_text.empty()) {
    doc->date = ParseAnyDate(date_text);
    if (!doc->date) {
      problems->push_back(MakeProblem(InputProblem::Kind::kWarning, doc->origin, doc->id,
                                      "bad-date",
                                      "date \"" + date_text +
                                          "\" is malformed or impossible; story kept without a "
                                          "date"));
    }
  }
}

}  // namespace statecraft
