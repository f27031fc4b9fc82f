#include "dict/coverage.h"

#include <algorithm>

namespace statecraft {

std::vector<CodeCoverage> Coverage(const Dictionary& dict, const GoldenCounts* golden, int min_patterns) {
  std::map<std::string, int> patterns;
  for (const VerbPattern& p : dict.patterns) {
    if (p.code != "---") ++patterns[p.code];
  }
  std::vector<CodeCoverage> out;
  for (const CameoCode& c : dict.codes) {
    if (c.code.size() < 3) continue;  // a root is a heading, not an event code
    CodeCoverage cov;
    cov.code = c.code;
    cov.name = c.name;
    auto count = [&](const std::map<std::string, int>& m) {
      auto it = m.find(c.code);
      return it == m.end() ? 0 : it->second;
    };
    cov.patterns = count(patterns);
    if (cov.patterns < min_patterns) {
      cov.shortfalls.push_back(std::to_string(cov.patterns) + (cov.patterns == 1 ? " pattern" : " patterns") +
                               " (needs " + std::to_string(min_patterns) + ")");
    }
    if (golden) {
      cov.golden = count(golden->expected);
      cov.near_misses = count(golden->near_misses);
      if (cov.golden == 0) cov.shortfalls.push_back("no golden sentence fires it");
      if (cov.near_misses == 0) cov.shortfalls.push_back("no golden near miss");
    }
    out.push_back(std::move(cov));
  }
  std::sort(out.begin(), out.end(), [](const CodeCoverage& a, const CodeCoverage& b) { return a.code < b.code; });
  return out;
}

}  // namespace statecraft
