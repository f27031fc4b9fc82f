// statecraft serve --db PATH|URL [--port N] [--host ADDR] [--web DIR]
//                  [--token-file FILE] [--dict SPEC] [--threads N]
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "serve/http_server.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

int RunServe(const ServeOptions& options) {
  // SIGINT and SIGTERM are taken by a watcher thread (sigwait) rather than a
  // handler, so stopping needs no global state. They are blocked before any
  // other thread starts, so every thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Result<std::unique_ptr<HttpServer>> server = HttpServer::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "statecraft serve: %s\n", server.status().message().c_str());
    return kExitError;
  }
  HttpServer& s = **server;
  std::thread watcher([&s, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    s.Stop();
  });
  std::fprintf(stderr, "statecraft: serving %s (dashboard) and /api/v1/\n", s.Url().c_str());
  if (s.web_dir().empty()) std::fprintf(stderr, "statecraft: no dashboard directory found (give --web DIR)\n");
  if (s.write_enabled()) std::fprintf(stderr, "statecraft: POST /api/v1/documents is on (bearer token)\n");
  std::fflush(stderr);
  Status st = s.Run();
  // Wake the watcher when the server stopped on its own.
  pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  if (!st.ok()) {
    std::fprintf(stderr, "statecraft serve: %s\n", st.message().c_str());
    return kExitError;
  }
  std::fprintf(stderr, "statecraft: stopped\n");
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP JSON API and the dashboard over a store");
  cmd->add_option("--db", options->db, "The store: a SQLite file or postgresql://...")->required();
  cmd->add_option("--port", options->port, "TCP port (default 8080; 0 = any free port)")->check(CLI::Range(0, 65535));
  cmd->add_option("--host", options->host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--web", options->web_dir, "Dashboard directory (default: web/ of the checkout)");
  cmd->add_option("--token-file", options->token_file,
                  "Turn on POST /api/v1/documents, guarded by the bearer token in this file");
  cmd->add_option("--dict", options->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_option("--threads", options->threads, "Worker threads, one connection each at a time (default: two per core)")
      ->check(CLI::Range(1, 1024));
  cmd->callback([options, status]() { *status = RunServe(*options); });
}

}  // namespace statecraft
