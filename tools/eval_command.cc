// statecraft eval --gold FILE... [--corpus STORIES.jsonl] [--exact] [--format text|json] [--errors]
// statecraft eval --petrarch-records FILE --dict petrarch:DIR [--half odd|even|all]
//                 [--min-reproduced PCT] [--errors]
#include <cstdio>

#include "evaluate/gold.h"
#include "evaluate/petrarch_records.h"
#include "evaluate/scorer.h"
#include "statecraft/engine.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  std::string corpus;  // JSONL stories for stand-off records (doc: + span:)
  std::string format = "text";
  std::string dict = "builtin";
  bool exact = false;
  bool errors = false;
  bool story_context = false;  // stand-off spans coded after their story text
  std::string petrarch_records;
  std::string half = "all";
  double min_reproduced = -1;  // < 0: no floor
};

// PETRARCH2's unit-test records, coded from their text alone
// (evaluate/petrarch_records.h).
int RunPetrarchEval(const EvalFlags& flags) {
  PetrarchHalf half = PetrarchHalf::kAll;
  if (flags.half == "odd") {
    half = PetrarchHalf::kOdd;
  } else if (flags.half == "even") {
    half = PetrarchHalf::kEven;
  } else if (flags.half != "all") {
    std::fprintf(stderr, "statecraft eval: --half must be odd, even or all\n");
    return kExitError;
  }
  Result<std::vector<PetrarchRecord>> records = ReadPetrarchRecords(flags.petrarch_records);
  if (!records.ok()) {
    std::fprintf(stderr, "statecraft eval: %s\n", records.status().message().c_str());
    return kExitError;
  }
  EngineOptions options;
  options.dictionaries = flags.dict;
  options.untargeted_acts = true;  // require_dyad=false records keep them; the scorer filters
  // The suite was written for TABARI, which codes "Arnor will contribute …"
  // as the contribution (071), not an intent (033): its convention.
  options.future_as_act = true;
  // And PETRARCH codes an agent of no known country as "---GOV".
  options.null_country_agents = true;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft eval: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  PetrarchEvalReport report = EvaluatePetrarchRecords(**engine, *records, half, flags.petrarch_records);
  std::string out = FormatPetrarchReport(report, *records, flags.format == "json");
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (flags.errors) {
    for (const std::string& m : PetrarchMismatches(report, *records)) std::fprintf(stderr, "mismatch: %s\n", m.c_str());
  }
  if (flags.min_reproduced >= 0 && report.selected.ReproducedPercent() < flags.min_reproduced) {
    std::fprintf(stderr, "statecraft eval: %.1f%% of the expected events reproduced, below the floor of %.1f%%\n",
                 report.selected.ReproducedPercent(), flags.min_reproduced);
    return kExitError;
  }
  return kExitOk;
}

int RunEval(const EvalFlags& flags) {
  if (!flags.petrarch_records.empty()) {
    if (!flags.gold.empty()) {
      std::fprintf(stderr, "statecraft eval: give --gold or --petrarch-records, not both\n");
      return kExitError;
    }
    return RunPetrarchEval(flags);
  }
  if (flags.gold.empty()) {
    std::fprintf(stderr, "statecraft eval: --gold FILE or --petrarch-records FILE is required\n");
    return kExitError;
  }
  std::vector<GoldRecord> records;
  for (const std::string& path : flags.gold) {
    Result<std::vector<GoldRecord>> file = ReadGoldFile(path);
    if (!file.ok()) {
      std::fprintf(stderr, "statecraft eval: %s\n", file.status().message().c_str());
      return kExitError;
    }
    for (GoldRecord& r : *file) records.push_back(std::move(r));
  }
  // Stand-off records take their text from the corpus; without --corpus
  // they are an error that says so.
  if (Status st = ResolveStandoff(flags.corpus, &records); !st.ok()) {
    std::fprintf(stderr, "statecraft eval: %s\n", st.message().c_str());
    return kExitError;
  }
  EngineOptions options;
  options.dictionaries = flags.dict;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft eval: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  EvalOptions eval_options;
  eval_options.story_context = flags.story_context;
  EvalReport report = Evaluate(**engine, records, eval_options);
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
  CLI::App* cmd = app.add_subcommand("eval", "Score the coder against gold files (precision, recall, F1) or PETRARCH2 unit-test records");
  cmd->add_option("--gold", flags->gold, "Gold file(s) in the format of docs/dictionaries.md");
  cmd->add_flag("--story-context", flags->story_context,
                "Code each stand-off span after the story text before it and score the span's events "
                "(the pipeline codes whole stories); default: the span alone");
  cmd->add_option("--corpus", flags->corpus,
                  "JSON Lines stories that stand-off gold records (doc: + span:) point into");
  cmd->add_option("--petrarch-records", flags->petrarch_records,
                  "PETRARCH2 unit-test records (PETR.UnitTest.records.xml), coded from their text; "
                  "use with --dict petrarch:DIR");
  cmd->add_option("--half", flags->half, "With --petrarch-records: odd, even or all records (by position)");
  cmd->add_option("--min-reproduced", flags->min_reproduced,
                  "With --petrarch-records: exit 1 when the selected half reproduces less than PCT% of the "
                  "expected events");
  cmd->add_option("--format", flags->format, "text (default) or json");
  cmd->add_option("--dict", flags->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_flag("--exact", flags->exact, "Golden-test mode: exit 1 unless every record is coded exactly");
  cmd->add_flag("--errors", flags->errors, "List the records not coded exactly (of the selected half) on stderr");
  cmd->callback([flags, status]() { *status = RunEval(*flags); });
}

}  // namespace statecraft
