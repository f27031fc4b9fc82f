// The statecraft subcommands. Each Add*Command registers its subcommand on
// the app and returns the exit status through *status when it runs.
#ifndef STATECRAFT_TOOLS_COMMANDS_H_
#define STATECRAFT_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace statecraft {

void AddCodeCommand(CLI::App& app, int* status);
void AddExplainCommand(CLI::App& app, int* status);
void AddEvalCommand(CLI::App& app, int* status);
void AddDictCommand(CLI::App& app, int* status);
void AddServeCommand(CLI::App& app, int* status);
void AddQueryCommand(CLI::App& app, int* status);
void AddExportCommand(CLI::App& app, int* status);
void AddDiscoverCommand(CLI::App& app, int* status);

// Exit statuses shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;  // usage, I/O, or (with --strict) skipped stories

}  // namespace statecraft

#endif  // STATECRAFT_TOOLS_COMMANDS_H_
