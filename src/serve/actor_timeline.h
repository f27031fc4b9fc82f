// Who held which office when: the dated roles the dictionary knows, looked
// up by a person's name (as the coder matches names) or by an actor code.
// Behind GET /api/v1/actors/{name-or-code}/timeline and
// `statecraft query --timeline`.
//
// Thread safety: immutable after construction; Find is const and may be
// called from any thread. The dictionary must outlive the index, and the
// key function must be safe to call concurrently.
#ifndef STATECRAFT_SERVE_ACTOR_TIMELINE_H_
#define STATECRAFT_SERVE_ACTOR_TIMELINE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/dictionary.h"
#include "dict/team_reader.h"
#include "statecraft/status.h"

namespace statecraft {

// One role on the timeline, pointing into the dictionary.
struct TimelineRole {
  const Actor* person = nullptr;
  const Role* role = nullptr;
};

struct ActorTimeline {
  std::string query;
  // The matching dictionary entries (countries, organizations, people), in
  // dictionary order, each once.
  std::vector<const Actor*> actors;
  // The matching roles, oldest first (ties: by person name, then office).
  std::vector<TimelineRole> roles;
};

class ActorTimelineIndex {
 public:
  ActorTimelineIndex(const Dictionary& dictionary, PhraseKeyFn key_of);

  // A query of capital letters and digits (3..15 of them, "KORGOV", "KOR")
  // is first taken as a code: the actors with that code, and the people
  // with a role of that code (a three-letter country code also takes every
  // role whose code starts with it, and every person of that country).
  // Anything else, or a code that finds nothing, is a name: the actors whose
  // name or alias has the same key as the query, with all their roles.
  // NotFound when nothing matches; InvalidArgument for an empty query.
  Result<ActorTimeline> Find(std::string_view query) const;

 private:
  void ByCode(const std::string& code, ActorTimeline* out) const;
  void ByName(std::string_view name, ActorTimeline* out) const;

  const Dictionary& dictionary_;
  PhraseKeyFn key_of_;
  std::unordered_multimap<std::string, uint32_t> by_key_;  // name/alias key → actors[]
};

// The JSON of `kind`: "country", "organization", "person", "contextual".
const char* ActorKindName(Actor::Kind kind);

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_ACTOR_TIMELINE_H_
