#include "ingest/line_reader.h"

#include <cstring>

namespace statecraft {

namespace {

constexpr std::size_t kChunkBytes = 1 << 16;

}  // namespace

LineReader::LineReader(std::istream* in, std::size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

bool LineReader::Fill() {
  if (eof_) return false;
  in_->read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  const std::streamsize got = in_->gcount();
  if (in_->bad()) failed_ = true;
  if (!*in_) eof_ = true;
  begin_ = 0;
  end_ = static_cast<std::size_t>(got);
  return got > 0;
}

LineReader::Result LineReader::Next(std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;  // saw at least one byte (or a terminator) of this line
  while (true) {
    if (begin_ == end_ && !Fill()) break;
    any = true;
    const char* start = buffer_.data() + begin_;
    const std::size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const std::size_t take =
        newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - start) : available;
    if (!too_long) {
      const std::size_t room = max_line_bytes_ - line->size();
      if (take > room) {
        line->append(start, room);
        too_long = true;
      } else {
        line->append(start, take);
      }
    }
    begin_ += take;
    if (newline) {
      ++begin_;  // the '\n'
      break;
    }
  }
  if (!any) return Result::kEnd;
  ++line_number_;
  if (too_long) return Result::kTooLong;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return Result::kLine;
}

}  // namespace statecraft
