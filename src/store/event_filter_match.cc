#include "store/event_filter_match.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/query_support.h"

namespace statecraft {

namespace {

// "KOR" matches the country; a longer entry matches the code exactly.
bool ActorMatches(const EventActor& actor, const std::string& wanted) {
  return wanted.size() == 3 ? actor.country == wanted : actor.code == wanted;
}

}  // namespace

bool MatchesFilter(const Event& e, const EventFilter& f) {
  if (e.negated && !f.include_negated) return false;
  if (e.background && !f.include_background) return false;
  if (!f.doc_id.empty() && e.doc_id != f.doc_id) return false;
  if (!f.date_from.empty() && (e.date.empty() || e.date < f.date_from)) return false;
  if (!f.date_to.empty() && (e.date.empty() || e.date > f.date_to)) return false;
  if (!f.actors.empty()) {
    bool any = std::any_of(f.actors.begin(), f.actors.end(), [&](const std::string& a) {
      return ActorMatches(e.source, a) || (e.target && ActorMatches(*e.target, a));
    });
    if (!any) return false;
  }
  if (!f.source.empty() || !f.target.empty()) {
    auto dyad = [&](const std::string& s, const std::string& t) {
      bool source_ok = s.empty() || ActorMatches(e.source, s);
      bool target_ok = t.empty() || (e.target && ActorMatches(*e.target, t));
      return source_ok && target_ok;
    };
    if (!dyad(f.source, f.target) && !(f.symmetric && dyad(f.target, f.source))) return false;
  }
  if (!f.cameo.empty()) {
    bool any = std::any_of(f.cameo.begin(), f.cameo.end(), [&](const std::string& c) {
      return c.size() == 2 ? e.root == c : e.cameo == c;
    });
    if (!any) return false;
  }
  if (!f.quad_classes.empty() &&
      std::find(f.quad_classes.begin(), f.quad_classes.end(), e.quad_class) == f.quad_classes.end()) {
    return false;
  }
  if (!f.plover.empty() && std::find(f.plover.begin(), f.plover.end(), e.plover) == f.plover.end()) return false;
  if (!f.text.empty()) {
    std::vector<std::string> words = FullTextWords(e.sentence_text);
    std::unordered_set<std::string> have(words.begin(), words.end());
    for (const std::string& word : FullTextWords(f.text)) {
      if (!have.contains(word)) return false;
    }
  }
  return true;
}

}  // namespace statecraft
