// statecraft explain "sentence" [--date D] [--format text|json]
#include <cstdio>

#include "model/date.h"
#include "statecraft/engine.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct ExplainFlags {
  std::string text;
  std::string date;
  std::string format = "text";
  std::string dict = "builtin";
  bool future_as_act = false;
  bool untargeted = false;
  bool null_country_agents = false;
};

int RunExplain(const ExplainFlags& flags) {
  std::optional<Date> date;
  if (!flags.date.empty()) {
    date = Date::Parse(flags.date);
    if (!date) {
      std::fprintf(stderr, "statecraft explain: --date %s is not a valid YYYY-MM-DD date\n", flags.date.c_str());
      return kExitError;
    }
  }
  if (flags.format != "text" && flags.format != "json") {
    std::fprintf(stderr, "statecraft explain: --format must be text or json\n");
    return kExitError;
  }
  EngineOptions options;
  options.dictionaries = flags.dict;
  options.future_as_act = flags.future_as_act;
  options.untargeted_acts = flags.untargeted;
  options.null_country_agents = flags.null_country_agents;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft explain: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  std::string out = (*engine)->Explain(flags.text, date, flags.format == "json");
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

void AddExplainCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand("explain", "Show how a sentence is coded: tokens, actors, patterns, events");
  cmd->add_option("text", flags->text, "The sentence or story text")->required();
  cmd->add_option("--date", flags->date, "Story date (YYYY-MM-DD): decides who held which office");
  cmd->add_option("--format", flags->format, "text (default) or json");
  cmd->add_option("--dict", flags->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_flag("--future-as-act", flags->future_as_act, "As statecraft code --future-as-act");
  cmd->add_flag("--untargeted", flags->untargeted, "As statecraft code --untargeted");
  cmd->add_flag("--null-country-agents", flags->null_country_agents, "As statecraft code --null-country-agents");
  cmd->callback([flags, status]() { *status = RunExplain(*flags); });
}

}  // namespace statecraft
