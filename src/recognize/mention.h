// What the recognize stage finds in a sentence: actor mentions, role claims,
// times and quantities, each pointing back to its tokens and bytes.
#ifndef STATECRAFT_RECOGNIZE_MENTION_H_
#define STATECRAFT_RECOGNIZE_MENTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/span.h"
#include "statecraft/event.h"

namespace statecraft {

struct ActorMention {
  enum class Kind : uint8_t {
    kState,         // a country or its institutions: "South Korea", "Russian forces"
    kPerson,        // a named person: "Lee Jae-myung"
    kOrganization,  // "NATO", "Hamas"
    kTitle,         // an office without a name: "Japan's foreign minister"
  };
  Kind kind = Kind::kState;
  uint32_t token_begin = 0, token_end = 0;  // [begin, end) tokens
  Span span;                                // bytes in the story text
  std::string code;     // "KORGOV"
  std::string country;  // "KOR", or IGO/NGO/IMG
  std::string name;     // canonical: "Lee Jae-myung", "South Korea"
  std::string office;   // office held on the story date: "KOR.president" ("" if none)
  std::string entry;    // dictionary entry location that recognized it
  std::string why;      // for `explain`: how it was composed ("demonym + title", "alias, role valid on date")
  bool demonym_only = false;  // an adjective use: "Indian goods"
  bool plural_agent = false;  // "leaders", "officials": stands for a group
  bool place = false;         // "Mariupol": a place in the state, never a source
};

// Everything recognize found in one sentence.
struct SentenceMentions {
  // In token order, non-overlapping, except that one name for several
  // actors (PETRARCH's "[ELR/GAL]") gives one mention each over the same
  // tokens, next to each other.
  std::vector<ActorMention> actors;
  std::vector<RoleClaim> claims;
  std::vector<TimeRef> times;
  std::vector<Quantity> quantities;
  // Token ranges of times and quantities, parallel to `times` / `quantities`.
  std::vector<std::pair<uint32_t, uint32_t>> time_tokens;
  std::vector<std::pair<uint32_t, uint32_t>> quantity_tokens;
};

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_MENTION_H_
