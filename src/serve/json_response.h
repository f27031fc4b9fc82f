// The JSON bodies of the API's answers (docs/http_api.md), shared by
// `statecraft serve` and `statecraft query --format json`. Each function
// returns one compact JSON document without a trailing newline. Strings are
// written as UTF-8 (invalid sequences become U+FFFD); non-finite numbers as
// null. Events are the event JSON of store/event_json.h.
#ifndef STATECRAFT_SERVE_JSON_RESPONSE_H_
#define STATECRAFT_SERVE_JSON_RESPONSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "serve/actor_timeline.h"
#include "serve/document_intake.h"
#include "statecraft/event_query.h"
#include "statecraft/event_store.h"

namespace statecraft {

// {"error":{"status":400,"message":"..."}}
std::string ErrorJson(int http_status, std::string_view message);

// {"events":[...],"next":"..."|null}
std::string EventPageJson(const EventPage& page);

// {"granularity":"month","normalized":false,"points":[{"period","events",
//  "quad":[4],"goldstein_sum","stories"(,"events_norm","quad_norm","goldstein_norm")}]}
std::string SeriesJson(const SeriesRequest& request, const std::vector<SeriesPoint>& points);

// {"nodes":[{"id","label","events"}],"edges":[{"source","target","events","mean_goldstein","quad"}]}
std::string NetworkJson(const Network& network);

// {"stories":[{"doc_id","title","url","date","events","mentions"}]}
std::string TopStoriesJson(const std::vector<TopStory>& stories);

// {"query","actors":[{"name","kind","code","country","entry","roles":[...]}],
//  "roles":[{"person","office","code","from","to","entry"}]}
std::string TimelineJson(const ActorTimeline& timeline);

// {"id","date","title","url","source","origin","coded_at","text",
//  "sentences":[{"index","span","text","truncated"}],"events":[...],"claims":[...]}
std::string DocumentJson(const DocumentRecord& document);

struct HealthInfo {
  std::string version;
  int schema_version = 0;
  int64_t documents = 0;
  int64_t events = 0;
  std::string dictionaries;
  bool write = false;
};
// {"status":"ok","version","schema_version","documents","events","dictionaries","write"}
std::string HealthJson(const HealthInfo& health);

// {"documents":[{"id","events","created"}],"skipped":[{"index","id","reason","message"}],"events":N}
std::string IntakeJson(const IntakeResult& result);

// Appends `s` as a JSON string literal (quotes included) to *out.
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_JSON_RESPONSE_H_
