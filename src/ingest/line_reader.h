// Reads lines of any length from a stream, within a memory budget.
#ifndef STATECRAFT_INGEST_LINE_READER_H_
#define STATECRAFT_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace statecraft {

// Splits a byte stream at '\n'; a "\r\n" ending loses its '\r' too. Linear
// time in the input; memory is bounded by max_line_bytes plus one read chunk.
// Borrows the stream, which must outlive the reader. Not thread-safe.
class LineReader {
 public:
  enum class Result {
    kLine,     // *line holds the next line, without its terminator
    kTooLong,  // the next line exceeded max_line_bytes; it was consumed and
               // discarded (*line holds its first max_line_bytes bytes)
    kEnd,      // no more input (or a read error: see failed())
  };

  LineReader(std::istream* in, std::size_t max_line_bytes);

  Result Next(std::string* line);

  // 1-based number of the line last returned by Next().
  std::int64_t line_number() const { return line_number_; }
  // True when the stream reported a read error (not merely its end).
  bool failed() const { return failed_; }

 private:
  bool Fill();

  std::istream* in_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
  std::size_t end_ = 0;
  bool eof_ = false;
  bool failed_ = false;
  std::int64_t line_number_ = 0;
};

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_LINE_READER_H_
