#include "serve/query_api.h"

#include "statecraft/engine.h"

namespace statecraft {

QueryApi::QueryApi(const Dictionary& dictionary, PhraseKeyFn key_of)
    : dictionary_(dictionary), parser_(dictionary), timelines_(dictionary, std::move(key_of)) {}

Result<EventPage> QueryApi::Events(const ParamMap& params, EventStore& store) const {
  Result<EventsQuery> query = parser_.ParseEvents(params);
  if (!query.ok()) return query.status();
  return store.QueryEvents(query->filter, query->page);
}

Result<std::vector<SeriesPoint>> QueryApi::Series(const ParamMap& params, EventStore& store,
                                                  SeriesRequest* request) const {
  Result<SeriesRequest> parsed = parser_.ParseSeries(params);
  if (!parsed.ok()) return parsed.status();
  *request = std::move(parsed.value());
  return store.Series(*request);
}

Result<Network> QueryApi::ActorNetwork(const ParamMap& params, EventStore& store) const {
  Result<NetworkRequest> request = parser_.ParseNetwork(params);
  if (!request.ok()) return request.status();
  Result<Network> network = store.ActorNetwork(*request);
  if (!network.ok()) return network.status();
  // Country nodes get the dictionary's name when the store has none.
  for (NetworkNode& node : network->nodes) {
    if (!node.label.empty() && node.label != node.id) continue;
    if (const Actor* country = dictionary_.FindCountry(node.id)) node.label = country->name;
  }
  return network;
}

Result<std::vector<TopStory>> QueryApi::TopStories(const ParamMap& params, EventStore& store) const {
  Result<TopStoriesRequest> request = parser_.ParseTopStories(params);
  if (!request.ok()) return request.status();
  return store.TopStories(*request);
}

Result<ActorTimeline> QueryApi::Timeline(std::string_view name_or_code, const ParamMap& params) const {
  SC_RETURN_IF_ERROR(parser_.ExpectNone(params));
  return timelines_.Find(name_or_code);
}

Result<DocumentRecord> QueryApi::Document(std::string_view id, const ParamMap& params, EventStore& store) const {
  SC_RETURN_IF_ERROR(parser_.ExpectNone(params));
  if (id.empty()) return Status::InvalidArgument("document id: empty");
  return store.GetDocument(std::string(id));
}

Result<HealthInfo> QueryApi::Health(const ParamMap& params, EventStore& store) const {
  SC_RETURN_IF_ERROR(parser_.ExpectNone(params));
  HealthInfo health;
  health.version = Engine::Version();
  health.dictionaries = dictionary_.source_hash;
  Result<int> schema = store.SchemaVersion();
  if (!schema.ok()) return schema.status();
  health.schema_version = *schema;
  Result<int64_t> documents = store.CountDocuments();
  if (!documents.ok()) return documents.status();
  health.documents = *documents;
  Result<int64_t> events = store.CountEvents();
  if (!events.ok()) return events.status();
  health.events = *events;
  return health;
}

}  // namespace statecraft
