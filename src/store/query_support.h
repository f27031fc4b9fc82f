// What the SQLite and PostgreSQL stores share so that they answer queries
// the same way: filter validation, the SQL condition for an EventFilter in
// either dialect, the paging cursor, the full-text words, and the assembly
// of series and networks from the per-day and per-pair rows each backend
// reads. Internal to the store stage; see the query contracts in
// include/statecraft/event_store.h.
#ifndef STATECRAFT_STORE_QUERY_SUPPORT_H_
#define STATECRAFT_STORE_QUERY_SUPPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "statecraft/event_query.h"
#include "statecraft/status.h"

namespace statecraft {

enum class SqlDialect { kSqlite, kPostgres };

// A bound parameter: text or an integer.
using SqlValue = std::variant<std::string, int64_t>;

// Collects the parameters of one statement in order and writes their
// numbered placeholders: "?1", "?2", ... for SQLite, "$1", "$2", ... for
// PostgreSQL.
class SqlParams {
 public:
  explicit SqlParams(SqlDialect dialect) : dialect_(dialect) {}

  // Appends `value`; returns its placeholder.
  std::string Add(SqlValue value);

  SqlDialect dialect() const { return dialect_; }
  const std::vector<SqlValue>& values() const { return values_; }
  // The values as text, for libpq (integers in decimal).
  std::vector<std::string> TextValues() const;

 private:
  SqlDialect dialect_;
  std::vector<SqlValue> values_;
};

// The page sizes the queries accept.
inline constexpr int kMaxPageLimit = 1000;

// InvalidArgument unless 1 <= limit <= kMaxPageLimit; `what` names the
// request in the message.
Status ValidateLimit(int limit, std::string_view what);

// The filter checks the event_store.h query contract lists.
Status ValidateFilter(const EventFilter& filter);

// The words full text searches for: maximal runs of ASCII letters and
// digits and non-ASCII characters outside the punctuation and symbol blocks
// (U+0080..U+00BF, U+00D7, U+00F7, U+2000..U+2BFF, U+3000..U+303F,
// U+FE30..U+FE4F, U+FF00..U+FF0F); ASCII lowercased. Invalid UTF-8 bytes
// separate words.
std::vector<std::string> FullTextWords(std::string_view text);

// The SQL condition (no WHERE) that selects the events of `filter` from the
// events table aliased `e`, its values appended to `params`; "1 = 1" for an
// empty filter. For SQLite the full-text part reads the events_fts table,
// for PostgreSQL the tsvector expression of migration 3.
// REQUIRES: ValidateFilter(filter) is OK.
std::string FilterCondition(const EventFilter& filter, SqlParams* params);

// The PostgreSQL tsvector of the sentence text in `column`: the expression
// migration 3 indexes (postgres_schema.cc) and FilterCondition searches;
// the separators of FullTextWords become spaces first, so that the words
// PostgreSQL's parser sees are those of FullTextWords (and, for letters and
// digits of any script, of SQLite's unicode61 tokenizer).
std::string PostgresSentenceTsvector(std::string_view column);

// A position in the event order: the date ("" for undated) and event_id of
// the last event of a page.
struct PageCursor {
  std::string date;
  std::string event_id;
};

// base64url (no padding) of "date|event_id".
std::string EncodeCursor(const PageCursor& cursor);
// Errors: InvalidArgument for anything EncodeCursor cannot have written.
Result<PageCursor> DecodeCursor(std::string_view text);

// --- the statements -------------------------------------------------------------
// Both backends run these same statements (placeholders and NULL ordering
// differ by dialect), so they select the same rows in the same order. Each
// documents the columns of its rows.

// The events columns in the order both backends write and read them.
inline constexpr std::string_view kEventColumns =
    "event_id, doc_id, sentence, sentence_begin, sentence_end, date, date_precision, "
    "source_code, source_country, source_name, source_text, source_begin, source_end, "
    "source_entry, "
    "target_code, target_country, target_name, target_text, target_begin, target_end, "
    "target_entry, "
    "cameo, root, quad_class, goldstein, plover, plover_mode, plover_context, negated, "
    "background, modality, verb_begin, verb_end, time_refs, quantities, rule, coder_version, "
    "dictionaries";
inline constexpr int kEventColumnCount = 38;

// kEventColumns with each name prefixed "e.".
std::string QualifiedEventColumns();

// How a SQLite statement reads the full-text condition; the rows are the
// same either way, and PostgreSQL ignores it (its planner has statistics).
//   kMatchesFirst: look up each matching event, then sort them: cheap when
//     few events match, slow when thousands do.
//   kInPageOrder: read another index (the date index, say) in page order
//     and test each event against the matches: cheap when many match, a
//     scan of the whole index when none does.
enum class FullTextPlan { kMatchesFirst, kInPageOrder };

// The FTS5 query FilterCondition binds for `text` (SQLite): the words of
// FullTextWords, each quoted, all of which must match.
std::string Fts5MatchQuery(std::string_view text);

// QueryEvents' order in two parts, each read as a range of the (date,
// event_id) index: the dated events newest first (`undated` false), then the
// undated ones by event_id descending (`undated` true); after `cursor` (a
// position within the same part) when given, at most `limit` rows. A page
// reads the dated part, then the undated part for what is still missing;
// a cursor in the undated part skips the dated one. Columns: kEventColumns,
// sentence_text.
// SQLite: a filter with an OR of alternatives (an actor on either side, a
// symmetric dyad, several codes, quad classes or PLOVER types; the first
// such, with at most 16 alternatives, unless the filter names a story) is
// read as one ordered, limited range per alternative (each over an index
// that leads with its column and ends with date, event_id), whose union is
// sorted again: the same rows as the OR. PostgreSQL reads the OR.
std::string EventsPageSql(const EventFilter& filter, bool undated, const PageCursor* cursor,
                          int64_t limit, SqlParams* params,
                          FullTextPlan text_plan = FullTextPlan::kMatchesFirst);

// ForEachEvent's order in two parts, each read in index order: the dated
// events by date then event_id (`undated` false), then the undated ones by
// event_id (`undated` true); after `cursor` (a position within the same
// part) when given, at most `limit` rows (0: all). Columns: kEventColumns,
// sentence_text, merged_id ("" when none), num_mentions, num_sources,
// num_articles (1 when none).
std::string EventStreamSql(const EventFilter& filter, bool undated, const PageCursor* cursor,
                           int64_t limit, SqlParams* params);

// Matching dated events per day, by date: date, events, quad 1..4 counts,
// goldstein sum.
std::string SeriesDaysSql(const EventFilter& filter, SqlParams* params);

// Stories per day from `first` to `last` inclusive: date, stories.
std::string StoryDaysSql(const std::string& first, const std::string& last, SqlParams* params);

// Matching events per (source, target) node pair: source, target ("" for
// none), events, goldstein sum, quad 1..4 counts.
std::string NetworkPairsSql(const EventFilter& filter, bool by_country, SqlParams* params);

// The name of an actor code in its latest event (by date, undated last,
// then event_id; the source side first), as source or target of any event,
// ignoring empty names. Two forms, each one statement:
//   SQLite: one code, bound as `code`; one row (name) or none.
//   PostgreSQL: every code of `codes`, bound as one text[] parameter whose
//   value the caller supplies; rows (code, name), none for a code without.
// Both read the (source_code, date) and (target_code, date) indexes, a few
// rows per code.
std::string LatestActorNameSql(const std::string& code, SqlParams* params);
std::string LatestActorNamesSqlPostgres(SqlParams* params, const std::string& codes_array);

// The top stories: doc_id, title, url, date ("" for none), events, mentions.
// REQUIRES: by is "events" or "mentions".
std::string TopStoriesSql(const EventFilter& filter, std::string_view by, int64_t limit,
                          SqlParams* params);

// --- series ---------------------------------------------------------------------

// InvalidArgument unless `by` is "events" or "mentions".
Status ValidateTopStoriesBy(std::string_view by);

// InvalidArgument unless max_nodes >= 1.
Status ValidateMaxNodes(int max_nodes);

// InvalidArgument unless granularity is "day", "week" or "month".
Status ValidateGranularity(std::string_view granularity);

// The period label of a YYYY-MM-DD date: "2025-08-13", "2025-W33" (ISO 8601
// week-numbering year and week), "2025-08". "" for a malformed date.
std::string PeriodLabel(std::string_view date, std::string_view granularity);

// Matching events on one day, as a backend's GROUP BY date returns them.
struct DayCounts {
  std::string date;  // YYYY-MM-DD
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};
  double goldstein_sum = 0;
};

// The first and last day of the periods that hold `first` and `last`, so a
// backend can count the stories of exactly those periods. REQUIRES: valid
// YYYY-MM-DD dates, first <= last, a validated granularity.
std::pair<std::string, std::string> PeriodBounds(std::string_view first, std::string_view last,
                                                 std::string_view granularity);

// The series of the event_store.h contract from per-day event counts (any
// order; malformed dates are ignored) and per-day story counts.
std::vector<SeriesPoint> AssembleSeries(
    const std::vector<DayCounts>& event_days,
    const std::vector<std::pair<std::string, int64_t>>& story_days, std::string_view granularity,
    bool normalize);

// --- network --------------------------------------------------------------------

// Matching events of one (source node, target node) pair; target "" when
// the events have no target.
struct PairCounts {
  std::string source, target;
  int64_t events = 0;
  double goldstein_sum = 0;
  int64_t quad[4] = {0, 0, 0, 0};
};

// Nodes (labelled with their ids) and edges of the event_store.h contract.
// Pairs with an empty source are ignored.
Network AssembleNetwork(const std::vector<PairCounts>& pairs, int max_nodes);

// Labels each node whose id has a (code, name) pair with that name; other
// nodes keep their ids as labels.
void LabelNodes(const std::vector<std::pair<std::string, std::string>>& names, Network* network);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_QUERY_SUPPORT_H_
