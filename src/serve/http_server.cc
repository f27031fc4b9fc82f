#include "serve/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include "serve/api_router.h"
#include "serve/loaded_dictionary.h"
#include "serve/query_api.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"

namespace statecraft {

struct HttpServer::Impl {
  ServeOptions options;
  std::unique_ptr<LoadedDictionary> dictionary;
  std::unique_ptr<QueryApi> api;
  std::unique_ptr<StorePool> pool;
  std::optional<StaticFiles> web;
  std::string web_dir;
  std::unique_ptr<WriteSide> write;
  std::unique_ptr<ApiRouter> router;
  httplib::Server server;
  int port = 0;
  int listen_fd = -1;  // the listening socket, owned by `server`
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> stopped{false};  // httplib's stop() was called (at most once)

  void TryStop() {
    if (stop_requested && server.is_running() && !stopped.exchange(true)) server.stop();
  }
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() = default;

Result<std::unique_ptr<HttpServer>> HttpServer::Start(const ServeOptions& options) {
  if (options.db.empty()) return Status::InvalidArgument("--db is required");
  if (options.port < 0 || options.port > 65535) return Status::InvalidArgument("--port must be 0..65535");
  // Before any store is opened: the server's threads read at once.
  PrepareForConcurrentReads();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  int threads = options.threads > 0 ? options.threads
                                    : 2 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  // The writable store first: with --token-file a new file is created and
  // migrated; without it, the store must already exist.
  if (!options.token_file.empty()) {
    Result<BearerAuth> auth = BearerAuth::FromFile(options.token_file);
    if (!auth.ok()) return auth.status();
    Result<std::unique_ptr<EventStore>> store = OpenEventStore(options.db);
    if (!store.ok()) return store.status();
    EngineOptions engine_options;
    engine_options.dictionaries = options.dict;
    Result<std::unique_ptr<Engine>> engine = Engine::Create(engine_options);
    if (!engine.ok()) return engine.status();
    impl->write = std::make_unique<WriteSide>(std::move(auth.value()), std::move(engine.value()),
                                              std::move(store.value()), threads);
  }
  EventStoreOptions read_options;
  read_options.read_only = true;
  impl->pool = std::make_unique<StorePool>(options.db, read_options);
  {
    // Fail now, not at the first request, when the store cannot be read;
    // upgrade a store written by an older binary before the pool opens it.
    Result<std::unique_ptr<EventStore>> probe = OpenStoreForReading(options.db);
    if (!probe.ok()) return probe.status();
  }

  Result<std::unique_ptr<LoadedDictionary>> dictionary = LoadedDictionary::Load(options.dict);
  if (!dictionary.ok()) return dictionary.status();
  impl->dictionary = std::move(dictionary.value());
  impl->api = std::make_unique<QueryApi>(impl->dictionary->dictionary, impl->dictionary->key_of);

  impl->web_dir = options.web_dir.empty() ? FindWebDirectory() : options.web_dir;
  if (!impl->web_dir.empty()) {
    Result<StaticFiles> web = StaticFiles::Open(impl->web_dir);
    if (!web.ok()) {
      if (!options.web_dir.empty()) return Status::InvalidArgument("--web: " + web.status().message());
      impl->web_dir.clear();
    } else {
      impl->web_dir = web->root();
      impl->web.emplace(std::move(web.value()));
    }
  }

  impl->router = std::make_unique<ApiRouter>(*impl->api, *impl->pool, impl->web ? &*impl->web : nullptr,
                                             impl->write.get());
  httplib::Server& server = impl->server;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(options.max_body_bytes);
  server.set_keep_alive_max_count(options.keep_alive_max_requests);
  impl->router->Register(server);
  // Our own socket options: SO_REUSEADDR only. httplib's default adds
  // SO_REUSEPORT, which would let a second server bind the same port
  // silently instead of failing with "in use".
  Impl* raw = impl.get();
  server.set_socket_options([raw](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    raw->listen_fd = sock;
  });

  if (options.port == 0) {
    impl->port = server.bind_to_any_port(options.host);
    if (impl->port <= 0) return Status::IoError("cannot listen on " + options.host + " (any port)");
  } else {
    if (!server.bind_to_port(options.host, options.port)) {
      return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                             " (in use, or not an address of this machine)");
    }
    impl->port = options.port;
  }
  // httplib 0.11 listens with a backlog of 5: a burst of new connections
  // (64 clients at once) would see dropped SYNs and one-second retries.
  // Listening again on the bound socket only raises the backlog.
  if (impl->listen_fd >= 0) ::listen(impl->listen_fd, SOMAXCONN);
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

int HttpServer::port() const { return impl_->port; }

std::string HttpServer::Url() const {
  const std::string& host = impl_->options.host;
  bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(impl_->port) + "/";
}

const std::string& HttpServer::web_dir() const { return impl_->web_dir; }

bool HttpServer::write_enabled() const { return impl_->write != nullptr; }

Status HttpServer::Run() {
  // httplib's stop() does nothing before the server runs, so a Stop() that
  // arrives before (or while) listening starts is repeated from here.
  std::atomic<bool> done{false};
  std::thread repeat_stop([this, &done] {
    while (!done) {
      impl_->TryStop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  bool ok = impl_->stop_requested || impl_->server.listen_after_bind();
  done = true;
  repeat_stop.join();
  if (!ok) return Status::IoError("the server stopped listening unexpectedly");
  return Status::Ok();
}

void HttpServer::Stop() {
  impl_->stop_requested = true;
  impl_->TryStop();
}

}  // namespace statecraft
