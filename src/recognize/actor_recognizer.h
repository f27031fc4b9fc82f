// Turns phrase matches into actor mentions: countries, people with the role
// they hold on the story date, organizations, and compositions of them with
// sector agents and titles ("Russian forces" → RUSMIL, "Ukraine's military
// intelligence chief" → UKRMIL, "Japanese Prime Minister Ishiba" → JPNGOV
// plus a claim about Ishiba's office).
#ifndef STATECRAFT_RECOGNIZE_ACTOR_RECOGNIZER_H_
#define STATECRAFT_RECOGNIZE_ACTOR_RECOGNIZER_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/dictionary.h"
#include "model/date.h"
#include "model/token.h"
#include "recognize/mention.h"
#include "recognize/phrase_matcher.h"

namespace statecraft {

// What the recognizer knows about the story around a sentence.
struct StoryContext {
  std::optional<Date> date;               // the story date
  std::set<std::string> countries;        // ISO3 codes named anywhere in the story
};

// Immutable; thread-safe. REQUIRES: dict outlives it.
class ActorRecognizer {
 public:
  // null_country_agents: an agent that no country of the sentence places
  // ("the official news agency said") is an actor of no country, coded "---"
  // and the agent's code ("---GOV"), PETRARCH's convention; without it such an
  // agent is no actor (the default: a role with no state is no one to code).
  explicit ActorRecognizer(const Dictionary& dict, bool null_country_agents = false);

  bool null_country_agents() const { return null_country_agents_; }

  // Adds the countries a sentence names (by name, demonym, metonym or a
  // person's country) to *countries: the first pass over a story, so that
  // contextual phrases ("the North") can be checked.
  // Returns whether any match names an actor (not just a title or an agent).
  bool CollectCountries(const std::vector<PhraseMatch>& matches, std::set<std::string>* countries) const;

  // Fills out->actors and out->claims for one sentence, from the sentence's
  // phrase matches (PhraseMatcher::Match on its tokens). REQUIRES: tagged.
  void Recognize(const Sentence& sentence, const std::vector<PhraseMatch>& matches, std::string_view story_text,
                 const StoryContext& context, SentenceMentions* out) const;

  // The discard phrase among a sentence's matches (PhraseKind::kDiscard,
  // PETRARCH's discard list), a story-wide one first; nullptr when none.
  const Phrase* FindDiscard(const std::vector<PhraseMatch>& matches) const;

  // The role a person holds on `date` (nullptr: none). The most senior office
  // wins when several are valid.
  const Role* RoleOn(const Actor& person, const std::optional<Date>& date) const;

  // "President Garcia": the one person whose listed name ends in `surname`
  // (lowercase) and who holds `office` ("president", any country) on
  // `date`; -1 when none or several do.
  int PersonBySurname(const std::string& surname, const std::string& office, const std::optional<Date>& date) const;

  // Whether `office` ("chancellor") is an office of a few states only, none
  // of them `country` by the dictionary's people: "the Chancellor" in a
  // sentence that names only Brazil is not Brazil's.
  bool OfficeOfOtherStates(const std::string& office, const std::string& country) const;

 private:
  const Dictionary& dict_;
  bool null_country_agents_ = false;
  // Last word of every listed name of a person (two words or more) → the
  // people (indexes into dict_.actors).
  std::unordered_map<std::string, std::vector<uint32_t>> persons_by_surname_;
  // Office ("chancellor") → the states whose listed people hold or held it.
  std::unordered_map<std::string, std::set<std::string>> office_states_;
};

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_ACTOR_RECOGNIZER_H_
