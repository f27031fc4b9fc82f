#include "evaluate/scorer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "model/document.h"

namespace statecraft {

namespace {

// Multiset overlap of two key lists.
Counts Overlap(std::vector<std::string> predicted, std::vector<std::string> gold) {
  std::sort(predicted.begin(), predicted.end());
  std::sort(gold.begin(), gold.end());
  std::vector<std::string> common;
  std::set_intersection(predicted.begin(), predicted.end(), gold.begin(), gold.end(), std::back_inserter(common));
  Counts c;
  c.tp = static_cast<int>(common.size());
  c.fp = static_cast<int>(predicted.size()) - c.tp;
  c.fn = static_cast<int>(gold.size()) - c.tp;
  return c;
}

struct Triple {
  std::string source, code, target;
  bool background = false;
};

std::string Root(const std::string& code) { return code.substr(0, 2); }

}  // namespace

int QuadOfRoot(const std::string& root) {
  int r = std::atoi(root.c_str());
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return 0;
}

EvalReport Evaluate(const Engine& engine, const std::vector<GoldRecord>& records, const EvalOptions& options) {
  EvalReport report;
  for (const GoldRecord& rec : records) {
    ++report.records;
    Document doc;
    doc.id = rec.id.empty() ? rec.loc : rec.id;
    // In story context the span follows the text before it; its events are
    // those anchored at or after the span's first byte.
    const bool in_story = options.story_context && !rec.context.empty();
    const std::size_t span_begin = in_story ? rec.context.size() + 1 : 0;
    doc.text = in_story ? rec.context + " " + rec.text : rec.text;
    doc.date = rec.date;
    StoryResult result = engine.Code(doc);
    std::vector<Triple> predicted, gold;
    for (const Event& e : result.events) {
      if (e.negated || e.verb_begin < span_begin) continue;
      predicted.push_back({e.source.code, e.cameo, e.target ? e.target->code : "-", e.background});
    }
    for (const GoldEvent& g : rec.expected) gold.push_back({g.source, g.code, g.target, g.background});
    auto keys = [](const std::vector<Triple>& ts, auto fn) {
      std::vector<std::string> out;
      for (const Triple& t : ts) out.push_back(fn(t));
      return out;
    };
    auto triple = [](const Triple& t) { return CountryKey(t.source) + " " + Root(t.code) + " " + CountryKey(t.target); };
    report.triple.Add(Overlap(keys(predicted, triple), keys(gold, triple)));
    report.triple_code.Add(Overlap(keys(predicted, [](const Triple& t) { return CountryKey(t.source) + " " + t.code + " " + CountryKey(t.target); }),
                                   keys(gold, [](const Triple& t) { return CountryKey(t.source) + " " + t.code + " " + CountryKey(t.target); })));
    report.root.Add(Overlap(keys(predicted, [](const Triple& t) { return Root(t.code); }),
                            keys(gold, [](const Triple& t) { return Root(t.code); })));
    report.source.Add(Overlap(keys(predicted, [](const Triple& t) { return CountryKey(t.source) + " " + Root(t.code); }),
                              keys(gold, [](const Triple& t) { return CountryKey(t.source) + " " + Root(t.code); })));
    report.target.Add(Overlap(keys(predicted, [](const Triple& t) { return Root(t.code) + " " + CountryKey(t.target); }),
                              keys(gold, [](const Triple& t) { return Root(t.code) + " " + CountryKey(t.target); })));
    auto exact = [](const Triple& t) { return t.source + " " + t.code + " " + t.target; };
    Counts exact_counts = Overlap(keys(predicted, exact), keys(gold, exact));
    report.exact.Add(exact_counts);
    // Per root and per quad class, on triples.
    std::set<std::string> roots;
    for (const Triple& t : predicted) roots.insert(Root(t.code));
    for (const Triple& t : gold) roots.insert(Root(t.code));
    for (const std::string& r : roots) {
      std::vector<std::string> p, g;
      for (const Triple& t : predicted) if (Root(t.code) == r) p.push_back(triple(t));
      for (const Triple& t : gold) if (Root(t.code) == r) g.push_back(triple(t));
      Counts c = Overlap(p, g);
      report.per_root[r].Add(c);
      report.per_quad[QuadOfRoot(r)].Add(c);
    }
    bool fired_near_miss = false;
    for (const GoldEvent& f : rec.forbidden) {
      for (const Triple& t : predicted) {
        if (CountryKey(t.source) == CountryKey(f.source) && t.code == f.code && CountryKey(t.target) == CountryKey(f.target)) {
          ++report.near_misses_fired;
          fired_near_miss = true;
        }
      }
    }
    if (rec.expect_none) {
      ++report.expected_none;
      if (!predicted.empty()) ++report.none_violated;
    }
    // Exactness also asks that background acts are marked as such (and only they).
    auto marked = [&](const Triple& t) { return exact(t) + (t.background ? " background" : ""); };
    Counts marked_counts = Overlap(keys(predicted, marked), keys(gold, marked));
    bool is_exact = exact_counts.fp == 0 && exact_counts.fn == 0 && marked_counts.fp == 0 && !fired_near_miss;
    if (is_exact) {
      ++report.records_exact;
    } else {
      std::string line = rec.loc + " [" + rec.id + "] expected:";
      for (const Triple& t : gold) line += " {" + marked(t) + "}";
      if (gold.empty()) line += " none";
      line += "  got:";
      for (const Triple& t : predicted) line += " {" + marked(t) + "}";
      if (predicted.empty()) line += " none";
      if (fired_near_miss) line += "  (a near miss fired)";
      report.mismatches.push_back(std::move(line));
    }
  }
  return report;
}

std::string FormatReport(const EvalReport& r, bool json) {
  auto row = [](const Counts& c) {
    char buf[128];
    std::snprintf(buf, sizeof(buf), "P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)", c.Precision(), c.Recall(), c.F1(),
                  c.tp, c.fp, c.fn);
    return std::string(buf);
  };
  auto obj = [](const Counts& c) {
    return nlohmann::ordered_json{{"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()},
                                  {"tp", c.tp},  {"fp", c.fp}, {"fn", c.fn}};
  };
  if (json) {
    nlohmann::ordered_json j;
    j["records"] = r.records;
    j["records_exact"] = r.records_exact;
    j["triple"] = obj(r.triple);
    j["triple_code"] = obj(r.triple_code);
    j["root"] = obj(r.root);
    j["source"] = obj(r.source);
    j["target"] = obj(r.target);
    j["exact"] = obj(r.exact);
    for (const auto& [root, c] : r.per_root) j["per_root"][root] = obj(c);
    for (const auto& [quad, c] : r.per_quad) j["per_quad"][std::to_string(quad)] = obj(c);
    j["expected_none"] = r.expected_none;
    j["none_violated"] = r.none_violated;
    j["near_misses_fired"] = r.near_misses_fired;
    return j.dump(2) + "\n";
  }
  std::string out;
  out += "records: " + std::to_string(r.records) + " (" + std::to_string(r.records_exact) + " coded exactly)\n";
  out += "(source country, root, target country): " + row(r.triple) + "\n";
  out += "(source country, code, target country): " + row(r.triple_code) + "\n";
  out += "root alone:                             " + row(r.root) + "\n";
  out += "source (source country, root):          " + row(r.source) + "\n";
  out += "target (root, target country):          " + row(r.target) + "\n";
  out += "exact actor codes and event code:       " + row(r.exact) + "\n";
  out += "expected non-events: " + std::to_string(r.expected_none) + ", of which coded anyway: " +
         std::to_string(r.none_violated) + "; near misses fired: " + std::to_string(r.near_misses_fired) + "\n";
  out += "per quad class (triples):\n";
  for (const auto& [quad, c] : r.per_quad) out += "  quad " + std::to_string(quad) + ": " + row(c) + "\n";
  out += "per root (triples):\n";
  for (const auto& [root, c] : r.per_root) out += "  " + root + ": " + row(c) + "\n";
  return out;
}

}  // namespace statecraft
