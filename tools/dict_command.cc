// statecraft dict lint|compile|dump
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "dict/artifact.h"
#include "dict/coverage.h"
#include "dict/dictionary_loader.h"
#include "evaluate/gold.h"
#include "normalize/normalizer.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct DictFlags {
  std::string dir;
  std::string output;
  std::string code;
  std::string actor;
  std::string dict = "builtin";
  bool warnings = true;
  bool coverage = false;
  std::string golden;  // a directory of golden files for --coverage
};

// Counts the expectations and near misses per CAMEO code in every *.gold file
// of `dir` (not below it).
Status CountGolden(const std::string& dir, GoldenCounts* out) {
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".gold") files.push_back(entry.path().string());
  }
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    Result<std::vector<GoldRecord>> records = ReadGoldFile(f);
    if (!records.ok()) return records.status();
    for (const GoldRecord& r : *records) {
      for (const GoldEvent& e : r.expected) ++out->expected[e.code];
      for (const GoldEvent& e : r.forbidden) ++out->near_misses[e.code];
    }
  }
  return Status::Ok();
}

// `dict lint --coverage`: the event codes that fall short, one line each.
int ReportCoverage(const Dictionary& dict, const DictFlags& flags) {
  GoldenCounts golden;
  if (!flags.golden.empty()) {
    Status st = CountGolden(flags.golden, &golden);
    if (!st.ok()) {
      std::fprintf(stderr, "statecraft dict lint: %s\n", st.message().c_str());
      return kExitError;
    }
  }
  std::vector<CodeCoverage> coverage = Coverage(dict, flags.golden.empty() ? nullptr : &golden);
  size_t short_codes = 0;
  for (const CodeCoverage& c : coverage) {
    if (c.shortfalls.empty()) continue;
    ++short_codes;
    std::string why;
    for (const std::string& s : c.shortfalls) why += (why.empty() ? "" : "; ") + s;
    std::printf("%-5s %-55s %s\n", c.code.c_str(), c.name.substr(0, 55).c_str(), why.c_str());
  }
  std::printf("coverage: %zu of %zu event codes fall short (each needs 2 patterns%s)\n", short_codes,
              coverage.size(), flags.golden.empty() ? "" : ", a golden sentence and a near miss");
  return short_codes == 0 ? kExitOk : kExitError;
}

Result<PhraseKeyFn> MakeKeyFn(std::shared_ptr<Normalizer>* keep) {
  Result<std::unique_ptr<Normalizer>> normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  *keep = std::shared_ptr<Normalizer>(std::move(normalizer.value()));
  std::shared_ptr<Normalizer> norm = *keep;
  return MakePhraseKeyFn(norm.get());
}

int Compile(const DictFlags& flags, bool write) {
  std::shared_ptr<Normalizer> keep;
  Result<PhraseKeyFn> key_of = MakeKeyFn(&keep);
  if (!key_of.ok()) {
    std::fprintf(stderr, "statecraft dict: %s\n", key_of.status().message().c_str());
    return kExitError;
  }
  std::vector<Diagnostic> diagnostics;
  // Locations read "data/verbs/…" when the directory is the team's data/.
  bool petrarch = flags.dir.starts_with("petrarch:");
  std::string dir = petrarch ? flags.dir.substr(std::string_view("petrarch:").size()) : flags.dir;
  std::string prefix = dir;
  while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
  Result<Dictionary> dict = petrarch ? CompilePetrarchDirectory(dir, prefix, *key_of, &diagnostics)
                                     : CompileDirectory(dir, prefix, *key_of, &diagnostics);
  if (!dict.ok()) {
    std::fprintf(stderr, "statecraft dict: %s\n", dict.status().message().c_str());
    return kExitError;
  }
  int errors = CountErrors(diagnostics);
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Diagnostic::Severity::kError || flags.warnings) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  std::fprintf(stderr, "%s: %zu actors, %zu phrases, %zu verb patterns, %zu CAMEO codes; %d errors, %zu warnings\n",
               flags.dir.c_str(), dict->actors.size(), dict->phrases.size(), dict->patterns.size(), dict->codes.size(),
               errors, diagnostics.size() - errors);
  if (errors > 0) return kExitError;
  if (flags.coverage) return ReportCoverage(*dict, flags);
  if (write) {
    Status st = SaveArtifact(*dict, flags.output);
    if (!st.ok()) {
      std::fprintf(stderr, "statecraft dict compile: %s\n", st.message().c_str());
      return kExitError;
    }
    std::fprintf(stderr, "wrote %s (%s)\n", flags.output.c_str(), dict->source_hash.c_str());
  }
  return kExitOk;
}

int Dump(const DictFlags& flags) {
  std::shared_ptr<Normalizer> keep;
  Result<PhraseKeyFn> key_of = MakeKeyFn(&keep);
  if (!key_of.ok()) {
    std::fprintf(stderr, "statecraft dict: %s\n", key_of.status().message().c_str());
    return kExitError;
  }
  Result<Dictionary> dict = LoadDictionaries(flags.dict, *key_of);
  if (!dict.ok()) {
    std::fprintf(stderr, "statecraft dict dump: %s\n", dict.status().message().c_str());
    return kExitError;
  }
  if (!flags.code.empty()) {
    const CameoCode* info = dict->FindCode(flags.code);
    if (info) {
      std::printf("%s %s (Goldstein %.1f, quad class %d, PLOVER %s%s%s)\n", info->code.c_str(), info->name.c_str(),
                  info->goldstein, info->quad_class, info->plover.c_str(),
                  info->plover_mode.empty() ? "" : (" / " + info->plover_mode).c_str(),
                  info->plover_context.empty() ? "" : (" / " + info->plover_context).c_str());
    } else {
      std::printf("%s: not in the code table\n", flags.code.c_str());
    }
    for (const VerbPattern& p : dict->patterns) {
      if (p.code == flags.code) std::printf("  %-50s %s\n", p.text.c_str(), p.loc.c_str());
    }
  }
  if (!flags.actor.empty()) {
    std::string key = (*key_of)(flags.actor);
    for (const Phrase& ph : dict->phrases) {
      if (ph.key != key) continue;
      if (ph.kind == PhraseKind::kAgent) {
        std::printf("agent %s  %s\n", dict->agents[ph.target].role.c_str(), ph.loc.c_str());
      } else if (ph.kind == PhraseKind::kDiscard) {
        std::printf("discard (voids the %s)  %s\n", ph.target == kDiscardStory ? "story" : "sentence", ph.loc.c_str());
      } else if (ph.kind == PhraseKind::kTitle) {
        std::printf("title %s (%s)  %s\n", dict->offices[ph.target].office.c_str(), dict->offices[ph.target].role.c_str(), ph.loc.c_str());
      } else {
        const Actor& a = dict->actors[ph.target];
        std::printf("%s %s (%s)  %s\n", a.code.c_str(), a.name.c_str(), a.country.c_str(), ph.loc.c_str());
        for (const Role& r : a.roles) {
          std::printf("  %s %s %s .. %s  %s\n", r.office.c_str(), r.code.c_str(), r.from.ToString().c_str(),
                      r.to ? r.to->ToString().c_str() : "", r.loc.c_str());
        }
      }
    }
  }
  return kExitOk;
}

}  // namespace

void AddDictCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<DictFlags>();
  CLI::App* cmd = app.add_subcommand("dict", "Lint, compile and inspect dictionaries");
  cmd->require_subcommand(1);
  CLI::App* lint = cmd->add_subcommand("lint", "Report every problem in a dictionary directory as file:line");
  lint->add_option("dir", flags->dir, "Directory in the team's format (like data/), or petrarch:DIR")->required();
  lint->add_flag("--coverage", flags->coverage,
                 "Also list the CAMEO event codes that fall short: fewer than 2 patterns (and, with --golden, "
                 "no golden sentence or no near miss); exit 1 when any does");
  lint->add_option("--golden", flags->golden,
                   "With --coverage: a directory of golden files (e.g. test/golden/coverage) whose expectations "
                   "and near misses count");
  lint->callback([flags, status]() { *status = Compile(*flags, false); });
  CLI::App* compile = cmd->add_subcommand("compile", "Compile a dictionary directory into a .scd artifact");
  compile->add_option("dir", flags->dir, "Directory in the team's format (like data/), or petrarch:DIR")->required();
  compile->add_option("-o,--output", flags->output, "Artifact to write")->required();
  compile->add_flag("!--no-warnings", flags->warnings, "Print errors only");
  compile->callback([flags, status]() { *status = Compile(*flags, true); });
  CLI::App* dump = cmd->add_subcommand("dump", "Show dictionary entries");
  dump->add_option("--code", flags->code, "List what codes this CAMEO code");
  dump->add_option("--actor", flags->actor, "List the entries for this name");
  dump->add_option("--dict", flags->dict, "Dictionary layers (default builtin)");
  dump->callback([flags, status]() { *status = Dump(*flags); });
}

}  // namespace statecraft
