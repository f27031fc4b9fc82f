// The code stage: from a tagged sentence and its actor mentions to CAMEO
// events. Verb patterns (docs/dictionaries.md) are anchored on verbs and
// nouns; the clause around the anchor supplies the source (its subject, the
// possessor of a noun, the "by" agent of a passive) and the pattern's `+`
// slot the target. Negation, modality (plans, vows, "will"), infinitives of
// purpose, participles, relative clauses, coordination and coreference are
// handled here, so the dictionaries only state plain acts.
#ifndef STATECRAFT_CODE_EVENT_CODER_H_
#define STATECRAFT_CODE_EVENT_CODER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/actor_groups.h"
#include "code/verb_index.h"
#include "dict/dictionary.h"
#include "model/date.h"
#include "model/token.h"
#include "recognize/mention.h"
#include "statecraft/event.h"

namespace statecraft {

struct CoderOptions {
  // Tokens a pattern may skip between two of its elements.
  int max_gap = 5;
  // Code events anchored on nouns ("Russia's invasion of Ukraine").
  bool nominal_events = true;
  // Code plain statements ("X said …", CAMEO 010), intents to cooperate and
  // two-sided acts (consult, cooperate, aid, demand, disapprove, reject, cut
  // ties, fight) that have no target. Off: they say nothing about a relation
  // and are more often misreadings than events (decisions 0003, 0009).
  bool untargeted_acts = false;
  // Code acts the sentence only speculates about ("could retaliate", "may
  // impose"). Off: they are not events; plans and threats are coded as such.
  bool speculative = false;
  // When a pattern names no target, take an actor after a preposition of
  // direction later in the same clause ("to", "with", "on", "against" …).
  bool prepositional_targets = true;
  // "X will visit Y", "said it would retaliate": an intent (CAMEO 03). Off:
  // the future act is coded as the act itself.
  bool future_is_intent = true;
};

// What `explain` shows of the coder's reasoning, one line per decision.
struct CodeTrace {
  std::vector<std::string> lines;
};

// The story a sentence belongs to.
struct StoryInfo {
  std::string doc_id;
  std::optional<Date> date;
  std::string_view text;  // the whole story text; spans index into it
};

// Immutable; thread-safe. REQUIRES: dict and index outlive it.
class EventCoder {
 public:
  EventCoder(const Dictionary& dict, const VerbIndex& index, CoderOptions options = {})
      : dict_(dict), index_(index), options_(options) {}

  // Codes one sentence; appends events in the order of their anchors.
  // *memory carries coreference from sentence to sentence of one story.
  // `trace` may be null.
  void Code(const StoryInfo& story, int sentence_idx, const Sentence& sentence, const SentenceMentions& mentions,
            StoryMemory* memory, std::vector<Event>* out, CodeTrace* trace) const;

  // True when some token could anchor a pattern (by lemma or lowercase form).
  bool HasAnchor(const Sentence& sentence) const;

 private:
  const Dictionary& dict_;
  const VerbIndex& index_;
  CoderOptions options_;
};

}  // namespace statecraft

#endif  // STATECRAFT_CODE_EVENT_CODER_H_
