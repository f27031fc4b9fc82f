// Every file below a directory, one after the other.
//
//   - Files are listed once, when the source is opened, recursively, and read
//     in sorted path order (std::filesystem::path ordering, component by
//     component), so a run is reproducible.
//   - Hidden entries (a name starting with '.') are skipped, hidden
//     directories with everything below them. Symbolic links to files are
//     read; links to directories are not followed (no cycles).
//   - Each file gets the reader its extension calls for (document_source.h),
//     or IngestOptions::input_format when set.
//   - A subdirectory that cannot be listed or a file that cannot be opened is
//     a kSkipped "unreadable" problem; the rest goes on.
#ifndef STATECRAFT_INGEST_DIRECTORY_SOURCE_H_
#define STATECRAFT_INGEST_DIRECTORY_SOURCE_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/document_source.h"

namespace statecraft {

class DirectorySource : public DocumentSource {
 public:
  // Lists ROOT. kIoError when ROOT itself cannot be listed;
  // kInvalidArgument when options.input_format is unknown.
  static Result<std::unique_ptr<DocumentSource>> Open(const std::filesystem::path& root,
                                                      const IngestOptions& options);

  bool Next(Document* doc, std::vector<InputProblem>* problems) override;

  // The files that will be read, in order (for tests and progress reports).
  const std::vector<std::filesystem::path>& files() const { return files_; }

 private:
  DirectorySource(std::vector<std::filesystem::path> files,
                  std::vector<InputProblem> listing_problems,
                  std::optional<InputFormat> forced_format, const IngestOptions& options);

  std::vector<std::filesystem::path> files_;
  std::vector<InputProblem> pending_problems_;  // met while listing
  std::optional<InputFormat> forced_format_;
  IngestOptions options_;
  std::size_t next_file_ = 0;
  std::unique_ptr<DocumentSource> current_;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_DIRECTORY_SOURCE_H_
