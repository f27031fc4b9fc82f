#include "ingest/html_source.h"

#include <algorithm>
#include <cctype>

#include "ingest/document_finalizer.h"
#include "ingest/html_article.h"
#include "ingest/text_hygiene.h"
#include "ingest/timestamp_parser.h"
#include "ingest/whole_input.h"

namespace statecraft {

namespace {

constexpr std::size_t kCharsetSniffBytes = 4096;

// The charset a page declares in its first bytes ("charset=..." in a <meta>),
// lower-cased; empty when none.
std::string DeclaredCharset(std::string_view html) {
  std::string head(html.substr(0, kCharsetSniffBytes));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  std::size_t pos = at + 8;
  while (pos < head.size() && (head[pos] == '"' || head[pos] == '\'' || head[pos] == ' ')) ++pos;
  const std::size_t start = pos;
  while (pos < head.size() && (std::isalnum(static_cast<unsigned char>(head[pos])) ||
                               head[pos] == '-' || head[pos] == '_')) {
    ++pos;
  }
  return head.substr(start, pos - start);
}

bool IsWindows1252Family(const std::string& charset) {
  return charset == "windows-1252" || charset == "cp1252" || charset == "iso-8859-1" ||
         charset == "iso8859-1" || charset == "latin1" || charset == "latin-1" ||
         charset == "us-ascii" || charset == "ascii";
}

}  // namespace

Result<std::unique_ptr<DocumentSource>> HtmlSource::Open(const std::string& path,
                                                         const IngestOptions& options) {
  bool too_long = false;
  Result<std::string> data = ReadWholeInput(path, options.max_story_bytes, &too_long);
  if (!data.ok()) return data.status();
  return std::unique_ptr<DocumentSource>(
      new HtmlSource(std::move(data).value(), path, too_long, options));
}

std::unique_ptr<DocumentSource> HtmlSource::FromString(std::string data, std::string name,
                                                       const IngestOptions& options) {
  return std::unique_ptr<DocumentSource>(
      new HtmlSource(std::move(data), std::move(name), /*too_long=*/false, options));
}

HtmlSource::HtmlSource(std::string data, std::string name, bool too_long,
                       const IngestOptions& options)
    : data_(std::move(data)), name_(std::move(name)), too_long_(too_long), options_(options) {}

bool HtmlSource::Next(Document* doc, std::vector<InputProblem>* problems) {
  using Kind = InputProblem::Kind;
  if (done_) return false;
  done_ = true;
  if (too_long_) {
    problems->push_back(MakeProblem(
        Kind::kSkipped, name_, "", "too-long",
        "file longer than " + std::to_string(options_.max_story_bytes) + " bytes; skipped"));
    return false;
  }
  std::string html = std::move(data_);
  if (html.size() >= 2 &&
      ((html[0] == '\xFE' && html[1] == '\xFF') || (html[0] == '\xFF' && html[1] == '\xFE'))) {
    problems->push_back(MakeProblem(Kind::kSkipped, name_, "", "unsupported-encoding",
                                    "UTF-16 HTML is not supported; convert it to UTF-8"));
    return false;
  }
  // Bytes that are valid UTF-8 are read as UTF-8 whatever the page claims
  // (mislabelled pages are common; real windows-1252 text is almost never
  // valid UTF-8 by accident).
  if (!StripUtf8Bom(&html) && !IsValidUtf8(html) && IsWindows1252Family(DeclaredCharset(html))) {
    html = Windows1252ToUtf8(html);
  }
  AppendRepairProblems(RepairText(&html), name_, "", "file", problems);

  HtmlArticle article = ExtractHtmlArticle(html);
  Document candidate;
  candidate.origin = name_;
  candidate.text = std::move(article.text);
  candidate.title = std::move(article.title);
  candidate.url = std::move(article.url);
  candidate.source = std::move(article.site_name);
  if (!article.date_text.empty()) {
    candidate.date = ParseAnyDate(article.date_text);
    if (!candidate.date) {
      problems->push_back(
          MakeProblem(Kind::kWarning, name_, "", "bad-date",
                      "publication date \"" + article.date_text +
                          "\" is malformed or impossible; story kept without a date"));
    }
  }
  if (!FinalizeDocument(options_, &candidate, problems)) return false;
  *doc = std::move(candidate);
  return true;
}

}  // namespace statecraft
