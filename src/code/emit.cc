// From a decided act to an Event: Emit refines the code for the pair of
// actors (a meeting abroad or by telephone, a strike by workers, police
// force on civilians, …), drops acts that need a counterpart and have none,
// dates the act from its own clause and marks it background when far back,
// and keeps one event per act and sentence.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/counterpart.h"
#include "code/sentence_coder.h"
#include "code/word_classes.h"
#include "model/date.h"
#include "recognize/dateline.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

namespace {

// CAMEO's tree: "0231" is under "023", "023" under "020", the root's
// unspecified code ("190" for root 19).
std::string ParentCode(const std::string& code) {
  if (code.size() == 4) return code.substr(0, 3);
  if (code.size() == 3 && code[2] != '0') return code.substr(0, 2) + "0";
  return "";
}

bool IsAncestorCode(const std::string& ancestor, const std::string& code) {
  for (std::string up = ParentCode(code); !up.empty(); up = ParentCode(up))
    if (up == ancestor) return true;
  return false;
}

}  // namespace

// Gives *e the CAMEO code `code`, its root, and the code's Goldstein value,
// quad class and PLOVER fields from the dictionary's code table (left as
// they are for a code the table lacks). The caller recomputes event_id once
// the event's spans are final.
void SentenceCoder::SetCode(Event* e, const std::string& code) const {
  e->cameo = code;
  e->root = code.substr(0, 2);
  if (const CameoCode* info = dict_.FindCode(code)) {
    e->quad_class = info->quad_class;
    e->goldstein = info->goldstein;
    e->plover = info->plover;
    e->plover_mode = info->plover_mode;
    e->plover_context = info->plover_context;
  }
}

// One actor on both sides: the same code, the same person, or a state and
// its own government ("Kim … the North"). A state and its other sectors
// are different actors: ZRNGOV 173 ZRNCVL is a domestic event.
bool SentenceCoder::SameActor(const ActorMention& s, const ActorMention& t) {
  if (s.kind == ActorMention::Kind::kPerson && s.name == t.name) return true;
  // "the Tower Commission criticised Reagan": a named institution and a
  // named person are two actors even when both code as USAGOV.
  auto named = [](const ActorMention& m) {
    return m.kind == ActorMention::Kind::kPerson || m.why.rfind("institution", 0) == 0;
  };
  if (s.code == t.code) {
    if (named(s) && named(t) && s.name != t.name && s.kind != t.kind) return false;
    // "Planning Secretary Solita Monsod accused the chief negotiator": a
    // named person and a title of another office are two people.
    const bool person_and_title = (s.kind == ActorMention::Kind::kPerson && t.kind == ActorMention::Kind::kTitle) ||
                                  (s.kind == ActorMention::Kind::kTitle && t.kind == ActorMention::Kind::kPerson);
    return !(person_and_title && !s.office.empty() && !t.office.empty() && s.office != t.office);
  }
  if (s.country != t.country) return false;
  return StateOrGovernment(s.code, s.country) && StateOrGovernment(t.code, t.country);
}

bool SentenceCoder::StateOrGovernment(const std::string& code, const std::string& country) {
  return code == country || code == country + "GOV";
}

EventActor SentenceCoder::ToEventActor(const ActorMention& m) const {
  EventActor e;
  e.code = m.code;
  e.country = m.country;
  e.name = m.name;
  e.begin = m.span.begin;
  e.end = m.span.end;
  e.text = std::string(m.span.Of(story_.text));
  e.entry = m.entry;
  return e;
}

// "over the telephone", "by phone", "in a telephone call" within the
// clause after the anchor.
bool SentenceCoder::ByTelephone(uint32_t anchor) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t k = anchor + 1; k + 1 < n && k < anchor + 12; ++k) {
    if ((clause_break_[k] && !list_comma_[k]) || (IsVerb(tokens_[k].pos) && k > anchor + 1)) return false;
    if (!OneOf(tokens_[k].lower, {"over", "by", "via", "in", "during"})) continue;
    uint32_t p = k + 1;
    while (p < n && p < k + 4 && (tokens_[p].pos == Pos::DT || IsAdjective(tokens_[p].pos))) ++p;
    if (p < n && OneOf(tokens_[p].lower, {"telephone", "phone", "videoconference", "video", "teleconference"})) {
      return true;
    }
  }
  return false;
}

// "its warplanes had hit a vessel", "attacked several ships": an armed
// attack whose object is a ship, a platform or a military position is an
// event though no actor is named as its target.
bool SentenceCoder::AttackOnThing(uint32_t anchor) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto thing_at = [&](uint32_t from) {
    uint32_t k = from;
    while (k < n && k < from + 4 &&
           (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD || IsAdjective(tokens_[k].pos) ||
            tokens_[k].pos == Pos::PRPS || tokens_[k].pos == Pos::NN || tokens_[k].pos == Pos::NNS) &&
           !IsAttackedThing(tokens_[k].lemma)) {
      ++k;
    }
    return k < n && IsNoun(tokens_[k].pos) && IsAttackedThing(tokens_[k].lemma) &&
           !(k + 1 < n && (tokens_[k + 1].pos == Pos::NN || tokens_[k + 1].pos == Pos::NNS ||
                           tokens_[k + 1].pos == Pos::POS));
  };
  if (thing_at(anchor + 1)) return true;
  // "Two supertankers (were) attacked in the Gulf by Iranian gunboats": a
  // passive's subject right before it.
  if (tokens_[anchor].pos == Pos::VBN && anchor >= 1) {
    uint32_t k = anchor - 1;
    while (k > 0 && OneOf(tokens_[k].lemma, {"be", "have"}) && tokens_[k].pos != Pos::NN) --k;
    if (IsNoun(tokens_[k].pos) && IsAttackedThing(tokens_[k].lemma) && group_at_[k] == kNone) return true;
  }
  // "fired drones and missiles at commercial ships": what the weapons were
  // fired at.
  bool weapons = false;
  for (uint32_t k = anchor + 1; k + 1 < n && k < anchor + 8; ++k) {
    if (clause_break_[k] || group_at_[k] != kNone || IsVerb(tokens_[k].pos)) break;
    weapons = weapons || OneOf(tokens_[k].lemma, {"missile", "rocket", "drone", "shell", "torpedo", "bomb"});
    if (OneOf(tokens_[k].lower, {"at", "on", "against", "toward", "towards"})) {
      // (Not "their own positions".)
      const bool own = k + 2 < n && tokens_[k + 2].lower == "own"sv;
      return weapons && !own && thing_at(k + 1);
    }
  }
  return false;
}

// "Afghan warplanes killed 22 people in a second bombing in as many days of
// a remote Pakistani village": the state an attack that names no one took
// place in, when it is not the attacker's own (nullptr: none).
const ActorMention* SentenceCoder::PlaceOfAttack(uint32_t anchor, const ActorMention& source, bool abduction) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  // (The attacker's own state, an armed group's too: "IMGVDRNHD" is
  // Valdoria's.)
  const std::string home = source.country == "IMG" && source.code.size() >= 6 ? source.code.substr(3, 3)
                                                                               : source.country;
  for (uint32_t k = anchor + 1; k < n && k < anchor + 20; ++k) {
    if (tokens_[k].lower == ","sv || tokens_[k].lower == ";"sv || tokens_[k].pos == Pos::kPeriod) break;
    if (group_at_[k] == kNone || groups_[group_at_[k]].begin != k) continue;
    const ActorGroup& g = groups_[group_at_[k]];
    if (g.members.size() != 1 || g.coreference) {
      k = g.end - 1;
      continue;
    }
    const ActorMention& m = g.members[0];
    // In a state, or in a place of it: "in Pakistan", "of a remote
    // Pakistani village", "in Russia's Buryatia region".
    int b = static_cast<int>(k) - 1;
    while (b >= 0 && (tokens_[b].pos == Pos::DT || IsAdjective(tokens_[b].pos)) && group_at_[b] == kNone) --b;
    // (Not "120 miles east of Bahrain", "near the Afghan border": where a
    // place lies, not the state it is in.)
    // (Where captives are carried, "into Karsovia", is no victim.)
    const bool in_place = b >= 0 && OneOf(tokens_[b].lower, {"in", "of", "into", "inside", "across"}) &&
                          !(abduction && tokens_[b].lower == "into"sv) &&
                          !(tokens_[b].lower == "of"sv && b >= 1 &&
                            OneOf(tokens_[b - 1].lower, {"east", "west", "north", "south", "northeast", "northwest",
                                                         "southeast", "southwest", "north-east", "north-west",
                                                         "south-east", "south-west"}));
    // (Nor a state that modifies a noun after it: "in the wake of the Iran
    // arms scandal", "in Kuwait waters".)
    const bool modifier = g.end < n && (tokens_[g.end].pos == Pos::NN || tokens_[g.end].pos == Pos::NNS) &&
                          !IsTerritoryNoun(tokens_[g.end].lemma);
    const bool state = m.kind == ActorMention::Kind::kState && (m.code == m.country || m.place);
    const bool place_noun = g.end < n && (IsTerritoryNoun(tokens_[g.end].lemma) ||
                                          (g.end + 1 < n && tokens_[g.end].lower == "'s"sv &&
                                           IsTerritoryNoun(tokens_[g.end + 1].lemma)));
    if (in_place && state && !modifier && (!m.demonym_only || place_noun) && m.country.size() == 3 &&
        !OneOf(m.country, {"IGO", "NGO", "IMG"}) && m.country != home) {
      return &m;
    }
    k = g.end - 1;
  }
  return nullptr;
}

// A country or capital named as a place ("in Canada", "at Geneva") that is
// neither side of a meeting makes it a meeting at a third location (044).
bool SentenceCoder::MetInThirdCountry(const ActorMention& s, const ActorMention& t) const {
  // (An armed group's home is the state its code names: "a meeting in
  // Kabul with the Taliban's leader" is in the Taliban's own country.)
  const auto home = [](const ActorMention& m) {
    return m.country == "IMG"sv && m.code.size() >= 6 ? m.code.substr(3, 3) : m.country;
  };
  const std::string s_home = home(s), t_home = home(t);
  // "SAMARKAND, Uzbekistan, Sept 16 (Reuters) - Modi told Putin … at their
  // first meeting": a dateline naming a city and its state is the place
  // of the story's events (a bureau's dateline names only its city).
  if (const uint32_t dash = DatelineDash(tokens_); dash > 3 && tokens_[1].lower == ","sv && group_at_[2] != kNone &&
                                                     groups_[group_at_[2]].begin == 2 && groups_[group_at_[2]].end < dash &&
                                                     tokens_[groups_[group_at_[2]].end].lower == ","sv) {
    const ActorMention& place = groups_[group_at_[2]].members[0];
    if (place.code == place.country && place.country != s_home && place.country != t_home) return true;
  }
  for (uint32_t k = 0; k + 1 < tokens_.size(); ++k) {
    if (!OneOf(tokens_[k].lower, {"in", "at", "on"})) continue;
    // ("in the Saudi capital", "in the Finnish capital", "on the Indonesian
    // island of Bali": a country's adjective before its capital or a city.)
    uint32_t j = k + 1;
    if (tokens_[j].lower == "the"sv && j + 2 < tokens_.size() && group_at_[j + 1] != kNone &&
        groups_[group_at_[j + 1]].end == j + 2 &&
        OneOf(tokens_[j + 2].lemma, {"capital", "city", "port", "resort", "town", "island"})) {
      ++j;
    } else if (tokens_[k].lower == "on"sv) {
      continue;
    }
    if (group_at_[j] == kNone) continue;
    // "talks with Putin about the war in Ukraine": the place of another
    // noun is not where they met.
    if (k > 0 && (tokens_[k - 1].pos == Pos::NN || tokens_[k - 1].pos == Pos::NNS) && group_at_[k - 1] == kNone &&
        !IsOccasionNoun(tokens_[k - 1].lemma) &&
        // ("met at a lakeside villa in Geneva", "shook hands in Singapore",
        // "met for three hours on the island of Bali": the venue of the
        // meeting, the handshake or the time it took is where they met.)
        !OneOf(tokens_[k - 1].lemma, {"place", "villa", "residence", "palace", "hotel", "resort", "estate", "castle",
                                      "retreat", "venue", "hand", "hour", "minute", "day"})) {
      continue;
    }
    const ActorGroup& g = groups_[group_at_[j]];
    if (g.begin != j || g.coreference) continue;
    for (const ActorMention& place : g.members) {
      if (place.kind == ActorMention::Kind::kState && place.code == place.country && place.country != s_home &&
          place.country != t_home) {
        return true;
      }
    }
  }
  return false;
}

// The state whose capital or name follows "in" after the talks at
// `anchor`, within their clause, when it is not the source's own and the
// sentence names no one else but the source's side; or null.
// (Not a city that is only a place: "talks in Geneva" are at a venue.)
const ActorMention* SentenceCoder::HostOfTalks(uint32_t anchor, const ActorMention& s) const {
  if (s.country.size() != 3 || OneOf(s.country, {"IGO", "NGO", "IMG"})) return nullptr;
  // (Talks "with" someone the dictionary does not know have a partner:
  // "meeting with other major industrial nations in Mirovel"; so has a
  // meeting with an object, "met Prime Minister Aren Kol in Mirovel".)
  if (OneOf(tokens_[anchor].lemma, {"meet", "see", "receive", "host"}) && anchor + 1 < tokens_.size() &&
      !OneOf(tokens_[anchor + 1].lower, {"in", "on", "at", "here", "there", "recently", "today", "yesterday"})) {
    return nullptr;
  }
  for (uint32_t k = anchor + 1; k < tokens_.size() && k < anchor + 16; ++k) {
    if (clause_break_[k] && !in_time_[k]) break;
    if (tokens_[k].lower == "with"sv) return nullptr;
  }
  for (uint32_t k = anchor + 1; k + 1 < tokens_.size() && k < anchor + 12; ++k) {
    if (clause_break_[k] && !in_time_[k]) break;
    if (tokens_[k].lower != "in"sv || group_at_[k + 1] == kNone) continue;
    const ActorGroup& g = groups_[group_at_[k + 1]];
    if (g.begin != k + 1 || g.coreference || g.members.size() != 1) continue;
    const ActorMention& place = g.members[0];
    if (place.kind != ActorMention::Kind::kState || place.code != place.country || place.place ||
        place.country == s.country) {
      continue;
    }
    // (Only a host who is named nowhere else and no third party: "met
    // recently in Paris" after a list that names France, "their summit
    // meeting in Reykjavik" after Gorbachev.)
    for (const ActorGroup& other : groups_) {
      if (&other == &g || other.coreference) continue;
      for (const ActorMention& m : other.members) {
        if (m.country != s.country && !(m.demonym_only && m.country == place.country)) return nullptr;
      }
    }
    return &place;
  }
  return nullptr;
}

void SentenceCoder::Emit(const ActorMention& s, const ActorMention* t, const std::string& code_in,
                         const VerbPattern& pattern, uint32_t anchor, const Match& match,
                         const Chain& chain, const std::string& modality) {
  std::string code = code_in;
  // "Mariupol was shelled …" is fine as a target; a place never acts.
  if (s.place) {
    Trace("  " + s.name + " named by a place in it ('" + tokens_[s.token_begin].text + "'): a place does not act, no event");
    return;
  }
  // "North Korea blew up the liaison office in Kaesong": a place of the
  // source's own state names no other side.
  // (Violence there hits the people of the place: "the Syrian air force
  // dropped chlorine on Douma" is aimed at Syrian civilians.)
  ActorMention place_people;
  // (Rebels who seize a town of their state take it from that state: "the
  // Taliban seized Kabul" is AFGREB 192 AFG.)
  const bool insurgent = s.code.size() >= 6 && OneOf(s.code.substr(3, 3), {"REB", "INS"});
  if (t && t->place && t->country == s.country && insurgent && code.compare(0, 3, "192") == 0) {
    place_people = *t;
    place_people.code = t->country;
    place_people.place = false;
    t = &place_people;
    Trace("  a place of the rebels' own state, taken from that state: " + place_people.code);
  } else if (t && t->place && t->country == s.country) {
    const int root = std::atoi(code.substr(0, 2).c_str());
    // (Not a bombing, which may be of a building: "blew up the office in
    // Kaesong".)
    const bool hits_people = root == 20 || (root == 18 && code.compare(0, 3, "183") != 0) ||
                             (root == 19 && code.compare(0, 3, "192") != 0);
    if (hits_people && s.code != s.country + "CVL") {
      place_people = *t;
      place_people.code = t->country + "CVL";
      place_people.place = false;
      t = &place_people;
      Trace("  violence in a place of the source's own state: aimed at its people, " + place_people.code);
    } else {
      Trace("  " + t->name + " named by a place in it: the source's own land, no target");
      // ("captured the town of Esterby from Valdorian troops": taken from
      // the side that held it.)
      const uint32_t from = t->token_end;
      t = nullptr;
      if (code.compare(0, 3, "192") == 0 && from + 1 < tokens_.size() && tokens_[from].lower == "from"sv &&
          group_at_[from + 1] != kNone && groups_[group_at_[from + 1]].members.size() == 1 &&
          groups_[group_at_[from + 1]].members[0].country != s.country) {
        t = &groups_[group_at_[from + 1]].members[0];
        Trace("  taken from " + t->code + " ('from')");
      }
    }
  }
  // "British police flooded the streets of London with 16,000 officers": a
  // show of force in one's own state names no other side.
  if (code.compare(0, 2, "15") == 0 && t && t->code == t->country && t->country == s.country) {
    Trace("  " + t->code + " is the source's own state: no target");
    t = nullptr;
  }
  // "Ukrainian forces retook the city of Kherson": taking back one's own
  // land names no other side.
  if (code.compare(0, 3, "192") == 0 && t && t->code == t->country && t->country == s.country && !insurgent) {
    Trace("  " + t->code + " is the source's own land: no target");
    t = nullptr;
  }
  if (code == "040" && t && MetInThirdCountry(s, *t)) code = "044";
  // "workers at 152 West German engineering companies held warning
  // strikes", "workers at Karsovian Steel went on strike": workers named
  // with their employer protest against it.
  ActorMention employer;
  if (!t && code.compare(0, 2, "14") == 0 && s.code.size() > 3 && s.code.compare(s.code.size() - 3, 3, "LAB") == 0 &&
      s.token_end < tokens_.size() && OneOf(tokens_[s.token_end].lower, {"at", "of"})) {
    for (uint32_t k = s.token_end + 1; k < tokens_.size() && k <= s.token_end + 5; ++k) {
      if (group_at_[k] != kNone) {
        const ActorGroup& g = groups_[group_at_[k]];
        const ActorMention& m = g.members[0];
        uint32_t head = g.end;
        while (head < tokens_.size() && head < g.end + 3 && group_at_[head] == kNone &&
               (IsAdjective(tokens_[head].pos) || tokens_[head].pos == Pos::NN) &&
               !IsCompanyNoun(tokens_[head].lemma)) {
          ++head;
        }
        const bool firm = m.code.size() > 3 && m.code.compare(m.code.size() - 3, 3, "BUS") == 0;
        if (g.members.size() == 1 && m.country == s.country &&
            (firm || (m.code == m.country && head < tokens_.size() && IsCompanyNoun(tokens_[head].lemma)))) {
          employer = m;
          if (!firm) employer.code = m.country + "BUS";
          employer.demonym_only = false;
          t = &employer;
          Trace("  workers named with their employer: the protest is against " + employer.code);
        }
        break;
      }
      if (tokens_[k].lower == ","sv || IsVerb(tokens_[k].pos) || clause_break_[k]) break;
    }
  }
  // "talked with Baker over the telephone": a remote talk (041).
  if (code == "040" && ByTelephone(anchor)) {
    Trace("  by telephone: 040 → 041");
    code = "041";
  }
  // ("Turkey detained Ekrem Imamoglu", "… the mayor of Istanbul": a state
  // arresting or attacking a person who holds one of its offices acts on
  // that person, not on itself.)
  const bool coerced_officeholder = t &&
                                    (t->kind == ActorMention::Kind::kPerson || t->kind == ActorMention::Kind::kTitle) &&
                                    s.code == s.country &&
                                    s.kind == ActorMention::Kind::kState &&
                                    OneOf(code.substr(0, 2), {"17", "18"});
  if (t && SameActor(s, *t) && !coerced_officeholder) {
    Trace("  " + s.code + " → " + t->code + ": the same actor on both sides, no event");
    return;
  }
  // "Ambassador Nobuo Matsunaga made the recommendation at a meeting with
  // Nakasone": a meeting inside one government or one body is its own
  // business, not an interaction between actors.
  if (t && code.compare(0, 2, "04") == 0 && s.code == t->code && s.code.size() > 3 &&
      !OneOf(s.country, {"IGO", "NGO", "IMG"})) {
    Trace("  a meeting inside one body (" + s.code + "): domestic, no event");
    return;
  }
  // "businessmen visiting Tokyo", "tourists came to Canada": a visit to,
  // or talks with, one's own state named bare is no interaction. (Not
  // forces: troops sent to their own state's land are deployed there.)
  if (t && code.compare(0, 2, "04") == 0 && t->code.size() == 3 && t->code == t->country && s.country == t->country &&
      !(s.code.size() > 3 && s.code.compare(s.code.size() - 3, 3, "MIL") == 0)) {
    Trace("  " + s.code + " → " + t->code + ": a visit to or talks with its own state, no event");
    return;
  }
  if (code == "---") {  // PETRARCH's null code: the pattern wins but codes nothing
    Trace("  null code '---': no event");
    return;
  }
  // "told reporters", "was speaking to West German journalists": talking
  // to the press is no interaction, either way round.
  auto press = [](const ActorMention& m) {
    return m.code.size() > 3 && m.code.compare(m.code.size() - 3, 3, "MED") == 0;
  };
  if (t && (code.compare(0, 2, "01") == 0 || code.compare(0, 3, "040") == 0 || code.compare(0, 3, "041") == 0) &&
      (press(*t) || (code.compare(0, 2, "04") == 0 && press(s)))) {
    Trace("  '" + tokens_[anchor].text + "' to the press: no addressee among the actors, no event");
    return;
  }
  // "workers joined students in strikes against the government": a strike
  // by workers, students or other civilians is a work stoppage (143), not
  // a military strike.
  auto civilian = [](const ActorMention& m) {
    if (m.code.size() <= 3) return false;
    const std::string role = m.code.substr(m.code.size() - 3);
    return role == "LAB" || role == "EDU" || role == "CVL" || role == "HLH" || role == "OPP" || role == "REL";
  };
  if (code.compare(0, 2, "19") == 0 && tokens_[anchor].lemma == "strike"sv && civilian(s)) {
    Trace("  a strike by " + s.code + ": a work stoppage, " + code + " → 143");
    code = "143";
  }
  // "anti-government protesters stormed Bangkok's main airport": storming
  // by civilians is a violent protest (145), not the use of force.
  // (So is forcing one's way in: "protesters smashed their way into the
  // Legislative Council".)
  const bool forced_way = anchor + 2 < tokens_.size() && tokens_[anchor + 2].lower == "way"sv &&
                          OneOf(tokens_[anchor].lemma, {"smash", "force", "fight", "break"});
  if (code.compare(0, 2, "19") == 0 && (OneOf(tokens_[anchor].lemma, {"storm", "overrun", "ransack"}) || forced_way) &&
      civilian(s)) {
    Trace("  stormed by " + s.code + ": a violent protest, " + code + " → 145");
    code = "145";
  }
  // "protesters … vandalised its chamber", "rioters torched police
  // stations": property damage by civilians is rioting (145).
  if (code == "1712" && civilian(s) && OneOf(tokens_[anchor].lemma, {"vandalize", "vandalise", "torch", "burn",
                                                                      "ransack", "loot", "smash", "deface"})) {
    Trace("  damage by " + s.code + ": a violent protest, 1712 → 145");
    code = "145";
  }
  // "Kazakh protesters stormed the mayor's office", "… the parliament
  // building": with no actor named, a government building stormed is the
  // protesters' own government's (a legislature's: their legislature's).
  ActorMention building_owner;
  if (code == "145" && !t && s.country.size() == 3 && !OneOf(s.country, {"IGO", "NGO", "IMG"})) {
    for (uint32_t k = anchor + 1; k < tokens_.size() && k <= anchor + 5 && !clause_break_[k]; ++k) {
      if (group_at_[k] != kNone) break;
      const std::string& w = tokens_[k].lemma;
      const bool legislature = OneOf(w, {"parliament", "legislature", "congress", "assembly"});
      if (!legislature && !OneOf(w, {"office", "ministry", "palace", "headquarters", "residence"})) continue;
      building_owner = s;
      building_owner.kind = ActorMention::Kind::kState;
      building_owner.code = s.country + (legislature ? "LEG" : "GOV");
      building_owner.office.clear();
      building_owner.plural_agent = false;
      building_owner.token_begin = k;
      building_owner.token_end = k + 1;
      building_owner.span = tokens_[k].span;
      building_owner.why = "the government building stormed ('" + tokens_[k].text + "'), the protesters' own";
      t = &building_owner;
      Trace("  target: the protesters' own " + std::string(legislature ? "legislature" : "government") +
            ", whose '" + tokens_[k].text + "' was stormed");
      break;
    }
  }
  // "Israeli police questioned Prime Minister Netanyahu for three hours":
  // police, prosecutors or intelligence questioning someone investigate
  // (090), they do not doubt (110).
  if (code.compare(0, 3, "110") == 0 && OneOf(tokens_[anchor].lemma, {"question", "interrogate", "quiz"}) &&
      s.code.size() > 3 && OneOf(s.code.substr(s.code.size() - 3), {"COP", "JUD", "SPY"})) {
    Trace("  questioned by " + s.code + ": an investigation, 110 → 090");
    code = "090";
  }
  // "riot police beat students and other protesters", "security forces
  // killed hundreds of people as they broke up protest camps": force used
  // by police on civilians is violent repression (175).
  auto role_of = [](const ActorMention& m) {
    return m.code.size() > 3 ? m.code.substr(m.code.size() - 3) : std::string();
  };
  if (t && role_of(s) == "COP" && OneOf(role_of(*t), {"CVL", "EDU", "OPP", "LAB"}) && t->country == s.country &&
      (code == "180" || code == "182" || code.compare(0, 2, "19") == 0 || code == "202")) {
    Trace("  force used by police on civilians: violent repression, " + code + " → 175");
    code = "175";
  }
  // "Rebels of the Northern Hand attacked a police station": an armed
  // group's attack is force (190), not a riot (145).
  if (code.compare(0, 3, "145") == 0 &&
      (s.code.compare(0, 3, "IMG") == 0 || OneOf(role_of(s), {"REB", "INS", "MIL"}))) {
    Trace("  an armed group's attack: force, " + code + " → 190");
    code = "190";
  }
  // "Merz said …, warning his Christian Democrats that painful reforms lay
  // ahead": a warning to one's own ("his party") threatens no one.
  uint32_t owner = t ? t->token_begin : 0;
  while (t && owner > 0 && t->token_begin - owner < 2 && IsAdjective(tokens_[owner - 1].pos)) --owner;
  // (The owner must be the warner: not business leaders who "warned her
  // government".)
  if (t && code == "130" && tokens_[anchor].lemma == "warn"sv && t->country == s.country && owner > 0 &&
      (s.kind == ActorMention::Kind::kPerson || role_of(s) == "GOV") && role_of(*t) != "GOV" &&
      tokens_[owner - 1].pos == Pos::PRPS && OneOf(tokens_[owner - 1].lower, {"his", "her", "its", "their", "our"})) {
    Trace("  a warning to " + s.code + "'s own " + t->code + ": no threat, no event");
    return;
  }
  // "Afghan warplanes killed 22 people in a second bombing of a Pakistani
  // village": a bombing by armed forces is an air strike (195), not a
  // non-military bombing (183).
  if (code.compare(0, 3, "183") == 0 && role_of(s) == "MIL") {
    Trace("  a bombing by " + s.code + ": an air strike, " + code + " → 195");
    code = "195";
  }
  // "Ecuadorean police stormed the Mexican embassy in Quito": a building
  // stormed by police or troops is property seized (171), not a protest.
  if (code == "145" && OneOf(role_of(s), {"COP", "MIL", "SPY"}) &&
      OneOf(tokens_[anchor].lemma, {"storm", "raid", "ransack", "overrun"})) {
    Trace("  stormed by " + s.code + ": property seized, 145 → 171");
    code = "171";
  }
  // "Sikh extremists killed five people", "gunmen from al-Shabaab stormed
  // the mall, killing at least 39 people": armed groups outside any state
  // attacking civilians use unconventional violence (180), not military
  // force (190).
  if (code == "190" && t && role_of(*t) == "CVL" &&
      (role_of(s) == "REB" || role_of(s) == "INS" || s.code.compare(0, 3, "IMG") == 0)) {
    Trace("  armed group " + s.code + " on civilians: unconventional violence, 190 → 180");
    code = "180";
  }
  // "Guinean special forces seized President Alpha Conde in a coup": a
  // named person seized is detained (173), not territory taken (192).
  if (code == "192" && t && t->kind == ActorMention::Kind::kPerson &&
      OneOf(tokens_[anchor].lemma, {"seize", "capture"})) {
    Trace("  a named person seized: detained, 192 → 173");
    code = "173";
  }
  // "charged the United States with breaking trade rules": a state or an
  // organization is accused, not arrested.
  // (Not "two Karsovian officials": people.)
  if (code.compare(0, 3, "173") == 0 && tokens_[anchor].lemma == "charge"sv && t && !t->plural_agent &&
      ((t->kind == ActorMention::Kind::kState && StateOrGovernment(t->code, t->country)) ||
       t->kind == ActorMention::Kind::kOrganization)) {
    Trace("  a state or an organization charged: accused, 173 → 112");
    code = "112";
  }
  // "a drone strike killed Iranian general Qassem Soleimani": killing a
  // named person is an assassination (186), not fighting.
  if (code == "190" && t && t->kind == ActorMention::Kind::kPerson &&
      OneOf(tokens_[anchor].lemma, {"kill", "murder", "assassinate", "slay"})) {
    Trace("  a named person killed: assassination, 190 → 186");
    code = "186";
  }
  // "The Japanese government has banned further shipments of goods to
  // Communist states by Toshiba Machine": an embargo or sanction a
  // government lays on a firm of its own is an administrative sanction.
  if (code == "163" && t && role_of(*t) == "BUS" && t->country == s.country && s.country.size() == 3 &&
      !OneOf(s.country, {"IGO", "NGO", "IMG"}) && (s.code == s.country || role_of(s) == "GOV")) {
    Trace("  a government's sanction on a firm of its own: administrative, 163 → 172");
    code = "172";
  }
  // A state or its government protesting lodges a protest (114); it does
  // not take to the streets (141).
  if (code.compare(0, 3, "141") == 0 && StateOrGovernment(s.code, s.country)) {
    Trace("  a state protests: 141 → 114");
    code = "114";
  }
  // An event this sentence has already coded that `made` accepts.
  const auto coded_before = [&](auto made) -> const Event* {
    for (size_t k = out_->size(); k-- > 0;) {
      const Event& e = (*out_)[k];
      if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_) break;
      if (made(e)) return &e;
    }
    return nullptr;
  };
  // "Poland formally demanded that Germany pay reparations …, sending a
  // diplomatic note to Berlin": the note a participle sends after a demand
  // or an appeal to the same state carries it; it is no second protest.
  if (code == "114" && t && tokens_[anchor].pos == Pos::VBG && anchor + 2 < tokens_.size() &&
      tokens_[anchor + 2].lower == "diplomatic"sv) {
    const Event* carried = coded_before([&](const Event& e) {
      return (e.cameo.compare(0, 2, "10") == 0 || e.cameo.compare(0, 2, "02") == 0) && e.target &&
             e.source.country == s.country && e.target->country == t->country;
    });
    if (carried != nullptr) {
      Trace("  the note carries the " + carried->cameo + " made before: no second protest");
      return;
    }
  }
  // "Moscow summoned the Finnish ambassador to protest against the arrest
  // of a Russian citizen": a state's protest that is the purpose of the
  // protest it has just lodged is that same protest.
  if (code == "133" && pattern.code.compare(0, 2, "14") == 0 && StateOrGovernment(s.code, s.country) &&
      coded_before([&](const Event& e) { return e.cameo == "114" && e.source.country == s.country; })) {
    Trace("  the purpose of the protest " + s.code + " has lodged: the same protest, no event");
    return;
  }
  // "Treasury Secretary James Baker told a Senate committee …", "General
  // Motors told employees …": a statement made to one's own state's people
  // or bodies is domestic briefing, not an interaction the event data
  // records (the gold sets code it once in twenty-four 010s).
  if (code == "010" && t && t->country == s.country && s.country.size() == 3 &&
      !OneOf(s.country, {"IGO", "NGO", "IMG"})) {
    Trace("  a statement to one's own state's people or bodies: domestic, no event");
    return;
  }
  // "approved a 100 mln dlr budget to help its farmers": aid a state gives
  // its own people or firms is domestic policy, not an interaction.
  if (t && (code.compare(0, 2, "07") == 0 || code.compare(0, 3, "033") == 0) && StateOrGovernment(s.code, s.country) &&
      t->country == s.country && t->code.size() == 6 && OneOf(t->code.substr(3), {"CVL", "BUS", "LAB", "AGR"})) {
    Trace("  aid to one's own state's people or firms: domestic, no event");
    return;
  }
  // A fight or a bombing that names no one is aimed at the state it took
  // place in (PlaceOfAttack, decision 0026).
  if (!t && OneOf(code.substr(0, 2), {"18", "19"}) && !AttackOnThing(anchor)) {
    if (const ActorMention* where = PlaceOfAttack(anchor, s, code.compare(0, 3, "181") == 0); where != nullptr) {
      t = where;
      Trace("  target: the state the attack took place in, " + t->country);
    }
  }
  // "Soviet deputy prime minister Alexei Antonov begins two days of
  // economic talks in Bonn": talks with no partner named, held in another
  // state's capital, are a visit to it (as the gold sets code "held two
  // days of talks in New Delhi on his first visit").
  if (!t && code.compare(0, 2, "04") == 0 && !OneOf(code, {"042", "043"})) {
    if (const ActorMention* host = HostOfTalks(anchor, s); host != nullptr) {
      t = host;
      code = "042";
      Trace("  talks with no partner in " + host->country + "'s capital: a visit, 042");
    }
  }
  // Statements, intents to cooperate and two-sided acts need their
  // counterpart: "will host the World Cup" or "X said …" alone is none
  // (decisions 0003, 0009).
  if (!t && !options_.untargeted_acts && NeedsCounterpart(code) &&
      !(code.compare(0, 2, "19") == 0 && AttackOnThing(anchor))) {
    Trace("  '" + tokens_[anchor].text + "' (" + code + ") is done to someone and no target was found: no event");
    return;
  }
  // "raised interest rates sharply to fight inflation": a fight planned
  // against no actor is no threat of force either; nor is a force posture
  // a plan is for, toward no one.
  if (!t && !options_.untargeted_acts && modality == "intent" &&
      ((pattern.code.compare(0, 2, "19") == 0 && NeedsCounterpart(pattern.code) && !AttackOnThing(anchor) &&
        match.target_unfilled) ||
       // ("approved a plan to double defence spending": a posture that is
       // the purpose of a plan, toward no one, is no threat.)
       (pattern.code.compare(0, 2, "15") == 0 && chain.infinitive))) {
    Trace("  '" + tokens_[anchor].text + "' (" + pattern.code + " as " + code +
          ") is planned against someone and no actor was found: no event");
    return;
  }
  // Business with business, or a firm acting alone, is commerce, not an
  // interaction of political actors ("Japanese banks joined the
  // financing"; decision 0011).
  auto business = [](const ActorMention& m) {
    return m.code.size() > 3 && m.code.compare(m.code.size() - 3, 3, "BUS") == 0;
  };
  // ("Toyota severed ties with its Philippine partner": a partner firm
  // named by its country's adjective is business too.)
  if (business(s) && (!t || business(*t) || t->demonym_only)) {
    Trace("  business with business: commerce, no event");
    return;
  }
  // Nor is a firm's credit aid ("Switzerland's three major banks have
  // offered Argentina an extra 110.5 mln franc credit"): a loan by banks
  // is commerce.
  if (business(s) && (code.compare(0, 2, "07") == 0 || code.compare(0, 3, "033") == 0)) {
    Trace("  a firm's money or goods (" + code + "): commerce, no event");
    return;
  }
  // Nor does a firm show force, coerce, assault or fight ("Netflix launched
  // a crackdown on password sharing in the United States").
  if (business(s) && (code.compare(0, 2, "15") == 0 || std::atoi(code.substr(0, 2).c_str()) >= 17)) {
    Trace("  a firm as the source of force (" + code + "): a figure of speech, no event");
    return;
  }
  Event e;
  e.doc_id = story_.doc_id;
  e.sentence = sentence_idx_;
  e.source = ToEventActor(s);
  if (t) e.target = ToEventActor(*t);
  SetCode(&e, code);
  e.negated = chain.negated;
  e.modality = modality;
  if (chain.intent_verb != kNone && chain.intent_verb != static_cast<int>(anchor) &&
      IsVerb(tokens_[chain.intent_verb].pos)) {
    intent_verbs_used_.push_back(static_cast<uint32_t>(chain.intent_verb));
  }
  e.verb_begin = tokens_[anchor].span.begin;
  e.verb_end = tokens_[anchor].span.end;
  e.rule = pattern.loc;
  e.sentence_text = std::string(sentence_.span.Of(story_.text));
  e.sentence_begin = sentence_.span.begin;
  e.sentence_end = sentence_.span.end;
  e.dictionaries = dict_.source_hash;
  e.time_refs = mentions_.times;
  e.date = story_.date ? story_.date->ToString() : "";
  // A past act dated in its own clause ("met … in June", "the 2022
  // invasion") takes that date: the nearest time not cut off by a clause
  // break. One far back (half a year or more) marks a background act.
  bool noun_anchor = IsNoun(tokens_[anchor].pos);
  bool past = noun_anchor || tokens_[anchor].pos == Pos::VBD || tokens_[anchor].pos == Pos::VBN;
  // "Last year the Senate voted … to cut U.S. funding": an infinitive
  // takes the time of the past verb it hangs from.
  uint32_t clause_begin = chain.begin;
  bool shared_time = false;  // a participle dated by the clause before it, not by what follows
  if (!past && chain.intent_verb != kNone && static_cast<size_t>(chain.intent_verb) < tokens_.size() &&
      tokens_[chain.intent_verb].pos == Pos::VBD) {
    past = true;  // "last year … vowed to attack": the intent is dated
  } else if (!past && tokens_[chain.begin].pos == Pos::TO) {
    int governing = PastVerbBeforeInfinitive(chain.begin);
    if (governing != kNone) {
      past = true;
      clause_begin = AnalyzeChain(static_cast<uint32_t>(governing)).begin;
    }
  } else if (!past && chain.participle && tokens_[anchor].pos == Pos::VBG && chain.begin >= 2 &&
             tokens_[chain.begin - 1].lower == ","sv) {
    // ("began its moratorium in August 1985, calling on the United States
    // to …": a participle after a past clause shares its time.)
    for (int k = static_cast<int>(chain.begin) - 2; k >= 0; --k) {
      if (clause_break_[k] && tokens_[k].lower != ","sv && !in_time_[k]) break;
      if (tokens_[k].pos != Pos::VBD || group_at_[k] != kNone) continue;
      past = true;
      shared_time = true;
      clause_begin = AnalyzeChain(static_cast<uint32_t>(k)).begin;
      break;
    }
  }
  e.background = chain.background;
  bool dated = false;
  if (past && story_.date) {
    // ("an agreement reached last year between Reagan and Suharto when
    // they met on Bali": a "when" clause happens at its main clause's time.)
    auto broken = [&](uint32_t from, uint32_t to) {
      for (uint32_t t = from; t < to; ++t) {
        if (!in_time_[t] && clause_break_[t] && tokens_[t].lower != "when"sv) return true;
      }
      return false;
    };
    int chosen = kNone;
    uint32_t chosen_distance = 0;
    std::optional<Date> chosen_from, chosen_to;
    // A finite past verb with no modality ("refused in April"): not a noun,
    // whose tense is unknown ("a trip to Europe in June" may be ahead).
    const bool past_verb = !noun_anchor && modality.empty() &&
                           (tokens_[anchor].pos == Pos::VBD || tokens_[anchor].pos == Pos::VBN);
    for (size_t i = 0; i < mentions_.times.size(); ++i) {
      auto [tb, te] = mentions_.time_tokens[i];
      uint32_t distance = 0;
      if (te <= clause_begin) {
        distance = clause_begin - te;
        if (distance > 12 || (broken(te, clause_begin) && tb != 0)) continue;
      } else if (tb >= match.end) {
        if (shared_time) continue;
        distance = tb - match.end;
        if (distance > 8 || broken(match.end, tb)) continue;
      }
      auto from = Date::Parse(mentions_.times[i].from);
      auto to = Date::Parse(mentions_.times[i].to);
      // "met in April" in a March story: a month named without a year
      // for a past act is the one before the story, not the coming one.
      const bool own_time = te <= clause_begin || tb <= match.end + 2;  // not a later noun's ("its package in April")
      if (from && *from > *story_.date && past_verb && own_time && PastMonthWithoutYear(mentions_.times[i])) {
        from = Date::FromYmd(from->year - 1, from->month, from->day);
        if (to) to = Date::FromYmd(to->year - 1, to->month, to->day);
      }
      if (!from || *from > *story_.date) continue;
      if (chosen == kNone || distance < chosen_distance) {
        chosen = static_cast<int>(i);
        chosen_distance = distance;
        chosen_from = from;
        chosen_to = to;
      }
    }
    if (chosen != kNone) {
      Date from = *chosen_from;
      e.date = from.ToString();
      e.date_precision = mentions_.times[chosen].precision;
      dated = true;
      // The end of the period named ("last year": its December) decides.
      std::optional<Date> to = chosen_to;
      // ("was behind three attacks with sarin … in March 2017,
      // investigators concluded": who was behind an old act is the news,
      // as an admission is.)
      const bool attribution = tokens_[anchor].lemma == "be"sv && anchor + 1 < tokens_.size() &&
                               tokens_[anchor + 1].lower == "behind"sv;
      bool spans_story = attribution || (to && *to >= *story_.date);  // "this year", "since January"
      Date last = to && *to < *story_.date ? *to : from;
      if (!spans_story && last.ToDays() <= story_.date->ToDays() - kBackgroundDays && !e.background) {
        e.background = true;
        Trace("  dated '" + mentions_.times[chosen].text + "', long before the story: background");
      }
      // "vetoed a similar measure last year", "in 1986": a whole earlier
      // year is not the story's news, however few days have passed since.
      if (!spans_story && !e.background && mentions_.times[chosen].precision == "year" && to &&
          to->year < story_.date->year) {
        e.background = true;
        Trace("  dated '" + mentions_.times[chosen].text + "', an earlier year: background");
      }
    }
  }
  if (chain.background_date && (!dated || chain.own_year)) {
    e.date = chain.background_date->ToString();
    e.date_precision = chain.background_precision;
  }
  for (size_t i = 0; i < mentions_.quantities.size(); ++i) {
    auto [qb, qe] = mentions_.quantity_tokens[i];
    if (qe + 6 >= anchor && qb <= match.end) e.quantities.push_back(mentions_.quantities[i]);
  }
  // The same act found twice in one sentence ("a tariff on India imposed by
  // the US": the noun and the verb) is one event; a version that knows the
  // target replaces one that does not.
  auto first_of_sentence = out_->end();
  while (first_of_sentence != out_->begin() && std::prev(first_of_sentence)->sentence == e.sentence &&
         std::prev(first_of_sentence)->doc_id == e.doc_id) {
    --first_of_sentence;
  }
  bool replaced = false;
  for (auto it = first_of_sentence; it != out_->end(); ++it) {
    Event& prior = *it;
    // "Pope Francis arrived … for the first papal visit to Iraq": the
    // country (VAT) and its named actor (VATGOV) doing the same act to the
    // same target are one event, the named one.
    bool same_target = prior.target.has_value() == e.target.has_value() &&
                       (!prior.target || prior.target->code == e.target->code);
    if (prior.cameo == e.cameo && prior.negated == e.negated && same_target &&
        prior.source.country == e.source.country && prior.source.code != e.source.code) {
      if (e.source.code == e.source.country) return;
      if (prior.source.code == prior.source.country) {
        prior.event_id.clear();  // removed below
        replaced = true;
        continue;
      }
    }
    // "questioned former President Lula … as part of the investigation into
    // corruption": the same pair's appeal, inquiry, demand, rejection,
    // threat or cut coded less precisely (090 beside 091) is the same act;
    // the more precise code stays.
    if (prior.source.code == e.source.code && prior.negated == e.negated && same_target &&
        prior.background == e.background && prior.cameo != e.cameo && prior.root == e.root &&
        // (Not acts that come together: hosting (043) and talks (040),
        // scrambling jets (150) and an alert (152).)
        OneOf(e.root, {"02", "09", "10", "12", "13", "16"})) {
      if (IsAncestorCode(prior.cameo, e.cameo)) {
        Trace("  " + prior.cameo + " before it says the same less precisely: replaced by " + e.cameo);
        prior.event_id.clear();  // removed below
        replaced = true;
        continue;
      }
      if (IsAncestorCode(e.cameo, prior.cameo)) {
        Trace("  " + e.cameo + " says less precisely what " + prior.cameo + " before it says: not coded");
        return;
      }
    }
    // "troops opened fire on protesters, killing 12 people": the killing
    // is the violent repression (175) itself, not a second act of force.
    auto plain_force = [](const std::string& c) { return c == "180" || c == "182" || c.compare(0, 2, "19") == 0; };
    if (prior.source.code == e.source.code && prior.negated == e.negated && same_target && e.target &&
        prior.background == e.background && (prior.cameo == "175" || e.cameo == "175") &&
        (plain_force(prior.cameo) || plain_force(e.cameo))) {
      if (e.cameo != "175") {
        Trace("  the violent repression (175) before it is this act of force: not coded");
        return;
      }
      Trace("  " + prior.cameo + " before it is this violent repression (175): replaced");
      prior.event_id.clear();  // removed below
      replaced = true;
      continue;
    }
    if (prior.source.code != e.source.code || prior.cameo != e.cameo || prior.negated != e.negated) continue;
    if (prior.target.has_value() == e.target.has_value() && (!prior.target || prior.target->code == e.target->code)) {
      return;
    }
    if (prior.target && !e.target) return;
    if (!prior.target && e.target) {
      prior.event_id.clear();  // removed below
      replaced = true;
    }
  }
  if (replaced) {
    out_->erase(std::remove_if(first_of_sentence, out_->end(), [](const Event& x) { return x.event_id.empty(); }),
                out_->end());
  }
  e.event_id = EventId(e);
  Trace("  event: " + e.source.code + " " + e.cameo + " " + (e.target ? e.target->code : "-") +
        (e.negated ? " (negated)" : "") + (modality.empty() ? "" : " [" + modality + "]") +
        (e.background ? " (background, " + (e.date.empty() ? std::string("undated") : e.date) + ")" : ""));
  // "Israel admitted that its soldiers had shot …": an admission of one's
  // own act is aimed where the act is.
  std::optional<Event> admission;
  if (e.target && e.cameo.compare(0, 3, "015") != 0 && !e.negated && e.source.country != e.target->country) {
    bool found = false;
    for (auto prior = first_of_sentence; prior != out_->end(); ++prior) {
      if (prior->cameo == "015" && prior->source.country == e.source.country) {
        found = true;
        if (!prior->target) {
          prior->target = e.target;
          prior->event_id = EventId(*prior);
          Trace("  the admission before it is of this act: " + prior->source.code + " 015 " + e.target->code);
        }
      }
    }
    // "Iran acknowledged for the first time that it had sent drones to
    // Russia": the act in a "that" clause of "acknowledge", "admit" or
    // "concede" by its own actor is admitted too.
    const int verb = found ? -1 : AdmittingVerbBefore(chain.begin);
    if (verb >= 0) {
      std::string ignored;
      const int g = FindSubject(AnalyzeChain(static_cast<uint32_t>(verb)).begin, &ignored);
      if (g != kNone && groups_[g].members.size() == 1 && groups_[g].members[0].country == e.source.country) {
        admission = e;
        admission->source = ToEventActor(groups_[g].members[0]);
        SetCode(&*admission, "015");
        admission->verb_begin = tokens_[verb].span.begin;
        admission->verb_end = tokens_[verb].span.end;
        admission->rule = e.rule + " (admitted by '" + tokens_[verb].text + "')";
        admission->event_id = EventId(*admission);
        Trace("  '" + tokens_[verb].text + "' admits this act: " + admission->source.code + " 015 " +
              e.target->code);
      }
    }
  }
  // "Araqchi denied that Tehran had delivered missiles, a day after Blinken
  // accused Iran of supplying them": a denial answers the accusation named
  // after it.
  if (e.target && e.root == "11" && !e.negated) {
    for (auto prior = first_of_sentence; prior != out_->end(); ++prior) {
      if (prior->cameo == "016" && !prior->target && prior->source.country == e.target->country &&
          e.source.country != e.target->country) {
        prior->target = e.source;
        prior->event_id = EventId(*prior);
        Trace("  the denial before it answers this accusation: " + prior->source.code + " 016 " + e.source.code);
      }
    }
  }
  if (admission) out_->push_back(std::move(*admission));
  out_->push_back(std::move(e));
}

// "acknowledged (for the first time on Saturday) that it had sent …": the
// verb of admitting whose "that" clause holds the chain beginning at
// `begin`, or -1.
int SentenceCoder::AdmittingVerbBefore(uint32_t begin) const {
  int k = static_cast<int>(begin) - 1;
  // The clause's subject.
  while (k >= 0 && (group_at_[k] != kNone || tokens_[k].pos == Pos::PRP)) {
    k = group_at_[k] != kNone ? static_cast<int>(groups_[group_at_[k]].begin) - 1 : k - 1;
  }
  if (k < 1 || tokens_[k].lower != "that"sv) return -1;
  for (int v = k - 1, steps = 0; v >= 0 && steps < 8; --v, ++steps) {
    if (in_time_[v] || ordinal_time_[v]) continue;
    if (IsVerb(tokens_[v].pos)) {
      return OneOf(tokens_[v].lemma, {"acknowledge", "admit", "concede", "confess"}) ? v : -1;
    }
    if (!(IsAdverb(tokens_[v].pos) || tokens_[v].pos == Pos::IN || tokens_[v].pos == Pos::DT ||
          IsAdjective(tokens_[v].pos) || IsNoun(tokens_[v].pos))) {
      return -1;
    }
  }
  return -1;
}

}  // namespace coder_internal
}  // namespace statecraft
