// Scores the coder against gold records: precision, recall and F1 overall,
// per CAMEO root, per quad class, and for source and target separately.
#ifndef STATECRAFT_EVALUATE_SCORER_H_
#define STATECRAFT_EVALUATE_SCORER_H_

#include <map>
#include <string>
#include <vector>

#include "evaluate/gold.h"
#include "statecraft/engine.h"

namespace statecraft {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

struct EvalReport {
  int records = 0;
  Counts triple;       // (source country, root, target country)
  Counts triple_code;  // (source country, full code, target country)
  Counts root;         // root alone
  Counts source;       // (source country, root)
  Counts target;       // (root, target country)
  Counts exact;        // (source code, full code, target code)
  std::map<std::string, Counts> per_root;  // triples by root ("01".."20")
  std::map<int, Counts> per_quad;          // triples by quad class 1..4
  int expected_none = 0, none_violated = 0;  // `expect: none` records that got events
  int near_misses_fired = 0;                 // `not:` events that were coded
  int records_exact = 0;                     // records whose events match exactly
  std::vector<std::string> mismatches;       // one line per record that is not exact
};

struct EvalOptions {
  // Code a stand-off record's span after the story text before it, as the
  // pipeline codes whole stories, and score only the events anchored in
  // the span (the story gives surnames, "the country", "he" their
  // referents). Off: the span is coded alone.
  bool story_context = false;
};

// Codes each record's text (with its date) and scores it. Negated events are
// left out (they did not happen).
EvalReport Evaluate(const Engine& engine, const std::vector<GoldRecord>& records, const EvalOptions& options = {});

// Root → quad class (01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4).
int QuadOfRoot(const std::string& root);

// The report as a table, or as JSON.
std::string FormatReport(const EvalReport& report, bool json);

}  // namespace statecraft

#endif  // STATECRAFT_EVALUATE_SCORER_H_
