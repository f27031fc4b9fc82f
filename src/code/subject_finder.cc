// A clause's subject: FindSubject walks left from a verb chain to the actor
// that does what it says, past appositions, relative clauses, parentheses,
// adjuncts and "including" lists, through coordination and pronouns of
// reported speech, and up from the object of a preposition to the head of
// its noun phrase. Also who reports a clause ("…, Obama said").
#include <cstdint>
#include <string>
#include <string_view>

#include "code/sentence_coder.h"
#include "code/word_classes.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

// Who reports the clause whose verb chain starts at `begin` and ends near
// `end`: "Obama said (that) Gaddafi must …" or "Gaddafi must …, Obama
// said"; kNone when no one does.
int SentenceCoder::SpeakerOfClause(uint32_t begin, uint32_t end) const {
  if (begin > 0 && group_at_[begin - 1] != kNone) {
    uint32_t b = groups_[group_at_[begin - 1]].begin;
    if (b > 0 && tokens_[b - 1].pos == Pos::DT) --b;  // "said the United States and Japan must …"
    int g = ReporterOf(b);
    if (g != kNone) return g;
  }
  // "warned Iran that it should release …": a pronoun for the one told.
  if (begin > 0 && tokens_[begin - 1].pos == Pos::PRP && OneOf(tokens_[begin - 1].lower, {"it", "they", "he", "she"})) {
    const int g = ReporterOf(begin - 1);
    if (g != kNone) return g;
  }
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = end; t + 2 < n && t < end + 25; ++t) {
    // (Past a clause that the reported one governs: "Sweden must hand
    // over 130 people before the Turkish parliament will approve their
    // bids, Erdogan said".)
    if (tokens_[t].lower == ";"sv || (clause_break_[t] && tokens_[t].lower != ","sv &&
                                       !OneOf(tokens_[t].lower, {"before", "until", "unless", "if"}))) {
      return kNone;
    }
    if (tokens_[t].lower != ","sv) continue;
    uint32_t k = t + 1;
    // ", said Obama"
    if (IsVerb(tokens_[k].pos) && IsVerbOfSaying(tokens_[k].lemma) && group_at_[k + 1] != kNone) return group_at_[k + 1];
    if (group_at_[k] == kNone) continue;
    const int g = group_at_[k];
    k = groups_[g].end;
    while (k < n && IsAdverb(tokens_[k].pos)) ++k;
    if (k < n && IsVerb(tokens_[k].pos) && IsVerbOfSaying(tokens_[k].lemma)) return g;
  }
  return kNone;
}

// "told reporters after a meeting": a group right after a verb or a
// preposition is an object, no subject an adjunct could interrupt.
bool SentenceCoder::ObjectOfVerbOrPreposition(int g) const {
  uint32_t b = groups_[g].begin;
  if (b > 0 && OneOf(tokens_[b - 1].lower, {"the", "a", "an"})) --b;
  // ("expelled two British diplomats", "seven senior U.N. officials".)
  for (int k = 0; k < 4 && b > 1 && group_at_[b - 1] == kNone &&
                  (tokens_[b - 1].pos == Pos::CD || IsAdjective(tokens_[b - 1].pos) ||
                   OneOf(tokens_[b - 1].lower, {"the", "a", "an", "some", "several", "its", "their", "north", "south",
                                                "east", "west", "south-west", "south-east", "north-west",
                                                "north-east", "southwest", "southeast", "northwest", "northeast",
                                                "central"}));  // ("hit south-west Japan")
       ++k) {
    --b;
  }
  // ("to kill Hamas military chief Mohammed Deif", "met Iran's foreign
  // minister": past an actor naming whose the group is.)
  if (b > 1 && tokens_[b - 1].lower == "'s"sv && group_at_[b - 2] != kNone) --b;
  if (b > 1 && group_at_[b - 1] != kNone && groups_[group_at_[b - 1]].end == b) {
    b = groups_[group_at_[b - 1]].begin;
    if (b > 0 && OneOf(tokens_[b - 1].lower, {"the", "a", "an"})) --b;
  }
  // ("Lyng said he and Yeutter, during a visit …, will demand": after a
  // verb of saying that takes no person as object, a clause's subject.)
  if (b > 0 && IsVerbOfSaying(tokens_[b - 1].lemma) && !OneOf(tokens_[b - 1].lemma, {"tell", "warn"}) &&
      IsVerb(tokens_[b - 1].pos)) {
    return false;
  }
  return b > 0 && (IsVerb(tokens_[b - 1].pos) || tokens_[b - 1].pos == Pos::IN || tokens_[b - 1].pos == Pos::TO);
}

// For a group inside an adjunct that opens with "during|on|at|after|in"
// right after another group ("Jopling during a visit to Washington",
// "Steinmeier, on a state visit to Tanzania,"): that group, or kNone.
int SentenceCoder::SubjectBeforeAdjunct(int g) const {
  if (!InPrepositionalPhrase(g)) return kNone;
  for (int k = static_cast<int>(groups_[g].begin) - 1, steps = 0; k >= 1 && steps < 8; --k, ++steps) {
    if (group_at_[k] != kNone || IsVerb(tokens_[k].pos) || (clause_break_[k] && !in_time_[k])) return kNone;
    if (!OneOf(tokens_[k].lower, {"during", "on", "at", "after", "in"})) continue;
    if (k + 1 >= static_cast<int>(groups_[g].begin) ||
        !(tokens_[k + 1].pos == Pos::DT || tokens_[k + 1].pos == Pos::PRPS)) {
      return kNone;
    }
    int p = k - 1;
    if (tokens_[p].lower == ","sv && p >= 1) --p;
    if (group_at_[p] == kNone || groups_[group_at_[p]].end != static_cast<uint32_t>(p) + 1 ||
        groups_[group_at_[p]].coreference || ObjectOfVerbOrPreposition(group_at_[p])) {
      return kNone;
    }
    return group_at_[p];
  }
  return kNone;
}

// "president of the …", "chairman at …": an apposition in [begin, end)
// that opens with a bare title followed by "of" or "at" before any actor.
bool SentenceCoder::TitleOfApposition(int begin, int end) const {
  if (!IsNoun(tokens_[begin].pos) && !IsAdjective(tokens_[begin].pos)) return false;
  for (int k = begin + 1; k < end && k <= begin + 4; ++k) {
    if (group_at_[k] != kNone) return false;
    if (OneOf(tokens_[k].lower, {"of", "at"})) return true;
    if (!IsNoun(tokens_[k].pos) && !IsAdjective(tokens_[k].pos)) return false;
  }
  return false;
}

// The subject of the clause before the comma at `comma`: of its last
// finite verb, within 30 tokens (set in *verb), or kNone.
int SentenceCoder::SubjectOfClauseBefore(int comma, int* verb) const {
  for (int v = comma - 1; v >= 0 && comma - v <= 30; --v) {
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (tokens_[v].lower == ";"sv) return kNone;
    if (!OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
    std::string ignored;
    *verb = v;
    return FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &ignored);
  }
  return kNone;
}

// The one actor that owns the noun at `noun`: "Valdoria's decision", "the
// Valdorian move" (a group ending right before it); kNone otherwise.
int SentenceCoder::OwnerOfNoun(uint32_t noun) const {
  if (noun < 2) return kNone;
  int owner = kNone;
  if (tokens_[noun - 1].lower == "'s"sv || tokens_[noun - 1].lower == "'"sv) {
    owner = group_at_[noun - 2];
  } else if (group_at_[noun - 1] != kNone && groups_[group_at_[noun - 1]].end == noun) {
    owner = group_at_[noun - 1];
  }
  return owner != kNone && groups_[owner].members.size() == 1 ? owner : kNone;
}

// Whether the noun phrase at `b` (past a determiner) is named as what is
// protested or resented: "rallied against the government's decision",
// "angered by", "over", "at", "about".
bool SentenceCoder::NamedAsCause(uint32_t b) const {
  if (b > 0 && tokens_[b - 1].pos == Pos::DT) --b;
  return b > 0 && OneOf(tokens_[b - 1].lower, {"against", "over", "by", "at", "about"});
}

// The group to the left that is the subject of a chain starting at
// `begin`, or kNone when the subject is not an actor.
int SentenceCoder::FindSubject(uint32_t begin, std::string* why) const {
  int t = static_cast<int>(begin) - 1;
  if (t >= 1 && scare_quote_[t]) --t;  // 'Karsovia "condemned" the strikes'
  // "Valdoria's decision to expel Karsovia's envoy": a decision or move
  // taken is the act done, by the noun's possessor.
  uint32_t to = 0;  // the "to" of an infinitive at `begin`
  if (tokens_[begin].lower == "to"sv) {
    to = begin;
  } else if (begin >= 1 && tokens_[begin - 1].lower == "to"sv && tokens_[begin].pos == Pos::VB) {
    to = begin - 1;
  }
  if (to >= 3 && OneOf(tokens_[to - 1].lemma, {"decision", "move"})) {
    if (const int owner = OwnerOfNoun(to - 1); owner != kNone) {
      *why = "possessor of the '" + tokens_[to - 1].text + "' taken";
      return owner;
    }
  }
  // "Valdoria's decision to expel Karsovia's envoy drew a sharp rebuke":
  // a subject noun with an infinitive after it; its possessor, not the
  // infinitive's object, is the subject.
  if (IsVerb(tokens_[begin].pos) && tokens_[begin].pos != Pos::VBG && tokens_[begin].pos != Pos::VB) {
    for (int k = t; k >= 3 && t - k < 12; --k) {
      if (clause_break_[k] || OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD})) break;
      if (tokens_[k].lower != "to"sv || tokens_[k + 1].pos != Pos::VB) continue;
      const Token& head = tokens_[k - 1];
      if (!OneOf(head.lemma, {"decision", "move", "plan", "bid", "attempt", "refusal", "offer", "threat", "failure",
                              "effort", "push", "order", "call"})) {
        break;
      }
      const int owner = OwnerOfNoun(static_cast<uint32_t>(k) - 1);
      if (owner == kNone) break;
      // (Not a noun that is an object: "was disappointed by Karsovia's
      // refusal to attend the talks and urged …".)
      uint32_t ob = groups_[owner].begin;
      if (ob > 0 && tokens_[ob - 1].pos == Pos::DT) --ob;
      if (ob > 0 && (OneOf(tokens_[ob - 1].pos, {Pos::IN, Pos::TO}) || IsVerb(tokens_[ob - 1].pos))) break;
      *why = "possessor of the subject noun '" + head.text + "', past its infinitive";
      return owner;
    }
  }
  // "sued Smith & Wesson, Beretta and other gunmakers, accusing them of
  // …": a participle after a comma whose object is a pronoun for what
  // came before is the main clause's subject's act, not that object's.
  if (t >= 1 && tokens_[begin].pos == Pos::VBG && tokens_[t].lower == ","sv && begin + 1 < tokens_.size() &&
      tokens_[begin + 1].pos == Pos::PRP && OneOf(tokens_[begin + 1].lower, {"it", "them", "him", "her"}) &&
      !IsVerbOfSaying(tokens_[begin].lemma) &&
      !(begin + 2 < tokens_.size() && (IsVerb(tokens_[begin + 2].pos) || tokens_[begin + 2].pos == Pos::MD))) {
    int v = kNone;
    const int g = SubjectOfClauseBefore(t, &v);
    if (g != kNone && (group_at_[t - 1] == kNone || g != group_at_[t - 1])) {
      *why = "subject of '" + tokens_[v].text + "', whose clause the participle '" + tokens_[begin].text + "' follows";
      return g;
    }
  }
  // "North Korea tested a bomb on Wednesday, a move that drew condemnation
  // from Seoul": a relative clause on an act's noun set in apposition to
  // the clause before is about that act; its subject is that clause's.
  if (t >= 3 && OneOf(tokens_[t].lower, {"that", "which"}) && IsNoun(tokens_[t - 1].pos) &&
      OneOf(tokens_[t - 1].lemma, {"move", "decision", "step", "action", "measure", "claim", "announcement"})) {
    int d = t - 2;
    while (d >= 1 && IsAdjective(tokens_[d].pos) && group_at_[d] == kNone) --d;
    int v = kNone;
    if (d >= 1 && OneOf(tokens_[d].lower, {"a", "an", "the"}) && tokens_[d - 1].lower == ","sv) {
      if (const int g = SubjectOfClauseBefore(d - 1, &v); g != kNone) {
        *why = "subject of '" + tokens_[v].text + "', the act the " + tokens_[t - 1].text + " '" + tokens_[t].text +
               "' names";
        return g;
      }
    }
  }
  // "policies which he said encourage domestic production", "the scheme,
  // which they feel forces them to pay": a parenthetical "he said" between
  // a relative pronoun and its verb; the verb's subject is what the
  // pronoun stands for.
  if (t >= 2 && IsVerb(tokens_[t].pos) && tokens_[t].pos != Pos::VBG && IsVerbOfSayingOrThinking(tokens_[t].lemma) &&
      group_at_[t - 1] != kNone && groups_[group_at_[t - 1]].end == static_cast<uint32_t>(t)) {
    const int w = static_cast<int>(groups_[group_at_[t - 1]].begin) - 1;
    const int before = w >= 2 && tokens_[w - 1].lower == ","sv ? w - 2 : w - 1;
    if (before >= 0 && OneOf(tokens_[w].lower, {"which", "that"}) && tokens_[w].pos != Pos::DT &&
        IsNoun(tokens_[before].pos)) {
      return FindSubject(static_cast<uint32_t>(w) + 1, why);
    }
  }
  // ("opened fire and then blew himself up": past an adverb after "and".)
  if (t >= 1 && IsAdverb(tokens_[t].pos) && group_at_[t] == kNone && OneOf(tokens_[t].lower, {"then", "later"}) &&
      OneOf(tokens_[t - 1].lower, {"and", "but"})) {
    --t;
  }
  // "Japan's Agriculture Ministry, angered by U.S. demands …, will tell":
  // a participle set off right after the sentence's opening actor is that
  // actor's.
  // (A feeling only: "The Gaza Strip, occupied by Egypt, …" is Egypt's act.)
  if (t >= 1 && tokens_[begin].pos == Pos::VBN && tokens_[t].lower == ","sv && group_at_[t - 1] != kNone &&
      begin + 1 < tokens_.size() && OneOf(tokens_[begin + 1].lower, {"by", "at", "over", "with", "about"}) &&
      OneOf(tokens_[begin].lemma, {"anger", "alarm", "dismay", "disappoint", "frustrate", "upset", "outrage",
                                   "worry", "concern", "irritate", "annoy", "incense", "infuriate", "anger",
                                   "embarrass", "shock", "please", "encourage", "delight", "satisfy"})) {
    const int g = group_at_[t - 1];
    uint32_t b = groups_[g].begin;
    if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
    if (b == 0 || (clause_break_[b - 1] && tokens_[b - 1].lower != ","sv)) {
      *why = "the actor the participle '" + tokens_[begin].text + "' is set off after";
      return g;
    }
  }
  // "Reagan was quoted as telling Prime Minister Jacques Chirac …": the
  // one quoted does what the quote's participle says.
  if (t >= 2 && tokens_[begin].pos == Pos::VBG && tokens_[t].lower == "as"sv &&
      OneOf(tokens_[t - 1].lower, {"quoted", "reported"})) {
    int v = t - 2;
    while (v >= 1 && IsAdverb(tokens_[v].pos) && group_at_[v] == kNone) --v;
    if (v >= 1 && tokens_[v].lemma == "be"sv) {
      std::string ignored;
      if (const int g = FindSubject(static_cast<uint32_t>(v), &ignored); g != kNone) {
        *why = "the one '" + tokens_[v].text + " " + tokens_[t - 1].text + " as' doing it";
        return g;
      }
    }
  }
  // "Maki quoted Lyng as telling Agriculture Minister Mutsuki Kato …": the
  // one an active "quoted … as" names does what the participle says.
  if (t >= 2 && tokens_[begin].pos == Pos::VBG && tokens_[t].lower == "as"sv && group_at_[t - 1] != kNone &&
      groups_[group_at_[t - 1]].end == static_cast<uint32_t>(t)) {
    int q = static_cast<int>(groups_[group_at_[t - 1]].begin) - 1;
    if (q >= 0 && tokens_[q].lower == "the"sv) --q;
    if (q >= 0 && IsVerb(tokens_[q].pos) && OneOf(tokens_[q].lemma, {"quote", "cite"})) {
      *why = "the one '" + tokens_[q].text + " … as' doing it";
      return group_at_[t - 1];
    }
  }
  // "X met Y but refused to …", "X condemned Y and expelled …": a verb
  // conjoined to the previous one shares its subject ("… and afterwards
  // spoke": past the chain's adverbs).
  uint32_t head = begin;
  while (head + 1 < tokens_.size() && IsAdverb(tokens_[head].pos) && group_at_[head] == kNone) ++head;
  const bool modal = tokens_[head].pos == Pos::MD;
  // (Not a participle joined to another that describes a noun after that
  // verb: "strong-armed into a pact halting predatory pricing and opening
  // Japan's market"; ", killing 39 people and taking hostages" shares it.)
  bool joined_gerund = false;
  if (t >= 0 && tokens_[head].pos == Pos::VBG) {
    for (int k = t - 1; k > static_cast<int>(last_subject_verb_) && !joined_gerund; --k)
      joined_gerund = tokens_[k].pos == Pos::VBG && group_at_[k] == kNone && k >= 1 && IsNoun(tokens_[k - 1].pos);
  }
  // ("said the Soviet Union continues to grow … and has tested": a finite
  // verb nearer than the last coded one, with an actor for its subject,
  // is the one joined.)
  if (t >= 1 && OneOf(tokens_[t].lower, {"and", "but"}) && last_subject_ != kNone && !joined_gerund && modal == false &&
      IsVerb(tokens_[head].pos) && tokens_[head].pos != Pos::VBG) {
    for (int v = t - 1; v > static_cast<int>(last_subject_verb_) && t - v <= 15; --v) {
      if (group_at_[v] != kNone) {
        v = static_cast<int>(groups_[group_at_[v]].begin);
        continue;
      }
      if (clause_break_[v] && !list_comma_[v]) break;
      if (!OneOf(tokens_[v].pos, {Pos::VBZ, Pos::VBP, Pos::VBD})) continue;
      const Chain joined = AnalyzeChain(static_cast<uint32_t>(v));
      if (joined.passive || joined.begin <= last_subject_verb_) break;
      // ("… after they said they had annulled an election and placed the
      // president under house arrest": the nearer verb's subject is a
      // pronoun that stands for no actor; nor does the verb joined to it.)
      if (joined.begin >= 1 && tokens_[joined.begin - 1].pos == Pos::PRP && group_at_[joined.begin - 1] == kNone &&
          tokens_[joined.begin - 1].lower == "they"sv) {
        *why = "the subject of '" + tokens_[v].text + "', the nearer verb joined by '" + tokens_[t].text +
               "', is a pronoun for no actor";
        return kNone;
      }
      // (Only a verb in the joined verb's tense that the last coded one
      // does not share: "said … continues … and has tested", not "have
      // said they have lived up … and have asked".)
      const Pos last = tokens_[AnalyzeChain(last_subject_verb_).begin].pos;
      if (tokens_[joined.begin].pos != tokens_[head].pos || tokens_[joined.begin].pos == last) break;
      std::string ignored;
      const int g = FindSubject(joined.begin, &ignored);
      if (g != kNone && g != last_subject_ && groups_[g].begin > last_subject_verb_) {
        *why = "subject of '" + tokens_[v].text + "', the nearer verb joined by '" + tokens_[t].text + "'";
        return g;
      }
      break;
    }
  }
  // ("Iran said several people were injured in the U.S. attack and vowed
  // retaliation": a vow or a word joined after what a speaker reports, the
  // last coded verb a passive of its victims, is the speaker's.)
  if (t >= 1 && OneOf(tokens_[t].lower, {"and", "but"}) && last_subject_ != kNone && !joined_gerund &&
      IsVerb(tokens_[head].pos) && tokens_[head].pos != Pos::VBG &&
      (IsVerbOfSaying(tokens_[head].lemma) ||
       OneOf(tokens_[head].lemma, {"vow", "pledge", "promise", "threaten", "demand", "urge", "condemn"})) &&
      AnalyzeChain(last_subject_verb_).passive) {
    for (int v = static_cast<int>(AnalyzeChain(last_subject_verb_).begin) - 1; v >= 0; --v) {
      if (group_at_[v] != kNone || !IsVerb(tokens_[v].pos) || !IsVerbOfSaying(tokens_[v].lemma)) continue;
      // (The actor right before the verb of saying: no search that would
      // come back here.)
      const uint32_t said = AnalyzeChain(static_cast<uint32_t>(v)).begin;
      const int g = said > 0 && group_at_[said - 1] != kNone && groups_[group_at_[said - 1]].end == said
                        ? group_at_[said - 1]
                        : kNone;
      if (g != kNone && g != last_subject_) {
        *why = "subject of '" + tokens_[v].text + "', whose report the verb before '" + tokens_[t].text + "' ends";
        return g;
      }
      break;
    }
  }
  // ("attacked, seized, and sank an Iranian ship": a verb of a list that
  // shares the object shares the subject too.)
  if (t >= 1 && tokens_[t].lower == ","sv && last_subject_ != kNone && IsVerb(tokens_[head].pos) &&
      (tokens_[t - 1].pos == Pos::VBD || tokens_[t - 1].pos == Pos::VBN) &&
      ObjectStartPastJoinedVerb(static_cast<uint32_t>(t) - 1) > static_cast<uint32_t>(t) + 1) {
    *why = std::string(kSharedSubjectWhy) + " ','";
    return last_subject_;
  }
  if (t >= 0 && OneOf(tokens_[t].lower, {"and", "but", "or"}) && last_subject_ != kNone && !joined_gerund &&
      (IsVerb(tokens_[head].pos) || modal)) {
    *why = std::string(kSharedSubjectWhy) + " '" + tokens_[t].text + "'";
    return last_subject_;
  }
  // The same when the verb before coded nothing: "revised and extended
  // their agreement", "arrived … and went into a meeting with …".
  // "Taiwan and the U.S. Have revised and extended their agreement": a
  // participle joined by "and" to one after an auxiliary shares its chain.
  if (t >= 1 && tokens_[t].lower == "and"sv && tokens_[begin].pos == Pos::VBN &&
      begin == static_cast<uint32_t>(t) + 1) {
    int v = t - 1;
    while (v >= 0 && IsAdverb(tokens_[v].pos)) --v;
    if (v >= 0 && tokens_[v].pos == Pos::VBN) {
      Chain c = AnalyzeChain(static_cast<uint32_t>(v));
      if (c.begin < static_cast<uint32_t>(v) && !c.passive) {
        std::string ignored;
        int g = FindSubject(c.begin, &ignored);
        if (g != kNone) {
          *why = "subject of '" + tokens_[c.begin].text + " " + tokens_[v].text + "', joined by 'and'";
          return g;
        }
      }
    }
  }
  // "spent two days in Washington … and will this week visit Britain".
  if (t >= 1 && OneOf(tokens_[t].lower, {"and", "but"}) && (IsVerb(tokens_[begin].pos) || modal) &&
      tokens_[begin].pos != Pos::VBG && tokens_[begin].pos != Pos::VBN) {
    for (int v = t - 1; v >= 0 && t - v <= 20; --v) {
      // (Past quotation marks: "branded the ruling just another \"trade
      // harassment\" from the U.S. and criticized …".)
      if (OneOf(tokens_[v].lower, {"\"", "``", "''"})) continue;
      // ("branded the ruling as just another …": "as" before a noun phrase.)
      if (tokens_[v].lower == "as"sv && v + 1 < t &&
          (OneOf(tokens_[v + 1].pos, {Pos::DT, Pos::RB, Pos::JJ, Pos::NN, Pos::NNS}) &&
           tokens_[v + 1].lower != "it"sv)) {
        continue;
      }
      if (clause_break_[v] && !list_comma_[v]) break;
      if (group_at_[v] != kNone) {
        v = static_cast<int>(groups_[group_at_[v]].begin);
        continue;
      }
      if (tokens_[v].pos != Pos::VBD && tokens_[v].pos != Pos::VBZ && tokens_[v].pos != Pos::VBP) continue;
      if (tokens_[v].pos != tokens_[begin].pos && tokens_[begin].pos != Pos::VB && !modal) break;  // same tense only
      std::string ignored;
      int g = FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &ignored);
      if (g != kNone) {
        *why = "subject of '" + tokens_[v].text + "', the verb joined by '" + tokens_[t].text + "'";
        return g;
      }
      break;
    }
  }
  // "India suspended a treaty with Pakistan on Wednesday, expelled
  // Pakistani advisers and ordered …": a past verb after a comma, in a list
  // of acts that goes on with "and" and another, shares the first one's
  // subject.
  if (t >= 1 && tokens_[t].lower == ","sv && tokens_[begin].pos == Pos::VBD) {
    bool list_goes_on = false;
    for (uint32_t k = begin + 1; k + 1 < tokens_.size() && k < begin + 16; ++k) {
      if (tokens_[k].pos == Pos::kPeriod || (clause_break_[k] && !list_comma_[k] && tokens_[k].lower != ","sv)) break;
      if (tokens_[k].lower == "and"sv && tokens_[k + 1].pos == Pos::VBD) {
        list_goes_on = true;
        break;
      }
    }
    for (int v = t - 1; list_goes_on && v >= 0 && t - v <= 20; --v) {
      if (group_at_[v] != kNone) {
        v = static_cast<int>(groups_[group_at_[v]].begin);
        continue;
      }
      if (tokens_[v].pos != Pos::VBD) continue;
      std::string ignored;
      const Chain first = AnalyzeChain(static_cast<uint32_t>(v));
      if (first.passive) break;
      const int g = FindSubject(first.begin, &ignored);
      if (g != kNone) {
        *why = "subject of '" + tokens_[v].text + "', the first of the acts listed";
        return g;
      }
      break;
    }
  }
  // "Thousands of pagers used by Hezbollah members exploded": the 'by'
  // agent of a participle phrase inside the subject is not the subject.
  // ("… by Hezbollah members": the group may stop before its head noun.)
  const int by_group = t >= 2 && group_at_[t] != kNone && groups_[group_at_[t]].end == static_cast<uint32_t>(t) + 1
                           ? group_at_[t]
                       : t >= 3 && group_at_[t] == kNone && IsNoun(tokens_[t].pos) && group_at_[t - 1] != kNone &&
                               groups_[group_at_[t - 1]].end == static_cast<uint32_t>(t)
                           ? group_at_[t - 1]
                           : kNone;
  // (But "Drones launched by the RSF hit …": who launched the weapons
  // struck.)
  if (by_group != kNone && WeaponBeforeLauncher(static_cast<int>(groups_[by_group].end) - 1) != kNone) {
    *why = "the 'by' agent who launched the weapons the subject names";
    return by_group;
  }
  if (by_group != kNone) {
    int b = static_cast<int>(groups_[by_group].begin);
    // ("miners employed by the state corporation Comibol went on …": past
    // the words that describe the agent.)
    for (int k = b - 1; k >= 3 && b - k <= 4 && tokens_[k].lower != "by"sv; --k) {
      if (!(tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::NN)) break;
      if (tokens_[k - 1].lower == "by"sv) b = k;
    }
    if (b >= 3 && tokens_[b - 1].lower == "by"sv && tokens_[b - 2].pos == Pos::VBN && IsNoun(tokens_[b - 3].pos) &&
        group_at_[b - 3] == kNone) {
      *why = "no actor: the 'by' agent of the participle inside the subject";
      return kNone;
    }
    // (An actor before the participle is the subject: "About 9,000 miners
    // employed by the state corporation Comibol went on hunger strike".)
    if (b >= 3 && tokens_[b - 1].lower == "by"sv && tokens_[b - 2].pos == Pos::VBN && group_at_[b - 3] != kNone &&
        groups_[group_at_[b - 3]].end == static_cast<uint32_t>(b - 2) && !groups_[group_at_[b - 3]].coreference) {
      *why = "subject, before the participle phrase '" + tokens_[b - 2].text + " by …'";
      return HeadOfNounPhrase(group_at_[b - 3]);
    }
  }
  // "Al-Shabaab gunmen and a suicide bomber attacked": the pattern's own
  // words ("suicide bomber *attack") leave "X and a" before them.
  if (t >= 2 && OneOf(tokens_[t].lower, {"a", "an"}) && tokens_[t - 1].lower == "and"sv) {
    int k = t - 2;  // ("Al-Shabaab gunmen": past the plain noun the name modifies)
    if (group_at_[k] == kNone && IsNoun(tokens_[k].pos) && k >= 1) --k;
    if (group_at_[k] != kNone && groups_[group_at_[k]].end >= static_cast<uint32_t>(t - 2) &&
        !groups_[group_at_[k]].coreference) {
      *why = "subject: the actor named beside the pattern's own attacker";
      return group_at_[k];
    }
  }
  // "The United States and more than 20 countries expelled …", "Britain
  // and its allies": the actor named in a subject that adds unnamed others.
  // (Also "Syrian government forces and allied fighters killed …".)
  // ("… and allied Arab militias": an adjective may stand between.)
  const auto allied_word = [&](int k) {
    return OneOf(tokens_[k].lower, {"allied", "other", "affiliated", "loyalist", "pro-government"});
  };
  const bool allied_head = t >= 3 && OneOf(tokens_[t].lemma, {"fighter", "force", "militia", "troop", "group"}) &&
                           (allied_word(t - 1) || (IsAdjective(tokens_[t - 1].pos) && allied_word(t - 2)));
  // (And "Al-Shabaab gunmen and a suicide bomber attacked …".)
  const bool attacker_head = t >= 3 && OneOf(tokens_[t].lemma, {"bomber", "gunman", "attacker", "assailant"});
  // ("their prime minister, Ahmed al-Rahawi, and several other ministers
  // had been killed": other officers beside the one named.)
  const bool other_officers = t >= 3 && tokens_[t].pos == Pos::NNS && tokens_[t - 1].lower == "other"sv &&
                              OneOf(tokens_[t].lemma, {"minister", "official", "leader", "commander", "officer"});
  if (t >= 2 && group_at_[t] == kNone && (tokens_[t].pos == Pos::NNS || attacker_head) &&
      (allied_head || attacker_head || other_officers ||
       OneOf(tokens_[t].lemma, {"country", "nation", "state", "government", "ally", "partner", "member"}))) {
    for (int k = t - 1; k >= 1 && t - k <= 6; --k) {
      const Token& w = tokens_[k];
      if (w.lower == "and"sv) {
        int before = k - 1;
        // (", NAME, and …": past a name in apposition the dictionary does
        // not know.)
        if (other_officers && before >= 3 && tokens_[before].lower == ","sv && group_at_[before - 1] == kNone &&
            tokens_[before - 1].pos == Pos::NNP) {
          int n = before - 1;
          while (n >= 1 && before - n <= 4 && tokens_[n].pos == Pos::NNP && group_at_[n] == kNone) --n;
          if (n >= 1 && tokens_[n].lower == ","sv) before = n - 1;
        }
        int g = group_at_[before];
        // ("Al-Shabaab gunmen and …": the name modifying a plain noun.)
        if (g == kNone && k >= 2 && IsNoun(tokens_[k - 1].pos) && group_at_[k - 2] != kNone &&
            groups_[group_at_[k - 2]].end == static_cast<uint32_t>(k - 1)) {
          g = group_at_[k - 2];
        }
        if (g != kNone && !groups_[g].coreference) {
          *why = "subject: the actor named beside unnamed others ('" + tokens_[k].text + " … " + tokens_[t].text + "')";
          return g;
        }
        break;
      }
      if (group_at_[k] != kNone) break;
      if (!(w.pos == Pos::CD || w.pos == Pos::DT || IsAdjective(w.pos) || w.pos == Pos::PRPS || w.pos == Pos::RB ||
            (attacker_head && w.pos == Pos::NN) ||
            OneOf(w.lower, {"more", "than", "other", "several", "some", "about", "over", "nearly", "almost"}))) {
        break;
      }
    }
  }
  // "Chinese coast guard personnel armed with knives and axes attacked
  // …": a participle phrase right after the subject (a reduced relative
  // clause) lies between it and its verb.
  // (Also past an actor that is the object of a preposition in the phrase:
  // "Spanish farmers demanding a better deal from the European Community
  // blocked roads".)
  int phrase_end = t;
  if (t >= 3 && group_at_[t] != kNone && groups_[group_at_[t]].end == static_cast<uint32_t>(t) + 1) {
    int b = static_cast<int>(groups_[group_at_[t]].begin) - 1;
    if (b >= 1 && tokens_[b].lower == "the"sv) --b;
    if (b >= 2 && OneOf(tokens_[b].lower, {"from", "with", "to", "against", "on", "for"}) &&
        IsNoun(tokens_[b - 1].pos) && group_at_[b - 1] == kNone) {
      phrase_end = b - 1;
    }
  }
  if (phrase_end >= 2 && (IsNoun(tokens_[phrase_end].pos) || tokens_[phrase_end].pos == Pos::CD) &&
      group_at_[phrase_end] == kNone) {
    const bool past_object = phrase_end != t;
    for (int k = phrase_end - 1; k >= 1 && t - k <= 12 && phrase_end - k <= 8; --k) {
      const Token& w = tokens_[k];
      // ("rebels known as the Red Hand kidnapped …": "as" right after the
      // participle opens no clause.)
      const bool as_after_participle = w.lower == "as"sv && tokens_[k - 1].pos == Pos::VBN;
      if ((clause_break_[k] && !as_after_participle) || w.lower == ","sv ||
          (IsVerb(w.pos) && w.pos != Pos::VBN && w.pos != Pos::VBG)) {
        break;
      }
      if (w.pos == Pos::VBN || w.pos == Pos::VBG) {
        int g = group_at_[k - 1];
        // ("A World Bank team led by senior economist Katrine Saito arrived":
        // past the plain noun the name modifies.)
        uint32_t g_end = static_cast<uint32_t>(k);
        if (g == kNone && k >= 2 && IsNoun(tokens_[k - 1].pos) && group_at_[k - 2] != kNone &&
            groups_[group_at_[k - 2]].end == static_cast<uint32_t>(k - 1)) {
          g = group_at_[k - 2];
          g_end = static_cast<uint32_t>(k - 1);
        }
        // (Past an object in the phrase, whatever follows the participle:
        // "demanding a better deal from the EC".)
        if (g != kNone && groups_[g].end == g_end &&
            (past_object ||
             OneOf(tokens_[k + 1].lower, {"with", "by", "in", "from", "on", "at", "into", "near", "as"}))) {
          int head = HeadOfNounPhrase(g);
          *why = "subject, before the participle phrase '" + w.text + " " + tokens_[k + 1].text + " …'";
          return head;
        }
        break;
      }
      if (group_at_[k] != kNone) break;
      const bool np = IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::DT || w.pos == Pos::CD ||
                      w.pos == Pos::CC || w.pos == Pos::IN || w.pos == Pos::PRPS;
      if (!np) break;
    }
  }
  // "Kuwait, whose shipping has come under attack by Iran, …": inside
  // the "whose" clause, the owner is what the clause is about.
  {
    int k = t;
    while (k >= 1 && t - k < 4 && group_at_[k] == kNone &&
           (IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) || IsAdverb(tokens_[k].pos))) {
      --k;
    }
    if (k >= 1 && k < t && tokens_[k].lower == "whose"sv) {
      int o = k - 1;
      if (o >= 0 && tokens_[o].lower == ","sv) --o;
      if (o >= 0 && group_at_[o] != kNone && groups_[group_at_[o]].end == static_cast<uint32_t>(o) + 1) {
        *why = "the owner the 'whose' clause is about";
        return group_at_[o];
      }
    }
  }
  // "Karsovian officials whose embassy was attacked condemned …": the
  // noun a "whose" clause describes, past the clause.
  for (int k = t; k >= 1 && t - k <= 10; --k) {
    if (tokens_[k].lower == "whose"sv) {
      if (group_at_[k - 1] != kNone) {
        *why = "subject, before its 'whose' clause";
        return group_at_[k - 1];
      }
      break;
    }
    if (tokens_[k].lower == ","sv || group_at_[k] != kNone || tokens_[k].pos == Pos::MD ||
        OneOf(tokens_[k].lower, {"who", "which", "that"})) {
      break;
    }
  }
  int fallback = kNone;  // "European leaders, including A and B, said": A and B
  while (t >= 0) {
    if (group_at_[t] != kNone) {
      if (fallback != kNone) {
        *why = "named in the subject's 'including' phrase";
        return fallback;
      }
      // "The grain agreement between Karsovia and Valdoria calls for …":
      // the sides named after "between" are not what acts.
      int b = static_cast<int>(groups_[group_at_[t]].begin) - 1;
      if (b >= 0 && tokens_[b].lower == "the"sv) --b;
      // (A ceasefire's sides do what it does: "a ceasefire between Israel
      // and Hezbollah took effect, halting …".)
      if (b >= 1 && OneOf(tokens_[b].lower, {"between", "among"}) && IsNoun(tokens_[b - 1].pos) &&
          group_at_[b - 1] == kNone && !OneOf(tokens_[b - 1].lemma, {"ceasefire", "truce", "armistice"})) {
        // "Gollum centre of a diplomatic row between Radagast the Brown
        // called …" (no commas): the actor that opens the clause, before
        // the noun phrase the sides belong to.
        for (int k = b - 1; fallback == kNone && k >= 0 && b - k <= 8; --k) {
          if (group_at_[k] != kNone) {
            const ActorGroup& g = groups_[group_at_[k]];
            if (g.begin == 0 || clause_break_[g.begin - 1]) {
              *why = "subject, before the noun phrase whose 'between' names the sides of something else";
              return group_at_[k];
            }
            break;
          }
          const Token& w = tokens_[k];
          if (!(IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::DT || w.lower == "of"sv)) break;
        }
        return fallback;
      }
      // "Jopling during a visit to Washington this week endorsed …": the
      // object of an adjunct's preposition is not the subject before it.
      if (int before = SubjectBeforeAdjunct(group_at_[t]); before != kNone) {
        *why = "subject, before the adjunct '" + tokens_[groups_[before].end].text + " …'";
        return HeadOfNounPhrase(before);
      }
      int head = HeadOfNounPhrase(group_at_[t]);
      if (PlaceAfterSubjectNoun(head) || PartnerOfSubjectNoun(head)) return kNone;
      if (head == group_at_[t] && InsideCommonNounSubject(head)) return kNone;
      *why = head == group_at_[t] ? "subject" : "subject (the head of the phrase, not the object of its preposition)";
      return head;
    }
    const Token& tok = tokens_[t];
    if (OneOf(tok.lower, {"who", "which", "that"}) && (tok.pos == Pos::WP || tok.pos == Pos::WDT || tok.pos == Pos::IN)) {
      int k = t - 1;
      if (k >= 0 && tokens_[k].lower == ","sv) --k;
      if (k >= 0 && group_at_[k] != kNone) {
        // "… a venue outside Moscow, which killed 130 people": a place is
        // no antecedent that acts.
        int b = static_cast<int>(groups_[group_at_[k]].begin) - 1;
        if (b >= 0 && tokens_[b].lower == "the"sv) --b;
        if (b >= 0 && OneOf(tokens_[b].lower, {"in", "outside", "near", "at", "inside", "across"})) return kNone;
        // "a drone attack on Israel that killed one man": the antecedent is
        // the noun the prepositional phrase hangs from, not its object.
        // ("who" stands for a person: "talks with Moi, who afterwards …").
        // ("a deal with the United States, which in return recognised …":
        // past a comma, the partner of a deal or of talks is who acts.)
        const bool partner = k != t - 1 && b >= 1 && tokens_[b].lower == "with"sv &&
                             (IsAgreementNoun(tokens_[b - 1].lemma) ||
                              OneOf(tokens_[b - 1].lemma, {"talk", "relation", "tie", "negotiation", "cooperation",
                                                           "partnership", "meeting"}));
        if (tok.lower != "who"sv && !partner && b >= 1 &&
            OneOf(tokens_[b].lower, {"on", "against", "of", "by", "from", "with"}) && IsNoun(tokens_[b - 1].pos) &&
            group_at_[b - 1] == kNone) {
          return kNone;
        }
        // ("an Iranian trade mission to Tokyo, which refused discounts": the
        // actor whose noun the place after "to" hangs from.)
        if (tok.lower != "who"sv && !partner && b >= 1 && tokens_[b].lower == "to"sv && IsNoun(tokens_[b - 1].pos) &&
            group_at_[b - 1] != kNone && groups_[group_at_[b - 1]].end == static_cast<uint32_t>(b) &&
            group_at_[k] != group_at_[b - 1]) {
          *why = "antecedent of '" + tok.text + "', the noun before 'to'";
          return group_at_[b - 1];
        }
        // "a woman believed linked to Al-Qaeda who shot at …": the clause is
        // about the one linked, not what it is linked to (with no comma
        // between: "continued with Vietnam, which complained" is Vietnam).
        if (k == t - 1 && b >= 1 && OneOf(tokens_[b].lower, {"to", "with"}) && tokens_[b - 1].pos == Pos::VBN) {
          return kNone;
        }
        *why = "antecedent of '" + tok.text + "'";
        return group_at_[k];
      }
      // "signed a strategic partnership with Egypt in Cairo on Sunday that
      // promises the country 7.4 billion euros": what an agreement promises,
      // its signer named before it promises.
      if (tok.lower != "who"sv) {
        int j = k;
        for (int steps = 0; j >= 1 && steps < 12; ++steps) {
          if (in_time_[j] || group_at_[j] != kNone || OneOf(tokens_[j].lower, {"in", "on", "at", "with", "between"})) {
            --j;
          } else {
            break;
          }
        }
        if (j >= 1 && IsNoun(tokens_[j].pos) &&
            (IsAgreementNoun(tokens_[j].lemma) || tokens_[j].lemma == "partnership")) {
          int v = j - 1;
          while (v >= 1 && (IsAdjective(tokens_[v].pos) || tokens_[v].pos == Pos::DT || tokens_[v].pos == Pos::NN)) --v;
          if (v >= 1 && IsVerb(tokens_[v].pos) &&
              OneOf(tokens_[v].lemma, {"sign", "conclude", "seal", "ink", "finalize", "finalise", "reach", "strike"})) {
            std::string ignored;
            const Chain signed_chain = AnalyzeChain(static_cast<uint32_t>(v));
            const int g = signed_chain.passive ? kNone : FindSubject(signed_chain.begin, &ignored);
            if (g != kNone) {
              *why = "signer of the " + tokens_[j].text + " '" + tok.text + "' stands for";
              return g;
            }
          }
        }
      }
      // "a Human Rights Watch report published on Monday that accused …":
      // a document's author, named before it, says what it says.
      if (tok.lower != "who"sv) {
        int j = k;
        while (j >= 0 && in_time_[j]) --j;
        if (j >= 1 && tokens_[j].pos == Pos::IN && in_time_[j + 1]) --j;  // "on Monday"
        if (j >= 0 && (tokens_[j].pos == Pos::VBN || tokens_[j].pos == Pos::VBD) &&
            OneOf(tokens_[j].lemma, {"publish", "release", "issue"})) {
          --j;
        }
        if (j >= 1 && IsNoun(tokens_[j].pos) && group_at_[j] == kNone &&
            OneOf(tokens_[j].lemma,
                  {"report", "statement", "letter", "study", "document", "communique", "declaration"})) {
          int author = j - 1;
          if (tokens_[author].lower == "'s"sv && author >= 1) --author;
          if (group_at_[author] != kNone && groups_[group_at_[author]].end == static_cast<uint32_t>(author) + 1) {
            *why = "author of the " + tokens_[j].text + " '" + tok.text + "' stands for";
            return group_at_[author];
          }
        }
      }
      return kNone;
    }
    if (tok.lower == ")"sv) {
      // "China and the European Community (EC) signed …": a parenthesis.
      int p = t - 1;
      while (p >= 0 && t - p <= 8 && tokens_[p].lower != "("sv) --p;
      if (p >= 0 && tokens_[p].lower == "("sv) {
        t = p - 1;
        continue;
      }
      return fallback;
    }
    if (OneOf(tok.lower, {"-", "--"}) || tok.text == "\u2014") {
      // "The United States and Canada - the world's two biggest trading
      // partners … - opened free trade talks": an aside between dashes.
      int p = t - 1;
      while (p >= 1 && t - p <= 30 && !OneOf(tokens_[p].lower, {"-", "--"}) && tokens_[p].text != "\u2014" &&
             tokens_[p].pos != Pos::kPeriod) {
        --p;
      }
      if (p >= 1 && t - p <= 30 && t - p > 1 && (OneOf(tokens_[p].lower, {"-", "--"}) || tokens_[p].text == "\u2014") &&
          group_at_[p - 1] != kNone) {
        t = p - 1;
        continue;
      }
      return fallback;
    }
    if (tok.lower == ","sv) {
      // Skip an apposition or a relative clause between subject and verb.
      int p = t - 1;
      while (p >= 0 && tokens_[p].lower != ","sv && t - p < 28) --p;
      if (p < 0 || tokens_[p].lower != ","sv) return fallback;
      // ", in remarks published on Monday,": an adjunct, even with a participle.
      // (also a participial apposition: "Shultz, accompanied by advisers, arrived")
      bool relative = p + 1 < t && (OneOf(tokens_[p + 1].lower, {"who", "which", "whose"}) ||
                                    tokens_[p + 1].pos == Pos::VBN || tokens_[p + 1].pos == Pos::VBG ||
                                    (tokens_[p + 1].pos == Pos::IN && !OneOf(tokens_[p + 1].lower, {"that", "if", "because", "although", "while", "after", "before", "since", "as"})));
      // ("Dostan, the rebels said, held talks": a parenthetical attribution.)
      if (t - p >= 3 && t - p <= 7 && OneOf(tokens_[t - 1].pos, {Pos::VBD, Pos::VBZ}) &&
          IsVerbOfSaying(tokens_[t - 1].lemma) && IsNoun(tokens_[t - 2].pos)) {
        bool speaker = true;
        for (int k = p + 1; k < t - 1 && speaker; ++k) {
          speaker = group_at_[k] != kNone || IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) ||
                    OneOf(tokens_[k].pos, {Pos::DT, Pos::POS});
        }
        relative = relative || speaker;
      }
      bool including = p + 1 < t && OneOf(tokens_[p + 1].lower, {"including", "among", "such", "notably", "led"});
      bool has_verb = false;
      // ("Pope Francis, the first pontiff to address Congress, urged …": a
      // noun phrase's infinitive is no verb of a clause.)
      // ("al-Sharaa, a former commander who had a bounty on his head, held
      // …": nor is the verb of a relative clause inside the noun phrase.)
      const bool noun_phrase = p + 1 < t && tokens_[p + 1].pos == Pos::DT;
      bool inner_relative = false;
      for (int k = p + 1; k < t; ++k) {
        const bool infinitive = noun_phrase && tokens_[k].pos == Pos::VB && k > 0 && tokens_[k - 1].lower == "to"sv;
        // ("Jaish al-Adl, a Sunni militant group that Tehran says operates
        // from Pakistan, claimed …", "Hamas, a group based in Gaza, …": a
        // relative or participial clause on the phrase's noun.)
        inner_relative =
            inner_relative ||
            (noun_phrase && k > p + 2 && IsNoun(tokens_[k - 1].pos) && group_at_[k - 1] == kNone &&
             (OneOf(tokens_[k].lower, {"who", "whose", "that", "which"}) ||
              OneOf(tokens_[k].pos, {Pos::VBN, Pos::VBG})));
        if (inner_relative) continue;
        has_verb = has_verb || ((IsVerb(tokens_[k].pos) && !infinitive) || tokens_[k].pos == Pos::MD);
        if (including && fallback == kNone && group_at_[k] != kNone) fallback = group_at_[k];
      }
      if (!relative && !including && has_verb) return kNone;
      // "Karim Khan, the prosecutor of the International Criminal Court,
      // said": a name the dictionary does not know, described by an
      // apposition that names an actor: that actor.
      // So is a bare title: "William Bywater, president of the
      // International Union of Electronic Workers, called on …".
      if (!relative && !including && p >= 1 && tokens_[p - 1].pos == Pos::NNP && group_at_[p - 1] == kNone &&
          p + 1 < t && (tokens_[p + 1].pos == Pos::DT || TitleOfApposition(p + 1, t))) {
        for (int k = p + 1; k < t; ++k) {
          if (group_at_[k] != kNone) {
            *why = "the actor of the apposition to the unknown name '" + tokens_[p - 1].text + "'";
            return group_at_[k];
          }
        }
      }
      t = p - 1;
      continue;
    }
    if (IsAdverb(tok.pos) || tok.pos == Pos::MD || in_time_[t] ||
        (OneOf(tok.lower, {"all", "both", "each"}) && (tok.pos == Pos::PDT || tok.pos == Pos::DT) && t >= 1 &&
         group_at_[t - 1] != kNone)) {
      --t;  // "Putin on Thursday thanked …", "the United States, NATO and the U.N. all called on …"
      continue;
    }
    if (int span = RecentSpanBegin(t); span != kNone) {
      t = span - 1;  // "Gollum in recent days did allow …"
      continue;
    }
    // "which in return recognised …", "Iran in response fired …".
    if (t >= 1 && tokens_[t - 1].lower == "in"sv &&
        OneOf(tok.lower, {"return", "turn", "response", "retaliation", "reply"})) {
      t -= 2;
      continue;
    }
    // "Israel's military said it had killed …": a pronoun after a verb of
    // saying is the one who says it.
    if (fallback == kNone && tok.pos == Pos::PRP && OneOf(tok.lower, {"it", "he", "she", "they", "we"})) {
      // ("China denied that it had supplied weapons to Russia": what is
      // denied or alleged is no act of the one who speaks.)
      int v = t - 1;
      if (v >= 0 && tokens_[v].lower == "that"sv) --v;
      if (v >= 0 && IsVerb(tokens_[v].pos) &&
          OneOf(tokens_[v].lemma, {"deny", "allege", "complain", "charge", "accuse", "protest", "dismiss", "reject"})) {
        *why = "'" + tok.text + "' in what '" + tokens_[v].text + "' denies or alleges: no fact";
        return kNone;
      }
      // ("… in response to what it called provocative statements": the
      // sentence's subject names what provoked it.)
      if (v >= 0 && tokens_[t - 1].lower == "what"sv) {
        for (int k = 0; k < t - 1; ++k) {
          if (IsVerb(tokens_[k].pos)) break;
          if (group_at_[k] != kNone && !groups_[group_at_[k]].coreference) {
            *why = "'" + tok.text + "' after 'what': the sentence's subject";
            return group_at_[k];
          }
        }
      }
      // ("told Israel that it must …": what one is told one must do is the
      // one told's.)
      if (t + 1 < static_cast<int>(tokens_.size()) && tokens_[t + 1].pos == Pos::MD &&
          OneOf(tokens_[t + 1].lower, {"must", "should"}) && tok.lower != "we"sv) {
        if (const int g = ToldBefore(v); g != kNone) {
          *why = "'" + tok.text + "' " + tokens_[t + 1].text + ": the one '" + tokens_[groups_[g].begin - 1].text + "'";
          return g;
        }
      }
      int g = ReporterOf(t);
      if (g != kNone) *why = "'" + tok.text + "': the subject of the verb of saying before it";
      return g;
    }
    // "Soviet Foreign Minister Eduard Shevardnaze will meet": a name the
    // dictionary does not know (or misspells) right after a title is the
    // title's holder.
    if (fallback == kNone && tok.pos == Pos::NNP && group_at_[t] == kNone) {
      int k = t;
      while (k > 0 && t - k < 3 && tokens_[k - 1].pos == Pos::NNP && group_at_[k - 1] == kNone) --k;
      if (k >= 1 && group_at_[k - 1] != kNone && groups_[group_at_[k - 1]].end == static_cast<uint32_t>(k) &&
          groups_[group_at_[k - 1]].members.back().kind == ActorMention::Kind::kTitle) {
        *why = "subject: the title before the name '" + tokens_[k].text + "'";
        return group_at_[k - 1];
      }
    }
    // "Rebellious troops in the central city of Cordoba called off …": a
    // place phrase between the subject and its verb.
    if (fallback == kNone && group_at_[t] == kNone && (IsNoun(tok.pos) || tok.pos == Pos::NNP)) {
      int k = t;
      while (k > 0 && t - k < 8 && group_at_[k] == kNone &&
             (IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::DT ||
              tokens_[k].lower == "of"sv)) {
        --k;
      }
      bool place_noun = false;
      for (int p = k + 1; p <= t; ++p) {
        place_noun = place_noun || OneOf(tokens_[p].lemma, {"city", "town", "village", "province", "region", "capital",
                                                            "port", "district", "area"});
      }
      if (k >= 1 && k < t && place_noun && OneOf(tokens_[k].lower, {"in", "at", "near", "outside"}) &&
          group_at_[k - 1] != kNone && groups_[group_at_[k - 1]].end == static_cast<uint32_t>(k)) {
        *why = "subject, before the place phrase '" + tokens_[k].text + " …'";
        return group_at_[k - 1];
      }
    }
    // "Canadian lawmakers from Ontario today asked …", "Armenian separatists
    // in Nagorno-Karabakh agreed …": where the subject comes from or is, a
    // name the dictionary does not know, is passed.
    if (fallback == kNone && tok.pos == Pos::NNP && group_at_[t] == kNone) {
      int k = t;
      while (k > 0 && t - k < 3 && tokens_[k - 1].pos == Pos::NNP && group_at_[k - 1] == kNone) --k;
      if (k >= 2 && OneOf(tokens_[k - 1].lower, {"from", "in"}) && group_at_[k - 2] != kNone &&
          groups_[group_at_[k - 2]].end == static_cast<uint32_t>(k) - 1) {
        *why = "subject, before '" + tokens_[k - 1].text + " " + tokens_[k].text + "'";
        return group_at_[k - 2];
      }
    }
    // "The Panamanian gas carrier Nyhammer … was attacked", "the French
    // newspaper Le Monde said": a name the dictionary does not know after
    // a plain noun names that thing; the noun phrase is read from the noun.
    if (fallback == kNone && tok.pos == Pos::NNP && group_at_[t] == kNone) {
      int k = t;
      while (k > 0 && t - k < 3 && tokens_[k - 1].pos == Pos::NNP && group_at_[k - 1] == kNone) --k;
      if (k >= 2 && OneOf(tokens_[k - 1].pos, {Pos::NN, Pos::NNS}) && group_at_[k - 1] == kNone &&
          !tokens_[k - 1].text.empty() && tokens_[k - 1].text[0] >= 'a' && tokens_[k - 1].text[0] <= 'z') {
        t = k - 1;
        continue;
      }
    }
    // "Russian guards tortured …", "an Islamic State suicide bomber
    // killed …", "Russia's FSB security service said …": a noun phrase
    // headed by a plain noun stands for the country adjective, the group
    // name or the possessor that modifies it.
    // "Funaro and Gros spent …": a name the dictionary does not know,
    // joined to one it knows; the known one acts.
    if (fallback == kNone && tok.pos == Pos::NNP) {
      int k = t;
      while (k > 0 && t - k < 3 && tokens_[k - 1].pos == Pos::NNP && group_at_[k - 1] == kNone) --k;
      if (k >= 2 && tokens_[k - 1].lower == "and"sv && group_at_[k - 2] != kNone &&
          groups_[group_at_[k - 2]].members.size() == 1 &&
          groups_[group_at_[k - 2]].members[0].kind == ActorMention::Kind::kPerson) {
        *why = "the known member of the compound subject";
        return group_at_[k - 2];
      }
    }
    // "A U.S. drone strike at Baghdad airport killed …": past the place
    // after an attack noun, the actor modifying that noun.
    if (fallback == kNone && IsNoun(tok.pos)) {
      int found = kNone;
      for (int p = t - 1; p >= 2 && t - p <= 4; --p) {
        if (clause_break_[p] || IsVerb(tokens_[p].pos)) break;
        if (!OneOf(tokens_[p].lower, {"at", "in", "on", "near", "outside", "against"})) continue;
        const int h = p - 1;
        if (group_at_[h] == kNone && IsNoun(tokens_[h].pos) &&
            OneOf(tokens_[h].lemma, {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "assault",
                                     "ambush", "offensive", "incursion"})) {
          for (int k = h - 1; k >= 0 && h - k <= 3; --k) {
            if (group_at_[k] != kNone) {
              const ActorGroup& g = groups_[group_at_[k]];
              if (g.end == static_cast<uint32_t>(k) + 1 && g.members.size() == 1) found = group_at_[k];
              break;
            }
            if (!IsNoun(tokens_[k].pos) && !IsAdjective(tokens_[k].pos)) break;
          }
        }
        break;
      }
      if (found != kNone) {
        *why = "actor of the attack noun the subject is headed by";
        return found;
      }
    }
    // "French economists agreed", "Japanese dealers said": people of a
    // trade, not the state their adjective names.
    if (fallback == kNone && IsNoun(tok.pos) && group_at_[t] == kNone &&
        OneOf(tok.lower, {"economists", "analysts", "bankers", "dealers", "traders", "brokers", "investors",
                          "experts", "observers", "executives", "economist", "analyst", "banker", "dealer",
                          "trader", "broker", "investor", "executive"})) {
      // ("GATT experts urged Washington …": an international
      // organization's own experts speak for it.)
      if (t >= 1 && group_at_[t - 1] != kNone && groups_[group_at_[t - 1]].members.size() == 1 &&
          OneOf(tok.lower, {"experts", "economists", "expert", "economist"})) {
        const ActorMention& m = groups_[group_at_[t - 1]].members[0];
        if (m.kind == ActorMention::Kind::kOrganization && m.code.starts_with("IGO")) {
          *why = "the organization whose '" + tok.text + "' speak";
          return group_at_[t - 1];
        }
      }
      return kNone;
    }
    // "Yugoslav trade is declining", "Japanese exports fell": a quantity of
    // the economy does not act.
    if (fallback == kNone && OneOf(tok.pos, {Pos::NN, Pos::NNS}) && group_at_[t] == kNone &&
        OneOf(tok.lower, {"trade", "exports", "imports", "output", "production", "economy", "prices", "inflation",
                          "currency", "growth", "reserves", "deficit", "surplus", "shares", "stocks", "sales",
                          "earnings", "profits", "revenue", "revenues", "demand", "supply", "supplies"})) {
      return kNone;
    }
    if (fallback == kNone && IsNoun(tok.pos)) {
      for (int k = t - 1; k >= 0 && t - k <= 4; --k) {
        if (group_at_[k] != kNone) {
          const ActorGroup& g = groups_[group_at_[k]];
          bool adjacent = g.end == static_cast<uint32_t>(k) + 1 && g.members.size() == 1;
          // "West German President Richard von Weizsaecker met …": an office
          // before a name the dictionary does not know.
          bool names_only = g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kTitle;
          // ("U.S. Undersecretary of State for Economic Affairs Allen
          // Wallis": the title's capitalized tail and its small words.)
          for (int x = static_cast<int>(g.end); names_only && x <= t; ++x) {
            names_only = tokens_[x].pos == Pos::NNP || (tokens_[x].pos == Pos::NNPS && x < t) ||
                         (x < t && OneOf(tokens_[x].lower, {"of", "for", "and"}) && tokens_[x + 1].pos == Pos::NNP);
          }
          if (names_only) {
            *why = "office before the subject's name";
            return group_at_[k];
          }
          // "American Motors said", "U.S. Bancorp and …": a capitalized name
          // after a country is a company or body the dictionary does not
          // know, not the country.
          // (Not "Iranian activist Narges Mohammadi": an agent before a name.)
          bool unknown_name = (tok.pos == Pos::NNP || tok.pos == Pos::NNPS) && group_at_[t] == kNone &&
                              !tok.text.empty() && tok.text[0] >= 'A' && tok.text[0] <= 'Z' &&
                              g.members[0].kind == ActorMention::Kind::kState &&
                              g.members[0].code == g.members[0].country;
          if (unknown_name) break;
          // "… announced that their countries were leaving ECOWAS": the
          // states a possessive "their" stands for.
          if (g.coreference && g.end == static_cast<uint32_t>(k) + 1 && k + 1 == t &&
              OneOf(tokens_[k].lower, {"their", "its"}) &&
              OneOf(tok.lower, {"countries", "nations", "states", "governments", "leaders", "country", "nation",
                                "state", "government", "leader", "troops", "forces", "armies", "militaries"})) {
            *why = "'" + tokens_[k].text + " " + tok.text + "': the actors '" + tokens_[k].text + "' stands for";
            return group_at_[k];
          }
          // ("a shipment of Venezuelan crude oil will leave for Ecuador": goods
          // do not act for the state their adjective names.)
          if (adjacent && g.members[0].demonym_only && IsCommodityNoun(tok.lemma)) break;
          // (Nor places: "the Ukrainian peninsula voted in a disputed
          // referendum to join Russia".)
          if (adjacent && g.members[0].demonym_only &&
              OneOf(tok.lemma, {"peninsula", "region", "province", "city", "town", "island", "village", "coast",
                                "enclave", "district", "oblast", "territory", "islands"}) &&
              HeadOfNounPhrase(group_at_[k]) == group_at_[k]) {
            break;
          }
          // Also a person: "the Reagan administration", "Navalny supporters".
          if (adjacent && (g.members[0].demonym_only || g.members[0].kind == ActorMention::Kind::kOrganization ||
                           g.members[0].kind == ActorMention::Kind::kState ||
                           g.members[0].kind == ActorMention::Kind::kPerson)) {
            // "Russia's annexation of four Ukrainian regions was condemned":
            // a noun inside a prepositional object; the phrase's head.
            int head = HeadOfNounPhrase(group_at_[k]);
            if (PlaceAfterSubjectNoun(head)) return kNone;
            // ("Interest rates on Kuwaiti dinar deposits held firm": the
            // subject is the noun before the preposition, and no actor.)
            if (head == group_at_[k]) {
              int p = static_cast<int>(g.begin) - 1;
              while (p > 0 && group_at_[p] == kNone && (tokens_[p].pos == Pos::DT || IsAdjective(tokens_[p].pos))) --p;
              if (p >= 1 && tokens_[p].pos == Pos::IN &&
                  OneOf(tokens_[p].lower, {"on", "in", "for", "against", "from", "over", "about"}) &&
                  OneOf(tokens_[p - 1].pos, {Pos::NN, Pos::NNS}) && group_at_[p - 1] == kNone) {
                return kNone;
              }
            }
            *why = head == group_at_[k] ? "modifier of the subject noun '" + tok.text + "'"
                                        : "subject (the head of the phrase, not the object of its preposition)";
            return head;
          }
          break;
        }
        if ((tokens_[k].lower == "'s"sv || tokens_[k].lower == "'"sv) && k > 0 && group_at_[k - 1] != kNone &&
            groups_[group_at_[k - 1]].members.size() == 1) {
          *why = "possessor of the subject noun '" + tok.text + "'";
          return group_at_[k - 1];
        }
        // "The Soviet Union and its allies have provided …", "Iran and
        // other countries": an actor opening the clause, joined by "and"
        // to a noun phrase that names no actor, acts.
        const Pos vp = tokens_[begin].pos;
        const bool finite = vp == Pos::VBD || vp == Pos::VBZ || vp == Pos::VBP || vp == Pos::MD;
        if (tokens_[k].lower == "and"sv && k >= 1 && group_at_[k - 1] != kNone && finite) {
          const int g = group_at_[k - 1];
          int before = static_cast<int>(groups_[g].begin) - 1;
          if (before >= 0 && tokens_[before].lower == "the"sv) --before;
          // ("two days after Polish and allied jets shot down …": after a
          // word that opens a clause too.)
          if (before < 0 || (tokens_[before].lower == ","sv && !list_comma_[before]) ||
              (clause_break_[before] && tokens_[before].pos != Pos::IN && tokens_[before].lower != ","sv) ||
              OneOf(tokens_[before].lower, {"after", "before", "when", "while", "since", "because", "although",
                                            "though", "until", "once", "as"})) {
            *why = "the actor of the compound subject '" + tokens_[groups_[g].begin].text + " and … " + tok.text + "'";
            return g;
          }
          break;
        }
        // "Iraq said its warplanes launched …".
        if (tokens_[k].pos == Pos::PRPS && OneOf(tokens_[k].lower, {"its", "their"})) {
          int g = ReporterOf(static_cast<uint32_t>(k));
          if (g != kNone) {
            *why = "'" + tokens_[k].text + " " + tok.text + "': the subject of the verb of saying before it";
            return g;
          }
          if (k >= 2 && tokens_[k - 1].lower == "and"sv && group_at_[k - 2] != kNone) continue;
          return g;
        }
        // "Eriador's death and injury toll": nouns joined under one possessor.
        bool noun_and = tokens_[k].pos == Pos::CC && k > 0 && IsNoun(tokens_[k - 1].pos) && group_at_[k - 1] == kNone;
        if (!IsAdjective(tokens_[k].pos) && !IsNoun(tokens_[k].pos) && !noun_and) break;
      }
    }
    if (fallback != kNone) *why = "named in the subject's 'including' phrase";
    return fallback;
  }
  return fallback;
}

// Whether group g is the object of a preposition ("at the ICJ").
bool SentenceCoder::InPrepositionalPhrase(int g) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  // "in the Kenyan capital, Nairobi,": an apposition to a prepositional
  // object is inside the phrase too.
  if (k >= 1 && tokens_[k].lower == ","sv) {
    int j = k - 1;
    while (j >= 0 && (group_at_[j] != kNone || IsNoun(tokens_[j].pos) || IsAdjective(tokens_[j].pos) ||
                      tokens_[j].pos == Pos::DT) && k - j < 8) {
      j = group_at_[j] != kNone ? static_cast<int>(groups_[group_at_[j]].begin) - 1 : j - 1;
    }
    if (j >= 0 && (tokens_[j].pos == Pos::IN || tokens_[j].pos == Pos::TO) && j < k - 1) return true;
  }
  if (k >= 0 && tokens_[k].lower == "the"sv) --k;
  // Not "with Oman acting as mediator": there the actor is the participle's subject.
  return k >= 0 && (tokens_[k].pos == Pos::IN || tokens_[k].pos == Pos::TO) &&
         !OneOf(tokens_[k].lower,
                {"that", "if", "because", "although", "while", "as", "whether", "than", "with", "without"});
}

// "Relations with China were heading …", "Trade with Japan fell": the
// partner after "with" is not what the plain noun before it does.
bool SentenceCoder::PartnerOfSubjectNoun(int g) const {
  int b = static_cast<int>(groups_[g].begin) - 1;
  if (b >= 0 && tokens_[b].pos == Pos::DT) --b;
  if (b < 1 || tokens_[b].lower != "with"sv) return false;
  const int p = b - 1;
  return group_at_[p] == kNone && (tokens_[p].pos == Pos::NN || tokens_[p].pos == Pos::NNS);
}

// "Two car bombs set off by al-Shabaab militants outside Somalia's
// education ministry … killed", "a blast in Kabul killed": the place of a
// subject that is an attack, or that a participle's agent made, is not
// what acts.
bool SentenceCoder::PlaceAfterSubjectNoun(int g) const {
  for (int places = 0; places < 3; ++places) {  // "outside Somalia's education ministry in Mogadishu"
    int b = static_cast<int>(groups_[g].begin) - 1;
    // ("Forest fires in north-east China": past an adjective of direction.)
    for (int k = 0; k < 2 && b >= 1 && group_at_[b] == kNone && IsAdjective(tokens_[b].pos); ++k) --b;
    if (b >= 0 && tokens_[b].pos == Pos::DT) --b;
    // ("imports of corn from the U.S. are injuring Canadian producers":
    // goods from a state do not act for it.)
    if (b >= 1 && tokens_[b].lower == "from"sv && group_at_[b - 1] == kNone && IsNoun(tokens_[b - 1].pos)) {
      const int p = b - 1;
      return IsCommodityNoun(tokens_[p].lemma) ||
             (p >= 2 && tokens_[p - 1].lower == "of"sv && IsCommodityNoun(tokens_[p - 2].lemma));
    }
    if (b < 1 || !OneOf(tokens_[b].lower, {"in", "outside", "near", "at", "inside", "across"})) return false;
    const int p = b - 1;
    if (group_at_[p] == kNone) {  // ("Shelling near …": a gerund as the noun)
      const std::string& noun = tokens_[p].pos == Pos::VBG ? tokens_[p].lower : tokens_[p].lemma;
      // ("The closure of the main road near the Karsovian embassy angered
      // residents": near or outside a state's building is where.)
      const uint32_t last = groups_[g].end - 1;
      if (IsNoun(tokens_[p].pos) && OneOf(tokens_[b].lower, {"near", "outside"}) &&
          (IsStateSite(tokens_[last].lemma) || OneOf(tokens_[last].lemma, {"embassy", "consulate", "ministry"}))) {
        return true;
      }
      return (IsNoun(tokens_[p].pos) || tokens_[p].pos == Pos::VBG) &&
             OneOf(noun, {"bomb", "blast", "explosion", "attack", "strike", "airstrike", "raid", "shelling",
                          "bombing", "fire", "violence", "fighting", "clash", "crash", "bombardment",
                          // ("Hailstorms and strong winds in south China killed two people")
                          "storm", "hailstorm", "wind", "rain", "flood", "flooding", "earthquake", "quake",
                          "typhoon", "hurricane", "cyclone", "landslide", "blaze", "drought", "snowstorm",
                          "avalanche", "epidemic", "outbreak"});
    }
    g = group_at_[p];
    int by = static_cast<int>(groups_[g].begin) - 1;
    if (by >= 1 && tokens_[by].lower == "by"sv) {
      int v = by - 1;
      if (v >= 1 && tokens_[v].pos == Pos::RP) --v;  // "set off by"
      return tokens_[v].pos == Pos::VBN;
    }
  }
  return false;
}

// "thousands of protesters against the war in Gaza rallied": a group that
// a noun phrase no actor opens is against, or that places a war or a crisis
// that phrase names, where the phrase runs back to the clause's start; that
// noun phrase is the subject, and no actor.
bool SentenceCoder::InsideCommonNounSubject(int g) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  if (k >= 0 && tokens_[k].pos == Pos::DT) --k;
  // ("against Israel": what the noun is against; "the war in Gaza": a
  // happening's place. Not "mine owners in Malaysia", who are there.)
  if (k < 1 || !(tokens_[k].lower == "against"sv ||
                 (OneOf(tokens_[k].lower, {"in", "over", "on"}) &&
                  OneOf(tokens_[k - 1].lemma, {"war", "conflict", "fighting", "crisis", "violence", "offensive",
                                               "invasion", "occupation", "genocide", "bloodshed", "famine"})))) {
    return false;
  }
  bool nouns = false;
  for (int j = k - 1, steps = 0; steps < 10; --j, ++steps) {
    if (j < 0 || clause_break_[j]) return nouns;
    if (group_at_[j] != kNone) return false;
    const Token& w = tokens_[j];
    if (w.pos == Pos::NNS || w.pos == Pos::NN) {
      nouns = true;
      continue;
    }
    if (!(IsAdjective(w.pos) || w.pos == Pos::DT || w.pos == Pos::CD ||
          OneOf(w.lower, {"of", "against", "in", "on", "for", "over"}))) {
      return false;
    }
  }
  return false;
}

// "An Egyptian plan for the reconstruction of Gaza was rejected", "the U.S.
// ambassador to Russia said": a group inside a prepositional phrase yields
// to the group that opens the noun phrase the preposition hangs from.
int SentenceCoder::HeadOfNounPhrase(int g) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  // "of four partly occupied Ukrainian regions": past the modifiers.
  for (int steps = 0; k >= 0 && steps < 4 && group_at_[k] == kNone &&
                      (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD || IsAdverb(tokens_[k].pos) ||
                       IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBN);
       ++steps) {
    --k;
  }
  // "Armenian protesters led by a senior cleric, …, blocked streets": the
  // agent of a participle on the subject's noun is not the subject.
  if (k >= 2 && tokens_[k].lower == "by"sv && OneOf(tokens_[k - 1].pos, {Pos::VBN, Pos::VBD}) &&
      OneOf(tokens_[k - 1].lemma, {"lead", "head", "back", "support", "accompany", "join", "arm", "fund", "sponsor",
                                   "organize", "organise", "escort"}) &&
      group_at_[k - 2] != kNone && groups_[group_at_[k - 2]].end == static_cast<uint32_t>(k) - 1) {
    return HeadOfNounPhrase(group_at_[k - 2]);
  }
  if (k < 0 || !(tokens_[k].pos == Pos::IN || tokens_[k].pos == Pos::TO) ||
      !OneOf(tokens_[k].lower, {"of", "for", "to", "in", "on", "from", "with", "against", "at"})) {
    return g;
  }
  for (int j = k - 1, steps = 0; j >= 0 && steps < 8; --j, ++steps) {
    if (group_at_[j] != kNone) {
      const ActorGroup& h = groups_[group_at_[j]];
      int before = static_cast<int>(h.begin) - 1;
      // ("Thousands of protesters against the war in Gaza rallied": a count
      // before the head.)
      const bool counted = before >= 1 && tokens_[before].lower == "of"sv &&
                           (tokens_[before - 1].pos == Pos::CD ||
                            OneOf(tokens_[before - 1].lower, {"thousands", "hundreds", "dozens", "scores", "tens",
                                                              "millions"}));
      bool opens = before < 0 || tokens_[before].pos == Pos::DT || clause_break_[before] ||
                   IsVerb(tokens_[before].pos) || tokens_[before].pos == Pos::CD || counted;
      return opens ? group_at_[j] : g;
    }
    const Token& w = tokens_[j];
    bool np = IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::DT || w.pos == Pos::CD ||
              w.lower == "'s"sv || (w.pos == Pos::IN && OneOf(w.lower, {"of", "for", "to", "in", "on", "against"}));
    if (!np || clause_break_[j]) return g;
  }
  return g;
}

// The subject of the nearest verb of saying before token p in its sentence
// ("UNIFIL said Israeli troops had fired on its positions": UNIFIL), or
// kNone; only "that" and the reported clause's words lie between.
int SentenceCoder::SpeakerBefore(uint32_t p) const {
  for (int k = static_cast<int>(p) - 1; k >= 0 && static_cast<int>(p) - k <= 15; --k) {
    // ("said on Monday, the anniversary of the war, that …": past an
    // aside about the time.)
    if (const int open = tokens_[k].lower == ","sv ? TimeAsideOpening(static_cast<uint32_t>(k)) : kNone;
        open != kNone) {
      k = open;
      continue;
    }
    if (clause_break_[k] && tokens_[k].lower != "that"sv) return kNone;
    if (group_at_[k] != kNone || !IsVerb(tokens_[k].pos) || !IsVerbOfSaying(tokens_[k].lemma)) continue;
    std::string ignored;
    return FindSubject(AnalyzeChain(static_cast<uint32_t>(k)).begin, &ignored);
  }
  return kNone;
}

// For a pronoun at token p: "X said (on Monday) (that) it …" gives X's group.
int SentenceCoder::ReporterOf(uint32_t p) const {
  int k = static_cast<int>(p) - 1;
  // "said (that) if the bill passed, it would …": past the condition.
  if (k >= 1 && tokens_[k].lower == ","sv) {
    for (int j = k - 1; j >= 1 && k - j <= 15 && !(clause_break_[j] && tokens_[j].lower == ","sv); --j) {
      if (OneOf(tokens_[j].lower, {"if", "unless", "once", "when", "should"}) &&
          (tokens_[j - 1].lower == "that"sv || IsVerb(tokens_[j - 1].pos))) {
        k = j - 1;
        break;
      }
    }
  }
  if (k >= 0 && tokens_[k].lower == "that"sv) --k;
  // ("said on Monday, the anniversary of the war, that …": past an aside
  // about the time.)
  if (const int open = k >= 1 && tokens_[k].lower == ","sv ? TimeAsideOpening(static_cast<uint32_t>(k)) : kNone;
      open != kNone) {
    k = open - 1;
  }
  k = SkipAdjunctsBack(k);
  // "told reporters (that) …": past the audience.
  if (k >= 1 && OneOf(tokens_[k].lower, {"reporters", "journalists", "newsmen", "parliament", "lawmakers"}) &&
      group_at_[k] == kNone && tokens_[k - 1].lemma == "tell"sv) {
    --k;
  }
  // "told Israel (in a letter) that …": past the one told.
  if (const int g = ToldBefore(k); g != kNone) {
    k = static_cast<int>(groups_[g].begin) - 1;
    if (k >= 1 && tokens_[k].pos == Pos::DT) --k;
  }
  if (k < 0 || !IsVerb(tokens_[k].pos) || !IsVerbOfSaying(tokens_[k].lemma)) return kNone;
  // "…, the ministry said, adding that it had lodged a protest": the one
  // who says the verb the participle continues.
  if (k >= 2 && tokens_[k].pos == Pos::VBG && tokens_[k - 1].lower == ","sv && IsVerb(tokens_[k - 2].pos) &&
      IsVerbOfSaying(tokens_[k - 2].lemma)) {
    k -= 2;
  }
  std::string ignored;
  return FindSubject(AnalyzeChain(static_cast<uint32_t>(k)).begin, &ignored);
}

// The one told in "told Israel (in a letter) that …", whose words end at
// token k (before "that"): the actor group right after a verb of telling,
// past a short phrase with no verb in it; or kNone.
int SentenceCoder::ToldBefore(int k) const {
  for (int j = k, steps = 0; j >= 1 && steps < 8; --j, ++steps) {
    if (group_at_[j] != kNone) {
      int told = static_cast<int>(groups_[group_at_[j]].begin) - 1;
      if (told >= 1 && tokens_[told].pos == Pos::DT) --told;  // ("told the General Agreement on Tariffs …")
      const bool telling =
          told >= 0 && IsVerb(tokens_[told].pos) &&
          OneOf(tokens_[told].lemma, {"tell", "warn", "inform", "assure", "notify", "promise"});
      return telling ? group_at_[j] : kNone;
    }
    if (IsVerb(tokens_[j].pos) || (clause_break_[j] && !in_time_[j]) || tokens_[j].lower == ","sv) return kNone;
  }
  return kNone;
}

// The subject of the nearest verb before token p in the same clause.
int SentenceCoder::SubjectOfVerbBefore(int p) const {
  // Twelve words back, a name counting as one ("left Bonn … after talks
  // with Chancellor Helmut Kohl ahead of her visit").
  for (int v = p - 1, words = 0; v >= 0 && words < 12; --v, ++words) {
    // "Iran announced that its offensive …": the one who says it.
    if (tokens_[v].lower == "that"sv) {
      return ReporterOf(static_cast<uint32_t>(v + 1));
    }
    // ("after talks with Kohl ahead of her visit": a preposition before a
    // noun phrase, not a clause.)
    const bool preposition = OneOf(tokens_[v].lower, {"after", "before", "amid", "despite", "since"}) && v + 1 < p &&
                             (IsNoun(tokens_[v + 1].pos) || IsAdjective(tokens_[v + 1].pos) ||
                              OneOf(tokens_[v + 1].pos, {Pos::DT, Pos::CD, Pos::PRPS}));
    if (clause_break_[v] && tokens_[v].lower != "as"sv && !preposition) return kNone;
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (!IsVerb(tokens_[v].pos)) continue;
    Chain c = AnalyzeChain(static_cast<uint32_t>(v));
    // "abducted by Hamas during its attack on southern Israel": a passive's
    // agent.
    if (c.passive && !c.infinitive) {
      const int agent = ByAgent(static_cast<uint32_t>(v) + 1);
      return agent != kNone && groups_[agent].end <= static_cast<uint32_t>(p) ? agent : kNone;
    }
    if (c.passive || c.infinitive) return kNone;
    std::string ignored;
    return FindSubject(c.begin, &ignored);
  }
  return kNone;
}

}  // namespace coder_internal
}  // namespace statecraft
