// One event per happening: the same act (same source, target and CAMEO
// code) reported by several sentences or stories within a few days is one
// merged event, counted as GDELT counts it — mentions (every report),
// sources (distinct publishers) and articles (distinct stories) — and linked
// to each of its mentions.
#ifndef STATECRAFT_RESOLVE_EVENT_MERGER_H_
#define STATECRAFT_RESOLVE_EVENT_MERGER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace statecraft {

// What the merger needs of one coded event (a mention).
struct MentionRecord {
  std::string event_id;
  std::string doc_id;
  std::string source;        // the story's publisher; "" when unknown
  std::string date;          // YYYY-MM-DD, or "" when unknown
  std::string source_code;   // actor codes
  std::string target_code;   // "" when the event has no target
  std::string cameo;
};

struct MergedEvent {
  std::string merged_id;     // deterministic: the same mentions give the same id
  std::string source_code, target_code, cameo;
  std::string first_date, last_date;  // "" when the mentions are undated
  int64_t num_mentions = 0;
  int64_t num_sources = 0;
  int64_t num_articles = 0;
  std::vector<std::string> mention_ids;  // event ids, in date then id order
};

struct MergeOptions {
  // Mentions of the same act whose dates are at most this many days after
  // the first mention of a merged event join it; a later one starts another.
  int window_days = 3;
};

// Groups mentions into merged events. Negated and background events should
// not be passed in (they are not happenings of their date). Deterministic:
// the output does not depend on the order of `mentions`.
std::vector<MergedEvent> MergeMentions(std::vector<MentionRecord> mentions, const MergeOptions& options);

}  // namespace statecraft

#endif  // STATECRAFT_RESOLVE_EVENT_MERGER_H_
