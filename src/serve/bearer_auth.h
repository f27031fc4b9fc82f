// The write endpoint's guard: a bearer token read from a file, checked in
// constant time (RFC 6750 "Authorization: Bearer <token>").
#ifndef STATECRAFT_SERVE_BEARER_AUTH_H_
#define STATECRAFT_SERVE_BEARER_AUTH_H_

#include <string>
#include <string_view>

#include "statecraft/status.h"

namespace statecraft {

enum class AuthOutcome {
  kAllowed,
  kMissing,  // no Authorization header, or not the Bearer scheme → 401
  kWrong,    // a bearer token that is not ours → 403
};

class BearerAuth {
 public:
  // Reads the token: the file's first line without surrounding whitespace.
  // Errors: IoError when unreadable; InvalidArgument when the token is
  // shorter than 16 bytes or has bytes outside printable ASCII.
  static Result<BearerAuth> FromFile(const std::string& path);
  // REQUIRES: a valid token (see FromFile).
  explicit BearerAuth(std::string token) : token_(std::move(token)) {}

  // `header` is the Authorization header's value ("" when absent). The
  // comparison takes the same time whatever the header's content, for a
  // given header length.
  AuthOutcome Check(std::string_view header) const;

 private:
  std::string token_;
};

// Equal bytes, in time that depends only on the lengths.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_BEARER_AUTH_H_
