#include "serve/param_parser.h"

#include <algorithm>
#include <charconv>

#include "model/date.h"

namespace statecraft {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Quotes a user-supplied value for a message, cut to a readable length and
// with control bytes shown as '?'.
std::string Quote(std::string_view value) {
  constexpr size_t kMaxShown = 60;
  std::string out = "'";
  for (size_t i = 0; i < value.size() && i < kMaxShown; ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    out.push_back(c < 0x20 || c == 0x7f ? '?' : static_cast<char>(c));
  }
  if (value.size() > kMaxShown) out += "…";
  out += "'";
  return out;
}

Status Invalid(std::string_view name, const std::string& message) {
  return Status::InvalidArgument(std::string(name) + ": " + message);
}

// The single value of a scalar parameter; "" when absent or empty. A
// parameter given twice with different values is an error.
Result<std::string> Single(const ParamMap& params, std::string_view name) {
  auto [begin, end] = params.equal_range(std::string(name));
  std::string value;
  for (auto it = begin; it != end; ++it) {
    std::string_view v = Trim(it->second);
    if (v.empty()) continue;
    if (!value.empty() && value != v) return Invalid(name, "given more than once");
    value = std::string(v);
  }
  return value;
}

// Every entry of a list parameter: repeated and/or comma-separated; empty
// entries are ignored.
Result<std::vector<std::string>> List(const ParamMap& params, std::string_view name) {
  std::vector<std::string> out;
  auto [begin, end] = params.equal_range(std::string(name));
  for (auto it = begin; it != end; ++it) {
    std::string_view rest = it->second;
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view item = Trim(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (item.empty()) continue;
      if (std::find(out.begin(), out.end(), item) != out.end()) continue;
      out.emplace_back(item);
      if (out.size() > kMaxListEntries) {
        return Invalid(name, "more than " + std::to_string(kMaxListEntries) + " entries");
      }
    }
  }
  return out;
}

Status CheckKnown(const ParamMap& params, const std::vector<std::string_view>& filters,
                  const std::vector<std::string_view>& extra) {
  for (const auto& [name, value] : params) {
    bool known = std::find(filters.begin(), filters.end(), name) != filters.end() ||
                 std::find(extra.begin(), extra.end(), name) != extra.end();
    if (known) continue;
    std::string accepted;
    for (const auto* list : {&extra, &filters}) {
      for (std::string_view n : *list) accepted += (accepted.empty() ? "" : ", ") + std::string(n);
    }
    return Status::InvalidArgument(Quote(name) + " is not a parameter here" +
                                   (accepted.empty() ? " (it takes none)" : " (accepted: " + accepted + ")"));
  }
  return Status::Ok();
}

}  // namespace

Result<bool> ParseBoolParam(std::string_view name, std::string_view value) {
  std::string v = Lower(Trim(value));
  if (v == "true" || v == "1" || v == "yes") return true;
  if (v == "false" || v == "0" || v == "no") return false;
  return Invalid(name, Quote(value) + " is not a boolean (true or false)");
}

Result<int> ParseIntParam(std::string_view name, std::string_view value, int min, int max) {
  std::string_view v = Trim(value);
  int n = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  std::string range = " (" + std::to_string(min) + ".." + std::to_string(max) + ")";
  if (v.empty() || ec == std::errc::result_out_of_range) return Invalid(name, Quote(value) + " is out of range" + range);
  if (ec != std::errc() || ptr != v.data() + v.size()) return Invalid(name, Quote(value) + " is not an integer");
  if (n < min || n > max) return Invalid(name, Quote(value) + " is out of range" + range);
  return n;
}

Result<std::string> ParseDateParam(std::string_view name, std::string_view value) {
  std::string_view v = Trim(value);
  bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-';
  for (size_t i = 0; shape && i < v.size(); ++i) {
    if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9')) shape = false;
  }
  if (!shape) return Invalid(name, Quote(value) + " is not a date (YYYY-MM-DD)");
  std::optional<Date> date = Date::Parse(v);
  if (!date) return Invalid(name, Quote(value) + " is not a real date");
  return date->ToString();
}

Result<std::string> ParseActorParam(std::string_view name, std::string_view value) {
  std::string code = Upper(Trim(value));
  bool ok = code.size() >= 3 && code.size() <= 15;
  for (char c : code) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (!ok) return Invalid(name, Quote(value) + " is not an actor code (3-15 letters or digits, e.g. KOR, KORGOV)");
  return code;
}

ParamParser::ParamParser(const Dictionary& dictionary) : dictionary_(dictionary) {
  for (const CameoCode& code : dictionary.codes) {
    if (!code.plover.empty()) plover_types_.insert(Upper(code.plover));
  }
}

const std::vector<std::string_view>& ParamParser::FilterNames() {
  static const std::vector<std::string_view> kNames = {
      "actor", "source", "target", "symmetric", "cameo", "root", "quad", "plover",
      "from",  "to",     "q",      "doc",       "include_negated", "include_background"};
  return kNames;
}

Status ParamParser::CheckCameo(const std::string& code) const {
  bool digits = !code.empty() && code.size() <= 4;
  for (char c : code) digits = digits && c >= '0' && c <= '9';
  if (!digits) return Invalid("cameo", Quote(code) + " is not a CAMEO code (2-4 digits, e.g. 04 or 042)");
  if (dictionary_.FindCode(code) == nullptr) {
    return Invalid("cameo", Quote(code) + " is not in the dictionary's CAMEO code table");
  }
  return Status::Ok();
}

Result<EventFilter> ParamParser::ParseFilter(const ParamMap& params,
                                             const std::vector<std::string_view>& extra) const {
  SC_RETURN_IF_ERROR(CheckKnown(params, FilterNames(), extra));
  EventFilter filter;

  Result<std::vector<std::string>> actors = List(params, "actor");
  if (!actors.ok()) return actors.status();
  for (const std::string& a : *actors) {
    Result<std::string> code = ParseActorParam("actor", a);
    if (!code.ok()) return code.status();
    filter.actors.push_back(*code);
  }
  for (std::string_view side : {"source", "target"}) {
    Result<std::string> value = Single(params, side);
    if (!value.ok()) return value.status();
    if (value->empty()) continue;
    Result<std::string> code = ParseActorParam(side, *value);
    if (!code.ok()) return code.status();
    (side == "source" ? filter.source : filter.target) = *code;
  }
  Result<std::string> symmetric = Single(params, "symmetric");
  if (!symmetric.ok()) return symmetric.status();
  if (!symmetric->empty()) {
    Result<bool> b = ParseBoolParam("symmetric", *symmetric);
    if (!b.ok()) return b.status();
    filter.symmetric = *b;
  }

  Result<std::vector<std::string>> cameo = List(params, "cameo");
  if (!cameo.ok()) return cameo.status();
  for (const std::string& c : *cameo) {
    SC_RETURN_IF_ERROR(CheckCameo(c));
    filter.cameo.push_back(c);
  }
  Result<std::vector<std::string>> roots = List(params, "root");
  if (!roots.ok()) return roots.status();
  for (const std::string& r : *roots) {
    Result<int> n = ParseIntParam("root", r, 1, 20);
    if (!n.ok() || r.size() != 2) return Invalid("root", Quote(r) + " is not a CAMEO root (01..20)");
    if (std::find(filter.cameo.begin(), filter.cameo.end(), r) == filter.cameo.end()) filter.cameo.push_back(r);
  }

  Result<std::vector<std::string>> quads = List(params, "quad");
  if (!quads.ok()) return quads.status();
  for (const std::string& q : *quads) {
    Result<int> n = ParseIntParam("quad", q, 1, 4);
    if (!n.ok()) return Invalid("quad", Quote(q) + " is not a quad class (1..4)");
    if (std::find(filter.quad_classes.begin(), filter.quad_classes.end(), *n) == filter.quad_classes.end()) {
      filter.quad_classes.push_back(*n);
    }
  }

  Result<std::vector<std::string>> plover = List(params, "plover");
  if (!plover.ok()) return plover.status();
  for (const std::string& p : *plover) {
    std::string type = Upper(p);
    if (!plover_types_.contains(type)) {
      std::string known;
      for (const std::string& t : plover_types_) known += (known.empty() ? "" : ", ") + t;
      return Invalid("plover", Quote(p) + " is not a PLOVER type of the code table (" + known + ")");
    }
    filter.plover.push_back(type);
  }

  for (std::string_view bound : {"from", "to"}) {
    Result<std::string> value = Single(params, bound);
    if (!value.ok()) return value.status();
    if (value->empty()) continue;
    Result<std::string> date = ParseDateParam(bound, *value);
    if (!date.ok()) return date.status();
    (bound == "from" ? filter.date_from : filter.date_to) = *date;
  }
  if (!filter.date_from.empty() && !filter.date_to.empty() && filter.date_from > filter.date_to) {
    return Invalid("from", filter.date_from + " is after to " + filter.date_to);
  }

  Result<std::string> text = Single(params, "q");
  if (!text.ok()) return text.status();
  if (text->size() > kMaxTextQueryBytes) {
    return Invalid("q", "longer than " + std::to_string(kMaxTextQueryBytes) + " bytes");
  }
  filter.text = *text;

  Result<std::string> doc = Single(params, "doc");
  if (!doc.ok()) return doc.status();
  if (doc->size() > kMaxCursorBytes) return Invalid("doc", "longer than " + std::to_string(kMaxCursorBytes) + " bytes");
  filter.doc_id = *doc;

  for (std::string_view flag : {"include_negated", "include_background"}) {
    Result<std::string> value = Single(params, flag);
    if (!value.ok()) return value.status();
    if (value->empty()) continue;
    Result<bool> b = ParseBoolParam(flag, *value);
    if (!b.ok()) return b.status();
    (flag == "include_negated" ? filter.include_negated : filter.include_background) = *b;
  }
  return filter;
}

Result<EventsQuery> ParamParser::ParseEvents(const ParamMap& params) const {
  Result<EventFilter> filter = ParseFilter(params, {"limit", "cursor"});
  if (!filter.ok()) return filter.status();
  EventsQuery query;
  query.filter = std::move(filter.value());
  Result<std::string> limit = Single(params, "limit");
  if (!limit.ok()) return limit.status();
  if (!limit->empty()) {
    Result<int> n = ParseIntParam("limit", *limit, 1, kMaxPageLimit);
    if (!n.ok()) return n.status();
    query.page.limit = *n;
  } else {
    query.page.limit = kDefaultPageLimit;
  }
  Result<std::string> cursor = Single(params, "cursor");
  if (!cursor.ok()) return cursor.status();
  bool printable = cursor->size() <= kMaxCursorBytes;
  for (char c : *cursor) printable = printable && c > 0x20 && c < 0x7f;
  if (!printable) return Invalid("cursor", "malformed (pass the 'next' of the previous page as it is)");
  query.page.cursor = *cursor;
  return query;
}

Result<SeriesRequest> ParamParser::ParseSeries(const ParamMap& params) const {
  Result<EventFilter> filter = ParseFilter(params, {"granularity", "normalize"});
  if (!filter.ok()) return filter.status();
  SeriesRequest request;
  request.filter = std::move(filter.value());
  Result<std::string> granularity = Single(params, "granularity");
  if (!granularity.ok()) return granularity.status();
  if (!granularity->empty()) {
    std::string g = Lower(*granularity);
    if (g != "day" && g != "week" && g != "month") {
      return Invalid("granularity", Quote(*granularity) + " is not day, week or month");
    }
    request.granularity = g;
  }
  Result<std::string> normalize = Single(params, "normalize");
  if (!normalize.ok()) return normalize.status();
  if (!normalize->empty()) {
    Result<bool> b = ParseBoolParam("normalize", *normalize);
    if (!b.ok()) return b.status();
    request.normalize = *b;
  }
  return request;
}

Result<NetworkRequest> ParamParser::ParseNetwork(const ParamMap& params) const {
  Result<EventFilter> filter = ParseFilter(params, {"by", "max_nodes"});
  if (!filter.ok()) return filter.status();
  NetworkRequest request;
  request.filter = std::move(filter.value());
  Result<std::string> by = Single(params, "by");
  if (!by.ok()) return by.status();
  if (!by->empty()) {
    std::string b = Lower(*by);
    if (b != "country" && b != "actor") return Invalid("by", Quote(*by) + " is not country or actor");
    request.by_country = b == "country";
  }
  Result<std::string> max_nodes = Single(params, "max_nodes");
  if (!max_nodes.ok()) return max_nodes.status();
  if (!max_nodes->empty()) {
    Result<int> n = ParseIntParam("max_nodes", *max_nodes, 1, kMaxNetworkNodes);
    if (!n.ok()) return n.status();
    request.max_nodes = *n;
  }
  return request;
}

Result<TopStoriesRequest> ParamParser::ParseTopStories(const ParamMap& params) const {
  Result<EventFilter> filter = ParseFilter(params, {"by", "limit"});
  if (!filter.ok()) return filter.status();
  TopStoriesRequest request;
  request.filter = std::move(filter.value());
  Result<std::string> by = Single(params, "by");
  if (!by.ok()) return by.status();
  if (!by->empty()) {
    std::string b = Lower(*by);
    if (b != "events" && b != "mentions") return Invalid("by", Quote(*by) + " is not events or mentions");
    request.by = b;
  }
  Result<std::string> limit = Single(params, "limit");
  if (!limit.ok()) return limit.status();
  if (!limit->empty()) {
    Result<int> n = ParseIntParam("limit", *limit, 1, kMaxPageLimit);
    if (!n.ok()) return n.status();
    request.limit = *n;
  }
  return request;
}

Status ParamParser::ExpectNone(const ParamMap& params) const { return CheckKnown(params, {}, {}); }

}  // namespace statecraft
