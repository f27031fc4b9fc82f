#include "resolve/event_merger.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "base/files.h"
#include "model/date.h"

namespace statecraft {

namespace {

bool SameAct(const MentionRecord& a, const MentionRecord& b) {
  return a.source_code == b.source_code && a.target_code == b.target_code && a.cameo == b.cameo;
}

MergedEvent Finish(std::vector<const MentionRecord*>& group) {
  MergedEvent m;
  const MentionRecord& first = *group.front();
  m.source_code = first.source_code;
  m.target_code = first.target_code;
  m.cameo = first.cameo;
  m.first_date = first.date;
  m.last_date = group.back()->date;
  std::set<std::string> sources, articles;
  std::string basis = first.source_code + "|" + first.target_code + "|" + first.cameo;
  for (const MentionRecord* r : group) {
    m.mention_ids.push_back(r->event_id);
    articles.insert(r->doc_id);
    sources.insert(r->source.empty() ? "(unknown)" : r->source);
    basis += "|" + r->event_id;
  }
  m.num_mentions = static_cast<int64_t>(group.size());
  m.num_articles = static_cast<int64_t>(articles.size());
  m.num_sources = static_cast<int64_t>(sources.size());
  m.merged_id = "m" + Sha256Hex(basis).substr(0, 19);
  return m;
}

}  // namespace

std::vector<MergedEvent> MergeMentions(std::vector<MentionRecord> mentions, const MergeOptions& options) {
  std::sort(mentions.begin(), mentions.end(), [](const MentionRecord& a, const MentionRecord& b) {
    return std::tie(a.source_code, a.target_code, a.cameo, a.date, a.event_id) <
           std::tie(b.source_code, b.target_code, b.cameo, b.date, b.event_id);
  });
  std::vector<MergedEvent> out;
  std::vector<const MentionRecord*> group;
  int group_start_day = 0;
  for (const MentionRecord& r : mentions) {
    std::optional<Date> date = Date::Parse(r.date);
    int day = date ? date->ToDays() : 0;
    bool joins = !group.empty() && SameAct(*group.front(), r) &&
                 // Undated mentions only merge with each other.
                 (group.front()->date.empty() == r.date.empty()) &&
                 (r.date.empty() || day - group_start_day <= options.window_days);
    if (!joins && !group.empty()) {
      out.push_back(Finish(group));
      group.clear();
    }
    if (group.empty()) group_start_day = day;
    group.push_back(&r);
  }
  if (!group.empty()) out.push_back(Finish(group));
  return out;
}

}  // namespace statecraft
