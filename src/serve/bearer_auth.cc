#include "serve/bearer_auth.h"

#include "base/files.h"

namespace statecraft {

namespace {

constexpr size_t kMinTokenBytes = 16;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Walk the longer input fully so the time does not reveal a common prefix.
  size_t n = a.size() > b.size() ? a.size() : b.size();
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

Result<BearerAuth> BearerAuth::FromFile(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return Status::IoError("--token-file: " + content.status().message());
  std::string_view token = *content;
  size_t newline = token.find('\n');
  if (newline != std::string_view::npos) token = token.substr(0, newline);
  while (!token.empty() && IsSpace(token.front())) token.remove_prefix(1);
  while (!token.empty() && IsSpace(token.back())) token.remove_suffix(1);
  if (token.size() < kMinTokenBytes) {
    return Status::InvalidArgument("--token-file " + path + ": the token must have at least " +
                                   std::to_string(kMinTokenBytes) + " characters");
  }
  for (char c : token) {
    if (c <= 0x20 || c >= 0x7f) {
      return Status::InvalidArgument("--token-file " + path + ": the token must be printable ASCII without spaces");
    }
  }
  return BearerAuth(std::string(token));
}

AuthOutcome BearerAuth::Check(std::string_view header) const {
  while (!header.empty() && IsSpace(header.front())) header.remove_prefix(1);
  while (!header.empty() && IsSpace(header.back())) header.remove_suffix(1);
  constexpr std::string_view kScheme = "bearer";
  if (header.size() <= kScheme.size() || !IsSpace(header[kScheme.size()])) return AuthOutcome::kMissing;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    char c = header[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != kScheme[i]) return AuthOutcome::kMissing;
  }
  std::string_view presented = header.substr(kScheme.size());
  while (!presented.empty() && IsSpace(presented.front())) presented.remove_prefix(1);
  if (presented.empty()) return AuthOutcome::kMissing;
  return ConstantTimeEquals(presented, token_) ? AuthOutcome::kAllowed : AuthOutcome::kWrong;
}

}  // namespace statecraft
