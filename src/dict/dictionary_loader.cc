#include "dict/dictionary_loader.h"

#include <cstdlib>
#include <filesystem>

#include "base/files.h"
#include "base/strings.h"
#include "dict/artifact.h"
#include "dict/lint.h"
#include "normalize/normalizer.h"

namespace statecraft {

namespace fs = std::filesystem;

PhraseKeyFn MakePhraseKeyFn(const Normalizer* normalizer) {
  return [normalizer](std::string_view phrase) {
    NormalizeOptions options;
    options.tag = false;
    std::string key;
    for (const Sentence& s : normalizer->Split(phrase, options)) {
      for (const Token& t : s.tokens) {
        if (!key.empty()) key.push_back(' ');
        key += t.lower;
      }
    }
    return key;
  };
}

std::string FindBuiltinArtifact() {
  if (const char* env = std::getenv("STATECRAFT_DICT"); env && *env) return env;
  std::string dir = ExecutableDir();
  for (const std::string& candidate : {dir + "/statecraft.scd", dir + "/../share/statecraft/statecraft.scd"}) {
    std::error_code ec;
    if (fs::exists(candidate, ec)) return candidate;
  }
  return dir + "/statecraft.scd";
}

Result<Dictionary> CompileDirectory(const std::string& dir, const std::string& display_prefix,
                                    const PhraseKeyFn& key_of, std::vector<Diagnostic>* diagnostics) {
  Dictionary dict;
  std::string hashed;
  TeamReaderOptions options{dir, display_prefix, key_of};
  SC_RETURN_IF_ERROR(ReadTeamDictionary(options, &dict, diagnostics, &hashed));
  dict.BuildLookups();
  LintDictionary(dict, diagnostics);
  dict.source_hash = "sha256:" + Sha256Hex(hashed);
  dict.sources.push_back("dir:" + dir);
  return dict;
}

Result<Dictionary> CompilePetrarchDirectory(const std::string& dir, const std::string& display_prefix,
                                            const PhraseKeyFn& key_of, std::vector<Diagnostic>* diagnostics,
                                            PetrarchReadStats* stats) {
  Dictionary dict;
  std::string hashed;
  PetrarchReaderOptions options{dir, display_prefix, key_of};
  SC_RETURN_IF_ERROR(ReadPetrarchDictionary(options, &dict, diagnostics, &hashed, stats));
  dict.BuildLookups();
  dict.source_hash = "sha256:" + Sha256Hex("petrarch\n" + hashed);
  dict.sources.push_back("petrarch:" + dir);
  return dict;
}

void MergeDictionary(Dictionary layer, Dictionary* base) {
  uint32_t actor_offset = static_cast<uint32_t>(base->actors.size());
  uint32_t agent_offset = static_cast<uint32_t>(base->agents.size());
  uint32_t office_offset = static_cast<uint32_t>(base->offices.size());
  for (Actor& a : layer.actors) base->actors.push_back(std::move(a));
  for (Agent& a : layer.agents) base->agents.push_back(std::move(a));
  for (Office& o : layer.offices) base->offices.push_back(std::move(o));
  for (Phrase& p : layer.phrases) {
    p.target += p.kind == PhraseKind::kAgent     ? agent_offset
                : p.kind == PhraseKind::kTitle   ? office_offset
                : p.kind == PhraseKind::kDiscard ? 0  // a scope, not an index
                                                 : actor_offset;
    base->phrases.push_back(std::move(p));
  }
  // Patterns: later entries win ties (the matcher prefers the higher index).
  for (VerbPattern& p : layer.patterns) base->patterns.push_back(std::move(p));
  base->BuildLookups();
  for (CameoCode& c : layer.codes) {
    auto it = base->code_index.find(c.code);
    if (it != base->code_index.end()) {
      base->codes[it->second] = std::move(c);
    } else {
      base->codes.push_back(std::move(c));
    }
  }
  for (std::string& s : layer.sources) base->sources.push_back(std::move(s));
  base->source_hash = base->source_hash.empty()
                          ? layer.source_hash
                          : "sha256:" + Sha256Hex(base->source_hash + "+" + layer.source_hash);
  base->BuildLookups();
}

Result<Dictionary> LoadDictionaries(const std::string& spec, const PhraseKeyFn& key_of) {
  Dictionary merged;
  bool first = true;
  std::vector<std::string> codeless_layers;  // display prefixes of team layers without cameo/codes.txt
  for (const std::string& layer_spec : SplitTrim(spec, ',')) {
    if (layer_spec.empty()) continue;
    Result<Dictionary> layer = Status::Internal("unset");
    std::error_code ec;
    if (layer_spec == "builtin") {
      std::string path = FindBuiltinArtifact();
      layer = LoadArtifact(path);
      if (!layer.ok()) {
        return Status(layer.status().code(),
                      layer.status().message() +
                          " (the builtin dictionary is built with the binary; set STATECRAFT_DICT to its path)");
      }
    } else if (bool petrarch = StartsWith(layer_spec, "petrarch:"); petrarch || fs::is_directory(layer_spec, ec)) {
      // Text layers: the team's format or PETRARCH2's, one path from here on.
      std::string dir = petrarch ? layer_spec.substr(std::string_view("petrarch:").size()) : layer_spec;
      std::vector<Diagnostic> diagnostics;
      layer = petrarch ? CompilePetrarchDirectory(dir, dir, key_of, &diagnostics)
                       : CompileDirectory(dir, dir, key_of, &diagnostics);
      if (!petrarch && layer.ok() && layer->codes.empty() && !layer->patterns.empty()) codeless_layers.push_back(dir + "/");
      if (layer.ok() && CountErrors(diagnostics) > 0) {
        std::string message = layer_spec + ": " + std::to_string(CountErrors(diagnostics)) +
                              " dictionary errors (run `statecraft dict lint " + layer_spec + "`):";
        int shown = 0;
        for (const Diagnostic& d : diagnostics) {
          if (d.severity != Diagnostic::Severity::kError) continue;
          message += "\n  " + d.ToString();
          if (++shown == 5) break;
        }
        return Status::InvalidArgument(message);
      }
    } else {
      layer = LoadArtifact(layer_spec);
    }
    if (!layer.ok()) return layer.status();
    if (first) {
      merged = std::move(layer.value());
      first = false;
    } else {
      MergeDictionary(std::move(layer.value()), &merged);
    }
  }
  if (first) return Status::InvalidArgument("--dict names no dictionary");
  merged.BuildLookups();
  // The team-format layers without a code table of their own are checked
  // against the merged one (PETRARCH's codes outside CAMEO pass through).
  for (const std::string& loc_prefix : codeless_layers) {
    for (const VerbPattern& p : merged.patterns) {
      if (StartsWith(p.loc, loc_prefix) && p.code != "---" && !merged.FindCode(p.code)) {
        return Status::InvalidArgument(p.loc + ": CAMEO code " + p.code + " is in no layer's cameo/codes.txt");
      }
    }
  }
  return merged;
}

}  // namespace statecraft
