// A problem found while reading or linting a dictionary, with its location.
#ifndef STATECRAFT_DICT_DIAGNOSTIC_H_
#define STATECRAFT_DICT_DIAGNOSTIC_H_

#include <string>
#include <vector>

namespace statecraft {

struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string loc;      // "data/verbs/04_consult.txt:12"
  std::string message;

  // "data/verbs/04_consult.txt:12: error: unknown flag [recp]"
  std::string ToString() const {
    return loc + (severity == Severity::kError ? ": error: " : ": warning: ") + message;
  }
};

inline int CountErrors(const std::vector<Diagnostic>& diagnostics) {
  int n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::Severity::kError;
  return n;
}

}  // namespace statecraft

#endif  // STATECRAFT_DICT_DIAGNOSTIC_H_
