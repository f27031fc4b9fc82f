#include "ingest/text_source.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "ingest/document_finalizer.h"
#include "ingest/text_hygiene.h"

namespace statecraft {

Result<std::unique_ptr<DocumentSource>> TextSource::Open(const std::string& path, Mode mode,
                                                         const IngestOptions& options) {
  if (path == "-") return FromStream(&std::cin, "-", mode, options);
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::istream* in = file.get();
  return std::unique_ptr<DocumentSource>(new TextSource(std::move(file), in, path, mode, options));
}

std::unique_ptr<DocumentSource> TextSource::FromStream(std::istream* in, std::string name,
                                                       Mode mode, const IngestOptions& options) {
  return std::unique_ptr<DocumentSource>(
      new TextSource(nullptr, in, std::move(name), mode, options));
}

TextSource::TextSource(std::unique_ptr<std::istream> owned, std::istream* in, std::string name,
                       Mode mode, const IngestOptions& options)
    : owned_(std::move(owned)),
      in_(in),
      name_(std::move(name)),
      mode_(mode),
      options_(options),
      lines_(in, options.max_story_bytes) {}

bool TextSource::Next(Document* doc, std::vector<InputProblem>* problems) {
  if (mode_ == Mode::kFilePerStory) return NextWholeFile(doc, problems);
  std::string line;
  while (!done_) {
    const LineReader::Result result = lines_.Next(&line);
    const std::string origin = name_ + ":" + std::to_string(lines_.line_number());
    if (result == LineReader::Result::kEnd) {
      done_ = true;
      if (lines_.failed()) {
        problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, origin, "", "read-error",
                                        "read error; the rest of the input is lost"));
      }
      break;
    }
    if (result == LineReader::Result::kTooLong) {
      problems->push_back(MakeProblem(
          InputProblem::Kind::kSkipped, origin, "", "too-long",
          "line longer than " + std::to_string(options_.max_story_bytes) + " bytes; skipped"));
      continue;
    }
    if (lines_.line_number() == 1) StripUtf8Bom(&line);
    if (line.empty()) continue;  // a separator, not a story
    Document candidate;
    candidate.text = std::move(line);
    candidate.origin = origin;
    if (FinalizeDocument(options_, &candidate, problems)) {
      *doc = std::move(candidate);
      return true;
    }
    line.clear();
  }
  return false;
}

bool TextSource::NextWholeFile(Document* doc, std::vector<InputProblem>* problems) {
  if (done_) return false;
  done_ = true;
  std::string text;
  std::vector<char> chunk(1 << 16);
  bool too_long = false;
  while (true) {
    in_->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in_->gcount());
    if (got == 0) break;
    if (text.size() + got > options_.max_story_bytes) {
      too_long = true;
      break;
    }
    text.append(chunk.data(), got);
  }
  if (in_->bad()) {
    problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, name_, "", "read-error",
                                    "read error; story skipped"));
    return false;
  }
  if (too_long) {
    problems->push_back(MakeProblem(
        InputProblem::Kind::kSkipped, name_, "", "too-long",
        "file longer than " + std::to_string(options_.max_story_bytes) + " bytes; skipped"));
    return false;
  }
  StripUtf8Bom(&text);
  Document candidate;
  candidate.text = std::move(text);
  candidate.origin = name_;
  if (!FinalizeDocument(options_, &candidate, problems)) return false;
  *doc = std::move(candidate);
  return true;
}

}  // namespace statecraft
