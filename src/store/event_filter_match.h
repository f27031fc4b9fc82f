// EventFilter (include/statecraft/event_query.h) evaluated on one event in
// memory, for stores that stream events and for tests that check a store's
// SQL against the meaning of the filter.
#ifndef STATECRAFT_STORE_EVENT_FILTER_MATCH_H_
#define STATECRAFT_STORE_EVENT_FILTER_MATCH_H_

#include "statecraft/event.h"
#include "statecraft/event_query.h"

namespace statecraft {

// True when `event` satisfies every condition of `filter`, as the stores
// (event_store.h) define it. Text: every word of FullTextWords(filter.text)
// is a word of the event's sentence_text; unlike the stores, non-ASCII
// letters are compared without case folding.
bool MatchesFilter(const Event& event, const EventFilter& filter);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_EVENT_FILTER_MATCH_H_
