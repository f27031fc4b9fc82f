// `statecraft serve`: loads the dictionary, opens the store, and serves the
// API and the dashboard over HTTP (cpp-httplib, a thread pool sized to the
// cores, TCP_NODELAY, no response cache).
//
// cpp-httplib serves one connection per pool thread for as long as the
// client keeps it alive, so the pool has two threads per core (a thread
// waiting on the store or the network leaves its core to another) and a
// connection is closed after keep_alive_max_requests requests, so that more
// clients than threads take turns instead of waiting for a 5 s idle timeout.
//
// Thread safety: Stop() may be called from any thread (e.g. a signal
// watcher) while Run() blocks in another.
#ifndef STATECRAFT_SERVE_HTTP_SERVER_H_
#define STATECRAFT_SERVE_HTTP_SERVER_H_

#include <memory>
#include <string>

#include "statecraft/status.h"

namespace statecraft {

struct ServeOptions {
  std::string db;                  // REQUIRED: SQLite path or postgresql:// URL
  std::string host = "127.0.0.1";  // listen address; 127.0.0.1 = this machine only
  int port = 8080;                 // 0 = any free port
  std::string web_dir;             // "" = FindWebDirectory(); none found = no dashboard
  std::string token_file;          // "" = POST /api/v1/documents is off
  std::string dict = "builtin";    // dictionary layers (code table, timelines, coder)
  int threads = 0;                 // 0 = two per core
  size_t max_body_bytes = size_t{16} << 20;  // POST bodies
  // Requests served on one keep-alive connection before it is closed, so
  // that many clients share the pool fairly (measured: 10 costs throughput
  // in reconnections, 100 makes waiting clients' p99 latency seconds).
  size_t keep_alive_max_requests = 20;
};

class HttpServer {
 public:
  // Loads what the options name and binds the socket. Errors:
  // InvalidArgument for bad options (an unreadable or short token file, a
  // missing --web directory); the store's and the dictionary's errors;
  // IoError when the address cannot be bound.
  static Result<std::unique_ptr<HttpServer>> Start(const ServeOptions& options);
  ~HttpServer();

  // The bound port (the chosen one when options.port was 0).
  int port() const;
  // "http://127.0.0.1:8080/"
  std::string Url() const;
  // The dashboard directory ("" when none).
  const std::string& web_dir() const;
  bool write_enabled() const;

  // Serves until Stop(); requests in flight are finished first.
  Status Run();
  void Stop();

  struct Impl;

 private:
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_HTTP_SERVER_H_
