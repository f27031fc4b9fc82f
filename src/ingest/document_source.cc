#include "ingest/document_source.h"

#include <algorithm>
#include <cctype>
#include <system_error>

#include "ingest/directory_source.h"
#include "ingest/feed_source.h"
#include "ingest/html_source.h"
#include "ingest/jsonl_source.h"
#include "ingest/text_source.h"

namespace statecraft {

namespace fs = std::filesystem;

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "textfile") return InputFormat::kTextFile;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "feed") return InputFormat::kFeed;
  if (name == "html") return InputFormat::kHtml;
  return Status::InvalidArgument("unknown input format \"" + std::string(name) +
                                 "\" (expected text, textfile, jsonl, feed or html)");
}

InputFormat FormatForExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".xml" || ext == ".rss" || ext == ".atom") return InputFormat::kFeed;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  return InputFormat::kText;
}

Result<std::unique_ptr<DocumentSource>> OpenFileSource(const std::string& path, InputFormat format,
                                                       const IngestOptions& options) {
  switch (format) {
    case InputFormat::kText:
      return TextSource::Open(path, TextSource::Mode::kLinePerStory, options);
    case InputFormat::kTextFile:
      return TextSource::Open(path, TextSource::Mode::kFilePerStory, options);
    case InputFormat::kJsonl:
      return JsonlSource::Open(path, options);
    case InputFormat::kFeed:
      return FeedSource::Open(path, options);
    case InputFormat::kHtml:
      return HtmlSource::Open(path, options);
  }
  return Status::Internal("unhandled input format");
}

Result<std::unique_ptr<DocumentSource>> OpenDocumentSource(const std::string& path,
                                                           const IngestOptions& options) {
  std::optional<InputFormat> forced;
  if (!options.input_format.empty()) {
    Result<InputFormat> format = ParseInputFormat(options.input_format);
    if (!format.ok()) return format.status();
    forced = *format;
  }
  if (path == "-") return OpenFileSource(path, forced.value_or(InputFormat::kText), options);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) return Status::NotFound(path + ": no such file or directory");
  if (ec) return Status::IoError(path + ": " + ec.message());
  if (fs::is_directory(status)) return DirectorySource::Open(path, options);
  return OpenFileSource(path, forced.value_or(FormatForExtension(path)), options);
}

bool ReadBatch(DocumentSource& source, size_t max_documents, std::vector<Document>* batch,
               std::vector<InputProblem>* problems) {
  batch->clear();
  while (batch->size() < max_documents) {
    Document doc;
    if (!source.Next(&doc, problems)) return false;
    batch->push_back(std::move(doc));
  }
  return true;
}

}  // namespace statecraft
