// Small file-system helpers shared by every stage.
#ifndef STATECRAFT_BASE_FILES_H_
#define STATECRAFT_BASE_FILES_H_

#include <string>
#include <string_view>

#include "statecraft/status.h"

namespace statecraft {

// Reads a whole file into memory. Errors name the path.
Result<std::string> ReadFile(const std::string& path);

// Writes `data` to `path` atomically (temporary file + rename).
Status WriteFileAtomic(const std::string& path, std::string_view data);

// The directory holding the running executable ("/x/build/release/tools").
std::string ExecutableDir();

// Lowercase hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

}  // namespace statecraft

#endif  // STATECRAFT_BASE_FILES_H_
