#include "ingest/whole_input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

namespace statecraft {

namespace {

constexpr std::size_t kChunkBytes = 1 << 16;

}  // namespace

Result<std::string> ReadWholeInput(const std::string& path, std::size_t max_bytes, bool* too_long) {
  *too_long = false;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
    in = &file;
  }
  std::string data;
  std::vector<char> chunk(kChunkBytes);
  while (true) {
    in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in->gcount());
    if (got == 0) break;
    if (data.size() + got > max_bytes) {
      data.append(chunk.data(), max_bytes - data.size());
      *too_long = true;
      break;
    }
    data.append(chunk.data(), got);
  }
  if (in->bad()) return Status::IoError(path + ": read failed");
  return data;
}

}  // namespace statecraft
