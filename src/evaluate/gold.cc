#include "evaluate/gold.h"

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
  if (head == "IGO" || head == "NGO" || head == "IMG") return code;
  return head;
}

namespace {

Status ParseEvent(std::string_view value, const std::string& loc, GoldEvent* out) {
  std::vector<std::string> parts = SplitWhitespace(value);
  if (parts.size() != 3) return Status::InvalidArgument(loc + ": expected 'SOURCE CAMEO TARGET', got '" + std::string(value) + "'");
  const std::string& code = parts[1];
  bool digits = code.size() >= 2 && code.size() <= 4;
  for (char c : code) digits = digits && c >= '0' && c <= '9';
  if (!digits) return Status::InvalidArgument(loc + ": '" + code + "' is not a 2-4 digit CAMEO code");
  *out = GoldEvent{parts[0], code, parts[2], loc};
  return Status::Ok();
}

}  // namespace

Result<std::vector<GoldRecord>> ReadGoldFile(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<GoldRecord> records;
  GoldRecord current;
  bool open = false;
  auto flush = [&]() -> Status {
    if (!open) return Status::Ok();
    open = false;
    if (current.text.empty()) return Status::InvalidArgument(current.loc + ": record '" + current.id + "' has no text:");
    if (current.expected.empty() && !current.expect_none) {
      return Status::InvalidArgument(current.loc + ": record '" + current.id + "' has no expect: line (use 'expect: none')");
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
        current.text = std::string(value);
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

}  // namespace statecraft
