// How well the dictionary covers the CAMEO ontology: for every event code
// (three and four digits; the two-digit roots are headings), its verb
// patterns and the golden sentences that fire it and must not fire it.
#ifndef STATECRAFT_DICT_COVERAGE_H_
#define STATECRAFT_DICT_COVERAGE_H_

#include <map>
#include <string>
#include <vector>

#include "dict/dictionary.h"

namespace statecraft {

struct CodeCoverage {
  std::string code;       // "0231"
  std::string name;       // from codes.txt
  int patterns = 0;       // verb patterns coding exactly this code
  int golden = 0;         // golden sentences expecting it
  int near_misses = 0;    // golden near misses (`not:`) naming it
  std::vector<std::string> shortfalls;  // "1 pattern (needs 2)", "no near miss"
};

// Golden evidence per code: expectations and near misses, counted by the caller
// from the golden files.
struct GoldenCounts {
  std::map<std::string, int> expected;
  std::map<std::string, int> near_misses;
};

// One entry per event code of dict.codes, in code order. Every code needs
// `min_patterns` patterns; with `golden` given, also one golden sentence and
// one near miss.
std::vector<CodeCoverage> Coverage(const Dictionary& dict, const GoldenCounts* golden, int min_patterns = 2);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_COVERAGE_H_
