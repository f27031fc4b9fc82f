// Helpers shared by the ingest stage's tests (header only; not in the library).
#ifndef STATECRAFT_INGEST_INGEST_TEST_UTIL_H_
#define STATECRAFT_INGEST_INGEST_TEST_UTIL_H_

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "ingest/document_source.h"
#include "model/document.h"

namespace statecraft::testing {

// A fresh directory under the system temp dir, removed with everything in it
// when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    const auto base = std::filesystem::temp_directory_path();
    do {
      path_ = base / ("statecraft-ingest-" + std::to_string(random()) + std::to_string(random()));
    } while (!std::filesystem::create_directory(path_));
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes CONTENT (bytes as given) to RELATIVE, creating parent directories;
  // returns the full path.
  std::string Write(const std::string& relative, std::string_view content) const {
    const auto full = path_ / relative;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream out(full, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return full.string();
  }

 private:
  std::filesystem::path path_;
};

struct ReadResult {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;

  // Problems with this reason.
  std::vector<InputProblem> With(std::string_view reason) const {
    std::vector<InputProblem> out;
    for (const InputProblem& problem : problems) {
      if (problem.reason == reason) out.push_back(problem);
    }
    return out;
  }
};

inline ReadResult ReadAll(DocumentSource* source) {
  ReadResult result;
  Document doc;
  while (source->Next(&doc, &result.problems)) result.docs.push_back(doc);
  return result;
}

inline std::string SharedDir() { return std::string(STATECRAFT_SOURCE_DIR) + "/../shared"; }

}  // namespace statecraft::testing

#endif  // STATECRAFT_INGEST_INGEST_TEST_UTIL_H_
