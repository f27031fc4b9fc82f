// Questions analysts ask of a store: events by actor, dyad, code, period and
// text (paged); dyad time series; the actor network of a period; the top
// stories. Implemented by every EventStore (SQLite and PostgreSQL) with the
// same meaning, so the same query suite passes on both.
#ifndef STATECRAFT_EVENT_QUERY_H_
#define STATECRAFT_EVENT_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "statecraft/event.h"

namespace statecraft {

// Which events. Empty fields do not filter. All conditions must hold.
struct EventFilter {
  // Actor codes or country codes; an event matches when its source or its
  // target matches one of them. A three-letter entry matches the country
  // field ("KOR" matches KORGOV); a longer one matches the code exactly.
  std::vector<std::string> actors;
  // A dyad: source and target, each a country (3 letters) or a full code.
  // With `symmetric`, events in either direction match.
  std::string source, target;
  bool symmetric = false;
  // CAMEO codes; a two-digit entry is a root ("04" matches 040..046).
  std::vector<std::string> cameo;
  std::vector<int> quad_classes;    // 1..4
  std::vector<std::string> plover;  // PLOVER types, e.g. "CONSULT"
  std::string date_from, date_to;   // YYYY-MM-DD, inclusive
  std::string text;                 // full text over the event's sentence (FTS)
  std::string doc_id;
  bool include_negated = false;     // events the text says did not happen
  bool include_background = true;   // events in background clauses
};

// Keyset paging: `cursor` is opaque; pass the `next` of the previous page.
struct PageRequest {
  int limit = 20;  // 1..1000
  std::string cursor;
};

// Events in (date, event_id) order, newest first.
struct EventPage {
  std::vector<Event> events;
  std::string next;  // "" when there is no further page
};

struct SeriesRequest {
  EventFilter filter;          // usually a dyad (source, target, symmetric)
  std::string granularity = "month";  // "day", "week" (ISO week, starts Monday) or "month"
  // Divide counts and Goldstein sums by the number of stories in the store
  // for the same period (all stories, not only those with matching events).
  bool normalize = false;
};

struct SeriesPoint {
  std::string period;           // "2025-08-13", "2025-W33", "2025-08"
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // counts by quad class 1..4
  double goldstein_sum = 0;
  int64_t stories = 0;          // stories in the store in this period (for normalizing)
  // When normalized: events, quad and goldstein_sum divided by stories.
  double events_norm = 0;
  double quad_norm[4] = {0, 0, 0, 0};
  double goldstein_norm = 0;
};

struct NetworkNode {
  std::string id;       // actor code at the level asked for (country or full code)
  std::string label;    // a name for it
  int64_t events = 0;   // events where it is source or target
};

struct NetworkEdge {
  std::string source, target;
  int64_t events = 0;
  double mean_goldstein = 0;
  int64_t quad[4] = {0, 0, 0, 0};
};

struct NetworkRequest {
  EventFilter filter;
  bool by_country = true;   // nodes are countries (source.country) or full codes
  int max_nodes = 200;      // the busiest nodes, edges among them
};

struct Network {
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;
};

struct TopStory {
  std::string doc_id, title, url, date;
  int64_t events = 0;    // events coded from it (matching the filter)
  int64_t mentions = 0;  // mentions of merged events it contributes to
};

struct TopStoriesRequest {
  EventFilter filter;
  std::string by = "events";  // "events" or "mentions"
  int limit = 20;
};

}  // namespace statecraft

#endif  // STATECRAFT_EVENT_QUERY_H_
