// Errors are values: every operation that input can break returns a Status or
// a Result<T>. Exceptions never cross a stage boundary; only main() and the
// HTTP handler turn a Status into an exit code or a response.
#ifndef STATECRAFT_STATUS_H_
#define STATECRAFT_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace statecraft {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the input is malformed (bad line, bad date, bad UTF-8)
  kNotFound,         // a named file, entry or record does not exist
  kIoError,          // reading or writing failed
  kCorruption,       // a binary artifact or database is damaged or of another version
  kUnsupported,      // a construct the reader knows of but does not handle
  kInternal,         // a bug; should never be seen
};

// A success or an error with a message that says where ("file:line: ...",
// "doc reuters-12 bytes [40,52): ...").
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status. REQUIRES: value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace statecraft

#define SC_RETURN_IF_ERROR(expr)        \
  do {                                  \
    ::statecraft::Status _st = (expr);  \
    if (!_st.ok()) return _st;          \
  } while (0)

#endif  // STATECRAFT_STATUS_H_
