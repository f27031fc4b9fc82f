#include "serve/api_router.h"

#include <httplib.h>

#include <cstdio>
#include <regex>

#include "serve/document_intake.h"
#include "serve/json_response.h"

namespace statecraft {

namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";

// The API paths, for telling a wrong method (405) from an unknown path (404).
const std::regex& GetPaths() {
  static const std::regex kPaths(
      "/api/v1/(health|events|series|network|stories/top|actors/.+/timeline|documents/.+)");
  return kPaths;
}

void SendJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), kJsonType);
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  SendJson(res, status, ErrorJson(status, message));
}

void SendStatus(httplib::Response& res, const Status& status) {
  int http = HttpStatusFor(status);
  if (http >= 500) std::fprintf(stderr, "statecraft serve: %s\n", status.ToString().c_str());
  SendError(res, http, status.message());
}

const char* ReasonFor(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 500: return "internal error";
    case 503: return "service unavailable";
    default: return "error";
  }
}

}  // namespace

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kIoError: return 503;
    case StatusCode::kUnsupported: return 501;
    default: return 500;
  }
}

template <typename Fn>
void ApiRouter::WithStore(httplib::Response& res, Fn answer) {
  Result<StorePool::Lease> lease = pool_.Acquire();
  if (!lease.ok()) {
    SendStatus(res, lease.status());
    return;
  }
  Result<std::string> body = answer(**lease);
  if (!body.ok()) {
    // A lost connection must not be handed to the next request.
    if (body.status().code() == StatusCode::kIoError) lease->Discard();
    SendStatus(res, body.status());
    return;
  }
  SendJson(res, 200, std::move(body.value()));
}

void ApiRouter::Register(httplib::Server& server) {
  using httplib::Request;
  using httplib::Response;

  server.Get("/api/v1/health", [this](const Request& req, Response& res) {
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      Result<HealthInfo> health = api_.Health(req.params, store);
      if (!health.ok()) return health.status();
      health->write = write_ != nullptr;
      return HealthJson(*health);
    });
  });
  server.Get("/api/v1/events", [this](const Request& req, Response& res) {
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      Result<EventPage> page = api_.Events(req.params, store);
      if (!page.ok()) return page.status();
      return EventPageJson(*page);
    });
  });
  server.Get("/api/v1/series", [this](const Request& req, Response& res) {
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      SeriesRequest request;
      Result<std::vector<SeriesPoint>> points = api_.Series(req.params, store, &request);
      if (!points.ok()) return points.status();
      return SeriesJson(request, *points);
    });
  });
  server.Get("/api/v1/network", [this](const Request& req, Response& res) {
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      Result<Network> network = api_.ActorNetwork(req.params, store);
      if (!network.ok()) return network.status();
      return NetworkJson(*network);
    });
  });
  server.Get("/api/v1/stories/top", [this](const Request& req, Response& res) {
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      Result<std::vector<TopStory>> stories = api_.TopStories(req.params, store);
      if (!stories.ok()) return stories.status();
      return TopStoriesJson(*stories);
    });
  });
  server.Get("/api/v1/actors/(.+)/timeline", [this](const Request& req, Response& res) {
    Result<ActorTimeline> timeline = api_.Timeline(req.matches[1].str(), req.params);
    if (!timeline.ok()) {
      SendStatus(res, timeline.status());
      return;
    }
    SendJson(res, 200, TimelineJson(*timeline));
  });
  server.Get("/api/v1/documents/(.+)", [this](const Request& req, Response& res) {
    std::string id = req.matches[1].str();
    WithStore(res, [&](EventStore& store) -> Result<std::string> {
      Result<DocumentRecord> document = api_.Document(id, req.params, store);
      if (!document.ok()) {
        if (document.status().code() == StatusCode::kNotFound) {
          return Status::NotFound("document: no story with id '" + id + "' in the store");
        }
        return document.status();
      }
      return DocumentJson(*document);
    });
  });
  server.Post("/api/v1/documents", [this](const Request& req, Response& res) { PostDocuments(req, res); });

  // The rest of /api/: a known path with another method is a 405, anything
  // else a 404, both as JSON.
  auto api_fallback = [](const Request& req, Response& res) {
    bool known = std::regex_match(req.path, GetPaths()) || req.path == "/api/v1/documents";
    if (!known) {
      SendError(res, 404, "no such endpoint: " + req.path + " (see docs/http_api.md)");
      return;
    }
    bool post = req.path == "/api/v1/documents";
    res.set_header("Allow", post ? "POST" : "GET, HEAD");
    SendError(res, 405, req.method + " is not allowed on " + req.path + " (use " + (post ? "POST" : "GET") + ")");
  };
  server.Get("/api/.*", api_fallback);
  server.Post("/api/.*", api_fallback);
  server.Put("/api/.*", api_fallback);
  server.Patch("/api/.*", api_fallback);
  server.Delete("/api/.*", api_fallback);
  server.Options("/api/.*", api_fallback);

  server.Get("/.*", [this](const Request& req, Response& res) { ServeStatic(req, res); });

  // Statuses httplib sets itself (400 for a malformed request, 404 with no
  // route, 413 for a long body) get a body too: JSON under /api/, text
  // elsewhere. Answers that already have a body are left alone.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const Request& req, Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (req.path.rfind("/api/", 0) == 0) {
      SendError(res, res.status, ReasonFor(res.status));
    } else {
      res.set_content(std::string(ReasonFor(res.status)) + "\n", "text/plain; charset=utf-8");
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const Request&, Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "statecraft serve: internal error: %s\n", what.c_str());
    SendError(res, 500, "internal error");
  });
}

void ApiRouter::PostDocuments(const httplib::Request& req, httplib::Response& res) {
  if (write_ == nullptr) {
    SendError(res, 403, "writing is disabled: start statecraft serve with --token-file to allow POST");
    return;
  }
  switch (write_->auth.Check(req.get_header_value("Authorization"))) {
    case AuthOutcome::kMissing:
      res.set_header("WWW-Authenticate", "Bearer realm=\"statecraft\"");
      SendError(res, 401, "missing bearer token (Authorization: Bearer <token>)");
      return;
    case AuthOutcome::kWrong:
      SendError(res, 403, "wrong bearer token");
      return;
    case AuthOutcome::kAllowed:
      break;
  }
  Result<ParsedStories> stories = ParseStories(req.body);
  if (!stories.ok()) {
    SendStatus(res, stories.status());
    return;
  }
  Result<IntakeResult> result = [&] {
    std::lock_guard<std::mutex> lock(write_->mu);
    return CodeAndStore(*write_->engine, *write_->store, std::move(stories.value()), write_->threads);
  }();
  if (!result.ok()) {
    SendStatus(res, result.status());
    return;
  }
  SendJson(res, result->AnyCreated() ? 201 : 200, IntakeJson(*result));
}

void ApiRouter::ServeStatic(const httplib::Request& req, httplib::Response& res) {
  if (web_ == nullptr) {
    res.status = 404;
    res.set_content("no dashboard: start statecraft serve with --web DIR\n", "text/plain; charset=utf-8");
    return;
  }
  Result<StaticRepresentation> file = web_->Get(req.path, req.get_header_value("Accept-Encoding"));
  if (!file.ok()) {
    res.status = HttpStatusFor(file.status());
    if (res.status >= 500) res.status = 404;
    res.set_content(file.status().message() + "\n", "text/plain; charset=utf-8");
    return;
  }
  // no-cache: the browser asks each time, and an unchanged file costs a 304.
  res.set_header("Cache-Control", "no-cache");
  res.set_header("ETag", file->etag);
  if (file->varies_by_encoding) res.set_header("Vary", "Accept-Encoding");
  if (EtagMatches(req.get_header_value("If-None-Match"), file->etag)) {
    // No body; a Content-Length must be the 200's (httplib would say 0).
    res.status = 304;
    res.set_header("Content-Length", std::to_string(file->body->size()));
    return;
  }
  if (file->body->empty()) {
    res.set_content("", file->content_type);
    return;
  }
  if (!file->content_encoding.empty()) res.set_header("Content-Encoding", file->content_encoding);
  // httplib compresses a body it is given (per request, and again when it
  // is compressed already) but sends a sized content provider's bytes as
  // they are: the cached bytes go out without a copy.
  std::shared_ptr<const std::string> body = file->body;
  res.set_content_provider(body->size(), file->content_type,
                           [body](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

}  // namespace statecraft
