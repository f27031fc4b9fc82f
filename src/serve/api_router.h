// The HTTP routes: /api/v1/... handlers (docs/http_api.md) and the static
// dashboard at /, registered on a cpp-httplib server. This is where a
// Status becomes an HTTP status and a JSON error body; nothing here throws.
//
// Thread safety: the handlers run on the server's thread pool. Reads borrow
// a store from the pool per request; writes (POST) are serialized on one
// writable store.
#ifndef STATECRAFT_SERVE_API_ROUTER_H_
#define STATECRAFT_SERVE_API_ROUTER_H_

#include <memory>
#include <mutex>
#include <optional>

#include "serve/bearer_auth.h"
#include "serve/query_api.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"
#include "statecraft/engine.h"
#include "statecraft/event_store.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace statecraft {

// What POST /api/v1/documents needs; absent when writing is off.
struct WriteSide {
  WriteSide(BearerAuth auth_in, std::unique_ptr<Engine> engine_in, std::unique_ptr<EventStore> store_in,
            int threads_in)
      : auth(std::move(auth_in)), engine(std::move(engine_in)), store(std::move(store_in)), threads(threads_in) {}

  BearerAuth auth;
  std::unique_ptr<Engine> engine;
  std::unique_ptr<EventStore> store;  // guarded by mu
  std::mutex mu;
  int threads = 1;  // coding threads per request
};

// Maps a Status to the HTTP status of its error answer:
// InvalidArgument 400, NotFound 404, IoError 503, Unsupported 501, else 500.
int HttpStatusFor(const Status& status);

class ApiRouter {
 public:
  // Everything is borrowed and must outlive the server. `web` may be null
  // (no dashboard: / answers 404), `write` may be null (POST answers 403).
  ApiRouter(const QueryApi& api, StorePool& pool, const StaticFiles* web, WriteSide* write)
      : api_(api), pool_(pool), web_(web), write_(write) {}

  void Register(httplib::Server& server);

 private:
  // Runs `answer` with a store from the pool and writes its JSON or error.
  template <typename Fn>
  void WithStore(httplib::Response& res, Fn answer);
  void PostDocuments(const httplib::Request& req, httplib::Response& res);
  void ServeStatic(const httplib::Request& req, httplib::Response& res);

  const QueryApi& api_;
  StorePool& pool_;
  const StaticFiles* web_;
  WriteSide* write_;
};

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_API_ROUTER_H_
