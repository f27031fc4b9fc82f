#include "statecraft/engine.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

#include "code/event_coder.h"
#include "code/verb_index.h"
#include "dict/dictionary_loader.h"
#include "model/document.h"
#include "normalize/normalizer.h"
#include "recognize/actor_recognizer.h"
#include "recognize/phrase_matcher.h"
#include "recognize/quantity_recognizer.h"
#include "recognize/time_recognizer.h"

namespace statecraft {

namespace {

const char* PhraseKindName(PhraseKind kind) {
  switch (kind) {
    case PhraseKind::kName: return "name";
    case PhraseKind::kDemonym: return "demonym";
    case PhraseKind::kMetonym: return "metonym";
    case PhraseKind::kAlias: return "alias";
    case PhraseKind::kContextual: return "contextual";
    case PhraseKind::kAgent: return "agent";
    case PhraseKind::kTitle: return "title";
    case PhraseKind::kDiscard: return "discard";
    case PhraseKind::kPlace: return "place";
  }
  return "name";
}

}  // namespace

struct Engine::Impl {
  EngineOptions options;
  std::unique_ptr<Normalizer> normalizer;
  Dictionary dict;
  std::unique_ptr<PhraseMatcher> matcher;
  std::unique_ptr<ActorRecognizer> recognizer;
  std::unique_ptr<VerbIndex> verbs;
  std::unique_ptr<EventCoder> coder;

  // Per-sentence analysis, shared by Code and Explain.
  struct Analysis {
    Sentence sentence;
    SentenceMentions mentions;
    CodeTrace trace;
    bool analyzed = false;
    std::vector<MatchedPhrase> phrases;  // when tag_all
  };

  // `tag_all` (for Analyze): also tag sentences the prefilter or a discard
  // skips, and keep each sentence's phrase ranges; coding is unchanged.
  void CodeStory(std::string_view doc_id, std::string_view text, const std::optional<Date>& date,
                 std::vector<Analysis>* analyses, StoryResult* result, bool tracing, bool tag_all = false) const {
    NormalizeOptions nopts;
    nopts.max_tokens = options.max_tokens;
    nopts.tag = false;
    std::vector<Sentence> sentences = normalizer->Split(text, nopts);
    // One phrase match per sentence serves the story's country list, the
    // prefilter and the recognizer.
    StoryContext context;
    context.date = date;
    std::vector<std::vector<PhraseMatch>> matches(sentences.size());
    std::vector<bool> names_actor(sentences.size());
    for (size_t idx = 0; idx < sentences.size(); ++idx) {
      matches[idx] = matcher->Match(sentences[idx].tokens);
      names_actor[idx] = recognizer->CollectCountries(matches[idx], &context.countries);
    }
    // Discard phrases (PETRARCH's discard list) void their sentence, or the
    // whole story.
    std::vector<const Phrase*> discards(sentences.size());
    const Phrase* story_discard = nullptr;
    for (size_t idx = 0; idx < sentences.size(); ++idx) {
      discards[idx] = recognizer->FindDiscard(matches[idx]);
      if (discards[idx] && discards[idx]->target == kDiscardStory && !story_discard) story_discard = discards[idx];
    }
    if (story_discard) {
      result->notes.push_back("story not coded: discard phrase '" + story_discard->key + "' (" + story_discard->loc + ")");
    }
    StoryMemory memory;
    StoryInfo story{std::string(doc_id), date, text};
    size_t truncated = 0;
    for (size_t idx = 0; idx < sentences.size(); ++idx) {
      Analysis a;
      a.sentence = std::move(sentences[idx]);
      SentenceInfo info;
      info.index = static_cast<int>(idx);
      info.begin = a.sentence.span.begin;
      info.end = a.sentence.span.end;
      info.truncated = a.sentence.truncated;
      if (a.sentence.truncated) ++truncated;
      // Prefilter: a sentence that names no actor (and refers to none) can
      // yield no event; skip tagging and clause analysis.
      bool worth = !options.prefilter || tracing || names_actor[idx] || RefersBack(a.sentence, memory);
      if (const Phrase* discard = story_discard ? story_discard : discards[idx]) {
        std::string note = (discard == story_discard ? std::string("story") : "sentence " + std::to_string(idx)) +
                           " not coded: discard phrase '" + discard->key + "' (" + discard->loc + ")";
        if (discard != story_discard) result->notes.push_back(note);
        if (tracing) a.trace.lines.push_back(note);
        worth = false;
      }
      if (worth) {
        normalizer->TagAndLemmatize(&a.sentence);
        recognizer->Recognize(a.sentence, matches[idx], text, context, &a.mentions);
        RecognizeTimes(a.sentence.tokens, text, date, &a.mentions.times, &a.mentions.time_tokens);
        RecognizeQuantities(a.sentence.tokens, text, &a.mentions.quantities, &a.mentions.quantity_tokens);
        coder->Code(story, static_cast<int>(idx), a.sentence, a.mentions, &memory, &result->events,
                    tracing ? &a.trace : nullptr);
        for (RoleClaim& c : a.mentions.claims) result->claims.push_back(c);
        info.analyzed = true;
      } else if (tag_all) {
        normalizer->TagAndLemmatize(&a.sentence);
      }
      if (tag_all) {
        for (const PhraseMatch& m : matches[idx]) {
          const char* kind = m.phrases.empty() ? "name" : PhraseKindName(dict.phrases[m.phrases.front()].kind);
          a.phrases.push_back({m.token_begin, m.token_end, kind});
        }
      }
      result->sentences.push_back(info);
      if (analyses) analyses->push_back(std::move(a));
    }
    if (truncated > 0) {
      result->notes.push_back(std::to_string(truncated) + (truncated == 1 ? " sentence" : " sentences") +
                              " longer than " + std::to_string(options.max_tokens) +
                              " tokens cut there; each rest is coded as the next sentence");
    }
  }

  // Pronouns and "the two nations" can stand for actors named earlier.
  static bool RefersBack(const Sentence& s, const StoryMemory& memory) {
    if (memory.last_plural.empty() && memory.last_pair.empty() && memory.last_person.empty()) return false;
    for (const Token& t : s.tokens) {
      if (t.lower == "they" || t.lower == "both" || t.lower == "two" || t.lower == "he" || t.lower == "she" ||
          t.lower == "their" || t.lower == "his" || t.lower == "her" || t.lower == "them") {
        return true;
      }
    }
    return false;
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

const char* Engine::Version() { return "0.1.0"; }

const std::string& Engine::DictionaryHash() const { return impl_->dict.source_hash; }

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Result<std::unique_ptr<Normalizer>> normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  impl->normalizer = std::move(normalizer.value());
  const Normalizer* norm = impl->normalizer.get();
  PhraseKeyFn key_of = MakePhraseKeyFn(norm);
  Result<Dictionary> dict = LoadDictionaries(options.dictionaries, key_of);
  if (!dict.ok()) return dict.status();
  impl->dict = std::move(dict.value());
  impl->matcher = std::make_unique<PhraseMatcher>(impl->dict);
  impl->recognizer = std::make_unique<ActorRecognizer>(impl->dict, options.null_country_agents);
  impl->verbs = std::make_unique<VerbIndex>(impl->dict);
  CoderOptions coder_options;
  coder_options.nominal_events = options.nominal_events;
  coder_options.untargeted_acts = options.untargeted_acts;
  coder_options.future_is_intent = !options.future_as_act;
  impl->coder = std::make_unique<EventCoder>(impl->dict, *impl->verbs, coder_options);
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

StoryResult Engine::Code(const Document& document) const {
  StoryResult result;
  impl_->CodeStory(document.id, document.text, document.date, nullptr, &result, false);
  for (Event& e : result.events) e.coder_version = Version();
  return result;
}

StoryAnalysis Engine::Analyze(const Document& document) const {
  StoryResult result;
  std::vector<Impl::Analysis> analyses;
  impl_->CodeStory(document.id, document.text, document.date, &analyses, &result, false, true);
  StoryAnalysis out;
  out.sentences.resize(analyses.size());
  for (size_t idx = 0; idx < analyses.size(); ++idx) {
    Impl::Analysis& a = analyses[idx];
    SentenceAnalysis& s = out.sentences[idx];
    s.info = result.sentences[idx];
    s.tokens.reserve(a.sentence.tokens.size());
    for (Token& t : a.sentence.tokens) {
      bool anchor = impl_->verbs->Has(t.lemma) || impl_->verbs->Has(t.lower);
      s.tokens.push_back({std::move(t.text), std::move(t.lower), std::move(t.lemma), PosName(t.pos), anchor});
    }
    s.phrases = std::move(a.phrases);
    s.actors = static_cast<int>(a.mentions.actors.size());
  }
  for (const Event& e : result.events) {
    if (e.sentence >= 0 && static_cast<size_t>(e.sentence) < out.sentences.size()) ++out.sentences[e.sentence].events;
  }
  return out;
}

std::string Engine::Explain(const std::string& text, const std::optional<Date>& date, bool json) const {
  StoryResult result;
  std::vector<Impl::Analysis> analyses;
  impl_->CodeStory("explain", text, date, &analyses, &result, true);
  nlohmann::ordered_json out;
  out["date"] = date ? nlohmann::ordered_json(date->ToString()) : nlohmann::ordered_json(nullptr);
  out["dictionaries"] = impl_->dict.source_hash;
  std::string plain;
  auto line = [&](const std::string& s) { plain += s + "\n"; };
  line("date: " + (date ? date->ToString() : std::string("(none: people's roles cannot be checked)")));
  for (size_t idx = 0; idx < analyses.size(); ++idx) {
    const Impl::Analysis& a = analyses[idx];
    nlohmann::ordered_json js;
    js["index"] = idx;
    js["text"] = std::string(a.sentence.span.Of(text));
    line("\nsentence " + std::to_string(idx) + ": " + std::string(a.sentence.span.Of(text)));
    std::string toks;
    for (const Token& t : a.sentence.tokens) {
      toks += t.text + "/" + PosName(t.pos) + (t.lemma != t.lower && !t.lemma.empty() ? "[" + t.lemma + "]" : "") + " ";
      js["tokens"].push_back({{"text", t.text}, {"pos", PosName(t.pos)}, {"lemma", t.lemma},
                              {"span", {t.span.begin, t.span.end}}});
    }
    line("  tokens: " + toks);
    js["actors"] = nlohmann::ordered_json::array();
    for (const ActorMention& m : a.mentions.actors) {
      line("  actor: '" + std::string(m.span.Of(text)) + "' → " + m.code + " (" + m.name + ") via " + m.entry +
           (m.why.empty() ? "" : "; " + m.why));
      js["actors"].push_back({{"text", std::string(m.span.Of(text))}, {"span", {m.span.begin, m.span.end}},
                              {"code", m.code}, {"country", m.country}, {"name", m.name}, {"office", m.office},
                              {"entry", m.entry}, {"why", m.why}});
    }
    for (const RoleClaim& c : a.mentions.claims) {
      line("  claim: '" + c.text + "' says " + c.person + " is " + (c.former ? "former " : "") + c.claimed +
           "; dictionary on this date: " + (c.known.empty() ? "no office" : c.known) +
           (c.contradicts ? "  ** CONTRADICTS **" : ""));
      js["claims"].push_back({{"person", c.person}, {"claimed", c.claimed}, {"former", c.former}, {"text", c.text},
                              {"known", c.known}, {"contradicts", c.contradicts}});
    }
    for (const TimeRef& t : a.mentions.times) {
      line("  time: '" + t.text + "' → " + (t.from.empty() ? "…" : t.from) + " .. " + (t.to.empty() ? "…" : t.to));
    }
    for (const Quantity& q : a.mentions.quantities) {
      char value[32];
      std::snprintf(value, sizeof(value), "%g", q.value);
      line("  quantity: '" + q.text + "' → " + q.kind + " " + value + " " + q.unit);
    }
    for (const std::string& l : a.trace.lines) line("  " + l);
    js["trace"] = a.trace.lines;
    out["sentences"].push_back(std::move(js));
  }
  line("\nevents:");
  for (const Event& e : result.events) {
    line("  " + e.source.code + " " + e.cameo + " " + (e.target ? e.target->code : "-") + (e.negated ? "  (negated)" : "") +
         (e.modality.empty() ? "" : "  [" + e.modality + "]") +
         (e.background ? "  (background, dated " + (e.date.empty() ? std::string("unknown") : e.date) + ")" : "") +
         "   rule " + e.rule);
    out["events"].push_back({{"source", e.source.code}, {"cameo", e.cameo},
                             {"target", e.target ? nlohmann::ordered_json(e.target->code) : nlohmann::ordered_json(nullptr)},
                             {"negated", e.negated}, {"background", e.background}, {"date", e.date},
                             {"modality", e.modality}, {"rule", e.rule}, {"sentence", e.sentence}});
  }
  if (result.events.empty()) {
    line("  (none)");
    out["events"] = nlohmann::ordered_json::array();
  }
  return json ? out.dump(2) + "\n" : plain;
}

}  // namespace statecraft
