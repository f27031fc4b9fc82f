#include "store/query_support.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "model/date.h"

namespace statecraft {
namespace {

bool IsIsoDate(std::string_view text) {
  std::optional<Date> date = Date::Parse(text);
  return date && date->ToString() == text;
}

bool IsDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Decodes the UTF-8 sequence at text[i]; returns its length (0 when
// invalid) and sets *code_point.
size_t DecodeUtf8(std::string_view text, size_t i, uint32_t* code_point) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  auto cont = [&](size_t k) { return k < text.size() && (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  if (c < 0x80) {
    *code_point = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
    *code_point = ((c & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(i + 1) && cont(i + 2)) {
    uint32_t cp = ((c & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    *code_point = cp;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    uint32_t cp = ((c & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12) |
                  ((byte(i + 2) & 0x3Fu) << 6) | (byte(i + 3) & 0x3Fu);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    *code_point = cp;
    return 4;
  }
  return 0;
}

// The code points that separate words (FullTextWords in query_support.h):
// ASCII other than letters and digits, Latin-1 punctuation and symbols, the
// general punctuation to miscellaneous symbols blocks, CJK punctuation,
// small forms and full-width punctuation. Inclusive ranges, ascending.
constexpr std::pair<uint32_t, uint32_t> kSeparators[] = {
    {0x00, 0x2F}, {0x3A, 0x40},     {0x5B, 0x60},     {0x7B, 0xBF},     {0xD7, 0xD7},
    {0xF7, 0xF7}, {0x2000, 0x2BFF}, {0x3000, 0x303F}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF0F},
};

bool IsWordCodePoint(uint32_t cp) {
  for (const auto& [low, high] : kSeparators) {
    if (cp >= low && cp <= high) return false;
  }
  return true;
}

// kSeparators as a PostgreSQL regular expression bracket ("[\u0001-...]+");
// NUL cannot occur in PostgreSQL text and is left out.
std::string PostgresSeparatorRegex() {
  auto escape = [](uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "\\u%04X", static_cast<unsigned>(cp));
    return std::string(buf);
  };
  std::string out = "[";
  for (const auto& [low, high] : kSeparators) {
    out += escape(std::max<uint32_t>(low, 1));
    if (high != low) out += "-" + escape(high);
  }
  return out + "]+";
}

// An actor entry: three letters name a country field, anything longer a
// full code. `side` is "source" or "target".
std::string ActorCondition(std::string_view side, const std::string& entry, SqlParams* params) {
  const char* field = entry.size() == 3 ? "_country = " : "_code = ";
  return "e." + std::string(side) + field + params->Add(entry);
}

// `column IN (...)` over `values`, each a new parameter; `*equalities`
// gets `column = ...` for each value, the same placeholders.
std::string InList(std::string_view column, const std::vector<SqlValue>& values, SqlParams* params,
                   std::vector<std::string>* equalities) {
  std::string sql = std::string(column) + " IN (";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) sql += ", ";
    const std::string placeholder = params->Add(values[i]);
    sql += placeholder;
    equalities->push_back(std::string(column) + " = " + placeholder);
  }
  return sql + ")";
}

// The dyad condition in one direction; "" when both sides are empty.
std::string DirectedDyad(const std::string& source, const std::string& target, SqlParams* params) {
  std::vector<std::string> parts;
  if (!source.empty()) parts.push_back(ActorCondition("source", source, params));
  if (!target.empty()) parts.push_back(ActorCondition("target", target, params));
  std::string sql;
  for (const std::string& part : parts) sql += (sql.empty() ? "" : " AND ") + part;
  return sql;
}

constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kBase64Url[(buffer >> bits) & 0x3F]);
    }
  }
  if (bits > 0) out.push_back(kBase64Url[(buffer << (6 - bits)) & 0x3F]);
  return out;
}

std::optional<std::string> Base64UrlDecode(std::string_view text) {
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const char* at = std::find(kBase64Url, kBase64Url + 64, c);
    if (at == kBase64Url + 64) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(at - kBase64Url);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  // The leftover bits must be zero, so each cursor has one spelling.
  if ((buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
  return out;
}

// A period: its first day and its label.
struct Period {
  Date start;
  std::string label;
};

// Monday = 0 ... Sunday = 6; 1970-01-01 was a Thursday.
int Weekday(const Date& date) { return ((date.ToDays() + 3) % 7 + 7) % 7; }

Date PeriodStart(const Date& date, std::string_view granularity) {
  if (granularity == "week") return date.AddDays(-Weekday(date));
  if (granularity == "month") return Date{date.year, date.month, 1};
  return date;
}

Date NextPeriodStart(const Date& start, std::string_view granularity) {
  if (granularity == "week") return start.AddDays(7);
  if (granularity == "month") {
    return start.month == 12 ? Date{start.year + 1, 1, 1} : Date{start.year, start.month + 1, 1};
  }
  return start.AddDays(1);
}

std::string TwoDigits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string LabelOfStart(const Date& start, std::string_view granularity) {
  if (granularity == "week") {
    // The ISO week belongs to the year of its Thursday, and is numbered by
    // that Thursday's day of the year.
    Date thursday = start.AddDays(3);
    int day_of_year = thursday.ToDays() - Date{thursday.year, 1, 1}.ToDays();
    return std::to_string(thursday.year) + "-W" + TwoDigits(day_of_year / 7 + 1);
  }
  if (granularity == "month") return std::to_string(start.year) + "-" + TwoDigits(start.month);
  return start.ToString();
}

}  // namespace

std::string SqlParams::Add(SqlValue value) {
  values_.push_back(std::move(value));
  // Numbered placeholders: the order in which a statement's text is
  // concatenated need not be the order in which values were added (the
  // operands of + are unsequenced).
  return (dialect_ == SqlDialect::kSqlite ? "?" : "$") + std::to_string(values_.size());
}

std::vector<std::string> SqlParams::TextValues() const {
  std::vector<std::string> out;
  out.reserve(values_.size());
  for (const SqlValue& value : values_) {
    if (const std::string* text = std::get_if<std::string>(&value)) {
      out.push_back(*text);
    } else {
      out.push_back(std::to_string(std::get<int64_t>(value)));
    }
  }
  return out;
}

Status ValidateLimit(int limit, std::string_view what) {
  if (limit >= 1 && limit <= kMaxPageLimit) return Status::Ok();
  return Status::InvalidArgument(std::string(what) + ": limit " + std::to_string(limit) +
                                 " is not within 1.." + std::to_string(kMaxPageLimit));
}

Status ValidateFilter(const EventFilter& filter) {
  auto invalid = [](const std::string& message) {
    return Status::InvalidArgument("event filter: " + message);
  };
  for (const std::string& actor : filter.actors) {
    if (actor.empty()) return invalid("an empty actor");
  }
  for (const std::string& code : filter.cameo) {
    if (!IsDigits(code) || code.size() < 2 || code.size() > 4) {
      return invalid("CAMEO code \"" + code + "\" is not 2 to 4 digits");
    }
  }
  for (int quad : filter.quad_classes) {
    if (quad < 1 || quad > 4) return invalid("quad class " + std::to_string(quad) + " is not 1..4");
  }
  for (const std::string& plover : filter.plover) {
    if (plover.empty()) return invalid("an empty PLOVER type");
  }
  for (const std::string* date : {&filter.date_from, &filter.date_to}) {
    if (!date->empty() && !IsIsoDate(*date)) {
      return invalid("date \"" + *date + "\" is not YYYY-MM-DD");
    }
  }
  if (!filter.text.empty() && FullTextWords(filter.text).empty()) {
    return invalid("text \"" + filter.text + "\" has no word to search for");
  }
  return Status::Ok();
}

std::vector<std::string> FullTextWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    size_t length = DecodeUtf8(text, i, &cp);
    if (length > 0 && IsWordCodePoint(cp)) {
      if (cp >= 'A' && cp <= 'Z') {
        word.push_back(static_cast<char>(cp - 'A' + 'a'));
      } else {
        word.append(text.substr(i, length));
      }
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += length > 0 ? length : 1;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string PostgresSentenceTsvector(std::string_view column) {
  return "to_tsvector('simple'::regconfig, regexp_replace(" + std::string(column) + ", '" +
         PostgresSeparatorRegex() + "', ' ', 'g'))";
}

namespace {

// The most alternatives a page statement reads as separate index ranges
// (FilterTerms); a group with more stays one OR condition.
constexpr size_t kMaxPageBranches = 16;

// A filter's SQL as a conjunction. A condition that is an OR of
// alternatives (either side for an actor, either direction of a symmetric
// dyad, several CAMEO codes, quad classes or PLOVER types) keeps them in
// `groups` too: its index in `parts` and each alternative's SQL, which
// uses the same placeholders as the part.
struct FilterTerms {
  std::vector<std::string> parts;
  std::vector<std::pair<size_t, std::vector<std::string>>> groups;

  // parts joined by AND, with parts[replaced] (when not npos) replaced by
  // `replacement`.
  std::string Conjunction(size_t replaced = std::string::npos,
                          const std::string& replacement = "") const {
    if (parts.empty()) return "1 = 1";
    std::string sql;
    for (size_t i = 0; i < parts.size(); ++i) {
      sql += (i == 0 ? "" : " AND ") + (i == replaced ? replacement : parts[i]);
    }
    return sql;
  }
};

std::string JoinOr(const std::vector<std::string>& alternatives) {
  std::string sql;
  for (const std::string& alternative : alternatives) {
    sql += (sql.empty() ? "" : " OR ") + alternative;
  }
  return sql;
}

FilterTerms BuildFilterTerms(const EventFilter& filter, FullTextPlan text_plan, SqlParams* params) {
  FilterTerms terms;
  std::vector<std::string>& parts = terms.parts;
  auto add_group = [&terms](std::vector<std::string> alternatives) {
    terms.parts.push_back("(" + JoinOr(alternatives) + ")");
    if (alternatives.size() > 1) {
      terms.groups.emplace_back(terms.parts.size() - 1, std::move(alternatives));
    }
  };
  if (!filter.actors.empty()) {
    std::vector<std::string> sides;
    for (const std::string& actor : filter.actors) {
      for (std::string_view side : {"source", "target"}) {
        sides.push_back(ActorCondition(side, actor, params));
      }
    }
    add_group(std::move(sides));
  }
  if (!filter.source.empty() || !filter.target.empty()) {
    std::string direct = DirectedDyad(filter.source, filter.target, params);
    if (filter.symmetric) {
      std::string reverse = DirectedDyad(filter.target, filter.source, params);
      add_group({"(" + direct + ")", "(" + reverse + ")"});
    } else {
      parts.push_back("(" + direct + ")");
    }
  }
  if (!filter.cameo.empty()) {
    std::vector<SqlValue> roots, codes;
    for (const std::string& code : filter.cameo) (code.size() == 2 ? roots : codes).push_back(code);
    std::vector<std::string> each;
    std::string any;
    if (!roots.empty()) any = InList("e.root", roots, params, &each);
    if (!codes.empty()) {
      any += (any.empty() ? "" : " OR ") + InList("e.cameo", codes, params, &each);
    }
    parts.push_back("(" + any + ")");
    if (each.size() > 1) terms.groups.emplace_back(parts.size() - 1, std::move(each));
  }
  if (!filter.quad_classes.empty()) {
    // A quad class holds a quarter of the events or more: SQLite, which
    // has no statistics, would as soon read their index as that of a
    // condition that selects far fewer. The unary + makes it a test.
    const bool others = !filter.actors.empty() || !filter.source.empty() ||
                        !filter.target.empty() || !filter.cameo.empty() || !filter.plover.empty() ||
                        !filter.doc_id.empty() || !filter.text.empty();
    const char* column =
        others && params->dialect() == SqlDialect::kSqlite ? "+e.quad_class" : "e.quad_class";
    std::vector<SqlValue> quads(filter.quad_classes.begin(), filter.quad_classes.end());
    std::vector<std::string> each;
    parts.push_back(InList(column, quads, params, &each));
    if (each.size() > 1) terms.groups.emplace_back(parts.size() - 1, std::move(each));
  }
  if (!filter.plover.empty()) {
    std::vector<SqlValue> types(filter.plover.begin(), filter.plover.end());
    std::vector<std::string> each;
    parts.push_back(InList("e.plover", types, params, &each));
    if (each.size() > 1) terms.groups.emplace_back(parts.size() - 1, std::move(each));
  }
  if (!filter.date_from.empty()) parts.push_back("e.date >= " + params->Add(filter.date_from));
  if (!filter.date_to.empty()) parts.push_back("e.date <= " + params->Add(filter.date_to));
  if (!filter.doc_id.empty()) parts.push_back("e.doc_id = " + params->Add(filter.doc_id));
  if (!filter.include_negated) parts.push_back("e.negated = 0");
  if (!filter.include_background) parts.push_back("e.background = 0");
  if (!filter.text.empty()) {
    if (params->dialect() == SqlDialect::kSqlite) {
      // The unary + keeps SQLite from looking the matches up by rowid, so
      // it reads another index in its order and tests each row instead.
      const char* rowid = text_plan == FullTextPlan::kInPageOrder ? "+e.rowid" : "e.rowid";
      parts.push_back(std::string(rowid) +
                      " IN (SELECT rowid FROM events_fts WHERE events_fts MATCH " +
                      params->Add(Fts5MatchQuery(filter.text)) + ")");
    } else {
      // tsquery: quoted lexemes joined by AND. Words hold no quote or
      // backslash (FullTextWords keeps letters and digits only).
      std::string query;
      for (const std::string& word : FullTextWords(filter.text)) {
        query += (query.empty() ? "'" : " & '") + word + "'";
      }
      parts.push_back(PostgresSentenceTsvector("e.sentence_text") +
                      " @@ to_tsquery('simple'::regconfig, " + params->Add(query) + ")");
    }
  }
  return terms;
}

}  // namespace

std::string Fts5MatchQuery(std::string_view text) {
  // Quoted strings separated by spaces must all match. Words hold no
  // quote (FullTextWords keeps letters and digits only).
  std::string query;
  for (const std::string& word : FullTextWords(text)) {
    query += (query.empty() ? "\"" : " \"") + word + "\"";
  }
  return query;
}

std::string FilterCondition(const EventFilter& filter, SqlParams* params) {
  return BuildFilterTerms(filter, FullTextPlan::kMatchesFirst, params).Conjunction();
}

std::string EncodeCursor(const PageCursor& cursor) {
  return Base64UrlEncode(cursor.date + "|" + cursor.event_id);
}

Result<PageCursor> DecodeCursor(std::string_view text) {
  auto malformed = [&]() {
    return Status::InvalidArgument("malformed page cursor \"" + std::string(text.substr(0, 80)) +
                                   "\"; pass the `next` of the previous page");
  };
  std::optional<std::string> bytes = Base64UrlDecode(text);
  if (!bytes) return malformed();
  size_t bar = bytes->find('|');
  if (bar == std::string::npos) return malformed();
  PageCursor cursor{bytes->substr(0, bar), bytes->substr(bar + 1)};
  if (cursor.event_id.empty()) return malformed();
  if (!cursor.date.empty() && !IsIsoDate(cursor.date)) return malformed();
  return cursor;
}

std::string QualifiedEventColumns() {
  std::string out = "e.";
  for (char c : kEventColumns) {
    out.push_back(c);
    if (c == ' ') out += "e.";
  }
  return out;
}

std::string EventsPageSql(const EventFilter& filter, bool undated, const PageCursor* cursor,
                          int64_t limit, SqlParams* params, FullTextPlan text_plan) {
  const bool sqlite = params->dialect() == SqlDialect::kSqlite;
  const FilterTerms terms = BuildFilterTerms(filter, text_plan, params);
  std::string range, order;
  if (undated) {
    range = " AND e.date IS NULL";
    if (cursor != nullptr) range += " AND e.event_id < " + params->Add(cursor->event_id);
    order = " ORDER BY e.event_id DESC";
  } else {
    range = " AND e.date IS NOT NULL";
    // A row value is one range of the index on both backends; the same test
    // spelled with OR is a filter PostgreSQL applies row by row.
    if (cursor != nullptr) {
      range += " AND (e.date, e.event_id) < (" + params->Add(cursor->date) + ", " +
               params->Add(cursor->event_id) + ")";
    }
    // NULLS LAST (there are none here) matches PostgreSQL's index.
    order = sqlite ? " ORDER BY e.date DESC, e.event_id DESC"
                   : " ORDER BY e.date DESC NULLS LAST, e.event_id DESC";
  }
  const std::string limit_placeholder = params->Add(limit);
  const std::string columns =
      "SELECT " + QualifiedEventColumns() + ", e.sentence_text FROM events e";

  // An OR of alternatives is no one range of an index: SQLite reads every
  // matching event and sorts them (tens of milliseconds for a common
  // country). Instead each alternative reads its own index range in page
  // order, at most `limit` rows (the page is among them), and the page is
  // the first `limit` of their union. PostgreSQL, whose planner has
  // statistics, answers the OR as fast or faster (measured on 100,000
  // events), so it keeps it. A story's events (doc_id) are few: its index
  // finds them all at once.
  const std::pair<size_t, std::vector<std::string>>* split = nullptr;
  for (const auto& group : terms.groups) {
    if (sqlite && filter.doc_id.empty() && group.second.size() <= kMaxPageBranches) {
      split = &group;
      break;
    }
  }
  if (split == nullptr) {
    return columns + " WHERE " + terms.Conjunction() + range + order + " LIMIT " +
           limit_placeholder;
  }
  // An event that matches several alternatives comes from several branches;
  // IN keeps it once. The branches share the placeholders.
  std::string branches;
  for (size_t i = 0; i < split->second.size(); ++i) {
    branches += (i == 0 ? "" : " UNION ALL ") +
                std::string("SELECT k FROM (SELECT e.rowid AS k FROM events e WHERE ") +
                terms.Conjunction(split->first, split->second[i]) + range + order + " LIMIT " +
                limit_placeholder + ") AS branch" + std::to_string(i);
  }
  return columns + " WHERE e.rowid IN (" + branches + ")" + order + " LIMIT " + limit_placeholder;
}

std::string EventStreamSql(const EventFilter& filter, bool undated, const PageCursor* cursor,
                           int64_t limit, SqlParams* params) {
  std::string sql = "SELECT " + QualifiedEventColumns() +
                    ", e.sentence_text, COALESCE(em.merged_id, ''), "
                    "COALESCE(me.num_mentions, 1), COALESCE(me.num_sources, 1), "
                    "COALESCE(me.num_articles, 1) "
                    "FROM events e LEFT JOIN event_merges em ON em.event_id = e.event_id "
                    "LEFT JOIN merged_events me ON me.merged_id = em.merged_id WHERE " +
                    FilterCondition(filter, params);
  if (undated) {
    sql += " AND e.date IS NULL";
    if (cursor != nullptr) sql += " AND e.event_id > " + params->Add(cursor->event_id);
    sql += " ORDER BY e.event_id";
  } else {
    sql += " AND e.date IS NOT NULL";
    if (cursor != nullptr) {
      sql += " AND (e.date, e.event_id) > (" + params->Add(cursor->date) + ", " +
             params->Add(cursor->event_id) + ")";
    }
    // NULLS FIRST (there are none here) lets PostgreSQL read its
    // (date DESC NULLS LAST, event_id DESC) index backwards.
    sql += params->dialect() == SqlDialect::kSqlite ? " ORDER BY e.date, e.event_id"
                                                    : " ORDER BY e.date NULLS FIRST, e.event_id";
  }
  if (limit > 0) sql += " LIMIT " + params->Add(limit);
  return sql;
}

namespace {

constexpr std::string_view kQuadSums =
    "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)";

}  // namespace

std::string SeriesDaysSql(const EventFilter& filter, SqlParams* params) {
  return "SELECT e.date, count(*), " + std::string(kQuadSums) +
         ", SUM(e.goldstein) FROM events e WHERE e.date IS NOT NULL AND " +
         FilterCondition(filter, params) + " GROUP BY e.date ORDER BY e.date";
}

std::string StoryDaysSql(const std::string& first, const std::string& last, SqlParams* params) {
  return "SELECT date, count(*) FROM documents WHERE date >= " + params->Add(first) +
         " AND date <= " + params->Add(last) + " GROUP BY date ORDER BY date";
}

std::string NetworkPairsSql(const EventFilter& filter, bool by_country, SqlParams* params) {
  const std::string level = by_country ? "country" : "code";
  return "SELECT e.source_" + level + ", COALESCE(e.target_" + level +
         ", ''), count(*), SUM(e.goldstein), " + std::string(kQuadSums) + " FROM events e WHERE " +
         FilterCondition(filter, params) + " GROUP BY 1, 2";
}

std::string LatestActorNameSql(const std::string& code, SqlParams* params) {
  const std::string placeholder = params->Add(code);
  auto side = [&](const std::string& name, int order) {
    return "SELECT * FROM (SELECT e." + name + "_name AS name, e.date AS date, e.event_id AS id, " +
           std::to_string(order) + " AS side FROM events e WHERE e." + name +
           "_code = " + placeholder + " AND e." + name +
           "_name <> '' ORDER BY e.date DESC, e.event_id DESC LIMIT 1)";
  };
  return "SELECT name FROM (" + side("source", 0) + " UNION ALL " + side("target", 1) +
         ") ORDER BY date DESC, id DESC, side LIMIT 1";
}

std::string LatestActorNamesSqlPostgres(SqlParams* params, const std::string& codes_array) {
  const std::string placeholder = params->Add(codes_array);
  auto side = [&](const std::string& name, int order) {
    return "(SELECT e." + name + "_name AS name, e.date AS date, e.event_id AS id, " +
           std::to_string(order) + " AS side FROM events e WHERE e." + name +
           "_code = c.code AND e." + name +
           "_name <> '' ORDER BY e.date DESC NULLS LAST, e.event_id DESC LIMIT 1)";
  };
  return "SELECT c.code, x.name FROM unnest(" + placeholder +
         "::text[]) AS c(code) CROSS JOIN LATERAL (SELECT b.name FROM (" + side("source", 0) +
         " UNION ALL " + side("target", 1) +
         ") b ORDER BY b.date DESC NULLS LAST, b.id DESC, b.side LIMIT 1) x";
}

std::string TopStoriesSql(const EventFilter& filter, std::string_view by, int64_t limit,
                          SqlParams* params) {
  // Per story and merged event (or unmerged event), then per story.
  const std::string order =
      by == "events" ? "t.events DESC, t.mentions DESC" : "t.mentions DESC, t.events DESC";
  return "SELECT t.doc_id, d.title, d.url, COALESCE(d.date, ''), t.events, t.mentions FROM ("
         "SELECT g.doc_id AS doc_id, SUM(g.n_events) AS events, SUM(g.n_mentions) AS mentions "
         "FROM (SELECT e.doc_id AS doc_id, COALESCE(em.merged_id, '#' || e.event_id) AS merged, "
         "count(*) AS n_events, MAX(COALESCE(me.num_mentions, 1)) AS n_mentions "
         "FROM events e LEFT JOIN event_merges em ON em.event_id = e.event_id "
         "LEFT JOIN merged_events me ON me.merged_id = em.merged_id WHERE " +
         FilterCondition(filter, params) +
         " GROUP BY 1, 2) g GROUP BY g.doc_id) t JOIN documents d ON d.id = t.doc_id ORDER BY " +
         order + ", t.doc_id LIMIT " + params->Add(limit);
}

Status ValidateTopStoriesBy(std::string_view by) {
  if (by == "events" || by == "mentions") return Status::Ok();
  return Status::InvalidArgument("top stories: by \"" + std::string(by) +
                                 "\" is not events or mentions");
}

Status ValidateMaxNodes(int max_nodes) {
  if (max_nodes >= 1) return Status::Ok();
  return Status::InvalidArgument("network: max_nodes " + std::to_string(max_nodes) + " is below 1");
}

Status ValidateGranularity(std::string_view granularity) {
  if (granularity == "day" || granularity == "week" || granularity == "month") return Status::Ok();
  return Status::InvalidArgument("series: granularity \"" + std::string(granularity) +
                                 "\" is not day, week or month");
}

std::string PeriodLabel(std::string_view date, std::string_view granularity) {
  if (!IsIsoDate(date)) return "";
  return LabelOfStart(PeriodStart(*Date::Parse(date), granularity), granularity);
}

std::pair<std::string, std::string> PeriodBounds(std::string_view first, std::string_view last,
                                                 std::string_view granularity) {
  Date begin = PeriodStart(*Date::Parse(first), granularity);
  Date end = NextPeriodStart(PeriodStart(*Date::Parse(last), granularity), granularity).AddDays(-1);
  return {begin.ToString(), end.ToString()};
}

std::vector<SeriesPoint> AssembleSeries(
    const std::vector<DayCounts>& event_days,
    const std::vector<std::pair<std::string, int64_t>>& story_days, std::string_view granularity,
    bool normalize) {
  // Keyed by the period's first day, so the map walks periods in order.
  std::map<int, SeriesPoint> points;
  for (const DayCounts& day : event_days) {
    if (!IsIsoDate(day.date)) continue;
    SeriesPoint& point = points[PeriodStart(*Date::Parse(day.date), granularity).ToDays()];
    point.events += day.events;
    for (int q = 0; q < 4; ++q) point.quad[q] += day.quad[q];
    point.goldstein_sum += day.goldstein_sum;
  }
  if (points.empty()) return {};
  const int first = points.begin()->first;
  const int last = points.rbegin()->first;
  for (Date start = Date::FromDays(first); start.ToDays() <= last;
       start = NextPeriodStart(start, granularity)) {
    points[start.ToDays()].period = LabelOfStart(start, granularity);
  }
  for (const auto& [date, stories] : story_days) {
    if (!IsIsoDate(date)) continue;
    auto it = points.find(PeriodStart(*Date::Parse(date), granularity).ToDays());
    if (it != points.end()) it->second.stories += stories;
  }
  std::vector<SeriesPoint> series;
  series.reserve(points.size());
  for (auto& [start, point] : points) {
    if (normalize && point.stories > 0) {
      const double stories = static_cast<double>(point.stories);
      point.events_norm = static_cast<double>(point.events) / stories;
      for (int q = 0; q < 4; ++q) point.quad_norm[q] = static_cast<double>(point.quad[q]) / stories;
      point.goldstein_norm = point.goldstein_sum / stories;
    }
    series.push_back(point);
  }
  return series;
}

Network AssembleNetwork(const std::vector<PairCounts>& pairs, int max_nodes) {
  std::unordered_map<std::string, int64_t> node_events;
  for (const PairCounts& pair : pairs) {
    if (pair.source.empty()) continue;
    node_events[pair.source] += pair.events;
    if (!pair.target.empty() && pair.target != pair.source) node_events[pair.target] += pair.events;
  }
  Network network;
  for (const auto& [id, events] : node_events) network.nodes.push_back({id, id, events});
  std::sort(network.nodes.begin(), network.nodes.end(),
            [](const NetworkNode& a, const NetworkNode& b) {
              return a.events != b.events ? a.events > b.events : a.id < b.id;
            });
  if (network.nodes.size() > static_cast<size_t>(std::max(max_nodes, 0))) {
    network.nodes.resize(static_cast<size_t>(std::max(max_nodes, 0)));
  }
  std::set<std::string_view> kept;
  for (const NetworkNode& node : network.nodes) kept.insert(node.id);
  for (const PairCounts& pair : pairs) {
    if (pair.source.empty() || pair.target.empty()) continue;
    if (!kept.contains(pair.source) || !kept.contains(pair.target)) continue;
    NetworkEdge edge;
    edge.source = pair.source;
    edge.target = pair.target;
    edge.events = pair.events;
    edge.mean_goldstein =
        pair.events > 0 ? pair.goldstein_sum / static_cast<double>(pair.events) : 0;
    for (int q = 0; q < 4; ++q) edge.quad[q] = pair.quad[q];
    network.edges.push_back(std::move(edge));
  }
  std::sort(network.edges.begin(), network.edges.end(),
            [](const NetworkEdge& a, const NetworkEdge& b) {
              if (a.events != b.events) return a.events > b.events;
              if (a.source != b.source) return a.source < b.source;
              return a.target < b.target;
            });
  return network;
}

void LabelNodes(const std::vector<std::pair<std::string, std::string>>& names, Network* network) {
  std::unordered_map<std::string_view, std::string_view> name_of;
  for (const auto& [code, name] : names) name_of.emplace(code, name);
  for (NetworkNode& node : network->nodes) {
    auto it = name_of.find(node.id);
    if (it != name_of.end() && !it->second.empty()) node.label = std::string(it->second);
  }
}

}  // namespace statecraft
