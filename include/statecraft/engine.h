// The engine: loads the dictionaries once and codes stories into events.
// One Engine is shared by all threads; Code(), Analyze() and Explain() are
// const and thread-safe.
#ifndef STATECRAFT_ENGINE_H_
#define STATECRAFT_ENGINE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "statecraft/event.h"
#include "statecraft/status.h"

namespace statecraft {

struct Document;
struct Date;

struct EngineOptions {
  // Dictionary layers, later ones winning: "builtin", a directory in the
  // team's format, a compiled .scd artifact (see docs/dictionaries.md).
  std::string dictionaries = "builtin";
  // Sentences longer than this many tokens are cut (with a note).
  size_t max_tokens = 200;
  // Skip the deep analysis (tagging, clause analysis) of sentences that
  // name no actor; their events could have no source.
  bool prefilter = true;
  // Code events anchored on nouns ("Russia's invasion of Ukraine").
  bool nominal_events = true;
  // Code statements, intents and two-sided acts whose target was not found;
  // off by default (CoderOptions::untargeted_acts, decisions 0003 and 0009).
  bool untargeted_acts = false;
  // Code "X will visit Y" as the visit (TABARI's and PETRARCH's convention)
  // instead of an intent to visit (CAMEO 036, the default; see
  // CoderOptions::future_is_intent).
  bool future_as_act = false;
  // Code an agent that no country of its sentence places ("the official news
  // agency said") as an actor of no country, "---GOV" (PETRARCH's
  // convention); by default such an agent is no actor.
  bool null_country_agents = false;
};

// One sentence of a coded story.
struct SentenceInfo {
  int index = 0;
  uint32_t begin = 0, end = 0;
  bool truncated = false;
  bool analyzed = false;  // passed the prefilter
};

struct StoryResult {
  std::vector<SentenceInfo> sentences;
  std::vector<Event> events;       // story order, then sentence, then anchor position
  std::vector<RoleClaim> claims;
  std::vector<std::string> notes;  // e.g. "sentence 4 cut at 200 tokens"
};

// Per-sentence analysis of a story, for dictionary maintenance (`statecraft
// discover`): the tokens, what the dictionaries matched and whether an event
// came of it. Every sentence is tagged here, also those the prefilter skips.
struct AnalyzedToken {
  std::string text;     // surface form (normalized)
  std::string lower;    // lowercase, dots and dashes folded ("u.s." → "us")
  std::string lemma;    // WordNet base form for its tag
  std::string pos;      // Penn tag: "NNP", "VBD", ","
  bool anchor = false;  // some verb pattern is anchored on its lemma or lowercase form
};

// A run of tokens matched by a dictionary phrase.
struct MatchedPhrase {
  uint32_t token_begin = 0, token_end = 0;  // [begin, end)
  // How the phrase names its entry: "name", "demonym", "metonym", "alias",
  // "contextual", "agent", "title" or "discard" (the first phrase's, when
  // several entries share the words).
  std::string kind;
};

struct SentenceAnalysis {
  SentenceInfo info;
  std::vector<AnalyzedToken> tokens;
  std::vector<MatchedPhrase> phrases;  // in token order, not overlapping
  int actors = 0;  // actor mentions recognized (0 when not analysed)
  int events = 0;  // events coded from the sentence, negated ones included
};

struct StoryAnalysis {
  std::vector<SentenceAnalysis> sentences;
};

class Engine {
 public:
  // Loads dictionaries and language data. Errors say what is missing.
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();

  StoryResult Code(const Document& document) const;

  // Codes the story as Code() does and returns what each sentence held (see
  // StoryAnalysis); slower than Code(), which tags only prefiltered sentences.
  StoryAnalysis Analyze(const Document& document) const;

  // A human-readable account of how one text is coded: tokens and tags,
  // actor candidates and their entries, patterns tried and why, events.
  // `json` selects a JSON document instead of text.
  std::string Explain(const std::string& text, const std::optional<Date>& date, bool json) const;

  const std::string& DictionaryHash() const;
  static const char* Version();

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace statecraft

#endif  // STATECRAFT_ENGINE_H_
