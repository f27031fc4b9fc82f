// statecraft eval --gold FILE... [--exact] [--format text|json] [--errors]
#include <cstdio>

#include "evaluate/gold.h"
#include "evaluate/scorer.h"
#include "statecraft/engine.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  std::string format = "text";
  std::string dict = "builtin";
  bool exact = false;
  bool errors = false;
};

int RunEval(const EvalFlags& flags) {
  std::vector<GoldRecord> records;
  for (const std::string& path : flags.gold) {
    Result<std::vector<GoldRecord>> file = ReadGoldFile(path);
    if (!file.ok()) {
      std::fprintf(stderr, "statecraft eval: %s\n", file.status().message().c_str());
      return kExitError;
    }
    for (GoldRecord& r : *file) records.push_back(std::move(r));
  }
  EngineOptions options;
  options.dictionaries = flags.dict;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft eval: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  EvalReport report = Evaluate(**engine, records);
  std::string out = FormatReport(report, flags.format == "json");
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (flags.errors || flags.exact) {
    for (const std::string& m : report.mismatches) std::fprintf(stderr, "mismatch: %s\n", m.c_str());
  }
  if (flags.exact && !report.mismatches.empty()) {
    std::fprintf(stderr, "statecraft eval: %zu of %d records not coded exactly\n", report.mismatches.size(), report.records);
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand("eval", "Score the coder against gold files (precision, recall, F1)");
  cmd->add_option("--gold", flags->gold, "Gold file(s) in the format of docs/dictionaries.md")->required();
  cmd->add_option("--format", flags->format, "text (default) or json");
  cmd->add_option("--dict", flags->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_flag("--exact", flags->exact, "Golden-test mode: exit 1 unless every record is coded exactly");
  cmd->add_flag("--errors", flags->errors, "List the records not coded exactly on stderr");
  cmd->callback([flags, status]() { *status = RunEval(*flags); });
}

}  // namespace statecraft
