// EventFilter (include/statecraft/event_query.h) evaluated on one event in
// memory, for stores that stream events and for tests that check a store's
// SQL against the meaning of the filter.
#ifndef STATECRAFT_STORE_EVENT_FILTER_MATCH_H_
#define STATECRAFT_STORE_EVENT_FILTER_MATCH_H_

#include "statecraft/event.h"
#include "statecraft/event_query.h"

namespace statecraft {

// True when `event` satisfies every condition of `filter`. The text
// condition is a case-insensitive substring test on the sentence here (the
// stores use full-text search).
bool MatchesFilter(const Event& event, const EventFilter& filter);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_EVENT_FILTER_MATCH_H_
