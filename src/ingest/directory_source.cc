#include "ingest/directory_source.h"

#include <algorithm>
#include <system_error>

#include "ingest/document_finalizer.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

Result<std::unique_ptr<DocumentSource>> DirectorySource::Open(const fs::path& root,
                                                              const IngestOptions& options) {
  std::optional<InputFormat> forced;
  if (!options.input_format.empty()) {
    Result<InputFormat> format = ParseInputFormat(options.input_format);
    if (!format.ok()) return format.status();
    forced = *format;
  }
  std::vector<fs::path> files;
  std::vector<InputProblem> problems;
  // An explicit stack rather than recursive_directory_iterator: each
  // directory that cannot be listed becomes its own problem.
  std::vector<fs::path> pending = {root};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    // The error_code overloads throughout: nothing here may throw.
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      if (IsHidden(entry.path())) continue;
      std::error_code type_ec;
      if (entry.is_symlink(type_ec) && entry.is_directory(type_ec)) continue;  // no cycles
      if (entry.is_directory(type_ec)) {
        pending.push_back(entry.path());
      } else if (entry.is_regular_file(type_ec)) {
        files.push_back(entry.path());
      }
    }
    if (ec) {
      if (dir == root) return Status::IoError(dir.string() + ": cannot list: " + ec.message());
      problems.push_back(MakeProblem(InputProblem::Kind::kSkipped, dir.string(), "", "unreadable",
                                     "cannot list directory: " + ec.message()));
    }
  }
  std::sort(files.begin(), files.end());
  return std::unique_ptr<DocumentSource>(
      new DirectorySource(std::move(files), std::move(problems), forced, options));
}

DirectorySource::DirectorySource(std::vector<fs::path> files,
                                 std::vector<InputProblem> listing_problems,
                                 std::optional<InputFormat> forced_format,
                                 const IngestOptions& options)
    : files_(std::move(files)),
      pending_problems_(std::move(listing_problems)),
      forced_format_(forced_format),
      options_(options) {}

bool DirectorySource::Next(Document* doc, std::vector<InputProblem>* problems) {
  if (!pending_problems_.empty()) {
    problems->insert(problems->end(), std::make_move_iterator(pending_problems_.begin()),
                     std::make_move_iterator(pending_problems_.end()));
    pending_problems_.clear();
  }
  while (true) {
    if (current_ != nullptr) {
      if (current_->Next(doc, problems)) return true;
      current_.reset();
    }
    if (next_file_ >= files_.size()) return false;
    const fs::path& path = files_[next_file_++];
    const InputFormat format = forced_format_ ? *forced_format_ : FormatForExtension(path);
    Result<std::unique_ptr<DocumentSource>> source =
        OpenFileSource(path.string(), format, options_);
    if (!source.ok()) {
      problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, path.string(), "", "unreadable",
                                      source.status().message()));
      continue;
    }
    current_ = std::move(source).value();
  }
}

}  // namespace statecraft
