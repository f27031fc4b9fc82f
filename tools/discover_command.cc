// statecraft discover [--top N] [--format text|json] [--threads N] [--date D] PATH... | -
//
// The dictionary maintainer's work list: the most frequent capitalized names
// no dictionary phrase covers, and the verbs of sentences that name an actor
// but yield no event (src/analyze/discovery.h).
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <thread>

#include "analyze/discovery.h"
#include "ingest/document_source.h"
#include "model/document.h"
#include "statecraft/engine.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct DiscoverFlags {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string date;
  std::string input_format;
  std::string dict = "builtin";
  size_t top = 40;
  int threads = 0;
  size_t batch = 256;
  size_t max_keys = 100000;
  size_t max_tokens = 200;
  bool keep_non_english = false;
  bool quiet = false;
};

constexpr const char* kStatementNote = "untargeted 010 statements are dropped by design";

nlohmann::ordered_json ExamplesJson(const DiscoveryTally::Entry& e) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const DiscoveryTally::Example& x : e.examples) out.push_back({{"doc_id", x.doc_id}, {"text", x.text}});
  return out;
}

std::string RenderJson(const DiscoveryTally& tally, size_t top) {
  nlohmann::ordered_json out;
  out["stories"] = tally.stories();
  out["sentences"] = tally.sentences();
  out["quiet_sentences"] = tally.quiet_sentences();
  out["max_count_error"] = {{"names", tally.MaxNameError()}, {"verbs", tally.MaxVerbError()}};
  out["distinct_names"] = tally.DistinctNames();
  out["names"] = nlohmann::ordered_json::array();
  for (const DiscoveryTally::Entry* e : tally.TopNames(top)) {
    nlohmann::ordered_json votes;
    for (size_t k = 1; k < e->votes.size(); ++k) votes[NameKindName(static_cast<NameKind>(k))] = e->votes[k];
    out["names"].push_back({{"name", e->surface}, {"key", e->key}, {"count", e->count},
                            {"kind", NameKindName(DiscoveryTally::Guess(*e))}, {"hints", votes},
                            {"examples", ExamplesJson(*e)}});
  }
  out["distinct_verbs"] = tally.DistinctVerbs();
  out["verbs"] = nlohmann::ordered_json::array();
  for (const DiscoveryTally::Entry* e : tally.TopVerbs(top)) {
    nlohmann::ordered_json v = {{"lemma", e->key}, {"count", e->count}, {"has_patterns", e->anchor}};
    if (UntargetedStatementVerb(e->key)) v["note"] = kStatementNote;
    v["examples"] = ExamplesJson(*e);
    out["verbs"].push_back(std::move(v));
  }
  return out.dump(2) + "\n";
}

std::string RenderText(const DiscoveryTally& tally, size_t top) {
  std::string out;
  char line[512];
  auto examples = [&](const DiscoveryTally::Entry& e) {
    for (const DiscoveryTally::Example& x : e.examples) out += "        " + x.doc_id + ": " + x.text + "\n";
  };
  auto error_note = [](uint64_t error) {
    return error == 0 ? std::string("exact counts")
                      : "counts may be low by up to " + std::to_string(error) + " (rare names pruned, see --max-keys)";
  };
  std::vector<const DiscoveryTally::Entry*> names = tally.TopNames(top);
  std::snprintf(line, sizeof(line), "unknown names: top %zu of %zu (%s)\n", names.size(), tally.DistinctNames(),
                error_note(tally.MaxNameError()).c_str());
  out += line;
  out += "  count  kind          name\n";
  for (const DiscoveryTally::Entry* e : names) {
    std::snprintf(line, sizeof(line), "%7llu  %-12s  %s\n", static_cast<unsigned long long>(e->count),
                  NameKindName(DiscoveryTally::Guess(*e)), e->surface.c_str());
    out += line;
    examples(*e);
  }
  std::vector<const DiscoveryTally::Entry*> verbs = tally.TopVerbs(top);
  std::snprintf(line, sizeof(line),
                "\nverbs of sentences with an actor and no event (%llu %s): top %zu of %zu (%s)\n",
                static_cast<unsigned long long>(tally.quiet_sentences()),
                tally.quiet_sentences() == 1 ? "sentence" : "sentences", verbs.size(), tally.DistinctVerbs(),
                error_note(tally.MaxVerbError()).c_str());
  out += line;
  out += "  count  patterns  verb\n";
  for (const DiscoveryTally::Entry* e : verbs) {
    std::snprintf(line, sizeof(line), "%7llu  %-8s  %s%s%s\n", static_cast<unsigned long long>(e->count),
                  e->anchor ? "yes" : "no", e->key.c_str(), UntargetedStatementVerb(e->key) ? "  -- " : "",
                  UntargetedStatementVerb(e->key) ? kStatementNote : "");
    out += line;
    examples(*e);
  }
  return out;
}

void Report(const InputProblem& p) {
  std::fprintf(stderr, "%s: %s%s%s: %s\n", p.origin.c_str(), p.kind == InputProblem::Kind::kSkipped ? "skipped" : "warning",
               p.doc_id.empty() ? "" : " doc ", p.doc_id.c_str(), p.message.c_str());
}

int RunDiscover(const DiscoverFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  std::optional<Date> default_date;
  if (!flags.date.empty()) {
    default_date = Date::Parse(flags.date);
    if (!default_date) {
      std::fprintf(stderr, "statecraft discover: --date %s is not a valid YYYY-MM-DD date\n", flags.date.c_str());
      return kExitError;
    }
  }
  if (flags.format != "text" && flags.format != "json") {
    std::fprintf(stderr, "statecraft discover: --format must be text or json\n");
    return kExitError;
  }
  EngineOptions eopts;
  eopts.dictionaries = flags.dict;
  eopts.max_tokens = flags.max_tokens;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(eopts);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft discover: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  int threads = flags.threads > 0 ? flags.threads : std::max(1u, std::thread::hardware_concurrency());
  IngestOptions iopts;
  iopts.input_format = flags.input_format;
  iopts.default_date = default_date;
  iopts.skip_non_english = !flags.keep_non_english;
  DiscoveryOptions dopts;
  dopts.max_keys = flags.max_keys;
  DiscoveryTally tally(dopts);
  size_t skipped = 0;
  bool io_error = false;
  bool progress = !flags.quiet && isatty(STDERR_FILENO);
  for (const std::string& input : flags.inputs) {
    Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(input, iopts);
    if (!source.ok()) {
      std::fprintf(stderr, "statecraft discover: %s\n", source.status().message().c_str());
      io_error = true;
      continue;
    }
    bool more = true;
    while (more) {
      std::vector<Document> batch;
      std::vector<InputProblem> problems;
      more = ReadBatch(**source, flags.batch, &batch, &problems);
      for (const InputProblem& p : problems) {
        if (p.kind == InputProblem::Kind::kSkipped) ++skipped;
        if (!flags.quiet || p.kind == InputProblem::Kind::kSkipped) Report(p);
      }
      if (batch.empty()) continue;
      DiscoverBatch(**engine, batch, threads, &tally, dopts);
      if (progress) std::fprintf(stderr, "\r%llu stories   ", static_cast<unsigned long long>(tally.stories()));
    }
  }
  if (progress) std::fprintf(stderr, "\r%*s\r", 30, "");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string out = flags.format == "json" ? RenderJson(tally, flags.top) : RenderText(tally, flags.top);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  std::fprintf(stderr,
               "statecraft: discover read %llu stories (%llu sentences, %llu with an actor and no event); "
               "%zu distinct unknown names, %zu verbs; skipped %zu stories; %.1f s\n",
               static_cast<unsigned long long>(tally.stories()), static_cast<unsigned long long>(tally.sentences()),
               static_cast<unsigned long long>(tally.quiet_sentences()), tally.DistinctNames(), tally.DistinctVerbs(),
               skipped, seconds);
  return io_error ? kExitError : kExitOk;
}

}  // namespace

void AddDiscoverCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<DiscoverFlags>();
  CLI::App* cmd = app.add_subcommand(
      "discover", "List what the dictionaries miss: frequent unknown names, verbs of sentences with no event");
  cmd->add_option("inputs", flags->inputs, "Input files or directories; - for stdin")->required();
  cmd->add_option("--top", flags->top, "Entries per list (default 40)")->check(CLI::Range(1, 100000));
  cmd->add_option("--format", flags->format, "text (default) or json");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: all cores); the output does not depend on it");
  cmd->add_option("--date", flags->date, "Story date (YYYY-MM-DD) for inputs that carry none");
  cmd->add_option("--input-format", flags->input_format, "Force the input format: text, textfile, jsonl, feed, html");
  cmd->add_option("--dict", flags->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_option("--batch", flags->batch, "Stories per batch (default 256)")->check(CLI::Range(1, 100000));
  cmd->add_option("--max-keys", flags->max_keys,
                  "Distinct names (and verbs) kept in memory; beyond, the rarest are pruned (default 100000)")
      ->check(CLI::Range(2, 100000000));
  cmd->add_option("--max-tokens", flags->max_tokens, "Cut sentences longer than this (default 200)")
      ->check(CLI::Range(10, 10000));
  cmd->add_flag("--keep-non-english", flags->keep_non_english, "Do not skip stories detected as non-English");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no warnings on stderr (skips are still reported)");
  cmd->callback([flags, status]() { *status = RunDiscover(*flags); });
}

}  // namespace statecraft
