// Groups a sentence's actor mentions into the units a clause talks about:
// coordinated lists ("South Korea and Vietnam", "Zelenskiy, Merz, and leaders
// from Finland, France and the EU") and phrases that stand for actors named
// earlier in the story ("the two nations", "they", "he").
#ifndef STATECRAFT_CODE_ACTOR_GROUPS_H_
#define STATECRAFT_CODE_ACTOR_GROUPS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/token.h"
#include "recognize/mention.h"

namespace statecraft {

struct ActorGroup {
  uint32_t begin = 0, end = 0;        // tokens covered, [begin, end)
  std::vector<ActorMention> members;  // each with its own span
  bool coreference = false;           // stands for actors named before
  std::string why;                    // for `explain`
};

// What the story has said so far, for coreference. Updated sentence by
// sentence, in order; one per story (not shared between threads).
struct StoryMemory {
  // The last group naming ≥ 2 countries, or the two sides of the last
  // mutual act ("Xi held talks with Putin"; set by the coder).
  std::vector<ActorMention> last_plural;
  // The two sides of the last act between two countries coded in an
  // earlier sentence ("Egypt agreed to build roads in Uganda. The two
  // countries signed …"), for a later "the two …" or "both …" when it is
  // more recent than last_plural; set by the coder. The sentence counter
  // orders them.
  std::vector<ActorMention> last_pair;
  int sentence = 0, last_plural_sentence = -1, last_pair_sentence = -1;
  std::vector<ActorMention> last_person;  // the last named person (0 or 1)
  // The person named before last_person, another one (0 or 1): "Kishida
  // …, a day after Biden welcomed him" — "him" is not the clause's subject.
  std::vector<ActorMention> person_before_last;
  // last_person is an office before an unknown name ("Turkey's ambassador
  // Nazmi Akiman"): "he" in the same sentence only.
  bool last_person_this_sentence = false;
  // The surnames of the people named so far ("House Speaker Jim Wright" →
  // "wright"), for a later bare "Wright said …": the lowercase surname and
  // the mention it stands for.
  std::vector<std::pair<std::string, ActorMention>> surnames;
  // The people named so far with the office they held ("Finance Minister
  // Kiichi Miyazawa", JPN.finance_minister), most recent last, for a later
  // "the minister" the sentence does not place.
  std::vector<ActorMention> officeholders;
  // The person who was the subject of the previous sentence ("Shultz met
  // Shevardnadze. He said …": Shultz), preferred for a "he" or "she" that
  // opens a sentence; subject_person_next is this sentence's, kept until it ends.
  std::vector<ActorMention> subject_person, subject_person_next;
  std::vector<ActorMention> last_state;   // the last country or state institution (0 or 1)
  std::vector<ActorMention> last_country;  // the last state named by its name (0 or 1)
  std::vector<ActorMention> state_before_last;  // the one named before it, of another country (0 or 1)
  // The last intergovernmental organization named (0 or 1), for "the
  // alliance", "the bloc", "the cartel".
  std::vector<ActorMention> last_organization;
  // The last militant group or movement named (0 or 1), for "the group",
  // "the militia", "the movement".
  std::vector<ActorMention> last_group;
  // The generic head noun of each organization or institution named so far
  // ("World Bank" → "bank", "International Monetary Fund" → "fund", "Bank of
  // Japan" → "bank"), most recent last, for a later "the bank", "the fund".
  std::vector<std::pair<std::string, ActorMention>> organization_heads;
  // The source of the last event coded in an earlier sentence, when it is
  // one state or organization ("It also shelled Kharkiv"); set by the coder.
  std::vector<ActorMention> last_subject;
};

// Builds the groups of one sentence, in token order, and updates *memory
// with what this sentence names.
std::vector<ActorGroup> BuildActorGroups(const std::vector<Token>& tokens, const std::vector<ActorMention>& mentions,
                                         StoryMemory* memory);

// Distinct countries (by ActorMention::country) in a group.
size_t CountCountries(const std::vector<ActorMention>& members);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_ACTOR_GROUPS_H_
