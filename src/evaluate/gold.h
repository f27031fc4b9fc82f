// Gold files: sentences with the events a coder should find (and should not),
// in the format of docs/dictionaries.md ("Gold and golden files").
#ifndef STATECRAFT_EVALUATE_GOLD_H_
#define STATECRAFT_EVALUATE_GOLD_H_

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "statecraft/status.h"

namespace statecraft {

struct GoldEvent {
  std::string source;  // actor code
  std::string code;    // CAMEO code
  std::string target;  // actor code or "-"
  std::string loc;     // "file:line"
};

struct GoldRecord {
  std::string id;
  std::optional<Date> date;
  std::string text;
  std::vector<GoldEvent> expected;
  std::vector<GoldEvent> forbidden;  // `not:` lines
  bool expect_none = false;
  std::string loc;
};

// Parses one gold file. Errors name file:line; a record missing its text or
// with a malformed expect line is an error (nothing is guessed).
Result<std::vector<GoldRecord>> ReadGoldFile(const std::string& path);

// The country-level key of an actor code: its first three letters; for
// international actors the whole code, except that every UN body is
// "IGOUNO" and a militant group (IMGPSEHMS) is its home country ("PSE");
// "-" stays "-".
std::string CountryKey(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_EVALUATE_GOLD_H_
