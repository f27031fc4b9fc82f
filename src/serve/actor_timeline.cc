#include "serve/actor_timeline.h"

#include <algorithm>
#include <set>

namespace statecraft {

namespace {

bool IsCodeShaped(std::string_view s) {
  if (s.size() < 3 || s.size() > 15) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

void AddActor(const Actor* actor, ActorTimeline* out) {
  if (std::find(out->actors.begin(), out->actors.end(), actor) == out->actors.end()) out->actors.push_back(actor);
}

}  // namespace

const char* ActorKindName(Actor::Kind kind) {
  switch (kind) {
    case Actor::Kind::kCountry: return "country";
    case Actor::Kind::kOrganization: return "organization";
    case Actor::Kind::kPerson: return "person";
    case Actor::Kind::kContextual: return "contextual";
  }
  return "unknown";
}

ActorTimelineIndex::ActorTimelineIndex(const Dictionary& dictionary, PhraseKeyFn key_of)
    : dictionary_(dictionary), key_of_(std::move(key_of)) {
  for (const Phrase& phrase : dictionary.phrases) {
    bool names_actor = phrase.kind == PhraseKind::kName || phrase.kind == PhraseKind::kAlias ||
                       phrase.kind == PhraseKind::kMetonym || phrase.kind == PhraseKind::kContextual;
    if (!names_actor || phrase.target >= dictionary.actors.size()) continue;
    by_key_.emplace(phrase.key, phrase.target);
  }
}

void ActorTimelineIndex::ByCode(const std::string& code, ActorTimeline* out) const {
  bool country_code = code.size() == 3;
  for (const Actor& actor : dictionary_.actors) {
    if (actor.kind != Actor::Kind::kPerson) {
      if (actor.code == code) AddActor(&actor, out);
      continue;
    }
    bool any = false;
    for (const Role& role : actor.roles) {
      if (role.code == code || (country_code && role.code.starts_with(code))) {
        out->roles.push_back({&actor, &role});
        any = true;
      }
    }
    if (any || (country_code && actor.country == code)) AddActor(&actor, out);
  }
}

void ActorTimelineIndex::ByName(std::string_view name, ActorTimeline* out) const {
  std::string key = key_of_(name);
  if (key.empty()) return;
  std::set<uint32_t> indexes;
  auto [begin, end] = by_key_.equal_range(key);
  for (auto it = begin; it != end; ++it) indexes.insert(it->second);
  for (uint32_t idx : indexes) {
    const Actor& actor = dictionary_.actors[idx];
    AddActor(&actor, out);
    for (const Role& role : actor.roles) out->roles.push_back({&actor, &role});
  }
}

Result<ActorTimeline> ActorTimelineIndex::Find(std::string_view query) const {
  while (!query.empty() && query.front() == ' ') query.remove_prefix(1);
  while (!query.empty() && query.back() == ' ') query.remove_suffix(1);
  if (query.empty()) return Status::InvalidArgument("actor: empty name or code");
  ActorTimeline out;
  out.query = std::string(query);
  if (IsCodeShaped(query)) ByCode(std::string(query), &out);
  if (out.actors.empty()) ByName(query, &out);
  if (out.actors.empty()) {
    return Status::NotFound("actor: '" + out.query + "' is neither a name nor a code in the dictionary");
  }
  std::stable_sort(out.roles.begin(), out.roles.end(), [](const TimelineRole& a, const TimelineRole& b) {
    if (a.role->from != b.role->from) return a.role->from < b.role->from;
    if (a.person->name != b.person->name) return a.person->name < b.person->name;
    return a.role->office < b.role->office;
  });
  return out;
}

}  // namespace statecraft
