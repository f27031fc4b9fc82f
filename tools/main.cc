// statecraft: news text in, political events out. See README.md.
#include <cstdio>

#include "statecraft/engine.h"
#include "tools/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"statecraft: turns news text into coded political events (CAMEO, PLOVER)"};
  app.set_version_flag("--version", std::string("statecraft ") + statecraft::Engine::Version());
  app.require_subcommand(1);
  int status = statecraft::kExitOk;
  statecraft::AddCodeCommand(app, &status);
  statecraft::AddExplainCommand(app, &status);
  statecraft::AddEvalCommand(app, &status);
  statecraft::AddDictCommand(app, &status);
  statecraft::AddServeCommand(app, &status);
  statecraft::AddQueryCommand(app, &status);
  statecraft::AddExportCommand(app, &status);
  statecraft::AddDiscoverCommand(app, &status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : statecraft::kExitError;
  }
  return status;
}
