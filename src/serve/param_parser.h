// Turns the parameters of an API request (the query string of
// GET /api/v1/events, …; or the flags of `statecraft query`) into the store's
// query types, validating every value. docs/http_api.md is the contract: the
// parameter names, their ranges, and the messages a 400 carries.
//
// Every error is InvalidArgument with a message that starts with the
// parameter's name ("quad: '5' is not a quad class (1..4)"). Unknown
// parameters are errors too, so a misspelt filter never widens a query.
//
// Thread safety: a ParamParser is immutable after construction; share it.
#ifndef STATECRAFT_SERVE_PARAM_PARSER_H_
#define STATECRAFT_SERVE_PARAM_PARSER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "statecraft/event_query.h"
#include "statecraft/status.h"

namespace statecraft {

// Parameter name → value, repeated names allowed (the shape of
// httplib::Params, so the server passes its query string as is).
using ParamMap = std::multimap<std::string, std::string>;

// Limits of the API (docs/http_api.md).
inline constexpr int kMaxPageLimit = 1000;
inline constexpr int kDefaultPageLimit = 20;
inline constexpr int kMaxNetworkNodes = 1000;
inline constexpr size_t kMaxTextQueryBytes = 500;
inline constexpr size_t kMaxCursorBytes = 512;
inline constexpr size_t kMaxListEntries = 100;

struct EventsQuery {
  EventFilter filter;
  PageRequest page;
};

class ParamParser {
 public:
  // The dictionary's code table decides which CAMEO codes and PLOVER types
  // are known. `dictionary` must outlive the parser.
  explicit ParamParser(const Dictionary& dictionary);

  // GET /api/v1/events: the filters, limit, cursor.
  Result<EventsQuery> ParseEvents(const ParamMap& params) const;
  // GET /api/v1/series: the filters, granularity, normalize.
  Result<SeriesRequest> ParseSeries(const ParamMap& params) const;
  // GET /api/v1/network: the filters, by, max_nodes.
  Result<NetworkRequest> ParseNetwork(const ParamMap& params) const;
  // GET /api/v1/stories/top: the filters, by, limit.
  Result<TopStoriesRequest> ParseTopStories(const ParamMap& params) const;
  // Endpoints that take no parameters (health, timeline, documents/{id}).
  Status ExpectNone(const ParamMap& params) const;

  // The filter names every list endpoint accepts.
  static const std::vector<std::string_view>& FilterNames();

 private:
  // Reads the shared filters; `extra` names the endpoint's own parameters
  // (anything else is unknown).
  Result<EventFilter> ParseFilter(const ParamMap& params, const std::vector<std::string_view>& extra) const;
  Status CheckCameo(const std::string& code) const;

  const Dictionary& dictionary_;
  std::set<std::string> plover_types_;
};

// Exposed for tests and for the command line.
// "true"/"false"/"1"/"0"/"yes"/"no" (case-insensitive).
Result<bool> ParseBoolParam(std::string_view name, std::string_view value);
// A decimal integer in [min, max].
Result<int> ParseIntParam(std::string_view name, std::string_view value, int min, int max);
// YYYY-MM-DD, a real date.
Result<std::string> ParseDateParam(std::string_view name, std::string_view value);
// An actor code or country: 3..15 characters of A-Z and 0-9 (lowercase is
// upper-cased).
Result<std::string> ParseActorParam(std::string_view name, std::string_view value);

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_PARAM_PARSER_H_
