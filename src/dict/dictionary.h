// The dictionary: everything statecraft knows about actors, offices, verbs and
// CAMEO codes, as plain data. Built by the readers (team_reader.h for the
// team's text files, later petrarch_reader.h), saved and loaded as one
// versioned artifact (artifact.h), indexed for matching (actor_index.h,
// verb_index.h). Immutable once built; shared by const& across threads.
#ifndef STATECRAFT_DICT_DICTIONARY_H_
#define STATECRAFT_DICT_DICTIONARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/date.h"

namespace statecraft {

// A dated role of a person: holds OFFICE with actor code CODE on [from, to].
struct Role {
  std::string office;        // "KOR.president"
  std::string code;          // "KORGOV"
  Date from;
  std::optional<Date> to;    // nullopt: still in office
  std::string loc;           // "data/actors/people/g20.txt:12"

  bool ValidOn(const Date& d) const { return from <= d && (!to || d <= *to); }
};

struct Actor {
  enum class Kind : uint8_t { kCountry, kOrganization, kPerson, kContextual };
  Kind kind = Kind::kCountry;
  std::string code;          // "KOR", "IGOUNO"; for people the country's code
  std::string country;       // ISO3 or IGO/NGO/IMG
  std::string name;          // canonical name
  std::vector<Role> roles;   // people only
  std::vector<std::string> context;  // contextual only: countries the story must mention
  std::string loc;
};

// How a phrase names its actor.
enum class PhraseKind : uint8_t {
  kName,      // "South Korea", "Lee Jae-myung", "NATO"
  kDemonym,   // "South Korean" (an adjective: makes agents and titles national)
  kMetonym,   // "Pyongyang", "the Kremlin"
  kAlias,     // a person's other name ("Lee", "Zelenskiy")
  kContextual,
  kAgent,     // "forces", "government": a role code, no actor by itself
  kTitle,     // "prime minister": an office, no actor by itself
  kDiscard,   // PETRARCH's discard list: its presence voids the sentence or
              // the story ("baseball", "World Golf Championships"); target
              // is kDiscardSentence or kDiscardStory, not an index
  kPlace,     // "Mariupol", "Khan Younis": a place in a state, never its voice
};

// Phrase::target of a kDiscard phrase: what the phrase voids.
inline constexpr uint32_t kDiscardSentence = 0;
inline constexpr uint32_t kDiscardStory = 1;

// A phrase the recognizer looks for, as normalized tokens joined by ' '.
struct Phrase {
  std::string key;      // "south korean"
  PhraseKind kind = PhraseKind::kName;
  uint32_t target = 0;  // index into actors / agents / offices by kind (kDiscard: a scope)
  std::string loc;
  // Written in capitals ("US", "WHO", "U.N."): matches only tokens written
  // without lowercase letters, so "us" and "who" are not actors.
  bool exact_case = false;
  // An organization's name written with a capital ("Group of Seven"): matches
  // only when the text capitalizes its first word too, so "a group of seven
  // climbers" names no organization.
  bool capitalized = false;
  // With `capitalized`: bit k set when the name capitalizes its word k
  // ("Korean Air": words 0 and 1), which the text must capitalize too, so
  // "the South Korean air force" names no airline. Words past the 16th are
  // not checked.
  uint16_t capital_words = 0;
};

// A sector agent ("troops" → MIL).
struct Agent {
  std::string role;     // "MIL"
  std::string word;     // the canonical word
  std::string loc;
  // PETRARCH's "NGO~": the role goes before the actor's code ("MSF Arnor" →
  // NGOARN) instead of after it ("Arnor cleric" → ARNREL).
  bool prefix = false;
};

// The code of an actor qualified by an agent, joined the way PETRARCH joins
// them: the role after the actor code ("RUS" + MIL → "RUSMIL"), or before it
// for a prefix agent (NGO + "ARN" → "NGOARN"). Three-letter role parts that
// the actor code already holds after its first three letters are not
// repeated ("USAGOV" + GOV → "USAGOV", "HGWGOVMED" + GOVMED → "HGWGOVMED");
// a prefix already at the front is not added again.
std::string JoinAgentCode(const std::string& actor_code, const Agent& agent);

// CAMEO's region codes (data/actors/regions.txt): "Europe" EUR, "the Middle
// East" MEA.
bool IsRegionCode(std::string_view code);

// An office title ("prime minister" → office prime_minister, role GOV).
struct Office {
  std::string office;   // "prime_minister"
  std::string role;     // "GOV"
  std::string loc;
};

// One element of a verb pattern (see docs/dictionaries.md).
struct PatternElement {
  enum class Type : uint8_t { kWord, kTarget, kSource };
  Type type = Type::kWord;
  std::vector<std::string> words;  // alternatives (lowercase), for kWord
  bool optional = false;
  bool adjacent = false;           // no gap before it
  // PETRARCH's '^' before it: the gap may hold a whole phrase, an actor's
  // name included ("EID AT ^ WITH +" over "at Osgiliath with Gondor").
  bool skip_phrase = false;
  // The token's own form must be one of `words`, not just its lemma:
  // PETRARCH's dictionaries list the forms they mean ("RESOLUTION" is not
  // "resolutions"); the team's patterns match lemmas.
  bool exact_form = false;
};

struct VerbPattern {
  // CAMEO code "042". PETRARCH dictionaries also bring codes outside CAMEO
  // ("174K"), kept as written, and the null code "---": the pattern matches
  // (and beats shorter ones) but codes no event.
  std::string code;
  // PETRARCH's paired code ("[032:033]"): what the target does to the source
  // in return, coded beside the main event ("left for Minas Tirith" → X 032
  // GON and GON 033 X). "" when none.
  std::string paired_code;
  std::vector<std::string> anchor; // alternatives for the anchor (lowercase)
  std::vector<PatternElement> before;  // elements before the anchor, in order
  std::vector<PatternElement> after;   // elements after the anchor, in order
  bool noun = false;               // anchor must be a noun (else a verb)
  bool recip = false;              // mutual act
  // PETRARCH's '%' before the verb: matches only when the subject names
  // several actors ("A and B agree …"), and then beats the verb alone.
  bool compound_subject = false;
  // `[target]`: matches only when its '+' names an actor ("release|free +
  // [target]": freeing someone, not releasing a report).
  bool needs_target = false;
  // `[reverse]`: the '+' actor does the act to the clause's subject
  // ("received a grant from +", "came under attack from +").
  bool reverse_roles = false;
  // `[org]`: matches only when its '+' names an international organization
  // that is not modifying a noun ("left the Arab League", not "left the
  // Arab League summit").
  bool needs_org = false;
  // PETRARCH's implicit target (a pattern written without '+'): the first
  // actor after the verb before the next clause break, a place or the
  // subject of a complement clause included ("arranged for the reopening of
  // guest houses in Bree", "said he has deep satisfaction toward Gondor").
  bool first_actor_target = false;
  // `[end]`: matches only when the clause ends after the pattern's last
  // element, past a time ("Dostan called Velkor on Friday.", a telephone
  // call; not "called Velkor's bluff").
  bool clause_end = false;
  std::string text;                // the pattern as written
  std::string loc;                 // "data/verbs/04_consult.txt:12"
  int specificity = 0;             // number of non-optional elements
};

struct CameoCode {
  std::string code;       // "042"
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover, plover_mode, plover_context;
};

struct Dictionary {
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Office> offices;
  std::vector<Phrase> phrases;
  std::vector<VerbPattern> patterns;
  std::vector<CameoCode> codes;
  std::string source_hash;  // "sha256:<hex>" of every source file read
  std::vector<std::string> sources;  // descriptions of the layers ("builtin", "dir:/x")

  // Lookup helpers (built by BuildLookups()).
  std::unordered_map<std::string, uint32_t> code_index;      // CAMEO code → codes[]
  std::unordered_map<std::string, uint32_t> country_index;   // ISO3 → actors[] (the country)
  const CameoCode* FindCode(const std::string& code) const;
  const Actor* FindCountry(const std::string& iso3) const;
  void BuildLookups();
};

}  // namespace statecraft

#endif  // STATECRAFT_DICT_DICTIONARY_H_
