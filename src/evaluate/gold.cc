#include "evaluate/gold.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/strings.h"

namespace statecraft {

std::string CountryKey(const std::string& code) {
  if (code == "-" || code.size() < 3) return code;
  std::string head = code.substr(0, 3);
  // The UN family (IGOUNOUSC, IGOUNOKID …) is the UN; a militant group
  // carries its home country after IMG (IMGPSEHMS → PSE); other
  // international actors are compared whole.
  if (head == "IGO" && code.compare(0, 6, "IGOUNO") == 0) return "IGOUNO";
  if (head == "IMG" && code.size() > 6) return code.substr(3, 3);
  if (head == "IGO" || head == "NGO") {
    // "NATO leaders" (IGOWSTNATGOV) are NATO: a role after the
    // organization's own code is dropped.
    static const char* const kRoles[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "BUS", "OPP", "CVL", "ELI"};
    if (code.size() >= 12) {
      for (const char* role : kRoles) {
        if (code.compare(code.size() - 3, 3, role) == 0) return code.substr(0, code.size() - 3);
      }
    }
    return code;
  }
  if (head == "IMG") return code;
  return head;
}

namespace {

Status ParseEvent(std::string_view value, const std::string& loc, GoldEvent* out) {
  std::vector<std::string> parts = SplitWhitespace(value);
  bool background = parts.size() == 4 && parts[3] == "background";
  if (parts.size() != 3 && !background) {
    return Status::InvalidArgument(loc + ": expected 'SOURCE CAMEO TARGET [background]', got '" + std::string(value) + "'");
  }
  const std::string& code = parts[1];
  bool digits = code.size() >= 2 && code.size() <= 4;
  for (char c : code) digits = digits && c >= '0' && c <= '9';
  if (!digits) return Status::InvalidArgument(loc + ": '" + code + "' is not a 2-4 digit CAMEO code");
  *out = GoldEvent{parts[0], code, parts[2], loc, background};
  return Status::Ok();
}

// "BEGIN END": two decimal byte offsets, BEGIN < END.
Status ParseSpan(std::string_view value, const std::string& loc, GoldSpan* out) {
  std::vector<std::string> parts = SplitWhitespace(value);
  auto number = [](const std::string& s, std::size_t* n) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *n);
    return ec == std::errc() && end == s.data() + s.size();
  };
  GoldSpan span;
  if (parts.size() != 2 || !number(parts[0], &span.begin) || !number(parts[1], &span.end)) {
    return Status::InvalidArgument(loc + ": expected 'span: BEGIN END' (byte offsets), got '" + std::string(value) + "'");
  }
  if (span.begin >= span.end) return Status::InvalidArgument(loc + ": span " + parts[0] + " " + parts[1] + " is empty");
  span.loc = loc;
  *out = std::move(span);
  return Status::Ok();
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Runs of ASCII whitespace become one space; the ends are trimmed.
std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

struct Story {
  std::string text;
  std::optional<Date> date;
};

}  // namespace

Result<std::vector<GoldRecord>> ReadGoldFile(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<GoldRecord> records;
  std::map<std::string, std::string> seen_ids;  // id → where its record starts
  GoldRecord current;
  bool open = false;
  auto flush = [&]() -> Status {
    if (!open) return Status::Ok();
    open = false;
    const std::string rec = current.loc + ": record '" + current.id + "'";
    if (!current.doc.empty() && !current.text.empty()) return Status::InvalidArgument(rec + " has both text: and doc:");
    if (!current.doc.empty() && !current.span) return Status::InvalidArgument(rec + " has doc: but no span:");
    if (current.doc.empty() && current.span) return Status::InvalidArgument(rec + " has span: but no doc:");
    if (current.text.empty() && current.doc.empty()) return Status::InvalidArgument(rec + " has no text: (nor doc: and span:)");
    if (current.expected.empty() && !current.expect_none) {
      return Status::InvalidArgument(current.loc + ": record '" + current.id + "' has no expect: line (use 'expect: none')");
    }
    // Mismatches and near misses are reported by id: two records with one
    // id would be read as one.
    if (!current.id.empty()) {
      auto [it, fresh] = seen_ids.emplace(current.id, current.loc);
      if (!fresh) return Status::InvalidArgument(rec + " has the id of the record at " + it->second);
    }
    records.push_back(std::move(current));
    current = GoldRecord();
    return Status::Ok();
  };
  std::string_view rest = *text;
  int line_no = 0;
  while (true) {
    size_t nl = rest.find('\n');
    std::string_view raw = rest.substr(0, nl);
    ++line_no;
    std::string loc = path + ":" + std::to_string(line_no);
    std::string_view line = Trim(raw);
    if (line.empty()) {
      SC_RETURN_IF_ERROR(flush());
    } else if (line.front() != '#') {
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) return Status::InvalidArgument(loc + ": expected 'key: value'");
      std::string_view key = Trim(line.substr(0, colon));
      std::string_view value = Trim(line.substr(colon + 1));
      if (!open) {
        open = true;
        current.loc = loc;
      }
      if (key == "id") {
        current.id = std::string(value);
      } else if (key == "date") {
        current.date = Date::Parse(value);
        if (!current.date) return Status::InvalidArgument(loc + ": bad date '" + std::string(value) + "'");
      } else if (key == "text") {
        if (value.empty()) return Status::InvalidArgument(loc + ": empty text:");
        current.text = std::string(value);
      } else if (key == "doc") {
        if (value.empty() || SplitWhitespace(value).size() != 1) {
          return Status::InvalidArgument(loc + ": expected 'doc: STORY_ID', got '" + std::string(value) + "'");
        }
        current.doc = std::string(value);
        current.doc_loc = loc;
      } else if (key == "span") {
        GoldSpan span;
        SC_RETURN_IF_ERROR(ParseSpan(value, loc, &span));
        current.span = std::move(span);
      } else if (key == "expect") {
        if (value == "none") {
          current.expect_none = true;
        } else {
          GoldEvent e;
          SC_RETURN_IF_ERROR(ParseEvent(value, loc, &e));
          current.expected.push_back(std::move(e));
        }
      } else if (key == "not") {
        GoldEvent e;
        SC_RETURN_IF_ERROR(ParseEvent(value, loc, &e));
        current.forbidden.push_back(std::move(e));
      } else if (key == "note") {
        // free text
      } else {
        return Status::InvalidArgument(loc + ": unknown key '" + std::string(key) + "'");
      }
    }
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  SC_RETURN_IF_ERROR(flush());
  return records;
}

bool HasStandoff(const std::vector<GoldRecord>& records) {
  for (const GoldRecord& r : records) {
    if (!r.doc.empty()) return true;
  }
  return false;
}

Status ResolveStandoff(const std::string& corpus, std::vector<GoldRecord>* records) {
  std::map<std::string, std::vector<GoldRecord*>, std::less<>> wanted;  // story id -> its records
  std::size_t longest_id = 0;
  for (GoldRecord& r : *records) {
    if (r.doc.empty()) continue;
    wanted[r.doc].push_back(&r);
    longest_id = std::max(longest_id, r.doc.size());
  }
  if (wanted.empty()) return Status::Ok();
  if (corpus.empty()) {
    const GoldRecord& first =
        *std::find_if(records->begin(), records->end(), [](const GoldRecord& r) { return !r.doc.empty(); });
    return Status::InvalidArgument(first.doc_loc + ": record '" + first.id + "' is stand-off (doc: " + first.doc +
                                   "); it needs the corpus of stories (--corpus PATH)");
  }
  std::ifstream in(corpus, std::ios::binary);
  if (!in) return Status::IoError(corpus + ": cannot open the corpus");
  // One pass; a line is parsed only when it holds a wanted id as a JSON
  // string (between two quotes), and the pass stops once every story is
  // found.
  std::map<std::string, Story, std::less<>> stories;
  std::string line;
  int line_no = 0;
  while (stories.size() < wanted.size() && std::getline(in, line)) {
    ++line_no;
    bool candidate = false;
    for (std::size_t q = line.find('"'); q != std::string::npos && !candidate;) {
      std::size_t next = line.find('"', q + 1);
      if (next == std::string::npos) break;
      if (next - q - 1 <= longest_id) {
        std::string_view token(line.data() + q + 1, next - q - 1);
        auto w = wanted.find(token);
        candidate = w != wanted.end() && !stories.count(w->first);
      }
      q = next;
    }
    if (!candidate) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      return Status::InvalidArgument(corpus + ":" + std::to_string(line_no) + ": not a JSON object");
    }
    auto id = j.find("id");
    if (id == j.end() || !id->is_string() || !wanted.count(id->get<std::string>())) continue;
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      return Status::InvalidArgument(corpus + ":" + std::to_string(line_no) + ": story '" + id->get<std::string>() +
                                     "' has no text");
    }
    Story story;
    story.text = text->get<std::string>();
    auto date = j.find("date");
    if (date != j.end() && date->is_string()) {
      std::string d = date->get<std::string>();
      story.date = Date::Parse(std::string_view(d).substr(0, 10));
    }
    stories.emplace(id->get<std::string>(), std::move(story));
  }
  if (in.bad()) return Status::IoError(corpus + ": read error");
  for (auto& [id, recs] : wanted) {
    auto it = stories.find(id);
    if (it == stories.end()) {
      return Status::NotFound(recs.front()->doc_loc + ": story '" + id + "' is not in " + corpus);
    }
    const Story& story = it->second;
    for (GoldRecord* r : recs) {
      const GoldSpan& span = *r->span;
      if (span.end > story.text.size()) {
        return Status::InvalidArgument(span.loc + ": span " + std::to_string(span.begin) + " " + std::to_string(span.end) +
                                       " is out of range: story '" + id + "' has " + std::to_string(story.text.size()) +
                                       " bytes of text");
      }
      if (IsUtf8Continuation(story.text[span.begin]) ||
          (span.end < story.text.size() && IsUtf8Continuation(story.text[span.end]))) {
        return Status::InvalidArgument(span.loc + ": span " + std::to_string(span.begin) + " " + std::to_string(span.end) +
                                       " splits a UTF-8 character");
      }
      r->text = CollapseWhitespace(std::string_view(story.text).substr(span.begin, span.end - span.begin));
      r->context = CollapseWhitespace(std::string_view(story.text).substr(0, span.begin));
      if (r->text.empty()) return Status::InvalidArgument(span.loc + ": span holds only whitespace");
      if (!r->date) {
        r->date = story.date;
      } else if (story.date && *r->date != *story.date) {
        return Status::InvalidArgument(r->doc_loc + ": record '" + r->id + "' has date: " + r->date->ToString() +
                                       " but story '" + id + "' is dated " + story.date->ToString());
      }
    }
  }
  return Status::Ok();
}

}  // namespace statecraft
