#include "code/actor_groups.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "code/word_classes.h"
#include "dict/dictionary.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace {

// What a phrase that refers back stands for.
enum class Antecedent {
  kPlural, kPerson, kPersonCountry, kSpeakerCountry, kState, kCountry, kOrganization, kGroup, kSubject, kQuoteSpeaker,
  kThingOwner
};

// "Nordic country", "Gulf Arab state", "oil-rich kingdom" at `idx` (after
// "the"): a state described by its region or kind. Returns its length in
// tokens, 0 when none.
size_t DescribedStateAt(const std::vector<Token>& tokens, size_t idx) {
  static const char* const kDescriptors[] = {
      "nordic", "scandinavian", "baltic", "balkan", "gulf", "arab", "african", "asian", "european", "caribbean",
      "andean", "himalayan", "alpine", "island", "pacific", "latin", "american", "central", "east", "west",
      "north", "south", "southeast", "southern", "northern", "eastern", "western", "middle", "oil-rich",
      "landlocked", "communist", "muslim-majority", "mediterranean", "south-east", "horn", "sahel", "sahelian",
      "persian", "nuclear-armed", "war-torn", "energy-rich", "resource-rich", "island-nation", "former", "soviet"};
  auto descriptor = [&](size_t k) {
    if (k >= tokens.size()) return false;
    for (const char* d : kDescriptors) {
      if (tokens[k].lower == d) return true;
    }
    return false;
  };
  size_t k = idx;
  while (k < idx + 2 && descriptor(k)) ++k;
  if (k == idx || k >= tokens.size()) return 0;
  if (!OneOf(tokens[k].lower, {"country", "nation", "state", "kingdom", "republic", "emirate", "monarchy"})) return 0;
  // ("the Baltic state news agency": a noun after it is what it describes.)
  if (k + 1 < tokens.size() && IsNoun(tokens[k + 1].pos)) return 0;
  // ("the former Soviet state of Georgia": a name follows.)
  if (k + 2 < tokens.size() && tokens[k + 1].lower == "of"sv && tokens[k + 2].pos == Pos::NNP) return 0;
  return k + 1 - idx;
}

// "Africa's most populous country", "Asia's third-largest economy": a
// region's possessive, a superlative or other modifiers, and a noun for a
// state, in place of the state named before. Returns the phrase's length
// from the region's first token, 0 when none.
size_t RegionDescribedStateAt(const std::vector<Token>& tokens, const ActorGroup& g) {
  if (g.members.size() != 1 || !IsRegionCode(g.members[0].code)) return 0;
  size_t k = g.end;
  if (k >= tokens.size() || tokens[k].lower != "'s"sv) return 0;
  ++k;
  const size_t first_modifier = k;
  while (k < tokens.size() && k < first_modifier + 3 &&
         (OneOf(tokens[k].pos, {Pos::JJS, Pos::RBS, Pos::JJ, Pos::CD}) || tokens[k].lower == "most"sv)) {
    ++k;
  }
  if (k == first_modifier || k >= tokens.size()) return 0;
  if (!OneOf(tokens[k].lower, {"country", "nation", "state", "economy", "democracy", "kingdom", "producer",
                               "exporter"})) {
    return 0;
  }
  if (k + 1 < tokens.size() && IsNoun(tokens[k + 1].pos)) return 0;  // "Africa's largest state oil firm"
  return k + 1 - g.begin;
}

// The adjectives before a group noun at `idx`, at most two ("Lebanese",
// "Iran-backed militant"): their count, 0 when none.
size_t GroupAdjectivesAt(const std::vector<Token>& tokens, size_t idx) {
  size_t n = 0;
  while (n < 2 && idx + n < tokens.size() && IsAdjective(tokens[idx + n].pos)) ++n;
  return n;
}

// The speaker of the quotation around `idx`: the actor named right after
// its closing mark before or after a verb of saying ('…," Weinberger said',
// '…," said Lawson'), or right before a verb of saying and its opening mark
// ('He said, "We have always appealed …"'); nullptr when none.
const ActorGroup* QuoteSpeaker(const std::vector<Token>& tokens, size_t idx, const std::vector<ActorGroup>& named,
                               const std::vector<ActorGroup>& groups) {
  auto quote = [&](size_t k) { return OneOf(tokens[k].lower, {"\"", "``", "''"}); };
  size_t open = idx, close = idx;
  while (open > 0 && !quote(open - 1)) --open;
  while (close < tokens.size() && !quote(close)) ++close;
  if (open == 0 || close >= tokens.size()) return nullptr;
  // After: '," NAME said', '," said NAME'.
  size_t k = close + 1;
  if (k < tokens.size() && tokens[k].lower == ","sv) ++k;
  for (const ActorGroup& g : named) {
    if (g.coreference || g.begin < k) continue;
    const bool name_then_verb = g.begin == k && g.end < tokens.size() && IsVerb(tokens[g.end].pos) &&
                                IsVerbOfSaying(tokens[g.end].lemma);
    const bool verb_then_name = g.begin == k + 1 && IsVerb(tokens[k].pos) && IsVerbOfSaying(tokens[k].lemma);
    if (name_then_verb || verb_then_name) return &g;
    break;
  }
  // Before: 'NAME said, "…', 'NAME said: "…'.
  size_t v = open - 1;
  if (v > 0 && OneOf(tokens[v - 1].lower, {",", ":"})) --v;
  if (v > 0 && IsVerb(tokens[v - 1].pos) && IsVerbOfSaying(tokens[v - 1].lemma)) {
    for (const ActorGroup& g : groups)
      if (!g.coreference && g.end == v - 1) return &g;
  }
  return nullptr;
}

// The last group before the object pronoun at `idx` when it is the object
// of the verb joined to the pronoun's by "and" ("intercepted an Iranian
// F-4 Phantom and shot it down", "arrested the Valdorian journalist and
// accused him of spying"), or nullptr.
const ActorGroup* ObjectOfJoinedVerb(const std::vector<Token>& tokens, size_t idx,
                                     const std::vector<ActorGroup>& groups) {
  if (groups.empty() || idx < 3 || !IsVerb(tokens[idx - 1].pos)) return nullptr;
  const ActorGroup& last = groups.back();
  size_t b = last.begin;
  if (b > 0 && tokens[b - 1].pos == Pos::DT) --b;
  if (last.coreference || last.end >= idx || b == 0 || !IsVerb(tokens[b - 1].pos)) return nullptr;
  size_t k = last.end;  // the object's nouns ("F-4 Phantom", "oil tanker")
  while (k < idx && k < last.end + 3 && (IsNoun(tokens[k].pos) || tokens[k].pos == Pos::NNP)) ++k;
  if (k >= idx || tokens[k].lower != "and"sv) return nullptr;
  ++k;
  if (k < idx && tokens[k].pos == Pos::RB) ++k;  // "and later released it"
  return k + 1 == idx ? &last : nullptr;
}

// "A Cypriot tanker was set ablaze …": the country adjective of a ship,
// plane or mission the sentence opens with, before `idx` (nullptr: none);
// also the owner of the object of the verb joined to the pronoun's by
// "and" ("intercepted an Iranian F-4 Phantom and shot it down").
// `groups` are this sentence's groups before `idx`.
const ActorGroup* ThingOwner(const std::vector<Token>& tokens, size_t idx, const std::vector<ActorGroup>& groups) {
  auto thing = [&](size_t k) {
    return k < tokens.size() &&
           OneOf(tokens[k].lemma, {"tanker", "ship", "vessel", "freighter", "plane", "airliner", "aircraft", "jet",
                                   "embassy", "consulate", "helicopter", "drone", "boat", "gunboat", "warship"});
  };
  auto owner = [&](const ActorGroup& g) {
    return !g.coreference && g.members.size() == 1 && g.members[0].demonym_only && g.end < idx && g.begin > 0 &&
           OneOf(tokens[g.begin - 1].lower, {"a", "an", "the"});
  };
  if (groups.empty()) return nullptr;
  const ActorGroup& first = groups.front();
  if (owner(first) && first.begin <= 2 && thing(first.end)) return &first;
  const ActorGroup* joined = ObjectOfJoinedVerb(tokens, idx, groups);
  return joined != nullptr && owner(*joined) && joined->end < idx && IsNoun(tokens[joined->end].pos) ? joined
                                                                                                      : nullptr;
}

// For "him", "her" or "them" at `idx`: the person, official or people the
// verb joined by "and" before it acted on ("arrested the Valdorian
// journalist and accused him of spying"), or nullptr.
const ActorGroup* JoinedPersonObject(const std::vector<Token>& tokens, size_t idx,
                                     const std::vector<ActorGroup>& groups) {
  if (!OneOf(tokens[idx].lower, {"him", "her", "them"})) return nullptr;
  const ActorGroup* g = ObjectOfJoinedVerb(tokens, idx, groups);
  if (g == nullptr || g->members.size() != 1) return nullptr;
  const ActorMention& m = g->members[0];
  const bool person = m.kind == ActorMention::Kind::kPerson || m.kind == ActorMention::Kind::kTitle ||
                      (m.kind == ActorMention::Kind::kState && m.code != m.country && !m.demonym_only);
  return person && (m.plural_agent == (tokens[idx].lower == "them"sv)) ? g : nullptr;
}

// A phrase that refers back: returns its length in tokens at `idx` (0: none)
// and what it stands for.
size_t CorefAt(const std::vector<Token>& tokens, size_t idx, Antecedent* kind) {
  // string_view, not std::string: comparing it with a literal checks the
  // length first, where std::string's operator== calls memcmp (this is
  // called at every token).
  auto word = [&](size_t k) -> std::string_view {
    return k < tokens.size() ? std::string_view(tokens[k].lower) : std::string_view();
  };
  auto is_collective = [](std::string_view w) {
    return w == "nations" || w == "countries" || w == "sides" || w == "leaders" || w == "governments" ||
           w == "presidents" || w == "premiers" || w == "delegations" ||
           w == "neighbours" || w == "neighbors" || w == "states" || w == "allies" || w == "rivals" ||
           w == "institutions" || w == "organisations" || w == "organizations" || w == "blocs";
  };
  const std::string_view w0 = word(idx);
  // "the two nations", "both countries", "the two Asian neighbours", "both friendly nations"
  size_t k = idx;
  if (w0 == "the" && word(idx + 1) == "two") {
    k = idx + 2;
  } else if (w0 == "both") {
    k = idx + 1;
  } else if (w0 == "the" && OneOf(word(idx + 1), {"alliance", "bloc", "cartel", "mission", "organisation", "organization"}) &&
             !(idx + 2 < tokens.size() && IsNoun(tokens[idx + 2].pos))) {
    // "NATO rejected Ukraine's request, prompting Zelensky to accuse the
    // alliance of …", "OPEC … the cartel": the organization named last.
    *kind = Antecedent::kOrganization;
    return 2;
  } else if (const size_t adjectives = w0 == "the" ? GroupAdjectivesAt(tokens, idx + 1) : 0;
             w0 == "the" && idx + 1 + adjectives < tokens.size() &&
             OneOf(word(idx + 1 + adjectives), {"group", "militia", "movement"}) &&
             !(idx + 2 + adjectives < tokens.size() &&
               (IsNoun(tokens[idx + 2 + adjectives].pos) || tokens[idx + 2 + adjectives].lower == "of"sv))) {
    // "… struck Houthi targets after the group ignored warnings": the
    // militant group or movement named last (also "the Lebanese group",
    // "the Iran-backed militant group").
    *kind = Antecedent::kGroup;
    return 2 + adjectives;
  } else if (w0 == "each" && OneOf(word(idx + 1), {"side", "country", "nation", "government", "party", "army",
                                                    "military", "leader", "state", "camp", "delegation"})) {
    // "Kyrgyz and Tajik border troops exchanged fire, each side blaming the
    // other": the sides named before (also "each army accusing the other").
    *kind = Antecedent::kPlural;
    return 2;
  } else if (w0 == "they" || w0 == "their" || w0 == "them") {
    *kind = Antecedent::kPlural;
    return 1;
  } else if ((tokens[idx].pos == Pos::PRP || tokens[idx].pos == Pos::PRPS) &&
             (w0 == "we" || w0 == "our" || w0 == "us" || w0 == "i" || w0 == "my" || w0 == "me")) {
    // '"We will be prepared to meet any escalation," Weinberger said': the
    // one who speaks in a quotation (QuoteSpeaker).
    *kind = Antecedent::kQuoteSpeaker;
    return 1;
  } else if (w0 == "its" && (OneOf(word(idx + 1), {"neighbour", "neighbor"}) ||
                             (idx + 2 < tokens.size() && IsAdjective(tokens[idx + 1].pos) &&
                              OneOf(word(idx + 2), {"neighbour", "neighbor"})))) {
    // "Algeria severed relations with Morocco, accusing its western
    // neighbour of hostile actions": the state named last.
    *kind = Antecedent::kState;
    return word(idx + 1) == "neighbour" || word(idx + 1) == "neighbor" ? 2 : 3;
  } else if ((w0 == "his" || w0 == "her") &&
             OneOf(word(idx + 1), {"country", "nation", "government", "troops", "forces", "army", "soldiers"}) &&
             !(idx + 2 < tokens.size() && IsNoun(tokens[idx + 2].pos) && tokens[idx + 2].lower != "'s"sv)) {
    // "Crown Prince Abdullah was thanked for his country's cooperation":
    // the state (or government) of the person named before; "the army
    // chief said he had ordered his troops to pull out": its forces.
    *kind = Antecedent::kPersonCountry;
    return 2;
  } else if (w0 == "he" || w0 == "she" || w0 == "his" || w0 == "her" || w0 == "him") {
    *kind = Antecedent::kPerson;
    return 1;
  } else if (w0 == "it" && idx > 0 &&
             OneOf(tokens[idx - 1].lemma, {"accuse", "blame", "charge", "condemn", "criticize", "criticise"}) &&
             OneOf(word(idx + 1), {"of", "for"})) {
    // "Valdoria sued Karsovia, accusing it of negligence": the one
    // accused, the state named last (not "it" as the accuser's own).
    *kind = Antecedent::kState;
    return 1;
  } else if (w0 == "it" && idx > 0 && (IsVerb(tokens[idx - 1].pos) || OneOf(word(idx - 1), {"at", "on", "into"}))) {
    // "A Cypriot tanker was set ablaze after an Iranian gunboat fired
    // missiles at it": the state whose ship (plane, embassy) the sentence
    // opened with, if it did (ThingOwner).
    *kind = Antecedent::kThingOwner;
    return 1;
  } else if (w0 == "it" && idx == 0) {
    // "It also shelled Kharkiv": a sentence opening with "it" continues
    // with the subject of the sentence before.
    *kind = Antecedent::kSubject;
    return 1;
  } else if (const size_t described = w0 == "the" ? DescribedStateAt(tokens, idx + 1) : 0; described > 0) {
    // "approved Sweden's bid …, dropping the last objection to the Nordic
    // country's membership": the state named last.
    *kind = Antecedent::kState;
    return described + 1;
  } else if (w0 == "the" && idx == 0 && (word(idx + 1) == "country" || word(idx + 1) == "nation") &&
             !(idx + 2 < tokens.size() && (tokens[idx + 2].lower == "'s"sv || IsNoun(tokens[idx + 2].pos)))) {
    // "… visited Germany. The country pledged …": the state named last (as
    // a subject only: "ordered them to leave the country" is a place).
    *kind = Antecedent::kState;
    return 2;
  } else if (w0 == "that" && idx > 0 && OneOf(word(idx + 1), {"country", "nation"}) &&
             !(idx + 2 < tokens.size() && (tokens[idx + 2].lower == "'s"sv || IsNoun(tokens[idx + 2].pos)))) {
    // ("will ask Japan to open its market when he visits that country"):
    // the country named last by its name.
    *kind = Antecedent::kCountry;
    return 2;
  } else if (const size_t say = idx >= 2 && tokens[idx - 1].lower == "that"sv ? idx - 2 : idx - 1;
             w0 == "the" && idx > 0 && OneOf(word(idx + 1), {"government", "administration"}) &&
             IsVerb(tokens[say].pos) && OneOf(tokens[say].lemma, {"say", "add", "insist", "stress", "declare"}) &&
             !(idx + 2 < tokens.size() && (tokens[idx + 2].lower == "'s"sv || IsNoun(tokens[idx + 2].pos) ||
                                           tokens[idx + 2].lower == "of"sv))) {
    // ("Dostan said the administration would take action against
    // Karsovia": the government of the one who speaks.)
    *kind = Antecedent::kSpeakerCountry;
    return 2;
  } else if (w0 == "the" && idx > 0 &&
             (IsVerb(tokens[idx - 1].pos) ||
              // "appealed for the country to …", "called on the country to …"
              (idx > 1 && (tokens[idx - 1].lower == "for"sv || tokens[idx - 1].lower == "on"sv) &&
               IsVerb(tokens[idx - 2].pos))) &&
             (word(idx + 1) == "kingdom" || word(idx + 1) == "country" || word(idx + 1) == "nation" ||
              word(idx + 1) == "emirate" || word(idx + 1) == "republic" || word(idx + 1) == "sultanate") &&
             !(idx + 2 < tokens.size() && (tokens[idx + 2].lower == "'s"sv || IsNoun(tokens[idx + 2].pos) ||
                                           (tokens[idx + 2].lower == "of"sv && idx + 3 < tokens.size() &&
                                            tokens[idx + 3].pos == Pos::NNP)))) {
    // "Algeria severed relations with Morocco, accusing the kingdom of
    // hostile acts": the object of a verb, the state named last; not a
    // country left, entered, visited or ruled, which is a place.
    if (word(idx + 1) == "country" &&
        (tokens[idx - 1].lemma == "leave"sv || tokens[idx - 1].lemma == "enter"sv ||
         tokens[idx - 1].lemma == "flee"sv || tokens[idx - 1].lemma == "visit"sv ||
         tokens[idx - 1].lemma == "tour"sv || tokens[idx - 1].lemma == "govern"sv ||
         tokens[idx - 1].lemma == "rule"sv || tokens[idx - 1].lemma == "run"sv ||
         tokens[idx - 1].lemma == "lead"sv)) {
      return 0;
    }
    // ("Mohammed bin Salman said the kingdom was getting closer …": after
    // a verb of saying, the country of the one who speaks.)
    *kind = OneOf(tokens[idx - 1].lemma, {"say", "add", "insist", "tell", "stress", "declare"}) &&
                    OneOf(word(idx + 1), {"kingdom", "country", "nation"})
                ? Antecedent::kSpeakerCountry
                : Antecedent::kState;
    return 2;
  } else {
    return 0;
  }
  if (is_collective(word(k))) {
    *kind = Antecedent::kPlural;
    return k + 1 - idx;
  }
  // "the first summit between the two Koreas": a plural name.
  if (w0 == "the" && k < tokens.size() && tokens[k].pos == Pos::NNPS) {
    *kind = Antecedent::kPlural;
    return k + 1 - idx;
  }
  if (k + 1 < tokens.size() && IsAdjective(tokens[k].pos) && is_collective(word(k + 1))) {
    *kind = Antecedent::kPlural;
    return k + 2 - idx;
  }
  return 0;
}

// "the two leaders", "both leaders", "the two men", or "the two" before a
// verb ("and the two signed"): a phrase for two people; its length in
// tokens at `idx`, 0 when none.
size_t TwoPeopleAt(const std::vector<Token>& tokens, size_t idx) {
  if (idx + 2 >= tokens.size()) return 0;
  const bool the_two = tokens[idx].lower == "the"sv && tokens[idx + 1].lower == "two"sv;
  const bool both = tokens[idx].lower == "both"sv;
  const size_t noun = the_two ? idx + 2 : both ? idx + 1 : tokens.size();
  if (noun >= tokens.size()) return 0;
  if (OneOf(tokens[noun].lower, {"leaders", "men", "women", "presidents", "heads", "ministers", "premiers"})) {
    return noun + 1 - idx;
  }
  if (the_two && (OneOf(tokens[noun].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}))) return 2;
  return 0;
}

// Whether the subject before the sentence's first finite verb ends in a
// plural common noun that is no collective of states ("customers", "banks",
// not "the two countries").
bool PluralCommonSubject(const std::vector<Token>& tokens, const std::vector<ActorGroup>& named) {
  size_t v = 0;
  while (v < tokens.size() && v < 15 && !OneOf(tokens[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD})) ++v;
  if (v == 0 || v >= tokens.size() || v >= 15) return false;
  size_t k = v - 1;
  while (k > 0 && (tokens[k].pos == Pos::RB || tokens[k].lower == ","sv)) --k;
  // (Not an actor itself: "Japanese officials insist they …".)
  for (const ActorGroup& g : named) {
    if (g.begin <= k && k < g.end) return false;
  }
  const Token& head = tokens[k];
  // "Nippon and Shearson have said they would …": names the dictionary
  // does not know, joined by "and", are a plural subject too.
  if (head.pos == Pos::NNP && k >= 2 && tokens[k - 1].lower == "and"sv && tokens[k - 2].pos == Pos::NNP) {
    for (const ActorGroup& g : named) {
      if (g.begin <= k - 2 && k - 2 < g.end) return false;
    }
    return true;
  }
  return head.pos == Pos::NNS && !head.text.empty() && std::islower(static_cast<unsigned char>(head.text[0])) &&
         !OneOf(head.lower, {"nations", "countries", "sides", "leaders", "governments", "neighbours", "neighbors",
                             "states", "allies", "rivals", "powers", "members", "partners"});
}

// Where the noun phrase of a mention starting at `begin` starts, past its
// determiner, amount, adjectives and name words: "the", "three", "at least
// nine", "more than 100", "al-Shifa".
uint32_t QuantifiedStart(const std::vector<Token>& tokens, uint32_t begin) {
  uint32_t first = begin;
  while (first > 0 && begin - first < 5 &&
         (OneOf(tokens[first - 1].pos, {Pos::DT, Pos::CD, Pos::JJ, Pos::NNP}) ||
          OneOf(tokens[first - 1].lower, {"at", "least", "more", "than", "some", "about", "nearly", "almost",
                                          "around", "over", "up", "to"}))) {
    --first;
  }
  // (Not past a preposition that governs the phrase: "talks with at least".)
  while (first < begin && OneOf(tokens[first].lower, {"to", "over", "around", "about"}) &&
         !(first + 1 < begin && tokens[first + 1].pos == Pos::CD)) {
    ++first;
  }
  return first;
}

// "Russia and the Moscow-led Collective Security Treaty Organization": a
// "-led" or "-backed" adjective right before another actor describes that
// actor; it is no member of a list of its own.
std::vector<ActorMention> DropLedByAdjectives(std::vector<ActorMention> mentions, const std::vector<Token>& tokens) {
  auto led_by = [&](const ActorMention& m) {
    if (m.token_end != m.token_begin + 1) return false;
    const std::string& w = tokens[m.token_begin].lower;
    for (const char* suffix : {"-led", "-backed", "-sponsored", "-funded"}) {
      const size_t k = std::char_traits<char>::length(suffix);
      if (w.size() > k && w.compare(w.size() - k, k, suffix) == 0) return true;
    }
    return false;
  };
  std::vector<ActorMention> kept;
  kept.reserve(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (i + 1 < mentions.size() && led_by(mentions[i]) && mentions[i + 1].token_begin == mentions[i].token_end) continue;
    kept.push_back(std::move(mentions[i]));
  }
  return kept;
}

// The people named in this sentence before (groups so far), when they are
// of exactly two countries: the last named of each. Empty else.
std::vector<ActorMention> TwoPeopleNamedBefore(const std::vector<ActorGroup>& groups) {
  std::vector<ActorMention> people;
  for (const ActorGroup& g : groups) {
    if (g.coreference) continue;
    for (const ActorMention& m : g.members) {
      if (m.kind != ActorMention::Kind::kPerson && m.kind != ActorMention::Kind::kTitle) continue;
      std::erase_if(people, [&](const ActorMention& p) { return p.country == m.country; });
      people.push_back(m);
    }
  }
  if (people.size() != 2) return {};
  return people;
}

// Words between the members of a list: "A, B and C", "both A and B", "Xi
// and his Brazilian counterpart Lula", "Kenya and a Chinese firm".
bool IsListGlue(const std::string& w) {
  return w == "," || w == "and" || w == "the" || w == "both" || w == "his" || w == "her" || w == "its" ||
         w == "their" || w == "a" || w == "an";
}

}  // namespace

size_t CountCountries(const std::vector<ActorMention>& members) {
  std::set<std::string> countries;
  for (const ActorMention& m : members) countries.insert(m.country);
  return countries.size();
}

namespace {

bool IsWeekdayOrMonth(const std::string& w) {
  static const std::vector<std::string> kNames = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                  "sunday", "january", "february", "march", "april", "may", "june",
                                                  "july", "august", "september", "october", "november", "december"};
  return std::find(kNames.begin(), kNames.end(), w) != kNames.end();
}

// "Wright said …" after "House Speaker Jim Wright": a capitalized word the
// dictionary does not know, standing alone, that is the surname of someone
// the story named before, is that person.
void AddSurnameMentions(const std::vector<Token>& tokens, const StoryMemory& memory,
                        std::vector<ActorMention>* mentions) {
  if (memory.surnames.empty()) return;
  std::vector<bool> covered(tokens.size(), false);
  for (const ActorMention& m : *mentions) {
    for (uint32_t t = m.token_begin; t < m.token_end && t < tokens.size(); ++t) covered[t] = true;
  }
  bool added = false;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    const Token& tok = tokens[t];
    if (covered[t] || tok.pos != Pos::NNP || tok.text.empty() || !std::isupper(static_cast<unsigned char>(tok.text[0]))) {
      continue;
    }
    // Alone: no other capitalized name word joined to it ("Wright Thursday" is fine).
    if ((t > 0 && tokens[t - 1].pos == Pos::NNP && !covered[t - 1] && tokens[t - 1].lower != "mr."sv &&
         tokens[t - 1].lower != "mrs."sv && tokens[t - 1].lower != "ms."sv) ||
        (t + 1 < tokens.size() && tokens[t + 1].pos == Pos::NNP && !covered[t + 1] &&
         !IsWeekdayOrMonth(tokens[t + 1].lower))) {
      continue;
    }
    for (auto it = memory.surnames.rbegin(); it != memory.surnames.rend(); ++it) {
      if (it->first != tok.lower) continue;
      ActorMention m = it->second;
      m.token_begin = t;
      m.token_end = t + 1;
      m.span = tok.span;
      m.why = "surname of " + it->second.name + " (" + it->second.code + "), named before in the story";
      mentions->push_back(std::move(m));
      added = true;
      break;
    }
  }
  if (added) {
    std::stable_sort(mentions->begin(), mentions->end(),
                     [](const ActorMention& a, const ActorMention& b) { return a.token_begin < b.token_begin; });
  }
}

// The first word of a sentence's first clause, past opening quotes,
// conjunctions and adverbs ("But he warned", "\"He said").
size_t FirstWordOfClause(const std::vector<Token>& tokens) {
  size_t t = 0;
  while (t < tokens.size() && t < 3 &&
         (tokens[t].pos == Pos::kPunct || tokens[t].pos == Pos::CC || tokens[t].pos == Pos::RB)) {
    ++t;
  }
  return t;
}

// Whether the word at t follows a phrase that opens the sentence without a
// verb of its own ("Speaking to reporters after talks with Suharto, he
// said …", "After talks with Velkor, she said …"): the phrase's doer is t.
bool AfterOpeningPhrase(const std::vector<Token>& tokens, size_t t) {
  if (t < 3 || t >= tokens.size() || tokens[t - 1].lower != ","sv) return false;
  if (!(tokens[0].pos == Pos::VBG || tokens[0].pos == Pos::VBN ||
        OneOf(tokens[0].lower, {"after", "following", "before", "during"}))) {
    return false;
  }
  for (size_t k = 1; k + 1 < t; ++k) {
    if (OneOf(tokens[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}) || tokens[k].lower == ","sv) return false;
  }
  return true;
}

struct SubjectReset {
  size_t at = 0;  // where the subject ends (0: no reset)
  bool person = false, plural = false, thing = false;
};

// The subject before a sentence's first finite verb, when it names no actor
// and is no pronoun: an unknown name (a person), people of a kind
// ("dealers", "analysts"), or a company.
SubjectReset UnknownSubject(const std::vector<Token>& tokens, const std::vector<ActorGroup>& named) {
  SubjectReset r;
  size_t v = 0;
  while (v < tokens.size() && v < 12 && !IsVerb(tokens[v].pos) && tokens[v].pos != Pos::MD) ++v;
  if (v == 0 || v >= tokens.size() || v >= 12) return r;
  if (tokens[v].pos == Pos::VBG || tokens[v].pos == Pos::VBN || tokens[v].pos == Pos::VB) return r;
  size_t stop = 0;  // the subject proper ends at an apposition's comma
  while (stop < v && tokens[stop].lower != ","sv) ++stop;
  for (const ActorGroup& g : named) {
    if (g.begin < stop) return r;
  }
  bool name = false;
  size_t head = v;
  for (size_t k = 0; k < v; ++k) {
    const Token& t = tokens[k];
    if (t.pos == Pos::PRP || t.lower == "\""sv || t.lower == "``"sv || t.lower == "''"sv) return r;
    if (t.pos == Pos::NNP && !(k == 0 && (t.lower == "the"sv || t.lower == "a"sv))) name = true;
    if (t.lower == ","sv) break;  // "Tam, a dealer, said": the name before the apposition
    head = k;
  }
  if (head >= v) return r;
  const std::string& w = tokens[head].lower;
  static const std::vector<std::string> kPeople = {"dealers", "traders", "analysts", "economists", "bankers",
                                                   "diplomats", "sources", "experts", "executives", "observers",
                                                   "brokers", "officials", "industry", "investors"};
  static const std::vector<std::string> kThings = {"company", "firm", "bank", "corporation", "group", "board",
                                                   "concern", "unit", "subsidiary", "exchange"};
  r.plural = std::find(kPeople.begin(), kPeople.end(), w) != kPeople.end();
  r.thing = std::find(kThings.begin(), kThings.end(), w) != kThings.end();
  r.person = name && tokens[head].pos == Pos::NNP;
  if (r.plural || r.thing || r.person) r.at = v;
  return r;
}

// The unknown name after a title ending at `t`, past a capitalized tail of
// the title joined by "of|for|and" ("… of State for Economic Affairs Allen
// Wallis"): where its last run of two or more capitalized words begins, or
// tokens.size() when there is none.
size_t NameAfterTitle(const std::vector<Token>& tokens, size_t t) {
  size_t k = t, run_begin = tokens.size();
  while (k < tokens.size()) {
    if (tokens[k].pos == Pos::NNP || tokens[k].pos == Pos::NNPS) {
      if (run_begin == tokens.size()) run_begin = k;
    } else if (OneOf(tokens[k].lower, {"of", "for", "and"}) && k + 1 < tokens.size() &&
               (tokens[k + 1].pos == Pos::NNP || tokens[k + 1].pos == Pos::NNPS)) {
      run_begin = tokens.size();
    } else {
      break;
    }
    ++k;
  }
  return run_begin != tokens.size() && k - run_begin >= 2 ? run_begin : tokens.size();
}

// `next_begin`: where the next named group starts (a name there is its own).
// The generic noun an organization's name is built on, when a later "the
// <noun>" can stand for it: "World Bank" → "bank", "Bank of Japan" →
// "bank", "International Monetary Fund" → "fund", "European Community" →
// "community"; "" for other names. ("Union" and "party" are left out: "the
// union" is as often a labour union.)
std::string GenericHead(const std::string& name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t of = lower.find(" of ");
  std::string head = lower.substr(0, of);
  const size_t space = head.rfind(' ');
  if (space != std::string::npos) head = head.substr(space + 1);
  static const char* const kHeads[] = {"bank",     "fund",         "community",    "commission",  "council",
                                       "court",    "agency",       "committee",    "board",       "organisation",
                                       "organization", "association", "federation", "league",   "treasury",
                                       "authority"};
  for (const char* h : kHeads) {
    if (head == h) return head;
  }
  return "";
}

// "Ukraine's army chief said he had ordered his troops …": an office a
// state holds, named without a name, is a person.
bool OfficeAlone(const ActorGroup& g, const std::vector<Token>& tokens) {
  if (g.members.size() != 1) return false;
  const ActorMention& m = g.members[0];
  return (m.kind == ActorMention::Kind::kState || m.kind == ActorMention::Kind::kTitle) && m.code != m.country &&
         !m.plural_agent && m.token_end > m.token_begin &&
         OneOf(tokens[m.token_end - 1].lemma, {"chief", "commander", "minister", "president", "premier", "ambassador",
                                               "envoy", "spokesman", "spokeswoman"}) &&
         !(m.token_end < tokens.size() && tokens[m.token_end].pos == Pos::NNP);
}

void Remember(const ActorGroup& g, const std::vector<Token>& tokens, size_t next_begin, StoryMemory* memory) {
  if (g.coreference) return;
  // ("uncoupling U.S. and West German interest rates … when they meet":
  // nationalities describing a thing are no plural a later "they" names.)
  const bool describes_thing = !g.members.empty() && g.members.back().demonym_only && g.end < tokens.size() &&
                               (tokens[g.end].pos == Pos::NN || tokens[g.end].pos == Pos::NNS) &&
                               !tokens[g.end].text.empty() && tokens[g.end].text[0] >= 'a' &&
                               tokens[g.end].text[0] <= 'z' &&
                               !OneOf(tokens[g.end].lemma, {"nation", "country", "state", "government", "people",
                                                            "leader", "ally", "partner", "neighbour", "neighbor",
                                                            "side", "member", "producer", "exporter", "importer",
                                                            "creditor", "lender", "bank", "company", "firm",
                                                            "borrowing", "debtor", "negotiator", "delegation"});
  // ("talks …, which were also joined by U.S. and Chinese diplomats",
  // "a ceasefire mediated by Qatar and Egypt": those who join, attend or
  // mediate another's act are not the pair a later "the two countries"
  // names.)
  size_t by = g.begin;
  if (by > 0 && tokens[by - 1].lower == "the") --by;
  const bool bystanders = by >= 2 && tokens[by - 1].lower == "by" && tokens[by - 2].pos == Pos::VBN &&
                          OneOf(tokens[by - 2].lemma, {"join", "attend", "accompany", "observe", "witness", "host",
                                                       "mediate", "broker", "facilitate", "chair", "sponsor"});
  if (CountCountries(g.members) >= 2 && !describes_thing && !bystanders) {
    memory->last_plural = g.members;
    memory->last_plural_sentence = memory->sentence;
  }
  for (const ActorMention& m : g.members) {
    // "Turkey's ambassador Nazmi Akiman": an office or a singular agent
    // before a name the dictionary does not know is a person too ("he").
    const bool titled_name = (m.kind == ActorMention::Kind::kTitle ||
                              (m.kind == ActorMention::Kind::kState && m.code != m.country && !m.plural_agent)) &&
                             (m.kind == ActorMention::Kind::kTitle ||
                              (!tokens[m.token_end - 1].text.empty() && tokens[m.token_end - 1].text[0] >= 'a' &&
                               tokens[m.token_end - 1].text[0] <= 'z')) &&
                             NameAfterTitle(tokens, m.token_end) < tokens.size();
    // "The OPEC president praised …, but he criticised …": an officer
    // named by an organization's office is a person too.
    const bool officer = (m.kind == ActorMention::Kind::kOrganization ||
                          (m.kind == ActorMention::Kind::kState && m.code == m.country)) &&
                         g.members.size() == 1 && m.token_end < tokens.size() &&
                         OneOf(tokens[m.token_end].lower, {"president", "chairman", "chairwoman", "chief", "head",
                                                           "secretary-general", "director", "spokesman", "spokeswoman",
                                                           "envoy", "governor", "commissioner", "leader"}) &&
                         !(m.token_end + 1 < tokens.size() && tokens[m.token_end + 1].pos == Pos::NNP);
    const bool office_alone = OfficeAlone(g, tokens);
    // "British corporate affairs minister Michael Howard", "GATT spokesman
    // David Woods": an office in words the dictionary does not know, between
    // a state or an organization and an unknown name.
    size_t name_begin = titled_name ? NameAfterTitle(tokens, m.token_end) : m.token_end;
    bool described_name = false;
    if (!titled_name && !officer && m.kind != ActorMention::Kind::kPerson && g.members.size() == 1) {
      size_t k = m.token_end;
      while (k < tokens.size() && k < m.token_end + 3 && !tokens[k].text.empty() && std::islower(static_cast<unsigned char>(tokens[k].text[0])) &&
             (IsNoun(tokens[k].pos) || IsAdjective(tokens[k].pos))) {
        ++k;
      }
      described_name = k > m.token_end && k + 1 < tokens.size() && k + 2 <= next_begin &&
                       tokens[k].pos == Pos::NNP && tokens[k + 1].pos == Pos::NNP;
      if (described_name) name_begin = k;
    }
    // "Prime Minister Edward Seaga" placed by the sentence's one country:
    // the unknown name is inside the title's mention.
    const bool name_inside = m.kind == ActorMention::Kind::kTitle && m.token_end - m.token_begin >= 3 &&
                             tokens[m.token_end - 1].pos == Pos::NNP && tokens[m.token_end - 2].pos == Pos::NNP;
    // ("the Reagan administration": a name used for its government is no
    // person "he" or "his" can stand for.)
    const bool names_government = m.kind == ActorMention::Kind::kPerson && m.token_end < tokens.size() &&
                                  OneOf(tokens[m.token_end].lower, {"administration", "government", "cabinet",
                                                                    "team", "camp", "era", "presidency"});
    if ((m.kind == ActorMention::Kind::kPerson && !names_government) || titled_name || officer || described_name ||
        name_inside || office_alone) {
      if (!memory->last_person.empty() && memory->last_person[0].name != m.name) {
        memory->person_before_last = memory->last_person;
      }
      memory->last_person = {m};
      memory->last_person_this_sentence = m.kind != ActorMention::Kind::kPerson;
      // The surname: the last capitalized word of the person's own name,
      // or of the unknown name the office stands before.
      size_t last = name_begin;
      if (titled_name || described_name) {
        while (last < tokens.size() && last < next_begin && tokens[last].pos == Pos::NNP) ++last;
      }
      const Token& surname = tokens[last - 1];
      if (!officer && last - m.token_begin >= 2 && surname.pos == Pos::NNP && surname.lower.size() >= 3 &&
          std::isupper(static_cast<unsigned char>(surname.text[0]))) {
        std::erase_if(memory->surnames, [&](const auto& s) { return s.first == surname.lower; });
        memory->surnames.emplace_back(surname.lower, m);
      }
    }
    if (m.kind == ActorMention::Kind::kState || m.kind == ActorMention::Kind::kTitle) {
      if (!memory->last_state.empty() && memory->last_state[0].country != m.country) {
        memory->state_before_last = memory->last_state;
      }
      memory->last_state = {m};
    }
    if (m.kind == ActorMention::Kind::kState && m.code == m.country && !m.demonym_only && !m.place) {
      memory->last_country = {m};
    }
    if (m.kind == ActorMention::Kind::kOrganization && m.country == "IGO") memory->last_organization = {m};
    if (m.kind == ActorMention::Kind::kOrganization && m.code.compare(0, 3, "IMG") == 0) memory->last_group = {m};
    if ((m.kind == ActorMention::Kind::kOrganization || m.why.rfind("institution", 0) == 0) && g.members.size() == 1) {
      std::string head = GenericHead(m.name);
      // ("World Bank President Barber Conable … the bank": the body named
      // before its officer.)
      for (uint32_t k = m.token_begin; head.empty() && m.kind == ActorMention::Kind::kPerson && k < m.token_end; ++k) {
        head = GenericHead(tokens[k].lower);
      }
      if (!head.empty()) {
        std::erase_if(memory->organization_heads, [&](const auto& h) { return h.first == head; });
        memory->organization_heads.emplace_back(head, m);
      }
    }
    if (m.kind == ActorMention::Kind::kPerson && !m.office.empty()) {
      std::erase_if(memory->officeholders, [&](const ActorMention& p) { return p.name == m.name; });
      memory->officeholders.push_back(m);
    }
  }
}

// The office key's role part: "JPN.finance_minister" → "finance_minister".
std::string OfficeRole(const std::string& office) {
  const size_t dot = office.find('.');
  return dot == std::string::npos ? office : office.substr(dot + 1);
}

// "Japanese Finance Minister Kiichi Miyazawa met Baker. The minister later
// criticised …": a definite bare title that only the sentence's one country
// placed is the person named before (in this sentence or an earlier one)
// who holds that office or one of its kind (finance_minister for
// "minister").
void ResolveDefiniteTitles(const std::vector<Token>& tokens, const StoryMemory& memory,
                           std::vector<ActorMention>* mentions) {
  std::vector<ActorMention> holders = memory.officeholders;
  for (ActorMention& m : *mentions) {
    if (m.kind == ActorMention::Kind::kPerson && !m.office.empty()) {
      holders.push_back(m);
      continue;
    }
    if (m.kind != ActorMention::Kind::kTitle || m.office.empty() || m.token_begin == 0 ||
        tokens[m.token_begin - 1].lower != "the"sv || m.why.rfind("title without a country", 0) != 0) {
      continue;
    }
    // A bare title: no unknown name after it inside the mention ("the
    // Prime Minister Edward Seaga").
    if (m.token_end - m.token_begin >= 3 && tokens[m.token_end - 1].pos == Pos::NNP &&
        tokens[m.token_end - 2].pos == Pos::NNP) {
      continue;
    }
    const std::string key = OfficeRole(m.office);
    for (auto it = holders.rbegin(); it != holders.rend(); ++it) {
      const std::string role = OfficeRole(it->office);
      if (role != key && !(role.size() > key.size() + 1 && role.compare(role.size() - key.size(), key.size(), key) == 0 &&
                           role[role.size() - key.size() - 1] == '_')) {
        continue;
      }
      std::string phrase;
      for (uint32_t k = m.token_begin; k < m.token_end; ++k) phrase += (k > m.token_begin ? " " : "") + tokens[k].text;
      ActorMention resolved = *it;
      resolved.token_begin = m.token_begin;
      resolved.token_end = m.token_end;
      resolved.span = m.span;
      resolved.why = "'the " + phrase + "': " + it->name + " (" + it->office + "), named before";
      m = std::move(resolved);
      break;
    }
  }
}

}  // namespace

namespace {

// "Bree President Romendacil": an office of a country ("Bree President",
// BREGOV) right before a name of the same country that carries no role of
// its own (Romendacil, BRE) is one actor, the named office holder.
std::vector<ActorMention> JoinTitleAndName(const std::vector<ActorMention>& in, const std::vector<Token>& tokens) {
  std::vector<ActorMention> out;
  out.reserve(in.size());
  // The second mention, widened over the first; `code` replaces its code when set.
  auto join = [&](const ActorMention& first, const ActorMention& second, const std::string& code,
                  const std::string& why) {
    ActorMention joined = second;
    if (!code.empty()) joined.code = code;
    joined.token_begin = first.token_begin;
    joined.span.begin = first.span.begin;
    joined.why = why;
    out.push_back(std::move(joined));
  };
  for (size_t i = 0; i < in.size(); ++i) {
    if (i + 1 < in.size()) {
      const ActorMention& title = in[i];
      const ActorMention& name = in[i + 1];
      // "Venezuela's Nicolas Maduro": a state, "'s", one of its people.
      bool possessive = title.token_end + 1 == name.token_begin && title.token_end < tokens.size() &&
                        (tokens[title.token_end].lower == "'s"sv || tokens[title.token_end].lower == "'"sv);
      if (possessive && title.kind == ActorMention::Kind::kState && title.code == title.country &&
          name.kind == ActorMention::Kind::kPerson && name.country == title.country) {
        join(title, name, "", "state's + its person; " + name.why);
        ++i;
        continue;
      }
      bool adjacent = title.token_end == name.token_begin;
      // "U.S. Treasury James Baker": an institution before one of its people.
      bool institution_person = adjacent && title.kind == ActorMention::Kind::kOrganization &&
                                title.country.size() == 3 && title.country != "IGO" && title.country != "NGO" &&
                                title.country != "IMG" && name.kind == ActorMention::Kind::kPerson &&
                                name.country == title.country;
      // ("U.N. Secretary-General Antonio Guterres": an international body
      // before its own officer.)
      institution_person = institution_person ||
                           (adjacent && title.kind == ActorMention::Kind::kOrganization &&
                            name.kind == ActorMention::Kind::kPerson && title.code.size() >= 6 &&
                            name.code.compare(0, title.code.size(), title.code) == 0);
      if (institution_person) {
        join(title, name, "", "institution + its officer; " + name.why);
        ++i;
        continue;
      }
      bool title_has_role = title.code.size() > title.country.size() && title.code.compare(0, title.country.size(), title.country) == 0;
      // "Chinese company Huawei", "Palestinian group Hamas": a state's kind
      // of body before the name of one of that state's bodies is that body.
      if (adjacent && title_has_role && title.kind == ActorMention::Kind::kState && !title.demonym_only &&
          !title.plural_agent && name.kind == ActorMention::Kind::kOrganization && name.country == title.country) {
        join(title, name, "", "description + name; " + name.why);
        ++i;
        continue;
      }
      bool name_is_bare = name.code == name.country;
      if (adjacent && title_has_role && name_is_bare && title.country == name.country && !title.demonym_only &&
          !title.plural_agent && title.kind == ActorMention::Kind::kState) {
        join(title, name, title.code, title.why.empty() ? "office + name" : title.why + "; office + name");
        ++i;
        continue;
      }
    }
    out.push_back(in[i]);
  }
  return out;
}

}  // namespace

std::vector<ActorGroup> BuildActorGroups(const std::vector<Token>& tokens, const std::vector<ActorMention>& raw_mentions,
                                         StoryMemory* memory) {
  ++memory->sentence;
  if (memory->last_person_this_sentence) {
    memory->last_person.clear();
    memory->last_person_this_sentence = false;
  }
  memory->subject_person = std::move(memory->subject_person_next);
  memory->subject_person_next.clear();
  std::vector<ActorMention> mentions = DropLedByAdjectives(JoinTitleAndName(raw_mentions, tokens), tokens);
  AddSurnameMentions(tokens, *memory, &mentions);
  ResolveDefiniteTitles(tokens, *memory, &mentions);
  // "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of
  // Portugal signed": a person's own country after "of" belongs to the
  // person's mention, so that the two people make the list.
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    ActorMention& person = mentions[k];
    const ActorMention& state = mentions[k + 1];
    if (person.kind != ActorMention::Kind::kPerson || state.kind != ActorMention::Kind::kState ||
        state.code != state.country || state.country != person.country ||
        state.token_begin != person.token_end + 1 || tokens[person.token_end].lower != "of"sv) {
      continue;
    }
    person.token_end = state.token_end;
    person.span.end = state.span.end;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // "The European Community (EC) and Japan": an acronym in parentheses
  // right after a name of the same actor is part of that name.
  // (The closing parenthesis stays outside, where a clause's verb finds
  // its subject; the list below passes it.)
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    ActorMention& name = mentions[k];
    const ActorMention& acronym = mentions[k + 1];
    if (acronym.code != name.code || acronym.token_begin != name.token_end + 1 ||
        tokens[name.token_end].lower != "("sv || acronym.token_end >= tokens.size() ||
        tokens[acronym.token_end].lower != ")"sv) {
      continue;
    }
    name.token_end = acronym.token_end;
    name.span.end = acronym.span.end;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // 1. Coordination: mentions joined by "," / "and" merge; a list joined by
  // commas alone must contain an "and" somewhere, so "In Washington, Chinese
  // officials said" stays two groups.
  std::vector<ActorGroup> named;
  size_t i = 0;
  while (i < mentions.size()) {
    size_t j = i;
    // One name for several actors (same tokens) is one group in any case.
    size_t same = i;
    while (same + 1 < mentions.size() && mentions[same + 1].token_begin == mentions[i].token_begin &&
           mentions[same + 1].token_end == mentions[i].token_end) {
      ++same;
    }
    bool has_and = false, comma_only = false;
    while (j + 1 < mentions.size()) {
      // One name for several actors: the same tokens, one group.
      if (mentions[j + 1].token_begin == mentions[j].token_begin && mentions[j + 1].token_end == mentions[j].token_end) {
        ++j;
        continue;
      }
      uint32_t from = mentions[j].token_end, to = mentions[j + 1].token_begin;
      if (to <= from || to - from > 5) break;  // "and the evil awful Gondor"
      bool glue = true, saw_and = false, saw_comma = false;
      // (Past the parenthesis that closes an acronym the name took in.)
      if (from < to && tokens[from].lower == ")"sv && from >= 2 && tokens[from - 2].lower == "("sv) ++from;
      for (uint32_t t = from; t < to; ++t) {
        // "Evil Mordor, the awful Fornost, and good Gondor": adjectives too.
        glue = glue && (IsListGlue(tokens[t].lower) || IsAdjective(tokens[t].pos));
        saw_and = saw_and || tokens[t].lower == "and"sv;
        saw_comma = saw_comma || tokens[t].lower == ","sv;
      }
      if (!glue || (!saw_and && !saw_comma)) break;
      // "… to Valdorian President Mirela Dostan, and Zerania sent aid": after
      // an object, ", and" before a subject and its verb opens a new clause.
      if (saw_and && saw_comma) {
        const uint32_t first = QuantifiedStart(tokens, mentions[i].token_begin);
        const bool object = first > 0 && (tokens[first - 1].pos == Pos::IN || tokens[first - 1].pos == Pos::TO ||
                                          IsVerb(tokens[first - 1].pos));
        const uint32_t after = mentions[j + 1].token_end;
        if (object && after < tokens.size() &&
            OneOf(tokens[after].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD})) {
          break;
        }
      }
      // "Syrian rebels seized Damascus and President Bashar al-Assad fled":
      // after a verb's object, "and" before a subject and its finite verb
      // opens a new clause too (not after a preposition: "talks between
      // Iran and Iraq ended").
      if (saw_and && !saw_comma && j == i) {
        const uint32_t first = QuantifiedStart(tokens, mentions[i].token_begin);
        // (Not after a verb of saying, whose clause the list is the
        // subject of: "said Karsovia and Valdoria must cooperate".)
        const bool verb_object = first > 0 && IsVerb(tokens[first - 1].pos) &&
                                 !OneOf(tokens[first - 1].lemma,
                                        {"say", "tell", "announce", "warn", "insist", "believe", "think", "hope",
                                         "expect", "fear", "claim", "argue", "add", "note", "report", "know", "agree",
                                         "state", "confirm", "deny", "suggest", "predict", "estimate"});
        const uint32_t after = mentions[j + 1].token_end;
        if (verb_object && after < tokens.size() && OneOf(tokens[after].pos, {Pos::VBD, Pos::VBZ, Pos::MD})) {
          break;
        }
      }
      // "to France, Germany, Switzerland and Italy, Funaro hopes …": a list
      // closed by "and" ends at its last member when what follows the comma
      // is the subject of the main clause.
      if (has_and && !saw_and) {
        uint32_t next = mentions[j + 1].token_end;
        // (past a name the title stands before: "…, President Orlan Teska flew")
        while (next < tokens.size() && tokens[next].pos == Pos::NNP && next - mentions[j + 1].token_end < 4) ++next;
        if (next < tokens.size() && (IsVerb(tokens[next].pos) || tokens[next].pos == Pos::MD)) break;
      }
      comma_only = comma_only || !saw_and;
      has_and = has_and || saw_and;
      ++j;
    }
    size_t last = (!has_and && comma_only) ? same : j;  // commas without "and": not a list
    ActorGroup g;
    g.begin = mentions[i].token_begin;
    g.end = mentions[last].token_end;
    for (size_t k = i; k <= last; ++k) g.members.push_back(mentions[k]);
    if (last > i) g.why = "coordinated list of " + std::to_string(last - i + 1);
    named.push_back(std::move(g));
    i = last + 1;
  }

  // A sentence whose subject is someone the dictionary does not know
  // ("Tam, a Hong Kong dealer, said …", "Dealers said they …", "The
  // company said it …") takes the pronouns after it away from the actors
  // named before.
  const SubjectReset reset = UnknownSubject(tokens, named);

  // "Japanese customers will visit Saudi Arabia to finalise their contract
  // talks": a plural subject of people or things the dictionary does not
  // name is what "their" and "they" stand for in its sentence, not the
  // states named before.
  const bool plural_common_subject = PluralCommonSubject(tokens, named);

  // 2. Coreference phrases outside the named groups, resolved against what
  // the story named before them (earlier sentences and earlier in this one).
  std::vector<ActorGroup> groups;
  size_t named_idx = 0;
  std::vector<ActorMention> plural_subject;
  for (size_t t = 0; t < tokens.size();) {
    if (t == reset.at && reset.at > 0) {
      if (reset.person) {
        memory->last_person.clear();
        memory->person_before_last.clear();
      }
      if (reset.plural) memory->last_plural.clear();
      if (reset.thing) {
        memory->last_subject.clear();
        memory->last_state.clear();
        memory->last_country.clear();
        memory->state_before_last.clear();
      }
    }
    size_t region_len = 0;
    if (named_idx < named.size() && named[named_idx].begin == t) {
      region_len = RegionDescribedStateAt(tokens, named[named_idx]);
      if (region_len > 0 && !memory->last_state.empty()) {
        ++named_idx;  // the region names no actor here: it describes a state named before
      } else {
        region_len = 0;
      }
    }
    if (region_len == 0 && named_idx < named.size() && named[named_idx].begin == t) {
      // "Japanese chip makers reacted angrily to news the United States
      // plans action against them": a plural agent that is the sentence's
      // subject (no verb before it) is what a later "them" in the sentence
      // can stand for ("their" is mostly the subject's own).
      const ActorGroup& n = named[named_idx];
      if (n.members.size() == 1 && n.members[0].kind == ActorMention::Kind::kState &&
          n.members[0].code != n.members[0].country && n.end > n.begin &&
          (tokens[n.end - 1].pos == Pos::NNS || tokens[n.end - 1].pos == Pos::NNPS) &&
          std::none_of(tokens.begin(), tokens.begin() + n.begin, [](const Token& k) { return IsVerb(k.pos); })) {
        plural_subject = n.members;
      }
      // This sentence's subject, when a person: the first group, before any
      // verb ("The Valdorian foreign minister flew to Karsovia. He met …":
      // an office named alone too).
      const size_t first = FirstWordOfClause(tokens);
      const bool opens = t == first || (t == first + 1 && tokens[first].lower == "the"sv &&
                                        OfficeAlone(named[named_idx], tokens));
      if (opens && named[named_idx].members.size() == 1 &&
          (named[named_idx].members[0].kind == ActorMention::Kind::kPerson ||
           named[named_idx].members[0].kind == ActorMention::Kind::kTitle || OfficeAlone(named[named_idx], tokens))) {
        memory->subject_person_next = named[named_idx].members;
      }
      Remember(named[named_idx], tokens, named_idx + 1 < named.size() ? named[named_idx + 1].begin : tokens.size(),
               memory);
      t = named[named_idx].end;
      groups.push_back(std::move(named[named_idx++]));
      continue;
    }
    Antecedent kind = Antecedent::kPerson;
    size_t len = region_len > 0 ? region_len : CorefAt(tokens, t, &kind);
    if (region_len > 0) kind = Antecedent::kState;
    // ("ordering his forces to halt", with "forces" placed by the setting:
    // "his" alone, and the agent after it becomes the possessor's below.)
    if (kind == Antecedent::kPersonCountry && len == 2 && named_idx < named.size() && named[named_idx].begin == t + 1) {
      kind = Antecedent::kPerson;
      len = 1;
    }
    // "World Bank Vice-President David Knox said the bank was eager to
    // finance …": "the" and the generic noun of an organization named
    // before (not "the bank lending rate": a noun after it; nor "pledged
    // the Bank's support": a possessive, mostly the subject's own).
    if (len == 0 && tokens[t].lower == "the"sv && t + 1 < tokens.size() &&
        (named_idx >= named.size() || named[named_idx].begin > t + 1) &&
        !(t + 2 < tokens.size() && (IsNoun(tokens[t + 2].pos) || OneOf(tokens[t + 2].lower, {"'s", "'"})))) {
      for (auto it = memory->organization_heads.rbegin(); it != memory->organization_heads.rend(); ++it) {
        if (it->first != tokens[t + 1].lower) continue;
        ActorGroup g;
        g.begin = static_cast<uint32_t>(t);
        g.end = static_cast<uint32_t>(t + 2);
        g.coreference = true;
        g.why = "coreference: 'the " + tokens[t + 1].text + "' -> " + it->second.name + ";";
        ActorMention m = it->second;
        m.token_begin = g.begin;
        m.token_end = g.end;
        m.span = Span{tokens[t].span.begin, tokens[t + 1].span.end};
        m.why = g.why;
        g.members.push_back(std::move(m));
        groups.push_back(std::move(g));
        len = 2;
        break;
      }
      if (len == 2) {
        t += 2;
        continue;
      }
    }
    // "… was greeted by Trump before the two leaders sat down for talks",
    // "… a summit with Moon, and the two signed a declaration": the two
    // people this sentence has named, one of each country.
    std::vector<ActorMention> two_named;
    if (const size_t people_len = TwoPeopleAt(tokens, t);
        people_len > 0 && (len == 0 || kind == Antecedent::kPlural)) {
      two_named = TwoPeopleNamedBefore(groups);
      if (!two_named.empty()) {
        len = people_len;
        kind = Antecedent::kPlural;
        // ("leaders" alone read as the agent of the country the sentence is
        // set in stands for the two instead.)
        if (named_idx < named.size() && named[named_idx].begin > t && named[named_idx].begin < t + len &&
            named[named_idx].end == t + len && named[named_idx].members.size() == 1 &&
            named[named_idx].members[0].plural_agent) {
          ++named_idx;
        }
      }
    }
    // ("the Lebanese group" after Hezbollah: the nationality inside the
    // phrase describes the group named before, when that is the group's.)
    if (len > 0 && kind == Antecedent::kGroup && named_idx < named.size() && named[named_idx].begin > t &&
        named[named_idx].end < t + len && named[named_idx].members.size() == 1 &&
        named[named_idx].members[0].demonym_only && memory->last_group.size() == 1 &&
        memory->last_group[0].code.find(named[named_idx].members[0].country) != std::string::npos) {
      ++named_idx;
    }
    if (len > 0 && (named_idx >= named.size() || named[named_idx].begin >= t + len)) {
      // A "he" that opens a sentence continues with the previous
      // sentence's subject when that was a person, not whoever was named last.
      // So does one right after a phrase that opens the sentence, when the
      // person named last was named in that phrase: "Speaking to reporters
      // after talks with President Suharto, he said …" is not Suharto.
      const bool named_in_opening =
          AfterOpeningPhrase(tokens, t) && !memory->last_person.empty() &&
          std::any_of(groups.begin(), groups.end(), [&](const ActorGroup& g) {
            return !g.coreference && g.members.size() == 1 && g.members[0].name == memory->last_person[0].name;
          });
      const bool opening_he = kind == Antecedent::kPerson &&
                              (t == FirstWordOfClause(tokens) || named_in_opening) &&
                              (tokens[t].lower == "he"sv || tokens[t].lower == "she"sv) &&
                              !memory->subject_person.empty() && !memory->last_person_this_sentence;
      if (plural_common_subject && two_named.empty() && len == 1 && OneOf(tokens[t].lower, {"they", "their", "them"})) {
        t += len;
        continue;
      }
      // "the two countries", "both sides": the pair of the last act between
      // two countries when that is newer than the last plural named.
      const bool two_phrase = tokens[t].lower == "both"sv || (tokens[t].lower == "the"sv && t + 1 < tokens.size() &&
                                                             tokens[t + 1].lower == "two"sv);
      // (Not after this sentence has named two states of its own: "Turkey
      // accused Greece of breaching the agreement under which both sides …".)
      // (A firm named on the way is not a side: "talks between the two
      // sides" after Russia, the United States and the bank Rosselkhozbank.)
      std::vector<ActorMention> named_before;
      for (const ActorGroup& g : groups) {
        if (g.coreference) continue;
        for (const ActorMention& m : g.members) {
          // (Nor a place: "the bombs dropped on Hiroshima and Nagasaki", "in
          // the Omani capital".)
          if (m.place) continue;
          if (m.demonym_only && m.token_end < tokens.size() &&
              OneOf(tokens[m.token_end].lemma, {"capital", "city", "port", "town", "coast", "waters", "soil",
                                                 "territory", "airspace", "resort", "border", "village"})) {
            continue;
          }
          const bool firm = m.kind == ActorMention::Kind::kOrganization && m.code.size() == 6 &&
                            m.code.compare(3, 3, "BUS") == 0;
          if (!firm) named_before.push_back(m);
        }
      }
      const bool states_before = CountCountries(named_before) >= 2;
      // "the first UAE official to visit Yugoslavia since the two countries
      // established relations": the two this sentence has named, the last
      // of each.
      std::vector<ActorMention> two_states;
      // (States, their governments and forces: not "Argentine businessmen"
      // and a bank.)
      const bool all_states = std::all_of(named_before.begin(), named_before.end(), [](const ActorMention& m) {
        return m.country.size() == 3 && !OneOf(m.country, {"IGO", "NGO", "IMG"}) &&
               (m.code.size() == 3 || OneOf(m.code.substr(3, 3), {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}));
      });
      if (two_phrase && kind == Antecedent::kPlural && all_states && CountCountries(named_before) == 2) {
        for (const ActorMention& m : named_before) {
          std::erase_if(two_states, [&](const ActorMention& p) { return p.country == m.country; });
          two_states.push_back(m);
        }
      }
      // ("Trump told Israel not to drop bombs on Iran, accusing both
      // countries of …": three named, the subject's and two others; "both"
      // are the two others.)
      // (Only "both" as an object: "the two leaders later sat down" may
      // count the subject in.)
      if (two_phrase && tokens[t].lower == "both"sv && t > 0 &&
          (IsVerb(tokens[t - 1].pos) || tokens[t - 1].pos == Pos::IN) && kind == Antecedent::kPlural && all_states &&
          CountCountries(named_before) == 3 &&
          !groups.empty() && !groups.front().coreference && groups.front().begin <= 2 &&
          std::none_of(tokens.begin(), tokens.begin() + groups.front().begin,
                       [](const Token& k) { return k.pos == Pos::IN; })) {
        const std::string subject = named_before.front().country;
        for (const ActorMention& m : named_before) {
          if (m.country == subject) continue;
          std::erase_if(two_states, [&](const ActorMention& p) { return p.country == m.country; });
          two_states.push_back(m);
        }
        if (CountCountries(two_states) != 2) two_states.clear();
      }
      const bool pair_newer = two_phrase && !states_before && !memory->last_pair.empty() &&
                              memory->last_pair_sentence > memory->last_plural_sentence &&
                              memory->last_pair_sentence < memory->sentence;
      const bool plural_subject_object = !plural_subject.empty() && kind == Antecedent::kPlural && !two_phrase &&
                                         tokens[t].lower == "them"sv &&
                                         memory->last_plural_sentence != memory->sentence;
      // "Trump called his talks with Xi amazing and said he was cutting
      // the tariffs", "Xi said that he": a "he" right after a verb of saying
      // is the one who says it: the person right before the verb, or, for
      // a verb joined by "and", the sentence's first person.
      std::vector<ActorMention> reporter;
      if (kind == Antecedent::kPerson && OneOf(tokens[t].lower, {"he", "she"}) && t >= 2) {
        size_t v = tokens[t - 1].lower == "that"sv ? t - 2 : t - 1;
        // ("said on arrival he", "said on Monday that he": past a short
        // phrase of time or occasion.)
        for (size_t k = v; k >= 2 && v - k < 3; --k) {
          if (!(IsNoun(tokens[k].pos) || tokens[k].pos == Pos::DT || IsAdjective(tokens[k].pos))) break;
          if (OneOf(tokens[k - 1].lower, {"on", "in", "at", "after"}) && IsVerb(tokens[k - 2].pos) &&
              OneOf(tokens[k - 2].lemma, {"say", "add", "insist", "declare"})) {
            v = k - 2;
            break;
          }
        }
        if (IsVerb(tokens[v].pos) && OneOf(tokens[v].lemma, {"say", "add", "insist", "argue", "stress", "declare"})) {
          const ActorGroup* speaker = nullptr;
          if (v >= 1 && OneOf(tokens[v - 1].lower, {"and", "but"})) {
            for (const ActorGroup& g : groups) {
              if (!g.coreference && g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kPerson) {
                speaker = &g;
                break;
              }
            }
          } else {
            // (Or an office named without a name: "Ukraine's army chief said
            // he had ordered …".)
            for (const ActorGroup& g : groups) {
              if (!g.coreference && g.end == v && g.members.size() == 1 &&
                  (g.members[0].kind == ActorMention::Kind::kPerson ||
                   g.members[0].kind == ActorMention::Kind::kTitle)) {
                speaker = &g;
              }
            }
            // ("Herrington, who is to meet King Hassan, said he …": the
            // person the sentence opens with, past the relative clause.)
            if (!speaker && v >= 1 && tokens[v - 1].lower == ","sv && !groups.empty()) {
              const ActorGroup& first = groups.front();
              if (!first.coreference && first.begin == FirstWordOfClause(tokens) && first.members.size() == 1 &&
                  first.members[0].kind == ActorMention::Kind::kPerson && first.end + 1 < tokens.size() &&
                  tokens[first.end].lower == ","sv && tokens[first.end + 1].lower == "who"sv) {
                speaker = &first;
              }
            }
          }
          if (speaker) reporter = speaker->members;
        }
      }
      // "Ethiopia expelled two U.N. officials, accusing them of meddling":
      // after a participle that continues the clause, "them" is the plural
      // actor that clause named last.
      std::vector<ActorMention> clause_object;
      if (kind == Antecedent::kPlural && tokens[t].lower == "them"sv && t >= 2 && tokens[t - 1].pos == Pos::VBG &&
          tokens[t - 2].lower == ","sv) {
        // (Past an aside that names some of them: "seven U.N. officials,
        // including the heads of UNICEF and OCHA, to leave, accusing them".)
        for (auto g = groups.rbegin(); g != groups.rend() && g + 1 != groups.rend(); ++g) {
          if (g->coreference) continue;
          const Pos last = tokens[g->end - 1].pos;
          if (last == Pos::NNS || last == Pos::NNPS) {
            clause_object = g->members;
            break;
          }
          bool aside = false;
          for (size_t k = g->begin; k > 0 && g->begin - k < 8 && !aside; --k) {
            aside = OneOf(tokens[k - 1].lower, {"including", "among"});
            if (tokens[k - 1].lower == ","sv) break;
          }
          if (!aside) break;
        }
      }
      // "Valdoria banned the Northern Hand, accusing it of terrorism": an
      // "it" after such a participle is the organization the clause's verb
      // acted on (a state there is the state named last already).
      if (tokens[t].lower == "it"sv && t >= 2 && tokens[t - 1].pos == Pos::VBG && tokens[t - 2].lower == ","sv &&
          !groups.empty() && !groups.back().coreference && groups.back().end + 2 == t &&
          groups.back().members.size() == 1 && groups.back().members[0].code != groups.back().members[0].country) {
        size_t b = groups.back().begin;
        if (b > 0 && tokens[b - 1].pos == Pos::DT) --b;
        if (b > 0 && IsVerb(tokens[b - 1].pos)) clause_object = groups.back().members;
      }
      // "ELN guerrillas acknowledged that one of their units …", "its
      // soldiers had made failures when they shot …": "they" or "their"
      // after a plural actor that is a clause's subject in this sentence.
      std::vector<ActorMention> plural_actor_before;
      // (Not before a mutual act, which takes two sides: "officials said
      // she would raise the subject when they meet".)
      // ("U.S. officials … when they held grain talks with Soviet
      // counterparts" names the other side.)
      bool mutual_after = false;
      for (size_t k = t + 1; k < tokens.size() && k <= t + 3; ++k) {
        if (tokens[k].pos == Pos::MD || IsAdverb(tokens[k].pos)) continue;
        mutual_after = OneOf(tokens[k].lemma, {"meet", "talk", "negotiate", "agree", "sign", "discuss"}) &&
                       !(k + 1 < tokens.size() && tokens[k + 1].lower == "with"sv);
        break;
      }
      if (kind == Antecedent::kPlural && !two_phrase && OneOf(tokens[t].lower, {"they", "their"}) &&
          memory->last_plural_sentence != memory->sentence && !mutual_after) {
        for (auto g = groups.rbegin(); g != groups.rend(); ++g) {
          if (g->coreference) continue;
          // (Past an actor that modifies a noun: "Taliban forces attacked
          // Pakistani army posts … for air strikes they blamed on Pakistan".)
          if (g->end < t && IsNoun(tokens[g->end].pos) && g + 1 != groups.rend()) continue;
          const Pos last = tokens[g->end - 1].pos;
          // (Not past a people or a counted crowd the dictionary does not
          // name: "drove tens of thousands of Tigrayans from their homes".)
          bool other_plural = false;
          for (size_t k = g->end; k < t && !other_plural; ++k) {
            other_plural = tokens[k].pos == Pos::NNPS ||
                           (tokens[k].pos == Pos::NNS && k >= 1 &&
                            (tokens[k - 1].pos == Pos::CD || tokens[k - 1].lower == "of"sv));
          }
          if (g->members.size() == 1 && (last == Pos::NNS || last == Pos::NNPS) && g->end < t && !other_plural &&
              (IsVerb(tokens[g->end].pos) || tokens[g->end].pos == Pos::MD)) {
            plural_actor_before = g->members;
          }
          break;
        }
      }
      // The one who speaks, named last in this sentence (a person or a
      // state), or else the person named last.
      std::vector<ActorMention> speaker;
      if (kind == Antecedent::kSpeakerCountry) {
        speaker = !groups.empty() && !groups.back().coreference && groups.back().end < t ? groups.back().members
                                                                                          : memory->last_person;
      }
      // "a day after President Joe Biden welcomed him": an object "him" or
      // "her" right after its clause's subject and verb is not that
      // subject; the person named before it.
      const bool object_of_subject =
          kind == Antecedent::kPerson && len == 1 && (tokens[t].lower == "him"sv || tokens[t].lower == "her"sv) &&
          !(t + 1 < tokens.size() && (IsNoun(tokens[t + 1].pos) || IsAdjective(tokens[t + 1].pos))) &&
          !memory->last_person.empty() && !groups.empty() && !groups.back().coreference &&
          groups.back().members.size() == 1 && groups.back().members[0].name == memory->last_person[0].name &&
          groups.back().end < t && [&] {
            // (The subject: not an object before it, "written to Lawson
            // urging him", "aides to President Chun are urging him".)
            size_t b = groups.back().begin;
            while (b > 0 && (tokens[b - 1].pos == Pos::DT || tokens[b - 1].lower == "'s"sv ||
                             tokens[b - 1].pos == Pos::NNP || IsAdjective(tokens[b - 1].pos))) {
              --b;
            }
            // (A clause's conjunction may stand there: "a day after Biden
            // welcomed him".)
            if (b > 0 && (tokens[b - 1].pos == Pos::IN || tokens[b - 1].pos == Pos::TO || IsVerb(tokens[b - 1].pos)) &&
                !OneOf(tokens[b - 1].lower, {"after", "before", "since", "when", "while", "because", "although",
                                             "though", "as", "if", "until", "unless", "once", "that"})) {
              return false;
            }
            for (size_t k = groups.back().end; k < t; ++k) {
              if (!(IsVerb(tokens[k].pos) || IsAdverb(tokens[k].pos) || tokens[k].pos == Pos::MD)) return false;
            }
            return IsVerb(tokens[t - 1].pos);
          }();
      // ("Karsovia expelled two Valdorian diplomats. Valdoria had accused
      // it of spying": the state named last is the accuser's own; "it" is
      // the one named before.)
      // (Only when the sentence has named no one but that state: "Valdoria
      // sued Karsovia, accusing it of negligence" is Karsovia; "the
      // opposition accused it" after a party is named is the party.)
      const bool own_state = kind == Antecedent::kState && tokens[t].lower == "it"sv && groups.size() == 1 &&
                             !groups[0].coreference && groups[0].members.size() == 1 &&
                             groups[0].members[0].code == groups[0].members[0].country &&
                             !memory->last_state.empty() && !memory->state_before_last.empty() &&
                             groups[0].members[0].country == memory->last_state[0].country;
      const std::vector<ActorMention>& state = own_state ? memory->state_before_last : memory->last_state;
      std::vector<ActorMention> speaker_or_owner;
      if (kind == Antecedent::kQuoteSpeaker) {
        if (const ActorGroup* g = QuoteSpeaker(tokens, t, named, groups); g != nullptr) speaker_or_owner = g->members;
      }
      if (kind == Antecedent::kThingOwner) {
        if (const ActorGroup* g = ThingOwner(tokens, t, groups); g != nullptr) speaker_or_owner = g->members;
      }
      const ActorGroup* joined_person = JoinedPersonObject(tokens, t, groups);
      if (joined_person != nullptr) speaker_or_owner = joined_person->members;
      const std::vector<ActorMention>& antecedent = kind == Antecedent::kQuoteSpeaker ||
                                                            kind == Antecedent::kThingOwner || joined_person != nullptr
                                                        ? speaker_or_owner
                                                    : !reporter.empty()             ? reporter
                                                    : object_of_subject           ? memory->person_before_last
                                                    : !clause_object.empty()       ? clause_object
                                                    : kind == Antecedent::kSpeakerCountry ? speaker
                                                    : !two_named.empty()            ? two_named
                                                    : plural_subject_object       ? plural_subject
                                                    : !two_states.empty()         ? two_states
                                                    : kind == Antecedent::kPlural && pair_newer ? memory->last_pair
                                                    : !plural_actor_before.empty() ? plural_actor_before
                                                    : kind == Antecedent::kPlural  ? memory->last_plural
                                                    : opening_he                  ? memory->subject_person
                                                    : kind == Antecedent::kPerson ? memory->last_person
                                                    : kind == Antecedent::kPersonCountry ? memory->last_person
                                                    : kind == Antecedent::kState  ? state
                                                    : kind == Antecedent::kCountry ? memory->last_country
                                                    : kind == Antecedent::kOrganization ? memory->last_organization
                                                    : kind == Antecedent::kGroup ? memory->last_group
                                                                                  : memory->last_subject;
      // "the two …", "both …" stand for two sides, not for three or more.
      if (!antecedent.empty() && !(kind == Antecedent::kPlural && two_phrase && CountCountries(antecedent) != 2)) {
        ActorGroup g;
        g.begin = static_cast<uint32_t>(t);
        g.end = static_cast<uint32_t>(t + len);
        g.coreference = true;
        std::string phrase;
        for (size_t k = t; k < t + len; ++k) phrase += (k > t ? " " : "") + tokens[k].text;
        g.why = "coreference: '" + phrase + "' ->";
        for (ActorMention m : antecedent) {
          if (kind == Antecedent::kPersonCountry || kind == Antecedent::kSpeakerCountry) {
            if (m.country.size() != 3 || OneOf(m.country, {"IGO", "NGO", "IMG"})) continue;
            m.kind = ActorMention::Kind::kState;
            const std::string_view owned = tokens[t + 1].lower;
            const bool forces =
                owned == "troops"sv || owned == "forces"sv || owned == "army"sv || owned == "soldiers"sv;
            // (A rebel leader's troops are the rebels: the person's own code.)
            const bool armed_group = m.code.size() >= 6 && OneOf(m.code.substr(3, 3), {"REB", "INS", "MIL"});
            m.code = owned == "government"sv || owned == "administration"sv ? m.country + "GOV"
                     : forces                ? (armed_group ? m.code.substr(0, 6) : m.country + "MIL")
                                             : m.country;
            m.name = m.country;
            m.office.clear();
          }
          g.why += " " + m.name + ";";
          m.token_begin = g.begin;
          m.token_end = g.end;
          m.span = Span{tokens[t].span.begin, tokens[t + len - 1].span.end};
          g.members.push_back(std::move(m));
        }
        for (ActorMention& m : g.members) m.why = g.why;
        groups.push_back(std::move(g));
      }
      t += len;
      continue;
    }
    ++t;
  }
  // "she and Soviet Premier Nikolai Ryzhkov had set targets": a pronoun
  // standing for a person, joined by "and" to a person named right after
  // it, is one list with that person.
  for (size_t k = 0; k + 1 < groups.size(); ++k) {
    ActorGroup& pronoun = groups[k];
    ActorGroup& next = groups[k + 1];
    if (!pronoun.coreference || next.coreference || pronoun.end - pronoun.begin != 1 ||
        !OneOf(tokens[pronoun.begin].lower, {"he", "she"}) || next.begin != pronoun.end + 1 ||
        tokens[pronoun.end].lower != "and"sv || next.members.size() != 1 ||
        next.members[0].kind != ActorMention::Kind::kPerson) {
      continue;
    }
    next.members.insert(next.members.begin(), pronoun.members.begin(), pronoun.members.end());
    next.begin = pronoun.begin;
    next.why = "coordinated list of 2 ('" + tokens[pronoun.begin].text + "' and a name)";
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(k));
  }
  // "ordering his forces to halt all hostilities": an agent the sentence
  // placed by its setting, right after a possessive pronoun, is the
  // possessor's.
  for (size_t k = 0; k + 1 < groups.size(); ++k) {
    const ActorGroup& owner = groups[k];
    ActorGroup& next = groups[k + 1];
    if (!owner.coreference || owner.members.size() != 1 || owner.end - owner.begin != 1 ||
        !OneOf(tokens[owner.begin].lower, {"his", "her", "its", "their"}) || next.begin != owner.end ||
        next.coreference || next.members.size() != 1 ||
        next.members[0].why.find("agent without a country") == std::string::npos) {
      continue;
    }
    const std::string country = owner.members[0].country;
    ActorMention& agent = next.members[0];
    if (country.size() != 3 || OneOf(country, {"IGO", "NGO", "IMG"}) || agent.code.size() <= 3) continue;
    if (agent.country == country) {
      // ("stepped aside under pressure from his party": the pronoun only
      // says whose the agent is; the agent acts or is acted on.)
      groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(k));
      continue;
    }
    agent.code = country + agent.code.substr(agent.country.size());
    agent.country = country;
    agent.why = "agent of the possessor '" + tokens[owner.begin].text + "' (" + owner.members[0].name + ")";
    next.why = agent.why;
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(k));
  }
  return groups;
}

}  // namespace statecraft
