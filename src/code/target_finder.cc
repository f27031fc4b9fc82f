// Whom an act is aimed at when the pattern's '+' names no one: the victims of
// violence by the place it happened in, the antecedent of an object relative
// clause, the author of what is rejected, the owner of "its request", the
// actor of what a complaint alleges, the other side before "their", a
// passive's subject; for a show of force, the state whose act it answers,
// the one its offensive is prepared against, the one it is to deter, the
// one across the border it moves to; for a ship seized, the owner of its
// cargo or of the waters it lay in; for a link destroyed, the state at its
// other end.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "code/sentence_coder.h"
#include "code/word_classes.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

// When the object after the anchor is people the dictionary does not name
// ("thousands of Yazidi men", "276 schoolgirls"), the civilians of the
// state named as the place later in the clause ("in Iraq's Sinjar
// region", "in the Damascus suburbs").
std::optional<ActorMention> SentenceCoder::VictimsByPlace(uint32_t a, uint32_t end, bool seizure,
                                                          const std::vector<ActorMention>& sources) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  bool people = false;
  bool sites = false;
  bool territory = false;
  uint32_t t = a + 1;
  for (; t < n && t < a + 8; ++t) {
    // ("nuclear and military sites": an "and" inside the noun phrase.)
    const bool inner_and = tokens_[t].pos == Pos::CC && Skippable(t);
    if (group_at_[t] != kNone || (clause_break_[t] && !list_comma_[t] && !inner_and) || IsVerb(tokens_[t].pos)) break;
    // People, or a public place people fill ("stormed the Westgate shopping
    // mall in the Kenyan capital").
    if (IsPeopleOrPublicPlace(tokens_[t].lemma)) {
      people = true;
      break;
    }
    // "struck dozens of nuclear and military sites across Iran": the
    // state's own installations; the state is the target.
    if (IsNoun(tokens_[t].pos) && IsStateSite(tokens_[t].lemma)) {
      sites = true;
      break;
    }
    // "seized the cities of Goma and Bukavu", "after seizing the city": a
    // seizure of land is of the state it belongs to.
    if (seizure && IsNoun(tokens_[t].pos) && IsTerritoryNoun(tokens_[t].lemma)) {
      territory = sites = true;
      break;
    }
  }
  if (!people && !sites) return std::nullopt;
  for (uint32_t k = std::max(t, end); k + 1 < n && k < t + 14; ++k) {
    if (clause_break_[k] && !list_comma_[k] && !in_time_[k]) break;
    if (!OneOf(tokens_[k].lower, {"in", "at", "near", "outside", "across", "from", "inside"})) continue;
    uint32_t p = k + 1;
    while (p < n && p < k + 4 && group_at_[p] == kNone && !clause_break_[p] &&
           (tokens_[p].pos == Pos::DT || IsAdjective(tokens_[p].pos) || IsNoun(tokens_[p].pos)) &&
           !OneOf(tokens_[p].lower, {"in", "of"})) {
      ++p;  // "in the southern", "at a music festival in"
    }
    if (p >= n || group_at_[p] == kNone) continue;
    const ActorGroup& g = groups_[group_at_[p]];
    if (g.members.size() != 1 || g.members[0].kind != ActorMention::Kind::kState) continue;
    ActorMention victims = g.members[0];
    victims.code = sites ? victims.country : victims.country + "CVL";
    victims.demonym_only = false;
    return victims;
  }
  if (!territory) return std::nullopt;
  // "… in eastern Congo, where M23 rebels have seized the cities of Goma
  // and Bukavu": the state the "where" clause is about.
  for (int k = static_cast<int>(a) - 1; k >= 2 && static_cast<int>(a) - k <= 8; --k) {
    if (tokens_[k].lower != "where"sv) continue;
    const int before = tokens_[k - 1].lower == ","sv ? k - 2 : k - 1;
    if (before >= 0 && group_at_[before] != kNone && groups_[group_at_[before]].members.size() == 1 &&
        groups_[group_at_[before]].members[0].kind == ActorMention::Kind::kState) {
      ActorMention state = groups_[group_at_[before]].members[0];
      state.code = state.country;
      state.demonym_only = false;
      return state;
    }
    break;
  }
  // "Sudan's Rapid Support Forces … after seizing the city": rebels or a
  // militia of one state seize its own land.
  if (sources.size() == 1) {
    const std::string& code = sources[0].code;
    std::string home;
    if (code.size() >= 6 && code.compare(0, 3, "IMG") == 0) home = code.substr(3, 3);
    if (code.size() == 6 && code.compare(3, 3, "REB") == 0) home = code.substr(0, 3);
    if (!home.empty() && home != "MOS" && dict_.FindCountry(home) != nullptr) {
      ActorMention state = sources[0];
      state.kind = ActorMention::Kind::kState;
      state.code = state.country = home;
      state.name = dict_.FindCountry(home)->name;
      state.demonym_only = false;
      return state;
    }
  }
  return std::nullopt;
}

// The antecedent of an object relative clause whose verb chain starts at
// `begin`: "Iran, which the Americans blame …" → Iran; kNone otherwise.
int SentenceCoder::ObjectRelativeAntecedent(uint32_t begin) const {
  if (begin < 3) return kNone;
  int k = static_cast<int>(begin) - 1;
  while (k >= 0 && IsAdverb(tokens_[k].pos)) --k;
  if (k < 0 || group_at_[k] == kNone) return kNone;  // the clause's subject is an actor
  int r = static_cast<int>(groups_[group_at_[k]].begin) - 1;
  if (r >= 0 && tokens_[r].pos == Pos::DT) --r;
  if (r < 1 || !OneOf(tokens_[r].lower, {"which", "whom", "who"})) return kNone;
  int a = r - 1;
  if (a >= 0 && tokens_[a].lower == ","sv) --a;
  if (a < 0 || group_at_[a] == kNone || groups_[group_at_[a]].end != static_cast<uint32_t>(a) + 1) return kNone;
  return group_at_[a];
}

// From `pos`: a name the dictionary does not know (capitalized words),
// then ", the|a|an …" naming an actor within the apposition; that actor,
// or kNone.
int SentenceCoder::ApposedActorAfterName(uint32_t pos) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  uint32_t t = pos;
  while (t < n && t - pos < 5 && tokens_[t].pos == Pos::NNP && group_at_[t] == kNone) ++t;
  if (t == pos || t + 2 >= n || tokens_[t].lower != ","sv || !OneOf(tokens_[t + 1].lower, {"the", "a", "an"})) {
    return kNone;
  }
  for (uint32_t k = t + 2; k < n && k < t + 10; ++k) {
    if ((clause_break_[k] && !list_comma_[k]) || IsVerb(tokens_[k].pos)) return kNone;
    if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) return group_at_[k];
  }
  return kNone;
}

// The subject group of a "that" clause soon after `from` ("… to the UN
// today that planes from Afghanistan attacked"), or kNone.
int SentenceCoder::AccusedInThatClause(uint32_t from) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  uint32_t t = from;
  for (int steps = 0; t < n && steps < 10 && tokens_[t].lower != "that"sv; ++t, ++steps) {
    if (group_at_[t] != kNone) t = groups_[group_at_[t]].end - 1;
    else if (IsVerb(tokens_[t].pos) || (clause_break_[t] && !in_time_[t])) return kNone;
  }
  if (t >= n || tokens_[t].lower != "that"sv) return kNone;
  for (uint32_t k = t + 1; k < n && k < t + 6; ++k) {
    if (group_at_[k] != kNone) {
      const int g = group_at_[k];
      // ("complained to Japan that American firms are being squeezed out":
      // the subject of a passive is who suffers, not who is accused.)
      uint32_t v = groups_[g].end;
      while (v < n && v < groups_[g].end + 4 && !IsVerb(tokens_[v].pos)) ++v;
      if (v < n && IsVerb(tokens_[v].pos) && AnalyzeChain(v).passive) return kNone;
      if (v + 1 < n && IsVerb(tokens_[v].pos) && tokens_[v].lemma == "be"sv) {
        uint32_t w = v + 1;
        while (w < n && w < v + 3 && (IsVerb(tokens_[w].pos) && tokens_[w].lemma == "be"sv)) ++w;
        if (w < n && tokens_[w].pos == Pos::VBN) return kNone;
      }
      return AllegationVerbBefore(g) != kNone ? g : kNone;
    }
    if (IsVerb(tokens_[k].pos) || clause_break_[k]) return kNone;
  }
  return kNone;
}

// Whether the clause whose verb chain starts at `begin` is a relative
// clause on a noun in apposition to the main clause, naming its act:
// ", a move that Netanyahu denounced", ", a charge Israel rejected".
// `*noun` is set to the noun that names the act.
bool SentenceCoder::ReactsToMainAct(uint32_t begin, int* noun) const {
  int t = static_cast<int>(begin) - 1;
  while (t >= 0 && (IsAdverb(tokens_[t].pos) || in_time_[t])) --t;
  if (t < 0 || group_at_[t] == kNone) return false;  // the reacting subject
  t = static_cast<int>(groups_[group_at_[t]].begin) - 1;
  if (t >= 0 && OneOf(tokens_[t].lower, {"that", "which"})) --t;
  if (t < 0 || !OneOf(tokens_[t].lower, {"move", "decision", "step", "charge", "charges", "accusation",
                                          "accusations", "allegation", "allegations", "claim", "claims",
                                          "action", "measure", "measures", "announcement"})) {
    return false;
  }
  *noun = t;
  --t;
  while (t >= 0 && IsAdjective(tokens_[t].pos)) --t;
  if (t < 0 || !OneOf(tokens_[t].lower, {"a", "an", "the"})) return false;
  return t >= 1 && tokens_[t - 1].lower == ","sv;
}

// "A U.N. Security Council resolution demanding a ceasefire in Gaza was
// vetoed": the subject is the noun the participle modifies; the actor
// modifying that noun, or kNone.
int SentenceCoder::ModifierBeforeParticiple(uint32_t begin) const {
  for (int v = static_cast<int>(begin) - 1; v >= 1 && static_cast<int>(begin) - v <= 15; --v) {
    if (clause_break_[v] && !list_comma_[v]) return kNone;
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (tokens_[v].pos != Pos::VBG && tokens_[v].pos != Pos::VBN) continue;
    int noun = v - 1;
    if (!IsNoun(tokens_[noun].pos) || group_at_[noun] != kNone || noun < 1) return kNone;
    int g = group_at_[noun - 1];
    return g != kNone && groups_[g].end == static_cast<uint32_t>(noun) ? g : kNone;
  }
  return kNone;
}

// The group before a "their" that stands within four tokens before the
// anchor `a`, nearest first, other than the owner `g` (its country), or
// kNone.
int SentenceCoder::OtherSideBeforeTheir(uint32_t a, int g) const {
  int their = kNone;
  for (int t = static_cast<int>(a) - 1; t >= 0 && static_cast<int>(a) - t <= 4; --t) {
    if (tokens_[t].lower == "their"sv) {
      their = t;
      break;
    }
  }
  // (A "their" that stands for a group already names both sides.)
  if (their == kNone || group_at_[their] != kNone) return kNone;
  for (int k = their - 1; k >= 0 && their - k <= 12; --k) {
    if (group_at_[k] == kNone) continue;
    const ActorGroup& other = groups_[group_at_[k]];
    k = static_cast<int>(other.begin);
    if (group_at_[k] == g || other.members.empty() || other.members[0].country == groups_[g].members[0].country) continue;
    return group_at_[k];
  }
  return kNone;
}

// For "its|their" (no actor group) right after the anchor, before a noun
// of what one actor asks or does to another ("rejecting its request",
// "repelled their offensive"; "tested its missiles" is the subject's own):
// the nearest group before the anchor of one state that is not among
// `sources`; or kNone.
// The actor who made the statement or measure named by the noun phrase at
// `t` (past times and adverbs): its possessor or modifier ("President
// Trump's proposal", "U.S. accusations") or its "by" agent ("a ruling by
// a tribunal"); kNone when the phrase names no such thing.
// The group naming the one actor `code` alone and ending by `before`, or
// kNone: the attacker, accuser or target of an act coded earlier in the
// sentence, found again as a group.
int SentenceCoder::GroupOfActorBefore(const std::string& code, uint32_t before) const {
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].members.size() == 1 && groups_[g].members[0].code == code && groups_[g].end <= before) {
      return static_cast<int>(g);
    }
  }
  return kNone;
}

// A strike, protest or boycott named in the clause before `to` (a
// purpose's "to"), back to a clause break.
bool SentenceCoder::ProtestNounBefore(uint32_t to) const {
  for (uint32_t k = to; k > 0 && to - k < 15; --k) {
    if (clause_break_[k - 1] && !list_comma_[k - 1]) return false;
    if (IsNoun(tokens_[k - 1].pos) &&
        OneOf(tokens_[k - 1].lemma,
              {"strike", "walkout", "protest", "demonstration", "boycott", "stoppage", "sit-in"})) {
      return true;
    }
  }
  return false;
}

// "attacked Colombia's ELN guerrillas", "a ceasefire between the United
// States and Yemen's Houthis": the group after a state's (last) possessive
// when it names an actor of that state more exactly (its forces, a group,
// a leader), not a place ("Ukraine's Kharkiv"); kNone otherwise.
int SentenceCoder::OwnedActorAfter(int g) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  const uint32_t e = groups_[g].end;
  if (groups_[g].members.empty() || e + 1 >= n || tokens_[e].lower != "'s"sv) return kNone;
  const ActorMention& owner = groups_[g].members.back();
  if (owner.kind != ActorMention::Kind::kState || owner.code.size() != 3 || owner.place) return kNone;
  const int h = group_at_[e + 1];
  if (h == kNone || groups_[h].begin != e + 1 || IsPlace(groups_[h])) return kNone;
  for (const ActorMention& m : groups_[h].members) {
    if (m.code.size() <= 3 || m.demonym_only || m.place || m.code.find(owner.code) == std::string::npos) return kNone;
  }
  return h;
}

// "embraced Putin at the Russian leader's residence outside Moscow at the
// start of a two-day visit", "held talks in New Delhi on his first visit
// in three years": a visit whose destination is not named goes to the
// state of the place its clause happens in.
int SentenceCoder::HostOfVisit(uint32_t a, const std::vector<ActorMention>& sources) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  // A visit made, named in an adjunct of its clause: "on|during|after a
  // visit", "at the start of his visit" (not "agreed to revive reciprocal
  // visits").
  if (tokens_[a].pos != Pos::NN) return kNone;
  int d = static_cast<int>(a) - 1;
  // ("on a two-day official visit", "a state visit": past the nouns
  // that describe it too.)
  while (d >= 0 && a - d < 5 && group_at_[d] == kNone &&
         (IsAdjective(tokens_[d].pos) || tokens_[d].pos == Pos::CD || tokens_[d].pos == Pos::NN || in_time_[d])) {
    --d;
  }
  if (d < 1 || !OneOf(tokens_[d].lower, {"a", "an", "his", "her", "its", "their", "the"}) ||
      !OneOf(tokens_[d - 1].lower, {"on", "during", "of", "after", "before", "in"})) {
    return kNone;
  }
  uint32_t b = a;
  while (b > 0 && !(clause_break_[b - 1] && !list_comma_[b - 1] && !in_time_[b - 1])) --b;
  uint32_t e = a + 1;
  while (e < n && !(clause_break_[e] && !list_comma_[e] && !in_time_[e])) ++e;
  int best = kNone;
  uint32_t best_distance = n;
  for (uint32_t k = b; k < e; ++k) {
    const int g = group_at_[k];
    if (g == kNone || groups_[g].begin != k || groups_[g].coreference || groups_[g].members.size() != 1) continue;
    uint32_t p = k;
    if (p > 0 && tokens_[p - 1].lower == "the"sv) --p;
    if (p == 0 || !OneOf(tokens_[p - 1].lower, {"in", "outside", "near", "at"})) continue;
    const ActorMention& place = groups_[g].members[0];
    if (place.kind != ActorMention::Kind::kState || place.code != place.country) continue;
    bool own = false;
    for (const ActorMention& s : sources) own = own || s.country == place.country;
    if (own) continue;
    const uint32_t distance = k > a ? k - a : a - k;
    if (distance < best_distance) {
      best = g;
      best_distance = distance;
    }
  }
  return best;
}

int SentenceCoder::AuthorOfObject(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto authored = [&](uint32_t k) {
    return k < n && group_at_[k] == kNone &&
           OneOf(tokens_[k].lemma, {"accusation", "allegation", "charge", "claim", "proposal", "plan", "decision",
                                    "ruling", "resolution", "demand", "request", "offer", "call", "report",
                                    "statement", "policy", "move", "measure", "sanction", "tariff", "action", "bill",
                                    "order", "criticism", "remark", "comment", "verdict", "ultimatum", "initiative",
                                    "suggestion", "assertion", "threat", "warning", "decree", "law"});
  };
  while (t < n && group_at_[t] == kNone && (in_time_[t] || IsAdverb(tokens_[t].pos) || tokens_[t].pos == Pos::DT)) ++t;
  if (t >= n) return kNone;
  if (group_at_[t] != kNone) {
    const int g = group_at_[t];
    uint32_t e = groups_[g].end;
    if (groups_[g].members.size() != 1 || groups_[g].coreference) return kNone;
    if (e < n && (tokens_[e].lower == "'s"sv || tokens_[e].lower == "'"sv)) ++e;
    while (e < n && e < groups_[g].end + 4 && group_at_[e] == kNone && IsAdjective(tokens_[e].pos)) ++e;
    while (e + 1 < n && group_at_[e] == kNone && IsNoun(tokens_[e].pos) && IsNoun(tokens_[e + 1].pos) &&
           group_at_[e + 1] == kNone) {
      ++e;  // "U.S. trade sanctions"
    }
    return authored(e) ? g : kNone;
  }
  uint32_t e = t;
  // ("a widely backed U.N. Security Council draft resolution": past a
  // participle used as an adjective, and the actor modifying the noun is
  // its author.)
  int modifier = kNone;
  while (e < n && e < t + 8) {
    if (group_at_[e] != kNone) {
      if (modifier != kNone || groups_[group_at_[e]].begin != e || groups_[group_at_[e]].coreference) break;
      modifier = group_at_[e];
      e = groups_[modifier].end;
      continue;
    }
    if (!(IsAdjective(tokens_[e].pos) || tokens_[e].pos == Pos::CD || IsAdverb(tokens_[e].pos) ||
          PrenominalParticiple(e) || (IsNoun(tokens_[e].pos) && !authored(e)))) {
      break;
    }
    if (authored(e)) break;
    ++e;
  }
  if (!authored(e)) return kNone;
  uint32_t by = e + 1;
  if (by + 1 < n && tokens_[by].lower == "by"sv) {
    uint32_t k = by + 1;
    if (tokens_[k].pos == Pos::DT) ++k;
    if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].members.size() == 1) return group_at_[k];
  }
  if (modifier != kNone && groups_[modifier].members.size() == 1) return modifier;
  return kNone;
}

// With `accused` (an accusation or a criticism): also the people "its|their"
// names ("accused a dozen of its employees of …": the employer is the
// target), a state or an organization.
int SentenceCoder::OtherStateBeforePossessive(uint32_t a, uint32_t end,
                                              const std::vector<ActorMention>& sources,
                                              bool accused) const {
  bool possessive = false;
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  const uint32_t reach = accused ? std::min<uint32_t>(n, a + 6) : std::min(end, a + 3);
  for (uint32_t t = a + 1; t < reach && !possessive; ++t) {
    if (clause_break_[t] || IsVerb(tokens_[t].pos)) break;
    if (!OneOf(tokens_[t].lower, {"its", "their"}) || group_at_[t] != kNone) continue;
    uint32_t k = t + 1;
    while (k < n && k < t + 4 && (IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBN)) ++k;
    possessive = k < n && OneOf(tokens_[k].lemma, {"request", "demand", "offer", "proposal", "bid", "appeal",
                                                   "call", "plea", "claim", "accusation", "charge", "allegation",
                                                   "offensive", "attack", "invasion", "incursion", "ultimatum",
                                                   "airspace", "waters"});
    if (accused && !possessive && k < n) {
      possessive = OneOf(tokens_[k].lemma, {"employee", "staff", "staffer", "official", "member", "leader", "troop",
                                            "force", "soldier", "worker", "officer", "agent", "diplomat", "citizen",
                                            "national", "government", "military", "army", "police", "intelligence"});
    }
  }
  if (!possessive) return kNone;
  for (int t = static_cast<int>(a) - 1; t >= 0; --t) {
    if (group_at_[t] == kNone) continue;
    const ActorGroup& g = groups_[group_at_[t]];
    t = static_cast<int>(g.begin);
    const bool owner_kind = g.members.size() == 1 && (g.members[0].kind == ActorMention::Kind::kState ||
                                                       (accused && g.members[0].kind == ActorMention::Kind::kOrganization));
    if (!owner_kind || g.coreference) continue;
    bool is_source = false;
    for (const ActorMention& s : sources) is_source = is_source || s.country == g.members[0].country;
    if (!is_source) return group_at_[t];
  }
  return kNone;
}

// "Canada slapped a duty on U.S. corn …, but reduced the duty", "resumed
// talks with the Taliban, three months after Trump called off the
// negotiations": after the verb at `a`, "the" (or "these", "those") and a
// measure's or talks' noun; the group of the other side of the act of that
// kind (16 for a measure, 04 for talks) that `source` took part in earlier
// in this sentence; kNone otherwise. *noun is the noun's token.
int SentenceCoder::ThingCodedBefore(uint32_t a, const ActorMention& source, uint32_t* noun) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  // The determiner: right after the verb (and its particle), or after "to
  // keep up" and the like ("vowed to keep up such raids").
  uint32_t t = a + 1;
  while (t < n && t < a + 5 && group_at_[t] == kNone && !clause_break_[t] &&
         !OneOf(tokens_[t].lower, {"the", "these", "those", "that", "this", "such"}) &&
         (tokens_[t].pos == Pos::RP || tokens_[t].pos == Pos::TO || IsVerb(tokens_[t].pos))) {
    ++t;
  }
  if (t + 1 >= n || !OneOf(tokens_[t].lower, {"the", "these", "those", "that", "this", "such"})) return kNone;
  std::string root;
  for (uint32_t k = t + 1; k < n && k < t + 4 && root.empty(); ++k) {
    if (group_at_[k] != kNone || clause_break_[k]) break;
    if (OneOf(tokens_[k].lemma, {"duty", "tariff", "sanction", "embargo", "ban", "quota", "levy", "restriction", "curb",
                                 "surcharge", "boycott"})) {
      root = "16";
    } else if (OneOf(tokens_[k].lemma, {"talk", "talks", "negotiation", "negotiations", "dialogue"})) {
      root = "04";
    } else if (OneOf(tokens_[k].lemma, {"raid", "attack", "strike", "airstrike", "bombing", "shelling", "offensive"})) {
      root = "19";
    }
    *noun = k;
  }
  if (root.empty()) return kNone;
  auto group_of = [&](const std::string& code) {
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].members.size() == 1 && groups_[g].members[0].code == code && groups_[g].end <= a) {
        return static_cast<int>(g);
      }
    }
    return static_cast<int>(kNone);
  };
  for (auto e = out_->rbegin(); e != out_->rend(); ++e) {
    if (e->doc_id != story_.doc_id || e->sentence != sentence_idx_) break;
    if (e->root != root || !e->target) continue;
    // (An attack by a military is its state's: "Iraq said its warplanes had
    // attacked … and vowed to keep up such raids".)
    if (e->source.code == source.code || (root == "19" && e->source.country == source.country)) {
      return group_of(e->target->code);
    }
    // (Talks go both ways: the side that is not the source.)
    if (root == "04" && e->target->code == source.code) return group_of(e->source.code);
  }
  return kNone;
}

// The group starting at or covering `t` is a state's building or office
// after "at", "near" or "outside" ("outside Somalia's education ministry",
// "at the U.S. embassy"): one state agent whose head noun is a building.
bool SentenceCoder::StateBuildingAt(uint32_t t) const {
  if (group_at_[t] == kNone) return false;
  const ActorGroup& g = groups_[group_at_[t]];
  uint32_t p = g.begin > 0 && tokens_[g.begin - 1].lower == "the"sv ? g.begin - 1 : g.begin;
  if (p == 0 || !OneOf(tokens_[p - 1].lower, {"at", "near", "outside"})) return false;
  if (g.members.size() != 1 || g.members[0].kind != ActorMention::Kind::kState ||
      g.members[0].code == g.members[0].country || g.members[0].plural_agent) {
    return false;
  }
  const Token& head = tokens_[g.end - 1];
  return IsNoun(head.pos) && OneOf(head.lemma, {"ministry", "embassy", "consulate", "parliament", "headquarters",
                                                "office", "palace", "court", "station", "base"});
}

// The actor group that begins at token `k` when all its members belong to
// a country other than `own_country` (states only when `states_only`), or
// kNone.
int SentenceCoder::OtherCountryGroupAt(uint32_t k, const std::string& own_country, bool states_only) const {
  if (k >= tokens_.size() || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) return kNone;
  const ActorGroup& g = groups_[group_at_[k]];
  const bool other = !g.members.empty() && std::all_of(g.members.begin(), g.members.end(), [&](const ActorMention& m) {
    return (!states_only || m.kind == ActorMention::Kind::kState) && m.country.size() == 3 && m.country != own_country;
  });
  return other ? group_at_[k] : kNone;
}

// For an act whose clause runs [begin, end) by actors of `own_country`:
// the actor group of another country whose act it answers, or kNone. Either
// ", after" (or "after") and that actor soon after the act ("…, after
// Venezuelan President Nicolas Maduro ordered …", "after North Korea's
// launch"), or the actor right after "in response to" ("in retaliation
// for") after it, or, when the act is a response ("in response", "in
// retaliation", "responded by", "prompting … to"), the first actor of the
// sentence ("North Korea fired …, prompting the South to stage drills in
// response").
int SentenceCoder::AnsweredActor(uint32_t begin, uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto other = [&](int g) {
    return g != kNone && !groups_[g].members.empty() &&
           std::all_of(groups_[g].members.begin(), groups_[g].members.end(), [&](const ActorMention& m) {
             return m.country.size() == 3 && m.country != own_country && !OneOf(m.country, {"IGO", "NGO", "IMG"});
           });
  };
  for (uint32_t t = end; t + 1 < n && t < end + 25; ++t) {
    if (tokens_[t].lower == ";"sv) break;
    if (tokens_[t].lower != "after"sv) continue;
    uint32_t k = t + 1;
    if (k < n && tokens_[k].pos == Pos::DT) ++k;
    if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].begin == k && other(group_at_[k])) return group_at_[k];
    break;
  }
  // "…, in response to the U.S. naval deployment toward Venezuela's coast":
  // the actor that opens what it responds to.
  for (uint32_t t = end; t + 3 < n && t < end + 25; ++t) {
    if (tokens_[t].lower == ";"sv) break;
    if (tokens_[t].lower != "in"sv || !OneOf(tokens_[t + 1].lower, {"response", "retaliation", "reaction"}) ||
        !OneOf(tokens_[t + 2].lower, {"to", "for"})) {
      continue;
    }
    uint32_t k = t + 3;
    if (k < n && tokens_[k].pos == Pos::DT) ++k;
    if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].begin == k && other(group_at_[k])) return group_at_[k];
    break;
  }
  bool response = false;
  for (uint32_t t = begin > 3 ? begin - 3 : 0; t < n && t < end + 4; ++t) {
    if ((OneOf(tokens_[t].lower, {"in"}) && t + 1 < n && OneOf(tokens_[t + 1].lower, {"response", "retaliation"})) ||
        OneOf(tokens_[t].lemma, {"respond", "prompt"})) {
      response = true;
    }
  }
  if (!response) return kNone;
  for (uint32_t t = 0; t < begin; ++t) {
    if (group_at_[t] == kNone) continue;
    return other(group_at_[t]) && !groups_[group_at_[t]].coreference ? group_at_[t] : kNone;
  }
  return kNone;
}

// For a show of force whose clause ends at `end`: the actor group of another
// country than `own_country` that the offensive it prepares for is aimed at,
// or kNone. "… call-up orders to 60,000 reservists ahead of a planned
// offensive to seize Gaza City", "massed troops in preparation for an
// assault on Karsovia".
int SentenceCoder::PreparedOffensiveTarget(uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = end; t + 3 < n && t < end + 20; ++t) {
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && !in_time_[t] && tokens_[t].lower != ","sv)) break;
    uint32_t k;
    if (tokens_[t].lower == "ahead"sv && tokens_[t + 1].lower == "of"sv) {
      k = t + 2;
    } else if (tokens_[t].lower == "in"sv && tokens_[t + 1].lower == "preparation"sv &&
               tokens_[t + 2].lower == "for"sv) {
      k = t + 3;
    } else {
      continue;
    }
    // "a planned offensive", "an expected ground assault".
    while (k < n && (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBN ||
                     OneOf(tokens_[k].lower, {"ground", "military", "land", "full-scale", "major"}))) {
      ++k;
    }
    if (k + 2 >= n || !OneOf(tokens_[k].lemma, {"offensive", "assault", "attack", "invasion", "incursion"})) {
      return kNone;
    }
    ++k;
    if (OneOf(tokens_[k].lower, {"on", "against", "into", "in"})) {
      ++k;
    } else if (tokens_[k].lower == "to"sv &&
               OneOf(tokens_[k + 1].lemma, {"seize", "capture", "take", "retake", "occupy", "invade", "attack"})) {
      k += 2;
    } else {
      return kNone;
    }
    if (k < n && tokens_[k].pos == Pos::DT) ++k;
    return OtherCountryGroupAt(k, own_country, /*states_only=*/false);
  }
  return kNone;
}

// For a show of force whose clause ends at `end`: the actor group of
// another country than `own_country` that its purpose is to deter ("… to
// the eastern Mediterranean on Saturday to deter Iran and Hezbollah"), or
// kNone.
int SentenceCoder::DeterredActor(uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = end; t + 2 < n && t < end + 20; ++t) {
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && !in_time_[t])) break;
    if (tokens_[t].pos != Pos::TO) continue;
    uint32_t k = t + 1;
    if (tokens_[k].lemma == "help"sv) ++k;
    if (k + 1 >= n || !OneOf(tokens_[k].lemma, {"deter", "dissuade", "intimidate"})) return kNone;
    return OtherCountryGroupAt(k + 1, own_country, /*states_only=*/false);
  }
  return kNone;
}

// For a show of force whose clause ends at `end`: the actor group of
// another country than `own_country` whose border with it the forces were
// moved to ("… had been moved to strategic islands in the Aegean and to the
// land border with Turkey"), or kNone.
int SentenceCoder::BorderedState(uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = end; t + 2 < n && t < end + 24; ++t) {
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && !in_time_[t] && !list_comma_[t])) break;
    if (!OneOf(tokens_[t].lemma, {"border", "frontier"}) || tokens_[t + 1].lower != "with"sv) continue;
    const uint32_t k = tokens_[t + 2].lower == "the"sv ? t + 3 : t + 2;
    return OtherCountryGroupAt(k, own_country, /*states_only=*/true);
  }
  return kNone;
}

// For property seized or destroyed whose phrase ends at `end`: the actor
// group of another country than `own_country` at the other end of the link
// it is ("two roads linking it to South Korea", "the pipeline connecting
// them with Germany"), or kNone.
int SentenceCoder::LinkedState(uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = end; t + 2 < n && t < end + 8; ++t) {
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && !in_time_[t])) break;
    if (!OneOf(tokens_[t].lower, {"linking", "connecting", "joining"})) continue;
    uint32_t k = t + 1;
    if (OneOf(tokens_[k].lower, {"it", "them"})) {
      ++k;
    } else if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
      k = groups_[group_at_[k]].end;
    }
    if (k + 1 >= n || !OneOf(tokens_[k].lower, {"to", "with"})) return kNone;
    ++k;
    if (tokens_[k].lower == "the"sv) ++k;
    return OtherCountryGroupAt(k, own_country, /*states_only=*/true);
  }
  return kNone;
}

// For a ship seized whose noun ends at `end`: the actor group of another
// country than `own_country` that owns its cargo ("carrying sanctioned
// Venezuelan crude") or whose coast or waters it was seized off ("off the
// coast of Venezuela", "in Iranian waters"), or kNone.
int SentenceCoder::SeizedShipOwner(uint32_t end, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto other_state = [&](uint32_t k) { return OtherCountryGroupAt(k, own_country, /*states_only=*/true); };
  for (uint32_t t = end; t + 2 < n && t < end + 16; ++t) {
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && !in_time_[t])) break;
    uint32_t k = t + 1;
    if (OneOf(tokens_[t].lemma, {"carry", "transport", "ship"}) ||
        (OneOf(tokens_[t].lower, {"laden", "loaded"}) && tokens_[k].lower == "with"sv && ++k)) {
      while (k < n && group_at_[k] == kNone && (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD ||
                                                 IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBN)) {
        ++k;
      }
      const int cargo = other_state(k);
      if (cargo != kNone && groups_[cargo].end < n && IsNoun(tokens_[groups_[cargo].end].pos)) return cargo;
    } else if (tokens_[t].lower == "off"sv && k + 2 < n && tokens_[k].lower == "the"sv &&
               OneOf(tokens_[k + 1].lemma, {"coast", "shore"}) && tokens_[k + 2].lower == "of"sv) {
      return other_state(k + 3);
    } else if (tokens_[t].lower == "in"sv) {
      const int waters = other_state(k);
      if (waters != kNone && groups_[waters].end < n &&
          OneOf(tokens_[groups_[waters].end].lower, {"waters", "port", "ports"})) {
        return waters;
      }
    }
  }
  return kNone;
}

}  // namespace coder_internal
}  // namespace statecraft
