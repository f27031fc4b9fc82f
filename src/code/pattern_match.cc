// Matching a verb pattern around its anchor: MatchForward and MatchBackward
// walk a pattern's elements over the tokens, and the helpers here decide what
// a gap between two elements may pass (times, places, adjuncts, list commas,
// amounts, unknown names, participles used as adjectives) and whether a word
// or a number is the pattern's.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/sentence_coder.h"
#include "code/word_classes.h"
#include "recognize/quantity_recognizer.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

bool SentenceCoder::WordMatches(uint32_t t, const PatternElement& el) const {
  const Token& tok = tokens_[t];
  for (const std::string& w : el.words) {
    if (SameWord(tok.lower, w) || (!el.exact_form && SameWord(tok.lemma, w))) return true;
    if (w[0] == '>' && NumberAtLeast(t, w)) return true;
  }
  return false;
}

// A pattern's ">=N" alternative: a number of at least N ("260", "15,000",
// "2 million", "2.5 mln").
bool SentenceCoder::NumberAtLeast(uint32_t t, std::string_view bound) const {
  if (tokens_[t].pos != Pos::CD) return false;
  std::optional<double> value = ParseNumber(tokens_[t].lower);
  if (!value) return false;
  if (t + 1 < tokens_.size()) {
    const std::string& next = tokens_[t + 1].lower;
    if (next == "thousand") *value *= 1e3;
    if (next == "million" || next == "mln") *value *= 1e6;
    if (next == "billion" || next == "bln") *value *= 1e9;
  }
  return *value >= std::strtod(std::string(bound.substr(2)).c_str(), nullptr);
}

// Times and named places between a verb and its complement: "demanded in
// Geneva on Friday that …". Returns the first token after them.
uint32_t SentenceCoder::SkipAdjunctsForward(uint32_t pos) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  while (pos < n) {
    if (in_time_[pos] && group_at_[pos] == kNone) {
      ++pos;
      continue;
    }
    if (OneOf(tokens_[pos].lower, {"in", "at"}) && pos + 1 < n && !in_time_[pos + 1]) {
      uint32_t k = pos + 1;
      if (k < n && tokens_[k].lower == "the"sv) ++k;  // "at the U.N. Security Council"
      uint32_t name_begin = k;
      while (k < n && (tokens_[k].pos == Pos::NNP || (group_at_[k] != kNone && groups_[group_at_[k]].begin == k))) {
        k = group_at_[k] != kNone ? groups_[group_at_[k]].end : k + 1;
      }
      if (k > name_begin && k < n) {
        pos = k;
        continue;
      }
    }
    // "charged during the Council debate that …": an occasion.
    if (OneOf(tokens_[pos].lower, {"during", "at", "in"}) && pos + 1 < n) {
      uint32_t k = pos + 1;
      if (OneOf(tokens_[k].lower, {"the", "a", "an"})) ++k;
      uint32_t words = 0;
      while (k < n && words < 4 && (IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) || group_at_[k] != kNone) &&
             !IsOccasionNoun(tokens_[k].lemma)) {
        k = group_at_[k] != kNone ? groups_[group_at_[k]].end : k + 1;
        ++words;
      }
      if (k < n && IsOccasionNoun(tokens_[k].lemma)) {
        pos = k + 1;
        continue;
      }
    }
    break;
  }
  return pos;
}

// The end of an aside about a time, set off by commas from the comma at t
// ("on Tuesday, his last full day in office, that …"): past its closing
// comma; t when there is none. The aside has no verb.
uint32_t SentenceCoder::TimeAsideEnd(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (t == 0 || t + 3 >= n || tokens_[t].lower != ","sv || !in_time_[t - 1]) return t;
  for (uint32_t k = t + 1; k < n && k <= t + 9; ++k) {
    if (tokens_[k].lower == ","sv) return k > t + 2 ? k + 1 : t;
    if (IsVerb(tokens_[k].pos) || tokens_[k].pos == Pos::MD || tokens_[k].lower == ";"sv ||
        OneOf(tokens_[k].lower, {"that", "who", "which", "when", "after", "before", "as"})) {
      return t;
    }
  }
  return t;
}

// "in recent days", "over the past two weeks" ending at token k: a span
// of time up to the story, which the time recognizer leaves undated.
// Returns the token of its preposition, or kNone.
int SentenceCoder::RecentSpanBegin(int k) const {
  if (k < 2 || !IsTimeNoun(tokens_[k].lower) || group_at_[k] != kNone) return kNone;
  int j = k - 1;
  while (j >= 0 && (tokens_[j].pos == Pos::CD || CountWord(tokens_[j].lower) > 1 ||
                    OneOf(tokens_[j].lower, {"few", "several"}))) {
    --j;
  }
  if (j < 1 || !OneOf(tokens_[j].lower, {"recent", "past", "last"})) return kNone;
  --j;
  if (j >= 1 && tokens_[j].lower == "the"sv) --j;
  return j >= 0 && OneOf(tokens_[j].lower, {"in", "over", "during"}) ? j : kNone;
}

// The same backwards from token k: the last token before the adjuncts.
int SentenceCoder::SkipAdjunctsBack(int k) const {
  while (k >= 0) {
    if ((in_time_[k] || OneOf(tokens_[k].lower, {"today", "tonight", "yesterday"})) && group_at_[k] == kNone) {
      --k;
      continue;
    }
    // "confirmed for the first time on Monday that …".
    if (k >= 3 && tokens_[k].lower == "time"sv && tokens_[k - 2].lower == "the"sv && tokens_[k - 3].lower == "for"sv) {
      k -= 4;
      continue;
    }
    // "said in a statement it …", "told reporters in an interview that …".
    if (k >= 2 && OneOf(tokens_[k].lemma, {"statement", "interview", "communique", "speech", "letter"}) &&
        OneOf(tokens_[k - 1].lower, {"a", "an", "the"}) && OneOf(tokens_[k - 2].lower, {"in", "during"})) {
      k -= 3;
      continue;
    }
    if (int span = RecentSpanBegin(k); span != kNone) {
      k = span - 1;
      continue;
    }
    int j = k;
    while (j >= 0 && (tokens_[j].pos == Pos::NNP || group_at_[j] != kNone)) {
      j = group_at_[j] != kNone ? static_cast<int>(groups_[group_at_[j]].begin) - 1 : j - 1;
    }
    if (j < k && j >= 1 && tokens_[j].lower == "the"sv && OneOf(tokens_[j - 1].lower, {"in", "at"})) --j;
    if (j < k && j >= 0 && OneOf(tokens_[j].lower, {"in", "at"})) {
      k = j - 1;
      continue;
    }
    break;
  }
  return k;
}

// A comma inside a list of nouns that ends in "and"/"or": "exports of
// gallium, germanium and antimony to …".
bool SentenceCoder::ListComma(uint32_t t) const {
  if (tokens_[t].lower != ","sv || t == 0 || t + 2 >= tokens_.size()) return false;
  auto plain_noun = [&](uint32_t k) { return group_at_[k] == kNone && IsNoun(tokens_[k].pos); };
  if (!plain_noun(t - 1) || !(plain_noun(t + 1) || IsAdjective(tokens_[t + 1].pos))) return false;
  for (uint32_t k = t + 1; k < tokens_.size() && k < t + 6; ++k) {
    if (OneOf(tokens_[k].lower, {"and", "or"})) {
      // (Past a determiner: "computers, television sets and some hand tools".)
      const uint32_t last = k + 2 < tokens_.size() && tokens_[k + 1].pos == Pos::DT ? k + 2 : k + 1;
      return last < tokens_.size() && (plain_noun(last) || IsAdjective(tokens_[last].pos));
    }
    if (group_at_[k] != kNone || IsVerb(tokens_[k].pos) ||
        (clause_break_[k] && tokens_[k].lower != ","sv))
      return false;
  }
  return false;
}

// "their" / "his" standing for actors named before: a determiner inside a
// pattern's gap ("renewed their friendship treaty"), never its target.
bool SentenceCoder::PossessiveCoreference(uint32_t t) const {
  return group_at_[t] != kNone && groups_[group_at_[t]].coreference && tokens_[t].pos == Pos::PRPS &&
         groups_[group_at_[t]].end == t + 1;
}

// "members of the opposition", "of the city's pro-democracy opposition":
// the body the members stand for begins at t, past a determiner, a
// "the city's" and two adjectives.
int SentenceCoder::MembersBodyAt(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (t < n && OneOf(tokens_[t].lower, {"the", "its", "their", "a", "an"})) ++t;  // ("of a U.S.-based group")
  if (t + 1 < n && IsNoun(tokens_[t].pos) && group_at_[t] == kNone && tokens_[t + 1].lower == "'s"sv) t += 2;
  for (int k = 0; k < 2 && t < n && IsAdjective(tokens_[t].pos) && group_at_[t] == kNone; ++k) ++t;
  return t < n && group_at_[t] != kNone && groups_[group_at_[t]].begin == t ? static_cast<int>(t) : kNone;
}

bool SentenceCoder::Skippable(uint32_t t) const {
  if (scare_quote_[t]) return true;  // 'condemned the "illegal" strikes'
  if (PossessiveCoreference(t)) return true;
  // "opened the Rafah border crossing": a place used as a modifier of the
  // noun after it.
  if (group_at_[t] != kNone) {
    const ActorGroup& g = groups_[group_at_[t]];
    return g.members.size() == 1 && g.members[0].place && g.end < tokens_.size() && IsNoun(tokens_[g.end].pos) &&
           group_at_[g.end] == kNone;
  }
  if (in_time_[t]) return true;  // "met on Tuesday with", "delivered in June to"
  if (list_comma_[t]) return true;
  if (AsMuchAs(t) || NicknameQuote(t)) return true;
  const Token& tok = tokens_[t];
  if (clause_break_[t] || tok.pos == Pos::MD || IsVerb(tok.pos)) return false;
  if (tok.pos == Pos::kPunct && !OneOf(tok.lower, {"%", "$", "-", "'s", "'"})) return false;
  // "met with other industrialized nations in Paris": the place where a
  // class of states met ends their noun phrase; it is not one of them.
  if (OneOf(tok.lower, {"in", "at"}) && t > 0 && group_at_[t - 1] == kNone && IsNoun(tokens_[t - 1].pos) &&
      IsStatesClassNoun(tokens_[t - 1].lemma)) {
    return false;
  }
  // "urged Iran not to release …": what follows is asked not to be done, so
  // a pattern does not reach past it to the act.
  if (OneOf(tok.lower, {"not", "never"}) && t + 1 < tokens_.size() && tokens_[t + 1].pos == Pos::TO) return false;
  if (tok.pos == Pos::CC) {
    // "steel and aluminium imports": "and" inside a noun phrase, not
    // between clauses or actors.
    return t > 0 && t + 1 < tokens_.size() && group_at_[t - 1] == kNone && group_at_[t + 1] == kNone &&
           (IsNoun(tokens_[t - 1].pos) || IsAdjective(tokens_[t - 1].pos)) &&
           (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos));
  }
  return true;
}

// A state or its capital named alone, as a place can be ("in Washington").
bool SentenceCoder::IsPlace(const ActorGroup& g) {
  return g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kState &&
         g.members[0].code == g.members[0].country && !g.members[0].demonym_only;
}

// An organization named alone, as a forum can be ("at the U.N. Security
// Council", "at NATO").
bool SentenceCoder::IsForum(const ActorGroup& g) {
  return g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kOrganization;
}

// Civilians, a profession or a people's crowd, or troops: the actors a
// pattern's common noun may name by the head of their name.
bool SentenceCoder::HeadNamesPeople(int g) const {
  for (const ActorMention& m : groups_[g].members) {
    if (m.code.size() < 6 ||
        !OneOf(std::string_view(m.code).substr(3, 3),
               {"CVL", "REF", "OPP", "MED", "LAB", "EDU", "REL", "HRI", "MIL"})) {
      return false;
    }
  }
  return !groups_[g].members.empty();
}

// A quotation mark around a nickname inside a name: Joaquin "El Chapo"
// Guzman.
bool SentenceCoder::NicknameQuote(uint32_t t) const {
  const Token& q = tokens_[t];
  if (q.text.size() > 3 || (std::string_view(q.lower) != "\"" && std::string_view(q.text) != "\u201c" &&
                            std::string_view(q.text) != "\u201d")) {
    return false;
  }
  auto name = [&](int k) {
    return k >= 0 && k < static_cast<int>(tokens_.size()) && !tokens_[k].text.empty() &&
           tokens_[k].text[0] >= 'A' && tokens_[k].text[0] <= 'Z';
  };
  return name(static_cast<int>(t) - 1) && name(static_cast<int>(t) + 1);
}

// The "as" of "as much as 300 mln dlrs", "as many as 40 people": part of
// an amount, not a clause.
bool SentenceCoder::AsMuchAs(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto degree = [&](uint32_t k) {
    return k < n && OneOf(tokens_[k].lower, {"much", "many", "high", "low", "long", "few", "little", "far"});
  };
  if (std::string_view(tokens_[t].lower) != "as") return false;
  if (t + 3 < n && degree(t + 1) && tokens_[t + 2].lower == "as"sv && tokens_[t + 3].pos == Pos::CD) return true;
  return t >= 2 && t + 1 < n && tokens_[t - 2].lower == "as"sv && degree(t - 1) && tokens_[t + 1].pos == Pos::CD;
}

// "struck what it said were militant bases in Pakistan", "on what Moscow
// called military targets": the end of a claim embedded in the object,
// starting at `t`; `t` itself when there is none.
uint32_t SentenceCoder::ClaimedAsEnd(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (tokens_[t].pos != Pos::WP || t + 2 >= n || tokens_[t].lower != "what"sv) return t;
  uint32_t k = t + 1;
  if (group_at_[k] != kNone) {
    k = groups_[group_at_[k]].end;
  } else if (tokens_[k].pos == Pos::PRP || OneOf(tokens_[k].lower, {"officials", "authorities"})) {
    ++k;
  } else {
    return t;
  }
  if (k >= n || !IsVerb(tokens_[k].pos) ||
      !OneOf(tokens_[k].lemma, {"say", "call", "describe", "claim", "believe", "term", "deem", "consider", "allege"})) {
    return t;
  }
  ++k;
  if (k < n && OneOf(tokens_[k].lower, {"were", "was", "as", "is", "are"})) ++k;
  return k < n ? k : t;
}

// The pattern's participle after the relative word and auxiliaries of an
// object relative clause that start at `t`: "the tariffs he had imposed on",
// "the sanctions that had been imposed on", "the curbs which were placed
// on"; `t` itself when there is none. (The clause's subject, a pronoun, is
// passed as any skipped word.)
uint32_t SentenceCoder::RelativeAuxiliariesEnd(uint32_t t, const PatternElement& el) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (t == 0 || !IsNoun(tokens_[t - 1].pos)) return t;
  uint32_t k = t;
  if (OneOf(tokens_[k].lower, {"that", "which"})) {
    ++k;
  } else if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
    k = groups_[group_at_[k]].end;  // "the tariffs he had imposed", "the curbs Washington had placed"
  } else if (tokens_[k].pos == Pos::PRP) {
    ++k;
  }
  const uint32_t auxiliaries = k;
  while (k < n && k < auxiliaries + 3 && IsVerb(tokens_[k].pos) && OneOf(tokens_[k].lemma, {"be", "have"})) ++k;
  if (k == auxiliaries || k >= n || !(tokens_[k].pos == Pos::VBN || tokens_[k].pos == Pos::VBD) ||
      !WordMatches(k, el)) {
    return t;
  }
  return k;
}

// The end of an aside about a pattern's object that starts at `t` (the
// match is at `pos`); `t` itself when there is none:
// - an alias: "known as Otoniel,";
// - a name the dictionary does not know, set off by commas after a common
//   noun or an actor: "drug lord, Dairo Antonio Usuga,";
// - some of the object named: "29 cartel figures, among them veteran
//   trafficker Rafael Caro Quintero,".
uint32_t SentenceCoder::ObjectAsideEnd(uint32_t t, uint32_t pos) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (t + 2 < n && tokens_[t].lower == "known"sv && tokens_[t + 1].lower == "as"sv && tokens_[t + 2].pos == Pos::NNP) {
    uint32_t end = t + 2;
    while (end < n && end < t + 6 && tokens_[end].pos == Pos::NNP) ++end;
    if (end < n && tokens_[end].lower == ","sv) ++end;
    return end;
  }
  if (t < pos || t == 0 || t + 2 >= n || tokens_[t].lower != ","sv || !IsNoun(tokens_[t - 1].pos)) return t;
  uint32_t end = t + 1;
  // (After an actor too: "the president of the Czech Senate, Milos
  // Vystrcil, would pay a heavy price".)
  const bool unknown_name = tokens_[t + 1].pos == Pos::NNP && group_at_[t + 1] == kNone;
  if (t == pos && !(group_at_[t - 1] != kNone && (OneOf(tokens_[t + 1].lower, {"the", "a", "an"}) || unknown_name))) {
    return t;
  }
  if (t + 3 < n && (tokens_[t - 1].pos != Pos::NNP || group_at_[t - 1] != kNone) && unknown_name) {
    while (end < n && end < t + 5 && tokens_[end].pos == Pos::NNP && group_at_[end] == kNone) ++end;
  } else if (group_at_[t - 1] != kNone && OneOf(tokens_[t + 1].lower, {"the", "a", "an"})) {
    // "called on the Supreme Soviet, the nominal parliament, to adopt": a
    // noun phrase in apposition to the actor.
    // (Its head may name the same actor's kind: "the nominal parliament".)
    end = t + 2;
    while (end < n && end < t + 7 && (IsAdjective(tokens_[end].pos) || IsNoun(tokens_[end].pos))) {
      end = group_at_[end] != kNone ? groups_[group_at_[end]].end : end + 1;
    }
  } else if (OneOf(tokens_[t + 1].lower, {"among", "including"})) {
    end = t + 2;
    while (end < n && end < t + 12 && tokens_[end].lower != ","sv && !clause_break_[end] &&
           !(IsVerb(tokens_[end].pos) && tokens_[end].pos != Pos::VBN)) {
      ++end;
    }
  } else {
    return t;
  }
  return end < n && end > t + 2 && tokens_[end].lower == ","sv ? end + 1 : t;
}

// "cordoned off the roads leading into Mordor", "shelled the bridge
// linking Kherson to": a participle modifying the object noun, before a
// preposition or an actor.
bool SentenceCoder::ObjectParticiple(uint32_t t) const {
  // (A past form before "by" is a participle, whatever its tag.)
  const bool participle = tokens_[t].pos == Pos::VBG || tokens_[t].pos == Pos::VBN ||
                          (tokens_[t].pos == Pos::VBD && t + 1 < tokens_.size() && tokens_[t + 1].lower == "by"sv);
  return participle && t > 0 && t + 1 < tokens_.size() &&
         IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone &&
         (tokens_[t + 1].pos == Pos::IN || tokens_[t + 1].pos == Pos::TO ||
          (group_at_[t + 1] != kNone && groups_[group_at_[t + 1]].begin == t + 1));
}

// "told visiting U.S. Secretary of State George Shultz", "the visiting
// minister": a present participle used as an adjective of the actor after
// it.
bool SentenceCoder::ParticipleAdjectiveOfActor(uint32_t t) const {
  return tokens_[t].pos == Pos::VBG && t > 0 && t + 1 < tokens_.size() && group_at_[t + 1] != kNone &&
         groups_[group_at_[t + 1]].begin == t + 1 &&
         (OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::PRPS}) ||
          (IsVerb(tokens_[t - 1].pos) &&
           OneOf(tokens_[t - 1].lemma, {"tell", "meet", "welcome", "receive", "greet", "host", "thank", "brief"})) ||
          // ("talks … with leading U.S. and world financial officials")
          (tokens_[t - 1].pos == Pos::IN &&
           OneOf(tokens_[t].lower, {"leading", "visiting", "ruling", "governing", "neighbouring", "neighboring",
                                    "warring", "participating", "opposing"})));
}

// "four partly occupied Ukrainian regions", "on selected Japanese goods":
// a participle between a determiner, number, adverb or preposition and
// its noun is an adjective.
// (A past form tagged VBD right after a determiner or possessive is one
// too: "its promised program".)
// "handed captured Indian pilot …": a participle right after a verb of
// its own (not an auxiliary or a copula), an adjective of its object.
bool SentenceCoder::ParticipleAfterOwnVerb(uint32_t t) const {
  return tokens_[t].pos == Pos::VBN && t > 0 && OneOf(tokens_[t - 1].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::VB}) &&
         !OneOf(tokens_[t - 1].lemma, {"be", "have", "get", "become", "remain", "seem", "appear", "feel", "stay", "keep"});
}

// "Drones launched by the paramilitary Rapid Support Forces hit …": when
// token t ends the 'by' agent of a participle of launching that follows a
// weapon, the weapon noun's index (the subject's head), else kNone.
int SentenceCoder::WeaponBeforeLauncher(int t) const {
  if (t < 3 || group_at_[t] == kNone || groups_[group_at_[t]].end != static_cast<uint32_t>(t) + 1) return kNone;
  int k = static_cast<int>(groups_[group_at_[t]].begin) - 1;
  while (k >= 2 && group_at_[k] == kNone && (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos))) --k;
  if (k < 2 || tokens_[k].lower != "by"sv || tokens_[k - 1].pos != Pos::VBN ||
      !OneOf(tokens_[k - 1].lemma, {"launch", "fire", "drop", "fly", "operate", "use", "deploy", "shoot"})) {
    return kNone;
  }
  const int weapon = k - 2;
  if (group_at_[weapon] != kNone || !IsNoun(tokens_[weapon].pos) ||
      !OneOf(tokens_[weapon].lemma, {"drone", "missile", "rocket", "shell", "bomb", "mortar", "warplane", "jet",
                                     "aircraft", "plane", "helicopter", "projectile", "munition"})) {
    return kNone;
  }
  return weapon;
}

bool SentenceCoder::PrenominalParticiple(uint32_t t) const {
  const bool past_after_determiner = tokens_[t].pos == Pos::VBD && t > 0 &&
                                     OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::PRPS});
  // ("on imported frozen concentrated orange juice": participles in a row
  // before their noun, each an adjective.)
  const bool participle_run = tokens_[t].pos == Pos::VBN && t >= 2 && tokens_[t - 1].pos == Pos::VBN &&
                              OneOf(tokens_[t - 2].pos, {Pos::DT, Pos::CD, Pos::PRPS, Pos::IN, Pos::VBN});
  // ("dismissed as completely fabricated on Monday British accusations":
  // a participle after "as" is a predicate adjective, whatever follows.)
  const bool after_as = tokens_[t].pos == Pos::VBN && t > 0 &&
                        (tokens_[t - 1].lower == "as"sv ||
                         (t > 1 && IsAdverb(tokens_[t - 1].pos) && tokens_[t - 2].lower == "as"sv));
  if (after_as) return true;
  return (tokens_[t].pos == Pos::VBN || past_after_determiner) && t > 0 && t + 1 < tokens_.size() &&
         (OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::CD, Pos::PRPS, Pos::IN}) || IsAdverb(tokens_[t - 1].pos) ||
          IsAdjective(tokens_[t - 1].pos) || ParticipleAfterOwnVerb(t) || participle_run) &&
         (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos) || group_at_[t + 1] != kNone ||
          (tokens_[t + 1].pos == Pos::VBN && t + 2 < tokens_.size() &&
           (IsNoun(tokens_[t + 2].pos) || IsAdjective(tokens_[t + 2].pos) || tokens_[t + 2].pos == Pos::VBN)));
}

// Matches `elements` rightwards from token `start`. Fills the extent and
// the slots of *m. A trailing `+` may stay empty.
bool SentenceCoder::MatchForward(const std::vector<PatternElement>& elements, uint32_t start,
                                 const Voice& voice, Match* m, std::string* why) const {
  uint32_t pos = start;
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  int extra_gap = 0;  // after an empty '+', the words it would have covered
  bool after_fronted = false;  // the element before matched in the fronted object only
  for (size_t e = 0; e < elements.size(); ++e) {
    const PatternElement& el = elements[e];
    // ("A senior commander of the Northern Hand … was killed in a
    // Karsovian strike": a '+' after words of the fronted object is in it,
    // whom the passive's subject names, not an actor after the verb.)
    if (el.type == PatternElement::Type::kTarget && after_fronted) {
      m->target_unfilled = true;
      continue;
    }
    after_fronted = false;
    int limit = el.adjacent ? 0 : options_.max_gap + extra_gap;
    extra_gap = 0;
    // A time between two adjacent elements does not part them: "demanded
    // on Monday that Hamas …".
    if (el.adjacent && el.type == PatternElement::Type::kWord && pos < n && !WordMatches(pos, el)) {
      pos = SkipAdjunctsForward(pos);
      // Nor does an aside about the object: "ordered seven diplomats,
      // including the ambassador, to leave".
      if (e > 0 && pos < n && tokens_[pos].lower == ","sv) {
        const uint32_t aside = ObjectAsideEnd(pos, start);
        if (aside > pos && aside < n && WordMatches(aside, el)) pos = aside;
      }
      // Nor does an adverb of time, frequency or manner right after the
      // verb: "called again on X to …", "talked often with", "objected
      // strongly to".
      if (e == 0 && pos == start && pos + 1 < n && tokens_[pos].pos == Pos::RB &&
          OneOf(tokens_[pos].lower, {"again", "immediately", "also", "repeatedly", "often", "frequently", "twice",
                                     "once", "closely", "strongly", "formally", "publicly", "privately", "jointly",
                                     "personally", "directly", "later", "earlier", "today", "yesterday", "soon"}) &&
          WordMatches(pos + 1, el)) {
        ++pos;
      }
    }
    // A nominal's agent inside the pattern: "an attack by Karsovia on Valdoria"
    // (unless the pattern names the "by" itself: "visit to + by $").
    if (voice.nominal && pos + 1 < n && tokens_[pos].lower == "by"sv && group_at_[pos + 1] != kNone &&
        !(el.type == PatternElement::Type::kWord && WordMatches(pos, el))) {
      m->source = group_at_[pos + 1];
      pos = groups_[m->source].end;
    }
    if (el.type == PatternElement::Type::kWord) {
      int found = kNone;
      // Passes tokens [t, end) at the cost of `words` words of the gap.
      auto pass = [&](uint32_t t, uint32_t end, int words, int* gap) {
        limit += static_cast<int>(end - t) - words;
        *gap = static_cast<int>(end - pos) - 1;
      };
      for (int gap = 0; gap <= limit; ++gap) {
        uint32_t t = pos + gap;
        if (t >= n) break;
        // A word of a time expression is not the pattern's: "call on +" is
        // not "call on Saturday".
        if (WordMatches(t, el) && !in_time_[t]) {
          found = static_cast<int>(t);
          break;
        }
        // "pulling the United States out of the WHO": a state the verb moves
        // ("pull|take|withdraw X out of|from") is passed to reach "out".
        if (const uint32_t moved = e == 0 && t == pos && t + 1 < n && group_at_[t] == kNone &&
                                           tokens_[t].lower == "the"sv
                                       ? t + 1
                                       : t;
            e == 0 && t == pos && start > 0 && group_at_[moved] != kNone &&
            groups_[group_at_[moved]].begin == moved &&
            OneOf(tokens_[start - 1].lemma, {"pull", "take", "withdraw"}) &&
            groups_[group_at_[moved]].end < n &&
            OneOf(tokens_[groups_[group_at_[moved]].end].lower, {"out", "from"}) &&
            std::all_of(
                groups_[group_at_[moved]].members.begin(), groups_[group_at_[moved]].members.end(),
                [](const ActorMention& x) { return x.kind == ActorMention::Kind::kState; })) {
          pass(t, groups_[group_at_[moved]].end, 0, &gap);
          continue;
        }
        // ("killed between 10,000 and 15,000 people": a range's "between".)
        if (t + 3 < n && tokens_[t + 1].pos == Pos::CD && tokens_[t].lower == "between"sv &&
            tokens_[t + 2].lower == "and"sv && tokens_[t + 3].pos == Pos::CD) {
          pass(t, t + 3, 0, &gap);  // to the upper bound
          continue;
        }
        // ("four and a half hours": the fraction is part of the number.)
        if (t > 0 && tokens_[t - 1].pos == Pos::CD && t + 2 < n && tokens_[t].lower == "and"sv &&
            tokens_[t + 1].lower == "a"sv && tokens_[t + 2].lower == "half"sv) {
          pass(t, t + 3, 0, &gap);
          continue;
        }
        // "held four and a half hours of talks": a duration of the act is passed.
        if (t > pos && tokens_[t].pos == Pos::IN && tokens_[t].lower == "of"sv &&
            OneOf(tokens_[t - 1].lower, {"hours", "days", "weeks", "rounds"}) && limit < options_.max_gap + kQuantityGap) {
          ++limit;
        }
        // "struck the Ukrainian city of Dnipro on Thursday with …": a place's
        // name after "city of" is passed with it.
        if (t + 2 < n && tokens_[t + 2].pos == Pos::NNP && tokens_[t + 1].lower == "of"sv &&
            OneOf(tokens_[t].lemma, {"city", "town", "village", "region", "province", "port", "district"})) {
          uint32_t end = group_at_[t + 2] != kNone ? groups_[group_at_[t + 2]].end : t + 2;
          while (end < n && tokens_[end].pos == Pos::NNP && end < t + 6) ++end;
          pass(t, end, 1, &gap);
          continue;
        }
        // "declared on Tuesday, his last full day in office, that …": an
        // aside about the time is passed.
        if (const uint32_t aside = TimeAsideEnd(t); aside > t) {
          pass(t, aside, 0, &gap);
          continue;
        }
        // "extradited its most wanted drug lord, Dairo Antonio Usuga, known
        // as Otoniel, to …": an aside about the object is passed.
        if (const uint32_t aside = OneOf(tokens_[t].lower, {",", "known"}) ? ObjectAsideEnd(t, pos) : t; aside > t) {
          pass(t, aside, 0, &gap);
          continue;
        }
        // "called Germany's decision to impose controls on all its land
        // borders unacceptable": the infinitive complement of an act's noun
        // is passed when the pattern's word follows it.
        // (Only after the object: not "ended without moves to restart
        // negotiations on quotas".)
        const bool complement =
            t > pos && t + 2 < n && e > 0 && elements[e - 1].type == PatternElement::Type::kTarget &&
            tokens_[t].lower == "to"sv && tokens_[t + 1].pos == Pos::VB && group_at_[t - 1] == kNone &&
            OneOf(tokens_[t - 1].lemma, {"decision", "move", "plan", "attempt", "effort", "bid", "refusal", "failure",
                                         "threat", "order", "call", "proposal", "demand"});
        // "has given recordings related to the killing of journalist Jamal
        // Khashoggi to Saudi Arabia": what the object is about is passed
        // when the pattern's "to" follows it.
        const bool about = t > 0 && t + 2 < n && IsNoun(tokens_[t - 1].pos) && el.words.size() == 1 &&
                           el.words[0] == "to" && tokens_[t + 1].lower == "to"sv &&
                           OneOf(tokens_[t].lower, {"related", "relating", "linked", "connected", "pertaining"});
        if (complement || about) {
          uint32_t end = t + 2;
          while (end < n && end < t + 12 && !WordMatches(end, el) && !IsVerb(tokens_[end].pos) &&
                 tokens_[end].pos != Pos::MD && tokens_[end].lower != ","sv && !clause_break_[end]) {
            end = group_at_[end] != kNone ? groups_[group_at_[end]].end : end + 1;
          }
          if (end < n && WordMatches(end, el) && !in_time_[end]) {
            pass(t, end, 1, &gap);
            continue;
          }
        }
        // "cutting the tariffs he had imposed on China", "lifted the
        // sanctions that had been imposed on Iran": the relative word and
        // auxiliaries of an object relative clause are passed to the
        // pattern's participle.
        if (const uint32_t participle = RelativeAuxiliariesEnd(t, el); e > 0 && participle > t) {
          pass(t, participle, 0, &gap);
          continue;
        }
        // "launched missiles at what it said were bases in X": the claim is passed.
        if (const uint32_t claimed = ClaimedAsEnd(t); claimed > t) {
          pass(t, claimed, 0, &gap);
          continue;
        }
        // "for the first time" is passed free ("called on X for the first
        // time on Thursday to step aside").
        if (ordinal_time_[t] && limit < options_.max_gap + kTimeGap) ++limit;
        // "paused all U.S. military aid to …": an actor modifying the
        // pattern's next word is passed over.
        // ("sales of U.S. nuclear fuel": past an adjective too.)
        // (A country's adjective too when an adjective follows it: "sales
        // of Karsovian nuclear fuel".)
        if (!el.optional && group_at_[t] != kNone && groups_[group_at_[t]].begin == t &&
            groups_[group_at_[t]].end < n) {
          uint32_t word = groups_[group_at_[t]].end;
          const bool demonym =
              groups_[group_at_[t]].members.size() == 1 && groups_[group_at_[t]].members[0].demonym_only;
          if (word + 1 < n && IsAdjective(tokens_[word].pos) && group_at_[word] == kNone) ++word;
          // (A bare one too when the word's owner is the pattern's '+' after
          // "of": "placing the Russian subsidiaries of France's Danone under
          // state control"; not "rebuffed Valdorian criticism of +", whose
          // author the adjective names.)
          const bool target_ahead =
              e + 2 < elements.size() && elements[e + 1].type == PatternElement::Type::kWord &&
              elements[e + 1].words.size() == 1 && elements[e + 1].words[0] == "of" &&
              elements[e + 2].type == PatternElement::Type::kTarget &&
              !OneOf(tokens_[word].lemma, {"criticism", "accusation", "attack", "condemnation", "support", "praise"});
          // (And a passive's agent: "was hit by an Iraqi missile", whose
          // state is the source; "targeted by new Karsovian sanctions", "hit
          // by a wave of Karsovian drone strikes".)
          uint32_t by = t;
          while (by > 0 && by + 5 > t &&
                 (OneOf(tokens_[by - 1].lower, {"a", "an", "the", "of", "wave", "barrage", "volley", "salvo", "series"}) ||
                  (IsAdjective(tokens_[by - 1].pos) && group_at_[by - 1] == kNone))) {
            --by;
          }
          const bool passive_agent = voice.passive && by > 0 && tokens_[by - 1].lower == "by"sv;
          if ((!demonym || word > groups_[group_at_[t]].end || target_ahead || passive_agent) &&
              IsNoun(tokens_[word].pos) && WordMatches(word, el)) {
            found = static_cast<int>(word);
            // ("raided Hezbollah positions in south Lebanon": a body's or
            // force's sites are its own, wherever they stand.)
            // (Not "their last stronghold": a pronoun's own.)
            if ((IsStateSite(tokens_[word].lemma) || IsAttackedThing(tokens_[word].lemma)) &&
                !groups_[group_at_[t]].coreference) {
              const ActorGroup& owner = groups_[group_at_[t]];
              if (std::none_of(owner.members.begin(), owner.members.end(),
                               [](const ActorMention& x) { return x.code == x.country; })) {
                m->site_owner = group_at_[t];
              }
            }
            break;
          }
        }
        // "at Pyongyang's airport", "Gorbachev's offer": the pattern's word
        // after a possessor (its head: not "Karsovia's election result"),
        // who is the word's actor.
        if (!el.optional && group_at_[t] != kNone && groups_[group_at_[t]].begin == t) {
          uint32_t word = groups_[group_at_[t]].end + 1;
          const bool possessor = word < n && tokens_[word - 1].lower == "'s"sv;
          // ("the European Union's top court": past one adjective.)
          if (possessor && word + 1 < n && IsAdjective(tokens_[word].pos) && IsNoun(tokens_[word + 1].pos) &&
              WordMatches(word + 1, el)) {
            ++word;
          }
          if (possessor && word < n && IsNoun(tokens_[word].pos) && WordMatches(word, el) &&
              !(word + 1 < n && (tokens_[word + 1].pos == Pos::NN || tokens_[word + 1].pos == Pos::NNS))) {
            found = static_cast<int>(word);
            if (m->word_group == kNone) m->word_group = group_at_[t];
            break;
          }
        }
        // "beat Afghan women protesters": the pattern's word is the head of
        // an actor's name, whose actor it is. Only a common noun ("approved
        // the Continental Grain sale" is no grain), naming people or troops
        // ("attacked Valdorian police" is no protest at the police), right
        // after the words before it ("returned the passports of Valdorian
        // journalists" returns no journalists), and not after a '+' ("kill +
        // commander" names a commander of the actor).
        if (!el.optional && group_at_[t] != kNone && groups_[group_at_[t]].begin == t &&
            (e == 0 || elements[e - 1].type != PatternElement::Type::kTarget) && HeadNamesPeople(group_at_[t])) {
          const uint32_t head = groups_[group_at_[t]].end - 1;
          bool adjacent = true;
          for (uint32_t k = pos; k < t; ++k) {
            adjacent = adjacent && (in_quantity_[k] || !(IsNoun(tokens_[k].pos) || tokens_[k].pos == Pos::IN));
          }
          if (adjacent && OneOf(tokens_[head].pos, {Pos::NN, Pos::NNS}) && WordMatches(head, el)) {
            found = static_cast<int>(head);
            if (m->word_group == kNone) m->word_group = group_at_[t];
            break;
          }
        }
        // "was received by Velkor at his residence": the passive's empty
        // '+' stands before the verb; its "by" agent is passed to reach
        // the pattern's next words.
        // ("was asked by a reporter whether": past an article.)
        // ("the embargo imposed by Valdoria on Karsovian oil": so is the
        // agent after a pattern word found before the passive.)
        if (const uint32_t agent = t + 2 < n && OneOf(tokens_[t + 1].lower, {"a", "an", "the"}) ? t + 2 : t + 1;
            voice.passive && tokens_[t].lower == "by"sv && e > 0 &&
            ((elements[e - 1].type == PatternElement::Type::kTarget && m->target_unfilled) ||
             (m->fronted_word != kNone && elements[e - 1].type != PatternElement::Type::kTarget)) &&
            agent < n && group_at_[agent] != kNone && groups_[group_at_[agent]].begin == agent) {
          pass(t, groups_[group_at_[agent]].end, 0, &gap);
          continue;
        }
        // PETRARCH's '^': a phrase before the word may name an actor
        // ("EID AT ^ WITH +" over "at Osgiliath with Gondor").
        if (el.skip_phrase && group_at_[t] != kNone && groups_[group_at_[t]].begin == t) {
          pass(t, groups_[group_at_[t]].end, 1, &gap);
          continue;
        }
        // "paid a call in Washington to …", "demanded at the U.N. Security
        // Council … that", "blocked roads across Germany in protest at": a
        // place or a forum passed on the way.
        // ("protested to the United Nations over violations by …": a forum
        // addressed is passed too.)
        const bool forum_preposition = OneOf(tokens_[t].lower, {"at", "to"});
        const bool place_preposition =
            (tokens_[t].pos == Pos::IN && OneOf(tokens_[t].lower, {"in", "at", "across", "throughout"})) ||
            (tokens_[t].lower == "to"sv && tokens_[t].pos == Pos::TO);
        // ("lodged a complaint with GATT over Japan's subsidies": the forum a
        // complaint is lodged with, past "with" or right after it.)
        auto complaint = [&](uint32_t k) {
          return OneOf(tokens_[k].lemma, {"complaint", "protest", "objection", "appeal"});
        };
        const bool complaint_with = (tokens_[t].lower == "with"sv && t > 0 && complaint(t - 1)) ||
                                    (t >= 2 && tokens_[t - 1].lower == "with"sv && complaint(t - 2));
        uint32_t at = t + 1 < n && tokens_[t + 1].lower == "the"sv ? t + 2 : t + 1;
        if (complaint_with && tokens_[t].lower != "with"sv) at = tokens_[t].lower == "the"sv ? t + 1 : t;
        // ("marched in central Seoul on Saturday against …": past an adjective.)
        while (place_preposition && at + 1 < n && at < t + 4 && group_at_[at] == kNone && IsAdjective(tokens_[at].pos)) {
          ++at;
        }
        auto passed_on_the_way = [&](const ActorGroup& g) {
          if ((forum_preposition || complaint_with) && IsForum(g)) return true;
          if (tokens_[t].lower == "to"sv) return false;
          // ("struck 85 targets in Iraq and Syria linked to …": a list of places.)
          return IsPlace(g) || (tokens_[t].lower != "at"sv &&
                                std::all_of(g.members.begin(), g.members.end(), [](const ActorMention& x) {
                                  return x.kind == ActorMention::Kind::kState && x.code == x.country &&
                                         !x.demonym_only;
                                }));
        };
        if ((place_preposition || complaint_with) && at < n && group_at_[at] != kNone &&
            groups_[group_at_[at]].begin == at && passed_on_the_way(groups_[group_at_[at]])) {
          pass(t, groups_[group_at_[at]].end, 1, &gap);
          continue;
        }
        // ("talks with Witkoff in the Omani capital on Saturday as
        // constructive": a state's adjective and a place noun.)
        if (place_preposition && at + 1 < n && group_at_[at] != kNone && groups_[group_at_[at]].begin == at &&
            groups_[group_at_[at]].members.size() == 1 && groups_[group_at_[at]].members[0].demonym_only) {
          const uint32_t noun = groups_[group_at_[at]].end;
          if (noun < n && group_at_[noun] == kNone && IsTerritoryNoun(tokens_[noun].lemma)) {
            pass(t, noun + 1, 1, &gap);
            continue;
          }
        }
        // ('called his talks with Xi on Thursday "amazing"': a quote mark
        // right before the pattern's word.)
        if (t + 1 < n && OneOf(tokens_[t].text, {"\"", "\u201c"}) && WordMatches(t + 1, el)) {
          pass(t, t + 1, 0, &gap);
          continue;
        }
        // "gave Saddam Hussein and his sons 48 hours": "and his …" adds to
        // the object.
        if (tokens_[t].pos == Pos::CC && t + 2 < n && PossessiveCoreference(t + 1) && IsNoun(tokens_[t + 2].pos)) continue;
        // ("announced its promised program of sanctions": a participle
        // used as an adjective is passed like one.)
        if (voice.auxiliaries_in_gap && m->target != kNone &&
            (tokens_[t].pos == Pos::MD || OneOf(tokens_[t].lower, {"not", "n't"}) ||
             (IsVerb(tokens_[t].pos) && OneOf(tokens_[t].lemma, {"be", "have", "do"})))) {
          ++limit;
          continue;
        }
        if ((!Skippable(t) && !PrenominalParticiple(t)) || (voice.passive && tokens_[t].lower == "by"sv)) break;
        // "flew rescue teams, medical staff and relief supplies to": the
        // commas and "and" of a list of things do not count as words.
        if ((list_comma_[t] || tokens_[t].pos == Pos::CC) && limit < options_.max_gap + kListGap) ++limit;
        // "extradited drug lord Joaquin "El Chapo" Guzman to": a name the
        // dictionary does not know is one word.
        if (group_at_[t] == kNone && t > 0 && (NicknameQuote(t) || (tokens_[t].pos == Pos::NNP &&
                                               (tokens_[t - 1].pos == Pos::NNP || NicknameQuote(t - 1)))) &&
            limit < options_.max_gap + kNameGap) {
          ++limit;
        }
        // "put as much as 300 mln dlrs in tariffs on": an amount is one word.
        if (in_quantity_[t] && t + 1 < n && in_quantity_[t + 1] && limit < options_.max_gap + kQuantityGap) ++limit;
      }
      if (found == kNone && !el.adjacent) {
        for (uint32_t t = voice.fronted_begin; t < voice.fronted_end; ++t) {
          if (WordMatches(t, el)) {
            found = -2;
            if (m->fronted_word == kNone) m->fronted_word = static_cast<int>(t);
          }
        }
        if (found == -2) {
          after_fronted = true;
          continue;
        }
      }
      // "surrounded + embassy" over "the Japanese embassy": the target's
      // own last word is the pattern's word.
      if (found == kNone && e > 0 && elements[e - 1].type == PatternElement::Type::kTarget &&
          m->target != kNone && groups_[m->target].end == pos && WordMatches(pos - 1, el)) {
        ++m->words;
        continue;
      }
      if (found == kNone) {
        if (el.optional) continue;
        *why = "no '" + el.words[0] + (el.words.size() > 1 ? "|…" : "") + "' within reach";
        return false;
      }
      pos = static_cast<uint32_t>(found) + 1;
      m->end = pos;
      ++m->words;
      if (group_at_[found] != kNone && m->word_group == kNone) m->word_group = group_at_[found];
      continue;
    }
    int found = kNone;
    // "pressed ahead in eastern Ukraine" has no object: a '+' right after a
    // verb is its direct object and is not reached through a preposition.
    bool direct_object = e == 0 && !voice.nominal && pos == start;
    bool phrase_skipped = false;
    int possessive = kNone;  // "criticised his handling of …": the last resort
    for (int gap = 0; gap <= std::max(limit, 3); ++gap) {
      uint32_t t = pos + gap;
      if (t >= n) break;
      // The "by" agent of a passive is its source, never its object; so is
      // a nominal's after a thing or a place attacked ("the strike on the
      // first platform by four U.S. destroyers"; but "an inquiry into
      // abuses by Valdorian troops" is into theirs).
      if (tokens_[t].lower == "by"sv &&
          (voice.passive ||
           (voice.nominal && t > pos &&
            (IsAttackedThing(tokens_[t - 1].lemma) || IsStateSite(tokens_[t - 1].lemma) ||
             IsTerritoryNoun(tokens_[t - 1].lemma) || IsPeopleOrPublicPlace(tokens_[t - 1].lemma))))) {
        break;
      }
      // "struck what it called terrorist targets of +": the claim is passed.
      if (const uint32_t claimed = ClaimedAsEnd(t); claimed > t) {
        limit += static_cast<int>(claimed - t);
        gap = static_cast<int>(claimed - pos) - 1;
        continue;
      }
      // … except inside a count: "deported more than 200 Venezuelan migrants", "up to 300".
      bool in_count =
          t > 0 &&
          ((tokens_[t].lower == "than"sv &&
            OneOf(tokens_[t - 1].lower, {"more", "less", "fewer"})) ||
           (tokens_[t].lower == "to"sv && tokens_[t - 1].lower == "up"sv) ||
           (tokens_[t].lower == "up"sv && t + 1 < n && tokens_[t + 1].lower == "to"sv) ||
           (tokens_[t].lower == "at"sv && t + 1 < n &&
            OneOf(tokens_[t + 1].lower, {"least", "most"})) ||
           (OneOf(tokens_[t].lower, {"about", "around", "nearly", "almost", "over", "some"}) &&
            t + 1 < n && tokens_[t + 1].pos == Pos::CD) ||
           (tokens_[t].lower == "of"sv &&
            OneOf(tokens_[t - 1].lower,
                  {"dozens",  "hundreds", "thousands", "millions", "scores",  "tens",   "dozen",
                   "hundred", "thousand", "million",   "number",   "handful", "couple", "series",
                   "string",  "euros",    "dollars",   "dlrs",     "pounds",  "yen"})) ||
           // "seized one of the strongest Iraqi fortifications", "two of its ships".
           (tokens_[t].lower == "of"sv && t == pos + 1 &&
            (tokens_[t - 1].pos == Pos::CD ||
             OneOf(tokens_[t - 1].lower, {"one", "some", "many", "most", "several", "all", "each",
                                          "both", "part", "parts"}))) ||
           // "bombed a training camp of the militant group X", "shelled the
           // positions of Y": a place of the actor's is the actor's.
           (tokens_[t].lower == "of"sv && IsAttackedThing(tokens_[t - 1].lemma)) ||
           // "shelled the city of Kharkiv", "captured the town of Bakhmut":
           // the place named after "of".
           (tokens_[t].lower == "of"sv && t + 1 < n && group_at_[t + 1] != kNone &&
            OneOf(tokens_[t - 1].lower, {"city", "town", "village", "port", "region", "province",
                                         "district", "island", "enclave", "capital"})) ||
           // "told a joint meeting of the U.S. Congress", "addressed a
           // session of the assembly": a gathering stands for the body.
           (tokens_[t].lower == "of"sv && t > pos &&
            OneOf(tokens_[t - 1].lemma, {"meeting", "session", "gathering", "assembly", "delegation", "audience",
                                         "summit", "conference"})) ||
           // "warned members of ASEAN": the members stand for their body.
           (tokens_[t].lower == "of"sv && t + 1 < n &&
            OneOf(tokens_[t - 1].lower, {"members", "leaders", "representatives", "delegates",
                                         "envoys", "ministers", "officials", "governments"}) &&
            MembersBodyAt(t + 1) != kNone));
      // (The owner may come past a description: "of the militant group X".)
      if (tokens_[t].lower == "of"sv && t > pos && IsAttackedThing(tokens_[t - 1].lemma)) limit += 3;
      // (And past the body's description: "of the city's pro-democracy opposition".)
      if (in_count && tokens_[t].lower == "of"sv && t > pos && t + 1 < n &&
          OneOf(tokens_[t - 1].lower, {"members", "leaders", "representatives", "delegates"})) {
        if (const int body = MembersBodyAt(t + 1); body != kNone) limit += body - static_cast<int>(t) - 1;
      }
      if (direct_object && !in_count &&
          (tokens_[t].pos == Pos::IN || tokens_[t].pos == Pos::TO || tokens_[t].pos == Pos::RP)) {
        break;
      }
      // "the Russian-led Collective Security Treaty Organization": a
      // "-led|-backed" adjective before an actor is that actor's.
      if (group_at_[t] != kNone && groups_[group_at_[t]].begin == t && groups_[group_at_[t]].end == t + 1 &&
          t + 1 < n && group_at_[t + 1] != kNone && LedByAdjective(tokens_[t].lower)) {
        continue;
      }
      if (group_at_[t] != kNone && groups_[group_at_[t]].begin == t && !PossessiveCoreference(t)) {
        // PETRARCH's "IN ^ +": the phrase '^' stands for is passed first.
        if (el.skip_phrase && !phrase_skipped) {
          phrase_skipped = true;
          int phrase_end = static_cast<int>(groups_[group_at_[t]].end);
          limit += phrase_end - static_cast<int>(t);
          gap = phrase_end - static_cast<int>(pos) - 1;
          continue;
        }
        found = group_at_[t];
        break;
      }
      // "abducted Ivan Fedorov, the mayor of the occupied Ukrainian city of
      // Melitopol": a name the dictionary does not know, described by an
      // apposition that names an actor, stands for that actor.
      if (tokens_[t].lower == ","sv && t > pos && tokens_[t - 1].pos == Pos::NNP && group_at_[t - 1] == kNone &&
          t + 1 < n && OneOf(tokens_[t + 1].lower, {"the", "a", "an"})) {
        for (uint32_t k = t + 2; k < n && k < t + 10; ++k) {
          if (clause_break_[k] && !list_comma_[k]) break;
          if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
            // (Not the subject of a reporting clause: "on Sony Pictures, the
            // FBI said".)
            const uint32_t after = groups_[group_at_[k]].end;
            if (after < n && (IsVerb(tokens_[after].pos) || tokens_[after].pos == Pos::MD)) break;
            found = group_at_[k];
            break;
          }
        }
        if (found != kNone) break;
      }
      // "asked at least four countries, including the United States, the
      // Soviet Union, Britain and China, for …": the actors the noun
      // phrase includes.
      if (tokens_[t].lower == ","sv && t > pos && t + 2 < n && IsNoun(tokens_[t - 1].pos) &&
          group_at_[t - 1] == kNone && OneOf(tokens_[t + 1].lower, {"including", "notably"})) {
        const uint32_t k = tokens_[t + 2].lower == "the"sv && t + 3 < n ? t + 3 : t + 2;
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
          found = group_at_[k];
          break;
        }
      }
      // ("accepted offers of rescue teams from only four countries, Spain,
      // Britain, Qatar and the United Arab Emirates": the states a counted
      // noun names in apposition.)
      if (tokens_[t].lower == ","sv && t >= pos + 2 && t + 2 < n && group_at_[t - 1] == kNone &&
          OneOf(tokens_[t - 1].lemma, {"country", "nation", "state", "government"}) && tokens_[t - 2].pos == Pos::CD) {
        const uint32_t k = tokens_[t + 1].lower == "the"sv ? t + 2 : t + 1;
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k && groups_[group_at_[k]].members.size() >= 2) {
          found = group_at_[k];
          break;
        }
      }
      if (possessive == kNone && PossessiveCoreference(t) && groups_[group_at_[t]].begin == t) possessive = group_at_[t];
      // "attacked a supertanker and four Iranian oil sites": the "and" of a
      // list of things the actor may stand in.
      // (Not the "and" of a new clause, "… and Mexican finance minister X
      // said", of "between banks and Mexico", or of names: "the
      // Department of Health and …".)
      if (tokens_[t].pos == Pos::CC && OneOf(tokens_[t].lower, {"and", "or"}) && t > pos &&
          (tokens_[t - 1].pos == Pos::NN || tokens_[t - 1].pos == Pos::NNS) && group_at_[t - 1] == kNone && t + 1 < n &&
          !IsVerb(tokens_[t + 1].pos) && tokens_[t + 1].pos != Pos::MD && !NewClauseAfter(t + 1) &&
          !BetweenBefore(t)) {
        ++limit;
        continue;
      }
      if (!Skippable(t) && !PrenominalParticiple(t) && !ParticipleAdjectiveOfActor(t) && !ObjectParticiple(t)) break;
      // "countermeasures on up to 95 billion euros of U.S. imports": an
      // amount, with its "up to", is one word.
      if (((in_quantity_[t] && t + 1 < n && in_quantity_[t + 1]) ||
           (tokens_[t].lower == "up"sv && t + 2 < n && tokens_[t + 1].lower == "to"sv && in_quantity_[t + 2])) &&
          limit < options_.max_gap + kQuantityGap) {
        ++limit;
      }
    }
    if (found == kNone && possessive != kNone && el.type == PatternElement::Type::kTarget) {
      found = possessive;
      m->target_possessive = true;
    }
    // "voiced support for its fight against Hamas": the owner of the thing
    // supported, not whom that thing is against.
    if (found != kNone && possessive != kNone && el.type == PatternElement::Type::kTarget &&
        groups_[found].begin > 0 && tokens_[groups_[found].begin - 1].lower == "against"sv) {
      found = possessive;
      m->target_possessive = true;
    }
    if (found == kNone) {
      if (el.type == PatternElement::Type::kTarget) {
        // A '+' may stay empty ("visited last week", "return the bodies to
        // Ukraine"); such a match scores lower than one that fills it.
        m->target_unfilled = true;
        extra_gap = 4;
        continue;
      }
      *why = "no actor for '$'";
      return false;
    }
    if (el.type == PatternElement::Type::kTarget) {
      if (m->target == kNone) m->target = found;
    } else {
      m->source = found;
    }
    pos = groups_[found].end;
    // ("demanded that Yemen's Houthis stop …": the rest of the pattern
    // follows the group the state's possessive names.)
    if (const int owned = el.type == PatternElement::Type::kTarget ? OwnedActorAfter(found) : kNone; owned != kNone) {
      pos = groups_[owned].end;
    }
    m->end = pos;
    // "talks between $ and +" over one coordinated group "A and B": the
    // group is both sides.
    if (groups_[found].members.size() >= 2 && e + 2 < elements.size() &&
        elements[e + 1].type == PatternElement::Type::kWord && elements[e + 1].words == std::vector<std::string>{"and"} &&
        elements[e + 2].type != PatternElement::Type::kWord) {
      m->source = m->target = found;
      e += 2;
    }
  }
  return true;
}

bool SentenceCoder::LedByAdjective(const std::string& lower) {
  for (const char* suffix : {"-led", "-backed", "-brokered", "-sponsored", "-based", "-funded", "-drafted", "-owned"}) {
    const size_t k = std::char_traits<char>::length(suffix);
    if (lower.size() > k && lower.compare(lower.size() - k, k, suffix) == 0) return true;
  }
  return false;
}

// A clause opening at `t`: a noun phrase (an actor or not) followed by a
// verb ("and Mexican finance minister Gustavo Petricioli merely said").
bool SentenceCoder::NewClauseAfter(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  uint32_t k = t;
  for (int words = 0; k < n && words < 8; ++words) {
    if (group_at_[k] != kNone) {
      k = groups_[group_at_[k]].end;
      continue;
    }
    if (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || IsNoun(tokens_[k].pos) || tokens_[k].pos == Pos::CD) {
      ++k;
      continue;
    }
    break;
  }
  while (k < n && IsAdverb(tokens_[k].pos)) ++k;
  return k > t && k < n && (OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}));
}

// "between banks and Mexico": a "between" a few words before the "and" at `t`.
bool SentenceCoder::BetweenBefore(uint32_t t) const {
  for (uint32_t k = t; k > 0 && t - k < 5; --k) {
    if (OneOf(tokens_[k - 1].lower, {"between", "among"})) return true;
    if (clause_break_[k - 1]) return false;
  }
  return false;
}

// Whether token `pos` is part of the verb chain before `anchor`: an
// auxiliary or a modal, or a verb of intent and its "to" ("won't try to
// clash").
bool SentenceCoder::ChainWordBefore(int pos, uint32_t anchor) const {
  const Token& w = tokens_[pos];
  if (group_at_[pos] != kNone) return false;
  if (w.pos == Pos::MD || (IsVerb(w.pos) && OneOf(w.lemma, {"be", "have", "do"}))) return true;
  const int a = static_cast<int>(anchor);
  if (w.pos == Pos::TO) return pos == a - 1 && pos >= 1 && IsVerb(tokens_[pos - 1].pos) && IsIntentVerb(tokens_[pos - 1].lemma);
  return pos + 1 < a && tokens_[pos + 1].pos == Pos::TO && IsVerb(w.pos) && IsIntentVerb(w.lemma);
}

// Matches the pattern's elements before its anchor, leftwards from the token
// before `anchor`; fills m->begin and the slots '+' and '$' there.
bool SentenceCoder::MatchBackward(const std::vector<PatternElement>& elements, uint32_t anchor,
                                  Match* m, std::string* why) const {
  int pos = static_cast<int>(anchor) - 1;
  // The verb's chain stands between the pattern's words and its anchor
  // ("death toll has risen", "won't try to clash"), unless the pattern names
  // the word (PETRARCH's "% HAVE *"). Not past a word joined to the anchor:
  // "RECENTLY_*" is not "recently did allow".
  while (pos >= 0 && !elements.empty() && !elements.back().adjacent && ChainWordBefore(pos, anchor) &&
         !(elements.back().type == PatternElement::Type::kWord && WordMatches(static_cast<uint32_t>(pos), elements.back()))) {
    --pos;
  }
  // ("drone|drones *hit" over "Drones launched by the RSF hit": past the
  // participle phrase after the weapon.)
  if (pos >= 0 && !elements.empty() && elements.back().type == PatternElement::Type::kWord &&
      !elements.back().adjacent) {
    if (const int weapon = WeaponBeforeLauncher(pos); weapon != kNone && WordMatches(weapon, elements.back())) {
      pos = weapon;
    }
  }
  // An infinitive of purpose after the object of the pattern's word:
  // "HOSTING *" over "hosting Osgiliath to celebrate".
  if (pos >= 2 && pos == static_cast<int>(anchor) - 1 && tokens_[pos].pos == Pos::TO && !elements.empty() &&
      !elements.back().adjacent && elements.back().type == PatternElement::Type::kWord && group_at_[pos - 1] != kNone &&
      groups_[group_at_[pos - 1]].begin >= 1) {
    const int verb = static_cast<int>(groups_[group_at_[pos - 1]].begin) - 1;
    if (IsVerb(tokens_[verb].pos) && WordMatches(static_cast<uint32_t>(verb), elements.back())) pos = verb;
  }
  for (size_t e = elements.size(); e-- > 0;) {
    const PatternElement& el = elements[e];
    int limit = el.adjacent ? 0 : options_.max_gap;
    int found = kNone;
    for (int gap = 0; gap <= limit; ++gap) {
      int t = pos - gap;
      if (t < 0) break;
      if (el.type == PatternElement::Type::kWord) {
        if (WordMatches(static_cast<uint32_t>(t), el)) {
          found = t;
          break;
        }
      } else if (group_at_[t] != kNone && groups_[group_at_[t]].end == static_cast<uint32_t>(t) + 1) {
        found = t;
        break;
      }
      // ("+ HOSTING *" over "Mordor will be hosting", "+ * IN $" over
      // "Gollum was seen to break in": the verbs of the chain.)
      const bool chain_verb = tokens_[t].pos == Pos::MD || tokens_[t].pos == Pos::TO || IsVerb(tokens_[t].pos);
      if (!Skippable(static_cast<uint32_t>(t)) && !(chain_verb && el.type != PatternElement::Type::kWord)) break;
    }
    if (found == kNone) {
      if (el.optional) continue;
      *why = "nothing before the anchor for element " + std::to_string(e + 1);
      return false;
    }
    if (el.type == PatternElement::Type::kWord) {
      pos = found - 1;
    } else {
      int g = group_at_[found];
      if (el.type == PatternElement::Type::kTarget) m->target = g;
      else m->source = g;
      pos = static_cast<int>(groups_[g].begin) - 1;
    }
    m->begin = static_cast<uint32_t>(pos + 1);
  }
  return true;
}

// For `[org]`: the group names an international organization and is not
// a modifier of the noun after it ("the Arab League summit").
bool SentenceCoder::NamesOrganization(int g) const {
  if (g == kNone) return false;
  const uint32_t end = groups_[g].end;
  if (end < tokens_.size() && IsNoun(tokens_[end].pos)) return false;
  for (const ActorMention& m : groups_[g].members) {
    if (m.code.compare(0, 3, "IGO") == 0) return true;
  }
  return false;
}

// "abused and humiliated Iraqi prisoners", "condemned and rejected the
// plan": two verbs joined by "and" share the object after the second; the
// first's pattern is matched from there. A quotation closed right after the
// anchor is passed too ("was \"deeply disappointed\" by the tariffs").
// Else the token after the anchor.
uint32_t SentenceCoder::ObjectStartPastJoinedVerb(uint32_t a) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (a + 2 < n && OneOf(tokens_[a + 1].lower, {"\"", "''"}) && tokens_[a + 2].pos == Pos::IN) return a + 2;
  // ("attacked, seized, and sank an Iranian ship": a list of past verbs
  // sharing the object; the object starts after the last.)
  auto past_verb = [&](uint32_t k) {
    return k < n && (tokens_[k].pos == Pos::VBD || tokens_[k].pos == Pos::VBN) && group_at_[k] == kNone;
  };
  if (past_verb(a) && a + 3 < n && tokens_[a + 1].lower == ","sv &&
      (past_verb(a + 2) || (OneOf(tokens_[a + 2].lower, {"and", "or"}) && past_verb(a + 3)))) {
    uint32_t k = a;
    while (k + 2 < n && tokens_[k + 1].lower == ","sv && past_verb(k + 2)) k += 2;
    if (k + 3 < n && tokens_[k + 1].lower == ","sv && OneOf(tokens_[k + 2].lower, {"and", "or"}) && past_verb(k + 3)) {
      k += 3;
    } else if (k + 2 < n && OneOf(tokens_[k + 1].lower, {"and", "or"}) && past_verb(k + 2)) {
      k += 2;
    } else {
      return a + 1;
    }
    const Token& after = tokens_[k + 1 < n ? k + 1 : k];
    if (k + 1 >= n || after.pos == Pos::RP || after.pos == Pos::IN || after.pos == Pos::TO || clause_break_[k + 1]) {
      return a + 1;
    }
    return k + 1;
  }
  if (a + 3 >= n || !OneOf(tokens_[a + 1].lower, {"and", "or"})) return a + 1;
  const Pos first = tokens_[a].pos, second = tokens_[a + 2].pos;
  const bool past = [](Pos p) { return p == Pos::VBD || p == Pos::VBN; }(first) && (second == Pos::VBD || second == Pos::VBN);
  if (!(past || (first == second && IsVerb(first)))) return a + 1;
  // (Not a verb with its own particle or preposition: "met and talked with".)
  const Token& next = tokens_[a + 3];
  if (next.pos == Pos::RP || next.pos == Pos::IN || next.pos == Pos::TO || clause_break_[a + 3]) return a + 1;
  return a + 3;
}

// "the West African bloc ECOWAS", "the military alliance, NATO": the
// organization named right after group g and the common nouns it heads.
int SentenceCoder::OrganizationInApposition(int g) const {
  uint32_t k = groups_[g].end;
  for (int nouns = 0; k < tokens_.size() && nouns < 3 && group_at_[k] == kNone &&
                      (tokens_[k].pos == Pos::NN || tokens_[k].pos == Pos::NNS);
       ++nouns) {
    ++k;
  }
  if (k == groups_[g].end) return kNone;
  if (k < tokens_.size() && tokens_[k].lower == ","sv) ++k;
  if (k >= tokens_.size() || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) return kNone;
  return NamesOrganization(group_at_[k]) ? group_at_[k] : kNone;
}

}  // namespace coder_internal
}  // namespace statecraft
