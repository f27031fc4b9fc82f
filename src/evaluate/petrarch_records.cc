#include "evaluate/petrarch_records.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "base/strings.h"
#include "model/document.h"

namespace statecraft {

namespace {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// An attribute's value, "" when absent.
std::string Attr(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return std::string(Trim(out));
}

bool HasAttr(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// The text of an element with whitespace runs made single spaces.
std::string TextOf(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string raw = content ? reinterpret_cast<const char*>(content) : "";
  if (content) xmlFree(content);
  std::string out;
  for (const std::string& w : SplitWhitespace(raw)) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void ReadConfig(const xmlNode* node, std::map<std::string, std::string>* config) {
  std::string option = Attr(node, "option");
  if (!option.empty()) (*config)[option] = AsciiLower(Attr(node, "value"));
}

// Multiset difference: what of `from` is not matched by `by`.
std::vector<PetrarchEvent> Unmatched(const std::vector<PetrarchEvent>& from,
                                     std::vector<PetrarchEvent> by) {
  std::vector<PetrarchEvent> out;
  for (const PetrarchEvent& e : from) {
    auto it = std::find(by.begin(), by.end(), e);
    if (it == by.end()) {
      out.push_back(e);
    } else {
      by.erase(it);
    }
  }
  return out;
}

const char* HalfName(PetrarchHalf half) {
  switch (half) {
    case PetrarchHalf::kOdd:
      return "odd";
    case PetrarchHalf::kEven:
      return "even";
    case PetrarchHalf::kAll:
      break;
  }
  return "all";
}

bool InHalf(const PetrarchRecord& r, PetrarchHalf half) {
  return half == PetrarchHalf::kAll || (half == PetrarchHalf::kOdd) == r.Odd();
}

std::string Percent(double value) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.1f%%", value);
  return buf;
}

std::string Row(const std::string& label, const PetrarchTally& t) {
  char buf[256];
  std::snprintf(buf, sizeof(buf), "%-22s %7d %7d %8d %11d %7s %8d %7d %7s\n", label.c_str(),
                t.records, t.records_exact, t.expected, t.reproduced,
                Percent(t.ReproducedPercent()).c_str(), t.produced, t.extra,
                Percent(t.ExtraPercent()).c_str());
  return buf;
}

nlohmann::ordered_json TallyJson(const PetrarchTally& t) {
  return {{"records", t.records},
          {"records_exact", t.records_exact},
          {"expected", t.expected},
          {"reproduced", t.reproduced},
          {"reproduced_percent", t.ReproducedPercent()},
          {"produced", t.produced},
          {"extra", t.extra},
          {"extra_percent", t.ExtraPercent()}};
}

}  // namespace

bool PetrarchRecord::RequireDyad() const {
  auto it = config.find("require_dyad");
  return it == config.end() || it->second != "false";
}

void PetrarchTally::Add(const PetrarchTally& other) {
  records += other.records;
  records_exact += other.records_exact;
  expected += other.expected;
  reproduced += other.reproduced;
  produced += other.produced;
  extra += other.extra;
}

Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path) {
  std::unique_ptr<xmlDoc, XmlDocFree> doc(xmlReadFile(
      path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* err = xmlGetLastError();
    std::string where = err && err->line > 0 ? ":" + std::to_string(err->line) : "";
    std::string what =
        err && err->message ? std::string(Trim(err->message)) : "cannot be read as XML";
    return Status::InvalidArgument(path + where + ": " + what);
  }
  std::vector<PetrarchRecord> records;
  std::map<std::string, std::string> config;
  // Depth-first over the elements in document order: <Config> anywhere
  // (in <Environment> too) changes the records after it.
  std::vector<const xmlNode*> stack = {xmlDocGetRootElement(doc.get())};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (!node) continue;
    if (Named(node, "Config")) {
      ReadConfig(node, &config);
    } else if (Named(node, "Sentence")) {
      PetrarchRecord r;
      r.position = static_cast<int>(records.size()) + 1;
      r.line = static_cast<int>(xmlGetLineNo(node));
      r.id = Attr(node, "id");
      r.category = Attr(node, "category");
      r.config = config;
      std::string loc = path + ":" + std::to_string(r.line);
      std::string date = Attr(node, "date");
      if (!date.empty()) {
        r.date = Date::Parse(date);
        if (!r.date) return Status::InvalidArgument(loc + ": date '" + date + "' is not YYYYMMDD");
      }
      bool has_text = false;
      for (const xmlNode* child = node->children; child; child = child->next) {
        if (Named(child, "Text")) {
          r.text = TextOf(child);
          has_text = true;
        } else if (Named(child, "EventCoding")) {
          std::string cloc = path + ":" + std::to_string(xmlGetLineNo(child));
          if (HasAttr(child, "noevents")) {
            r.noevents = AsciiLower(Attr(child, "noevents")) != "false";
          } else if (HasAttr(child, "error")) {
            r.error = Attr(child, "error");
          } else {
            PetrarchEvent e{Upper(Attr(child, "sourcecode")), Upper(Attr(child, "targetcode")),
                            Upper(Attr(child, "eventcode"))};
            if (e.source.empty() || e.code.empty()) {
              return Status::InvalidArgument(
                  cloc + ": <EventCoding> needs sourcecode, targetcode and eventcode");
            }
            if (e.target.empty()) e.target = "---";
            r.expected.push_back(std::move(e));
          }
        }
      }
      if (!has_text)
        return Status::InvalidArgument(loc + ": <Sentence> " + r.id + " has no <Text>");
      records.push_back(std::move(r));
      continue;  // nothing of interest below a record (the <Parse> is not read)
    }
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) children.push_back(child);
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  if (records.empty()) return Status::InvalidArgument(path + ": no <Sentence> records");
  return records;
}

PetrarchEvalReport EvaluatePetrarchRecords(const Engine& engine,
                                           const std::vector<PetrarchRecord>& records,
                                           PetrarchHalf half, const std::string& file) {
  PetrarchEvalReport report;
  report.file = file;
  report.half = half;
  std::set<std::string> options_seen;
  for (size_t idx = 0; idx < records.size(); ++idx) {
    const PetrarchRecord& rec = records[idx];
    for (const auto& [option, value] : rec.config) options_seen.insert(option);
    PetrarchRecordResult result;
    result.record = static_cast<int>(idx);
    if (rec.error == "bad_input_parse") {
      result.skipped =
          "error=\"bad_input_parse\" tests PETRARCH's parse-tree input, which statecraft does not "
          "read";
      ++report.skipped;
      report.results.push_back(std::move(result));
      continue;
    }
    Document doc;
    doc.id = rec.id.empty() ? "record-" + std::to_string(rec.position) : rec.id;
    doc.text = rec.text;
    doc.date = rec.date;
    StoryResult coded = engine.Code(doc);
    result.notes = coded.notes;
    bool require_dyad = rec.RequireDyad();
    for (const Event& e : coded.events) {
      PetrarchEvent pe{e.source.code, e.target ? e.target->code : "---", e.cameo};
      if (require_dyad &&
          (!e.target || StartsWith(pe.source, "---") || StartsWith(pe.target, "---")))
        continue;
      result.produced.push_back(std::move(pe));
    }
    result.missed = Unmatched(rec.expected, result.produced);
    result.extra = Unmatched(result.produced, rec.expected);
    PetrarchTally t;
    t.records = 1;
    t.expected = static_cast<int>(rec.expected.size());
    t.reproduced = t.expected - static_cast<int>(result.missed.size());
    t.produced = static_cast<int>(result.produced.size());
    t.extra = static_cast<int>(result.extra.size());
    t.records_exact = result.missed.empty() && result.extra.empty();
    report.all.Add(t);
    if (InHalf(rec, half)) {
      report.selected.Add(t);
      report.by_category[rec.category.empty() ? "(none)" : rec.category].Add(t);
    }
    report.results.push_back(std::move(result));
  }
  for (const std::string& option : options_seen) {
    std::string how;
    if (option == "require_dyad") {
      how =
          "honoured: when true only events with a source and a target (no null actor '---') count";
    } else if (option == "new_actor_length") {
      how = "not honoured: statecraft makes no actors of unknown noun phrases";
    } else if (StartsWith(option, "comma_")) {
      how =
          "not honoured: PETRARCH1's limits on comma-delimited clauses have no statecraft "
          "equivalent";
    } else if (option == "stop_on_error") {
      how = "does not apply: every record is scored";
    } else {
      how = "not honoured: unknown to statecraft";
    }
    report.config_notes.push_back(option + ": " + how);
  }
  return report;
}

std::string FormatPetrarchReport(const PetrarchEvalReport& report,
                                 const std::vector<PetrarchRecord>& records, bool json) {
  if (json) {
    nlohmann::ordered_json out;
    out["file"] = report.file;
    out["records"] = records.size();
    out["skipped"] = report.skipped;
    out["half"] = HalfName(report.half);
    out["all"] = TallyJson(report.all);
    out["selected"] = TallyJson(report.selected);
    for (const auto& [category, t] : report.by_category)
      out["by_category"][category] = TallyJson(t);
    out["config"] = report.config_notes;
    return out.dump(2) + "\n";
  }
  std::string s;
  s += "PETRARCH2 unit-test records: " +
       (report.file.empty() ? std::string("(records)") : report.file) + "\n";
  s += std::to_string(records.size()) + " records, " + std::to_string(report.skipped) +
       " skipped (they test PETRARCH's parse-tree input); halves by position in the file (1 = "
       "odd)\n";
  s += "reproduced: expected events coded exactly (source, target, code), % of expected; "
       "extra: coded events not expected, % of coded\n\n";
  char header[256];
  std::snprintf(header, sizeof(header), "%-22s %7s %7s %8s %11s %7s %8s %7s %7s\n", "", "records",
                "exact", "expected", "reproduced", "", "coded", "extra", "");
  s += header;
  s += Row("whole file", report.all);
  if (report.half != PetrarchHalf::kAll)
    s += Row(std::string(HalfName(report.half)) + " half", report.selected);
  s += "\nby category (" +
       std::string(report.half == PetrarchHalf::kAll ? "whole file" : HalfName(report.half)) +
       (report.half == PetrarchHalf::kAll ? "" : " half") + "):\n";
  for (const auto& [category, t] : report.by_category) s += Row("  " + category, t);
  if (!report.config_notes.empty()) {
    s += "\n<Config> switches:\n";
    for (const std::string& note : report.config_notes) s += "  " + note + "\n";
  }
  s += "\nConventions: the suite's own (TABARI's): a future act (\"will contribute\") is coded as the act\n"
       "(statecraft's default codes it as an intent, CAMEO 03; `statecraft code --future-as-act` does the same);\n"
       "and an agent no country of its sentence places (\"the official news agency said\") is an actor of\n"
       "no country, \"---GOV\" (by default it is no actor; `statecraft code --null-country-agents`).\n";
  return s;
}

std::vector<std::string> PetrarchMismatches(const PetrarchEvalReport& report,
                                            const std::vector<PetrarchRecord>& records) {
  std::vector<std::string> out;
  auto list = [](const std::vector<PetrarchEvent>& events) {
    std::string s;
    for (const PetrarchEvent& e : events) s += (s.empty() ? "" : ", ") + e.ToString();
    return s;
  };
  for (const PetrarchRecordResult& r : report.results) {
    const PetrarchRecord& rec = records[r.record];
    if (!InHalf(rec, report.half) || !r.skipped.empty() || (r.missed.empty() && r.extra.empty()))
      continue;
    std::string line =
        "#" + std::to_string(rec.position) + " " + rec.id + " [" + rec.category + "]:";
    if (!r.missed.empty()) line += " missed " + list(r.missed) + ";";
    if (!r.extra.empty()) line += " extra " + list(r.extra) + ";";
    line.pop_back();
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace statecraft
