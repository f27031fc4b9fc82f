#include "store/query_support.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

namespace statecraft {
namespace {

using Words = std::vector<std::string>;

TEST(FullTextWordsTest, SplitsOnPunctuationAndLowercasesAscii) {
  EXPECT_EQ(FullTextWords("Lee Jae-myung met Ishiba."),
            (Words{"lee", "jae", "myung", "met", "ishiba"}));
  EXPECT_EQ(FullTextWords("Japan's 50% tariff, U.S. $150"),
            (Words{"japan", "s", "50", "tariff", "u", "s", "150"}));
  EXPECT_EQ(FullTextWords("“Zoë” — Zürich…"), (Words{"zoë", "zürich"}));  // ë, ü are letters
  EXPECT_EQ(FullTextWords("東京、Москва"), (Words{"東京", "Москва"}));  // the stores fold its case
  EXPECT_EQ(FullTextWords("a\xff"
                          "b"),
            (Words{"a", "b"}));  // invalid UTF-8 separates
  EXPECT_TRUE(FullTextWords("!!! -- ...").empty());
  EXPECT_TRUE(FullTextWords("").empty());
}

TEST(CursorTest, RoundTripsAndRejectsWhatItCannotHaveWritten) {
  for (PageCursor cursor : {PageCursor{"2025-08-13", "ev-1|x"}, PageCursor{"", "abc"}}) {
    Result<PageCursor> back = DecodeCursor(EncodeCursor(cursor));
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_EQ(back->date, cursor.date);
    EXPECT_EQ(back->event_id, cursor.event_id);  // a '|' in the id survives
  }
  EXPECT_EQ(EncodeCursor({"2025-02-14", "e10"}), "MjAyNS0wMi0xNHxlMTA");
  for (const char* bad : {"", "!", "YWJj", "fA", "MjAyNS0wMi0xNHxlMTA=", "MjAyNS0wMi0xNHxlMTB",
                          "eHx5"}) {  // "x|y": not a date
    EXPECT_EQ(DecodeCursor(bad).status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST(SqlParamsTest, NumbersPlaceholdersInTheOrderValuesAreAdded) {
  SqlParams sqlite(SqlDialect::kSqlite);
  EXPECT_EQ(sqlite.Add("a"), "?1");
  EXPECT_EQ(sqlite.Add(int64_t{7}), "?2");
  SqlParams pg(SqlDialect::kPostgres);
  EXPECT_EQ(pg.Add("a"), "$1");
  EXPECT_EQ(pg.Add(int64_t{7}), "$2");
  EXPECT_EQ(pg.TextValues(), (std::vector<std::string>{"a", "7"}));
}

TEST(FilterConditionTest, EmptyFilterSelectsEverythingButNegatedEvents) {
  SqlParams params(SqlDialect::kSqlite);
  EXPECT_EQ(FilterCondition({}, &params), "e.negated = 0");
  EventFilter all;
  all.include_negated = true;
  EXPECT_EQ(FilterCondition(all, &params), "1 = 1");
  EXPECT_TRUE(params.values().empty());
}

TEST(FilterConditionTest, ValuesAreParametersNeverText) {
  EventFilter filter;
  filter.actors = {"KOR'; DROP TABLE events; --"};
  filter.text = "it's";
  filter.doc_id = "x' OR '1'='1";
  SqlParams params(SqlDialect::kPostgres);
  std::string sql = FilterCondition(filter, &params);
  EXPECT_EQ(sql.find("DROP"), std::string::npos);
  EXPECT_EQ(sql.find("OR '1'"), std::string::npos);
  ASSERT_EQ(params.values().size(), 4u);  // actor twice (source, target), doc, text
  EXPECT_EQ(std::get<std::string>(params.values()[3]), "'it' & 's'");
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(EventsPageSqlTest, AnOrOfAlternativesIsOneLimitedBranchEach) {
  EventFilter filter;
  filter.actors = {"USA", "JPNGOV"};
  filter.quad_classes = {1};
  PageCursor cursor{"2025-04-02", "e7"};
  {
    SqlParams params(SqlDialect::kSqlite);
    std::string sql = EventsPageSql(filter, /*undated=*/false, &cursor, 21, &params);
    // Source and target of each actor: four branches, each ordered and
    // limited, with the cursor; their union ordered and limited again.
    EXPECT_EQ(Count(sql, " UNION ALL "), 3u) << sql;
    EXPECT_EQ(Count(sql, "ORDER BY e.date DESC"), 5u) << sql;
    EXPECT_EQ(Count(sql, "(e.date, e.event_id) < ("), 4u) << sql;
    EXPECT_NE(sql.find("WHERE e.source_country = "), std::string::npos) << sql;
    EXPECT_NE(sql.find("WHERE e.target_code = "), std::string::npos) << sql;
    EXPECT_EQ(sql.find(" OR "), std::string::npos) << sql;
    // The branches share the placeholders: actors twice (source, target),
    // quad, cursor date and id, limit.
    EXPECT_EQ(params.values().size(), 8u);
    EXPECT_EQ(std::get<int64_t>(params.values().back()), 21);
  }
  // The undated part too, keyed by rowid.
  SqlParams sqlite(SqlDialect::kSqlite);
  std::string undated = EventsPageSql(filter, true, nullptr, 5, &sqlite);
  EXPECT_NE(undated.find("e.rowid IN (SELECT k FROM"), std::string::npos) << undated;
  EXPECT_EQ(Count(undated, "ORDER BY e.event_id DESC"), 5u) << undated;
  // PostgreSQL's planner answers the OR itself.
  SqlParams pg(SqlDialect::kPostgres);
  std::string or_sql = EventsPageSql(filter, false, &cursor, 21, &pg);
  EXPECT_EQ(or_sql.find("UNION"), std::string::npos) << or_sql;
  EXPECT_NE(or_sql.find("(e.source_country = $1 OR e.target_country = $2 OR "), std::string::npos)
      << or_sql;
}

TEST(EventsPageSqlTest, WhichAlternativesBecomeBranches) {
  auto branches = [](const EventFilter& filter) {
    SqlParams params(SqlDialect::kSqlite);
    std::string sql = EventsPageSql(filter, false, nullptr, 21, &params);
    return sql.find(" IN (SELECT k FROM ") == std::string::npos ? 0 : Count(sql, " UNION ALL ") + 1;
  };
  EventFilter none;
  EXPECT_EQ(branches(none), 0u);
  EventFilter one_root;
  one_root.cameo = {"04"};
  EXPECT_EQ(branches(one_root), 0u);
  EventFilter roots;
  roots.cameo = {"04", "05", "190"};
  EXPECT_EQ(branches(roots), 3u);
  EventFilter directed;
  directed.source = "USA";
  directed.target = "JPN";
  EXPECT_EQ(branches(directed), 0u);
  EventFilter dyad = directed;
  dyad.symmetric = true;
  EXPECT_EQ(branches(dyad), 2u);
  // The first OR is split; the others stay conditions of every branch.
  EventFilter both = dyad;
  both.actors = {"KOR"};
  both.quad_classes = {1, 2};
  EXPECT_EQ(branches(both), 2u);
  // Too many alternatives: one OR, as before.
  EventFilter many;
  for (int i = 0; i < 9; ++i) many.actors.push_back("A" + std::to_string(10 + i));
  EXPECT_EQ(branches(many), 0u);
  // A story's events are few: its index answers.
  EventFilter story = dyad;
  story.doc_id = "doc-1";
  EXPECT_EQ(branches(story), 0u);
}

TEST(EventsPageSqlTest, TheFullTextPlanOnlyChangesHowSqliteReadsMatches) {
  EventFilter filter;
  filter.text = "Oil \"prices\"";
  EXPECT_EQ(Fts5MatchQuery(filter.text), "\"oil\" \"prices\"");
  SqlParams first(SqlDialect::kSqlite), in_order(SqlDialect::kSqlite);
  std::string a = EventsPageSql(filter, false, nullptr, 21, &first, FullTextPlan::kMatchesFirst);
  std::string b = EventsPageSql(filter, false, nullptr, 21, &in_order, FullTextPlan::kInPageOrder);
  EXPECT_NE(a.find(" e.rowid IN (SELECT rowid FROM events_fts"), std::string::npos) << a;
  EXPECT_NE(b.find(" +e.rowid IN (SELECT rowid FROM events_fts"), std::string::npos) << b;
  EXPECT_EQ(first.values(), in_order.values());
  SqlParams pg1(SqlDialect::kPostgres), pg2(SqlDialect::kPostgres);
  EXPECT_EQ(EventsPageSql(filter, false, nullptr, 21, &pg1, FullTextPlan::kMatchesFirst),
            EventsPageSql(filter, false, nullptr, 21, &pg2, FullTextPlan::kInPageOrder));
}

TEST(FilterConditionTest, AQuadClassIsATestBesideASelectiveCondition) {
  EventFilter filter;
  filter.quad_classes = {4};
  SqlParams alone(SqlDialect::kSqlite);
  EXPECT_EQ(FilterCondition(filter, &alone), "e.quad_class IN (?1) AND e.negated = 0");
  filter.actors = {"USA"};
  SqlParams with_actor(SqlDialect::kSqlite);
  EXPECT_NE(FilterCondition(filter, &with_actor).find("+e.quad_class IN ("), std::string::npos);
  SqlParams pg(SqlDialect::kPostgres);
  EXPECT_EQ(FilterCondition(filter, &pg).find("+e.quad_class"), std::string::npos);
}

TEST(ValidateFilterTest, ChecksEachField) {
  EXPECT_TRUE(ValidateFilter({}).ok());
  EventFilter ok;
  ok.cameo = {"04", "042", "0421"};
  ok.quad_classes = {1, 4};
  ok.date_from = "2024-02-29";
  EXPECT_TRUE(ValidateFilter(ok).ok());
  EventFilter bad;
  bad.date_to = "2025-02-29";
  EXPECT_EQ(ValidateFilter(bad).code(), StatusCode::kInvalidArgument);
  bad = {};
  bad.cameo = {"04210"};
  EXPECT_EQ(ValidateFilter(bad).code(), StatusCode::kInvalidArgument);
  bad = {};
  bad.quad_classes = {0};
  EXPECT_EQ(ValidateFilter(bad).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateLimit(0, "q").code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(ValidateLimit(kMaxPageLimit, "q").ok());
  EXPECT_EQ(ValidateTopStoriesBy("sources").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateMaxNodes(0).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateGranularity("quarter").code(), StatusCode::kInvalidArgument);
}

TEST(PeriodLabelTest, DaysIsoWeeksAndMonths) {
  EXPECT_EQ(PeriodLabel("2025-08-13", "day"), "2025-08-13");
  EXPECT_EQ(PeriodLabel("2025-08-13", "month"), "2025-08");
  EXPECT_EQ(PeriodLabel("2025-08-13", "week"), "2025-W33");
  // ISO weeks belong to the year of their Thursday.
  EXPECT_EQ(PeriodLabel("2024-12-30", "week"), "2025-W01");
  EXPECT_EQ(PeriodLabel("2021-01-03", "week"), "2020-W53");
  EXPECT_EQ(PeriodLabel("2021-01-04", "week"), "2021-W01");
  EXPECT_EQ(PeriodLabel("2026-12-31", "week"), "2026-W53");
  EXPECT_EQ(PeriodLabel("2027-01-03", "week"), "2026-W53");
  EXPECT_EQ(PeriodLabel("1969-12-29", "week"), "1970-W01");  // before the epoch
  EXPECT_EQ(PeriodLabel("2025-02-30", "day"), "");
  EXPECT_EQ(PeriodBounds("2025-01-01", "2025-02-14", "week"),
            std::make_pair(std::string("2024-12-30"), std::string("2025-02-16")));
  EXPECT_EQ(PeriodBounds("2024-02-10", "2024-02-10", "month"),
            std::make_pair(std::string("2024-02-01"), std::string("2024-02-29")));
}

TEST(AssembleSeriesTest, SumsDaysIntoPeriodsAndFillsGaps) {
  std::vector<DayCounts> days = {{"2025-03-05", 2, {1, 0, 1, 0}, 1.5},
                                 {"2025-01-31", 1, {0, 0, 0, 1}, -10},
                                 {"2025-01-02", 3, {3, 0, 0, 0}, 3}};
  std::vector<SeriesPoint> series = AssembleSeries(
      days, {{"2025-01-10", 4}, {"2025-03-01", 2}, {"2024-12-31", 9}}, "month", true);
  ASSERT_EQ(series.size(), 3u);
  EXPECT_EQ(series[0].period, "2025-01");
  EXPECT_EQ(series[0].events, 4);
  EXPECT_EQ(series[0].quad[0], 3);
  EXPECT_EQ(series[0].quad[3], 1);
  EXPECT_DOUBLE_EQ(series[0].goldstein_sum, -7);
  EXPECT_EQ(series[0].stories, 4);  // December's story is outside
  EXPECT_DOUBLE_EQ(series[0].events_norm, 1.0);
  EXPECT_DOUBLE_EQ(series[0].goldstein_norm, -1.75);
  EXPECT_EQ(series[1].period, "2025-02");
  EXPECT_EQ(series[1].events, 0);
  EXPECT_EQ(series[1].events_norm, 0);  // no stories: no division
  EXPECT_EQ(series[2].period, "2025-03");
  EXPECT_DOUBLE_EQ(series[2].quad_norm[2], 0.5);
  EXPECT_TRUE(AssembleSeries({}, {{"2025-01-01", 1}}, "day", false).empty());
  // Not normalized: the *_norm fields stay 0.
  EXPECT_EQ(AssembleSeries(days, {{"2025-01-10", 4}}, "month", false)[0].events_norm, 0);
}

TEST(AssembleNetworkTest, KeepsTheBusiestNodesAndTheirEdges) {
  std::vector<PairCounts> pairs = {{"A", "B", 3, 6.0, {3, 0, 0, 0}},
                                   {"B", "A", 1, -4.0, {0, 0, 0, 1}},
                                   {"C", "", 5, 5.0, {5, 0, 0, 0}},   // no target
                                   {"D", "D", 2, 2.0, {2, 0, 0, 0}},  // self
                                   {"", "A", 9, 0, {0, 0, 0, 0}}};    // no source: ignored
  Network network = AssembleNetwork(pairs, 3);
  ASSERT_EQ(network.nodes.size(), 3u);
  EXPECT_EQ(network.nodes[0].id, "C");
  EXPECT_EQ(network.nodes[0].events, 5);
  EXPECT_EQ(network.nodes[1].id, "A");  // 4, ties with B broken by id
  EXPECT_EQ(network.nodes[2].id, "B");
  ASSERT_EQ(network.edges.size(), 2u);
  EXPECT_EQ(network.edges[0].source, "A");
  EXPECT_DOUBLE_EQ(network.edges[0].mean_goldstein, 2.0);
  EXPECT_EQ(network.edges[1].source, "B");
  network = AssembleNetwork(pairs, 10);
  ASSERT_EQ(network.nodes.size(), 4u);
  EXPECT_EQ(network.nodes[3].id, "D");
  EXPECT_EQ(network.nodes[3].events, 2);  // counted once per event
  ASSERT_EQ(network.edges.size(), 3u);
  EXPECT_EQ(network.edges[1].source + network.edges[1].target, "DD");
}

TEST(LabelNodesTest, NodesWithANameTakeIt) {
  Network network;
  network.nodes = {{"X", "X", 1}, {"Y", "Y", 1}, {"Z", "Z", 1}};
  LabelNodes({{"X", "Ant"}, {"Z", ""}}, &network);
  EXPECT_EQ(network.nodes[0].label, "Ant");
  EXPECT_EQ(network.nodes[1].label, "Y");
  EXPECT_EQ(network.nodes[2].label, "Z");  // an empty name does not count
}

}  // namespace
}  // namespace statecraft
