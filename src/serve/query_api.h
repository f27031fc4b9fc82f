// The read side of the API as plain calls: parameters in (validated by
// ParamParser), the store's answer out. `statecraft serve` renders the
// answers with json_response.h; `statecraft query` renders them as JSON or
// as a table. Both therefore accept exactly the same parameters.
//
// Thread safety: const methods; share one QueryApi across threads, but give
// each call its own EventStore (see StorePool).
#ifndef STATECRAFT_SERVE_QUERY_API_H_
#define STATECRAFT_SERVE_QUERY_API_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "serve/actor_timeline.h"
#include "serve/json_response.h"
#include "serve/param_parser.h"
#include "statecraft/event_query.h"
#include "statecraft/event_store.h"

namespace statecraft {

class QueryApi {
 public:
  // `dictionary` must outlive the QueryApi; `key_of` normalizes names the
  // way the dictionary's keys were made.
  QueryApi(const Dictionary& dictionary, PhraseKeyFn key_of);

  // Errors: InvalidArgument for a bad parameter (including a cursor the
  // store cannot read); the store's errors otherwise.
  Result<EventPage> Events(const ParamMap& params, EventStore& store) const;
  Result<std::vector<SeriesPoint>> Series(const ParamMap& params, EventStore& store, SeriesRequest* request) const;
  Result<Network> ActorNetwork(const ParamMap& params, EventStore& store) const;
  Result<std::vector<TopStory>> TopStories(const ParamMap& params, EventStore& store) const;
  // NotFound when the dictionary knows no such name or code.
  Result<ActorTimeline> Timeline(std::string_view name_or_code, const ParamMap& params) const;
  // NotFound when the store has no such story.
  Result<DocumentRecord> Document(std::string_view id, const ParamMap& params, EventStore& store) const;
  Result<HealthInfo> Health(const ParamMap& params, EventStore& store) const;

  const ParamParser& parser() const { return parser_; }
  const Dictionary& dictionary() const { return dictionary_; }

 private:
  const Dictionary& dictionary_;
  ParamParser parser_;
  ActorTimelineIndex timelines_;
};

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_QUERY_API_H_
