// Who does an act when it is not simply its clause's subject: a noun's
// possessor or modifier, the clause an adjunct belongs to, the agent of a
// passive ("by") or of the attack a passive happened in, the issuer of a
// document, the subject an infinitive or a participle inherits; and whether
// the subject's clause only alleges or asks for what it states.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/sentence_coder.h"
#include "code/word_classes.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

// "was killed in a U.S. drone strike", "was destroyed during an Israeli
// raid": the actor modifying an attack named in an adjunct after a
// passive verb; `*noun_end` is set past the attack noun.
int SentenceCoder::AttackAdjunct(uint32_t from, uint32_t* noun_end) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = from; t < n && t < from + 10; ++t) {  // ("was killed along with six other officers on Monday in an Israeli air strike")
    if (in_time_[t]) continue;
    if (clause_break_[t]) return kNone;
    if (!OneOf(tokens_[t].lower, {"in", "during"})) continue;
    uint32_t k = t + 1;
    if (k < n && OneOf(tokens_[k].lower, {"a", "an", "the"})) ++k;
    // ("was killed in a clash with Valdorian troops": the other side of
    // the fighting.)
    if (k + 2 < n && OneOf(tokens_[k].lemma, {"clash", "fighting", "battle", "gunbattle", "skirmish", "firefight"}) &&
        tokens_[k + 1].lower == "with"sv) {
      uint32_t w = k + 2;
      if (OneOf(tokens_[w].lower, {"the", "a"}) && w + 1 < n) ++w;
      if (group_at_[w] == kNone || groups_[group_at_[w]].begin != w) return kNone;
      *noun_end = groups_[group_at_[w]].end;
      return group_at_[w];
    }
    if (k >= n || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) return kNone;
    int g = group_at_[k];
    for (uint32_t w = groups_[g].end; w < n && w < groups_[g].end + 3; ++w) {
      if (OneOf(tokens_[w].lemma, {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "ambush",
                                   "assault", "operation", "bombardment"})) {
        *noun_end = w + 1;
        return g;
      }
      if (!IsNoun(tokens_[w].pos) && !IsAdjective(tokens_[w].pos)) break;
    }
    return kNone;
  }
  return kNone;
}

// The actor group that opens a clause of time at `from` ("when Karsovian
// troops opened fire on a border post", "as Karsovian jets bombed …") with
// a verb of force, or kNone; `*verb` is set to that verb, which is coded
// on its own.
int SentenceCoder::AttackersOfTimeClause(uint32_t from, uint32_t* verb) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  uint32_t t = from;
  while (t < n && in_time_[t]) ++t;
  if (t + 2 >= n || !OneOf(tokens_[t].lower, {"when", "as", "after"})) return kNone;
  uint32_t k = t + 1;
  if (OneOf(tokens_[k].lower, {"a", "an", "the"})) ++k;
  if (k >= n || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) return kNone;
  uint32_t v = groups_[group_at_[k]].end;
  while (v < n && (IsAdverb(tokens_[v].pos) || tokens_[v].lemma == "have"sv)) ++v;
  if (v >= n || !IsVerb(tokens_[v].pos) ||
      !OneOf(tokens_[v].lemma, {"open", "fire", "shell", "attack", "bomb", "strike", "hit", "raid", "ambush", "shoot",
                                "storm", "launch"})) {
    return kNone;
  }
  *verb = v;
  return group_at_[k];
}

// "the first (senior UAE) official to": the token of "first|last|only|
// second|latest" within the noun phrase before the infinitive at `to`,
// or kNone.
int SentenceCoder::FirstOfItsKind(uint32_t to) const {
  for (int k = static_cast<int>(to) - 2, words = 0; k >= 0 && words < 5; --k, ++words) {
    if (OneOf(tokens_[k].lower, {"first", "last", "only", "second", "latest"})) return k;
    if (group_at_[k] != kNone) {
      k = static_cast<int>(groups_[group_at_[k]].begin);
      continue;
    }
    // ("the first sitting U.S. president": a participle as an adjective.)
    if (!(IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBG ||
          tokens_[k].pos == Pos::VBN)) {
      return kNone;
    }
  }
  return kNone;
}

// "signed an executive order pulling …", "issued an interim report
// praising …": for a participle right after a document noun that is the
// object of a verb of issuing, the subject of that verb, or kNone.
int SentenceCoder::DocumentIssuer(uint32_t participle) const {
  int d = static_cast<int>(participle) - 1;
  while (d > 0 && in_time_[d]) --d;  // "signed a treaty on Tuesday annexing Crimea"
  if (d < 1) return kNone;
  const Token& doc = tokens_[d];
  if (!IsNoun(doc.pos) || group_at_[d] != kNone ||
      !OneOf(doc.lemma, {"treaty", "order", "decree", "report", "resolution", "law", "bill", "statement", "letter",
                         "proclamation", "memorandum", "directive", "declaration", "communique", "agreement", "deal",
                         "accord", "measure", "document"})) {
    return kNone;
  }
  int reach_from = d;  // words are counted from here
  for (int v = d - 1; v >= 0 && reach_from - v <= 5; --v) {
    const Token& w = tokens_[v];
    // ("handed U.S. President Donald Trump a letter nominating him": past
    // the one it is handed to.)
    if (group_at_[v] != kNone && !clause_break_[v] && reach_from == d) {
      const int b = static_cast<int>(groups_[group_at_[v]].begin);
      if (b >= 1 && IsVerb(tokens_[b - 1].pos) &&
          OneOf(tokens_[b - 1].lemma, {"hand", "send", "deliver", "present", "give"})) {
        v = b;  // the loop steps to the verb
        reach_from = b;
        continue;
      }
    }
    if (clause_break_[v] || group_at_[v] != kNone) return kNone;
    if (IsVerb(w.pos)) {
      if (!OneOf(w.lemma, {"sign", "issue", "adopt", "pass", "publish", "release", "approve", "unveil", "enact",
                           "submit", "present", "send", "draft", "introduce", "table", "ratify", "hand", "deliver",
                           "write", "conclude", "finalise", "finalize", "reach", "seal", "ink", "initial"})) {
        return kNone;
      }
      Chain governing = AnalyzeChain(static_cast<uint32_t>(v));
      if (governing.passive) return kNone;
      std::string ignored;
      return FindSubject(governing.begin, &ignored);
    }
    if (!IsNoun(w.pos) && !IsAdjective(w.pos) && !OneOf(w.pos, {Pos::DT, Pos::PRPS, Pos::CD})) return kNone;
  }
  return kNone;
}

// "demanded (on Monday) that Hamas free …", "insisted that Israel should
// withdraw": a clause in the present or subjunctive after a verb of asking
// states what is asked, not what was done.
bool SentenceCoder::AskedInThatClause(int g, const Chain& c) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  // "that Venezuela's Nicolas Maduro step down": past the possessor.
  if (k >= 1 && OneOf(tokens_[k].lower, {"'s", "'"}) && group_at_[k - 1] != kNone) {
    k = static_cast<int>(groups_[group_at_[k - 1]].begin) - 1;
  }
  // "that U.N. Secretary-General Antonio Guterres pull …": past the body
  // named before its officer.
  if (k >= 0 && group_at_[k] != kNone && groups_[group_at_[k]].end == static_cast<uint32_t>(k) + 1) {
    k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
  }
  if (k >= 0 && tokens_[k].pos == Pos::DT) --k;  // "that the government resign"
  if (k < 0 || tokens_[k].lower != "that"sv) return false;
  Pos first = tokens_[c.begin].pos;
  // ("demanded that Qatar shut down Al Jazeera": a past form that is also
  // the bare verb, "shut", "cut", "put", "set", is the subjunctive here.)
  const bool bare_form = first == Pos::VBD && tokens_[c.begin].lower == tokens_[c.begin].lemma;
  if (!(first == Pos::VB || first == Pos::VBP || first == Pos::VBZ || bare_form ||
        (first == Pos::MD && OneOf(tokens_[c.begin].lower, {"should", "must"})))) {
    return false;
  }
  k = SkipAdjunctsBack(k - 1);
  if (k < 0) return false;
  // ("Trump's proposal that the United States take over the enclave": the
  // noun of asking too.)
  if (IsNoun(tokens_[k].pos)) {
    return OneOf(tokens_[k].lemma, {"demand", "insistence", "request", "proposal", "suggestion", "recommendation",
                                    "order", "call", "idea"});
  }
  // ("It is extremely important that the U.S. market reduce its
  // restrictions": what is important or necessary is asked for.)
  if (IsAdjective(tokens_[k].pos)) {
    return OneOf(tokens_[k].lower, {"important", "essential", "necessary", "vital", "imperative", "crucial",
                                    "urgent", "desirable"});
  }
  return IsVerb(tokens_[k].pos) &&
         OneOf(tokens_[k].lemma, {"demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend",
                                  "order", "require", "stipulate", "call"});
}

// The verb of alleging before the "that" clause whose subject is group g
// ("complained to the UN that planes from Afghanistan attacked …"), or kNone.
int SentenceCoder::AllegationVerbBefore(int g) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  if (k >= 1 && OneOf(tokens_[k].lower, {"'s", "'"}) && group_at_[k - 1] != kNone) {
    k = static_cast<int>(groups_[group_at_[k - 1]].begin) - 1;
  }
  // "refute U.S. charges (that) Japan has violated a pact": a clause an
  // allegation names. (Not one that answers it: "a charge Kyiv denied".)
  const auto allegation = [&](int t) {
    return t >= 0 && IsNoun(tokens_[t].pos) &&
           OneOf(tokens_[t].lemma, {"charge", "allegation", "accusation", "claim", "complaint"});
  };
  const auto answers = [&] {
    for (uint32_t v = groups_[g].end; v < tokens_.size() && v < groups_[g].end + 3; ++v) {
      if (IsVerb(tokens_[v].pos)) {
        return OneOf(tokens_[v].lemma, {"deny", "reject", "dispute", "dismiss", "refute", "contest", "call"});
      }
    }
    return false;
  };
  if (k >= 1 && tokens_[k].lower == "that"sv && allegation(k - 1)) return k - 1;
  if (allegation(k) && tokens_[k].pos == Pos::NNS && !answers()) return k;
  // "that planes from Afghanistan attacked": past the noun the actor is of
  // ("that its troops had crossed": and a possessive).
  while (k >= 0 && (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::PRPS || IsNoun(tokens_[k].pos) ||
                    IsAdjective(tokens_[k].pos) || OneOf(tokens_[k].lower, {"from", "of"})) &&
         group_at_[k] == kNone && tokens_[k].lower != "that"sv) {
    --k;
  }
  // ("denied its troops had crossed into Karsovia": a denial's clause
  // without "that".)
  if (k >= 0 && IsVerb(tokens_[k].pos) && tokens_[k].lemma == "deny"sv && group_at_[k] == kNone) return k;
  if (k < 0 || tokens_[k].lower != "that"sv) return kNone;
  // Past "to the United Nations", times and places.
  for (int v = k - 1, steps = 0; v >= 0 && steps < 8; --v, ++steps) {
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (IsVerb(tokens_[v].pos)) {
      // ("denied that Tehran had delivered missiles": what is denied is no
      // fact either.)
      return OneOf(tokens_[v].lemma, {"allege", "complain", "charge", "accuse", "protest", "deny"}) ? v : kNone;
    }
    if (clause_break_[v]) return kNone;
  }
  return kNone;
}

// Whether the clause whose subject is group g is what a negated verb of
// meaning before it denies: "did not mean (that) the United States was
// sending a warning".
bool SentenceCoder::DeniedByVerbBefore(int g) const {
  int k = static_cast<int>(groups_[g].begin) - 1;
  if (k >= 0 && tokens_[k].pos == Pos::DT) --k;
  if (k >= 0 && tokens_[k].lower == "that"sv) --k;
  if (k < 0 || !IsVerb(tokens_[k].pos) ||
      !OneOf(tokens_[k].lemma, {"mean", "imply", "indicate", "signal", "suggest", "show", "prove"})) {
    return false;
  }
  return AnalyzeChain(static_cast<uint32_t>(k)).negated;
}

// A noun anchor's source: its possessor ("Russia's invasion"), an actor
// modifier ("US tariffs"), or the agent that follows ("imposed by the US").
int SentenceCoder::NominalSource(uint32_t a, uint32_t match_end, std::string* why) const {
  int t = static_cast<int>(a) - 1;
  // "the head of the CFDT union, Edmond Maire, meeting with Chirac today,
  // renewed …": a gerund the tagger read as a noun, in an aside between
  // commas, belongs to the subject of the verb after the aside.
  if (t >= 1 && tokens_[a].lower.size() > 4 && tokens_[a].lower.ends_with("ing") && tokens_[t].lower == ","sv) {
    for (uint32_t k = a + 1; k < tokens_.size() && k < a + 10; ++k) {
      if (tokens_[k].lower != ","sv) continue;
      if (k + 1 < tokens_.size() && OneOf(tokens_[k + 1].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::VBN})) {
        std::string ignored;
        const int g = FindSubject(AnalyzeChain(k + 1).begin, &ignored);
        if (g != kNone) {
          *why = "the subject of '" + tokens_[k + 1].text + "', whom the aside '" + tokens_[a].text + " …' describes";
          return g;
        }
      }
      break;
    }
  }
  int skipped = 0;
  // ("described his first round of indirect talks with Witkoff as
  // constructive": talks owned by "his" reach back to it.)
  const int reach = OwnedMeetingNoun(a) ? 5 : 3;
  while (t >= 0 && skipped <= reach) {
    // "Thatcher left Bonn after talks with Kohl ahead of her visit": "her"
    // is the clause's subject before it is the person named last.
    if (PossessiveCoreference(static_cast<uint32_t>(t))) {
      int g = SubjectOfVerbBefore(t);
      if (g != kNone) {
        *why = "'" + tokens_[t].text + "': the subject of the verb before the noun";
        return g;
      }
    }
    if (group_at_[t] != kNone) {
      *why = "actor modifying the noun";
      return group_at_[t];
    }
    const Token& tok = tokens_[t];
    if (tok.lower == "'s"sv || tok.lower == "'"sv) {
      if (t > 0 && group_at_[t - 1] != kNone) {
        *why = "possessor of the noun";
        return group_at_[t - 1];
      }
      return kNone;
    }
    if (tok.pos == Pos::PRPS && OneOf(tok.lower, {"its", "their", "his", "her"})) {
      // "thanking Tokyo for its sanctions against Moscow", "criticised
      // China for its crackdown": the one praised or blamed for it.
      int o = t - 2;  // past a time: "thanked Zerania on Monday for its …"
      while (o >= 0 && in_time_[o] && group_at_[o] == kNone) --o;
      // ("… suspend relations with the United Arab Emirates over its deal
      // with Israel": the partner of "with" as well.)
      if (t >= 2 && OneOf(tokens_[t - 1].lower, {"for", "over"}) && o >= 0 && group_at_[o] != kNone &&
          !groups_[group_at_[o]].coreference) {
        int v = static_cast<int>(groups_[group_at_[o]].begin) - 1;
        if (v >= 0 && tokens_[v].pos == Pos::DT) --v;
        if (v >= 0 && (IsVerb(tokens_[v].pos) || tokens_[v].lower == "with"sv)) {
          *why = "'" + tok.text + "': the object of the verb, whom the '" + tokens_[t - 1].text + "' phrase is about";
          return group_at_[o];
        }
      }
      // "… as part of their inquiry", "conducted its sixth test": the
      // subject of the clause's verb.
      int g = SubjectOfVerbBefore(t);
      if (g != kNone) *why = "'" + tok.text + "': the subject of the verb before the noun";
      return g;
    }
    // ("approved a four-year, $17.5 billion loan": the comma between two
    // modifiers.)
    const bool modifier_comma = tok.lower == ","sv && t > 0 && static_cast<size_t>(t) + 1 < tokens_.size() &&
                                (IsAdjective(tokens_[t - 1].pos) || tokens_[t - 1].pos == Pos::CD) &&
                                (IsAdjective(tokens_[t + 1].pos) || tokens_[t + 1].pos == Pos::CD ||
                                 tokens_[t + 1].lower == "$"sv);
    // ("a Russian missile and drone attack on Kyiv": two nouns of kind
    // joined by "and".)
    const bool kinds_joined = tok.lower == "and"sv && t > 0 && static_cast<uint32_t>(t) + 1 < a &&
                              OneOf(tokens_[t - 1].pos, {Pos::NN, Pos::NNS}) && group_at_[t - 1] == kNone &&
                              OneOf(tokens_[t + 1].pos, {Pos::NN, Pos::NNS});
    if (!(IsAdjective(tok.pos) || tok.pos == Pos::CD || IsNoun(tok.pos) || OneOf(tok.lower, {"%", "-", "$"}) ||
          modifier_comma || kinds_joined || (reach > 3 && tok.lower == "of"sv))) {
      break;
    }
    if (!modifier_comma && !in_quantity_[t]) ++skipped;  // an amount counts as one word ("$17.5 billion")
    --t;
  }
  int by = ByAgent(match_end);
  if (by != kNone) {
    *why = "agent after the noun";
    return by;
  }
  // "Velkor said talks with Dostan had been useful": talks that open what
  // someone reports are the reporter's.
  if (OneOf(tokens_[a].lemma, {"talk", "talks", "meeting", "negotiation", "discussion"}) && t >= 0) {
    int b = t;
    if (b >= 0 && OneOf(tokens_[b].lower, {"the", "their", "his", "her"})) --b;
    // (Not talks the clause says were ended by someone: "said negotiations
    // with Valdoria were terminated by Ostrevia".)
    uint32_t v = match_end;
    while (v < tokens_.size() && v < match_end + 8 && !IsVerb(tokens_[v].pos)) ++v;
    while (v + 1 < tokens_.size() && IsVerb(tokens_[v].pos) && IsVerb(tokens_[v + 1].pos)) ++v;  // past auxiliaries
    const bool passive = v < tokens_.size() && IsVerb(tokens_[v].pos) && AnalyzeChain(v).passive;
    if (b >= 0 && !passive &&
        (tokens_[b].lower == "that"sv || (IsVerb(tokens_[b].pos) && IsVerbOfSaying(tokens_[b].lemma)))) {
      if (const int g = ReporterOf(static_cast<uint32_t>(b) + 1); g != kNone) {
        *why = "the one who reports the talks";
        return g;
      }
    }
  }
  // "ordered a complete siege of …", "launched an offensive against …":
  // the object of a verb that performs it, whose subject is the source.
  if (t >= 0 && OneOf(tokens_[t].lower, {"a", "an", "the", "new", "fresh"})) --t;
  if (t >= 0 && tokens_[t].pos == Pos::RP) --t;  // "winding up a visit"
  if (t >= 0 && IsVerb(tokens_[t].pos) && PerformsNominalAct(tokens_[t].lemma)) {
    std::string ignored;
    Chain c = AnalyzeChain(static_cast<uint32_t>(t));
    // "Clark, winding up a visit to Washington, said": the participle's
    // subject stands before the comma (not the object of a preposition).
    if (c.participle && c.begin >= 2 && tokens_[c.begin - 1].lower == ","sv && group_at_[c.begin - 2] != kNone &&
        !InPrepositionalPhrase(group_at_[c.begin - 2])) {
      *why = "the actor before the participle '" + tokens_[t].text + "' whose object the noun is";
      return group_at_[c.begin - 2];
    }
    // ("will likely impose sanctions on …": the verb's speculation or
    // negation is the noun's too.)
    if (c.modality == "possible" || c.negated) return kNone;
    if (!c.passive && !c.infinitive) {
      int g = FindSubject(c.begin, &ignored);
      if (g != kNone && DeniedByVerbBefore(g)) return kNone;  // "did not mean X was sending a warning"
      if (g != kNone) {
        *why = "subject of '" + tokens_[t].text + "', the verb whose object the noun is";
        return g;
      }
    }
  }
  return kNone;
}

// A noun in an adjunct of its clause ("… in a telephone call", "during a
// visit to Beijing", "in the biggest prisoner swap with …"): the clause's
// subject is its source; *object is the verb's object, if an actor.
// `*ahead` is set when the adjunct is a purpose ("for talks with …") of a
// clause that has not yet happened ("is sending Shultz to Moscow for
// talks", "is expected here for talks"): the act is only intended.
// `*verb`: the verb of the clause the phrase belongs to, when found.
int SentenceCoder::AdjunctSource(uint32_t a, std::string* why, int* object, bool* ahead, int* verb,
                                 bool* addressed) const {
  int k = static_cast<int>(a) - 1;
  // ("… urging him to seek peace at their first meeting since …": past
  // the possessive of the clause's own people too.)
  const auto possessive = [&](int w) {
    return tokens_[w].pos == Pos::PRPS && OneOf(tokens_[w].lower, {"their", "his", "her"});
  };
  for (int skipped = 0; k >= 0 && skipped < 4 && (group_at_[k] == kNone || possessive(k)) &&
                        (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || IsNoun(tokens_[k].pos) ||
                         tokens_[k].pos == Pos::CD || possessive(k));
       ++skipped) {
    --k;
  }
  // "After a day of meetings with …", "after two rounds of talks": a
  // measure of the act before it.
  if (k >= 2 && tokens_[k].lower == "of"sv && group_at_[k - 1] == kNone &&
      OneOf(tokens_[k - 1].lemma, {"day", "week", "hour", "round", "series", "month", "year", "night", "wave"})) {
    k -= 2;
    while (k >= 0 && group_at_[k] == kNone && (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD ||
                                               IsAdjective(tokens_[k].pos))) {
      --k;
    }
  }
  // "said at the end of a brief visit to Paris", "on the sidelines of
  // talks": the part of the act the clause happens at.
  if (k >= 3 && tokens_[k].lower == "of"sv && group_at_[k - 1] == kNone &&
      OneOf(tokens_[k - 1].lemma, {"end", "start", "beginning", "close", "conclusion", "outset", "eve", "sideline",
                                   "margin", "course", "wake"})) {
    k -= 2;
    if (k >= 0 && tokens_[k].lower == "the"sv) --k;
  }
  // ("said on return from talks in New York with …": coming back from the
  // talks, the speaker's.)
  const bool back_from = k >= 1 && tokens_[k].lower == "from"sv &&
                         OneOf(tokens_[k - 1].lemma, {"return", "back", "home"});
  if (k < 0 || (!back_from && !OneOf(tokens_[k].lower, {"in", "during", "at", "on", "amid", "into", "after",
                                                         "following", "before", "for"}))) {
    return kNone;
  }
  const bool purpose = tokens_[k].lower == "for"sv;
  // "declared a moratorium on attacks against Karsovia": what a moratorium
  // or a ban is on is stopped, no act of the clause's subject.
  if (tokens_[k].lower == "on"sv && k >= 1 &&
      OneOf(tokens_[k - 1].lemma, {"moratorium", "ban", "freeze", "curb", "limit", "restriction", "embargo"})) {
    return kNone;
  }
  // "resigned after weeks of mass protests against his rule": protests
  // around a clause are others', not its subject's.
  if (!purpose && OneOf(tokens_[k].lower, {"after", "following", "amid", "during"}) &&
      OneOf(tokens_[a].lemma, {"protest", "demonstration", "rally", "riot", "unrest", "uprising"})) {
    return kNone;
  }
  // "Kuwait has backed Iraq in the seven-year war against Iran": a war the
  // clause happens in is its setting, not an act of its subject.
  if (OneOf(tokens_[k].lower, {"in", "during", "amid"}) &&
      OneOf(tokens_[a].lemma, {"war", "conflict", "fighting", "hostility", "crisis"})) {
    return kNone;
  }
  // "In a 30-minute meeting, Tanaka told …", "Speaking after a meeting
  // with Baker, Miyazawa said …": an adjunct opening the sentence belongs
  // to the main clause after its comma.
  // ("Speaking to reporters after talks with Velkor, Dostan said …": past
  // the opening participle's own short phrase.)
  // ("Speaking at a news conference in Mirovel after talks with …": the
  // place it was said in is no actor of the phrase either.)
  bool opening_participle = k >= 1 && k <= 9 && tokens_[0].pos == Pos::VBG;
  for (int t = 1; opening_participle && t < k; ++t) {
    // (The press spoken to is no actor of the phrase: "Speaking to reporters".)
    const bool place = group_at_[t] != kNone && groups_[group_at_[t]].begin >= 1 &&
                       OneOf(tokens_[groups_[group_at_[t]].begin - 1].lower, {"in", "at"});
    opening_participle =
        !clause_break_[t] && !IsVerb(tokens_[t].pos) &&
        (group_at_[t] == kNone || place || OneOf(tokens_[t].lemma, {"reporter", "journalist", "correspondent"}));
  }
  if (!purpose && (k == 0 || opening_participle)) {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t t = a + 1, inside = 0; t + 2 < n && t < a + 16 + inside; ++t) {
      if (group_at_[t] != kNone && groups_[group_at_[t]].end > t + 1) {  // a list's commas
        inside += groups_[group_at_[t]].end - 1 - t;
        t = groups_[group_at_[t]].end - 1;
        continue;
      }
      if (tokens_[t].lower != ","sv) continue;
      const uint32_t start = tokens_[t + 1].lower == "the"sv ? t + 2 : t + 1;
      int g = group_at_[start];
      if (g == kNone || groups_[g].begin != start || groups_[g].end >= n) return kNone;
      uint32_t past = groups_[g].end;  // past a name its title stands before
      while (past + 1 < n && tokens_[past].pos == Pos::NNP && group_at_[past] == kNone && past - groups_[g].end < 3) ++past;
      const Token& after = tokens_[past];
      if (!IsVerb(after.pos) && !IsAdverb(after.pos) && after.pos != Pos::MD) return kNone;
      *why = "subject of the main clause the opening '" + tokens_[k].text + "' phrase belongs to";
      // ("In a 30-minute meeting, Tanaka told Funaro …": the one the main
      // verb addresses is the other side.)
      const uint32_t o = past + 1 < n && tokens_[past + 1].lower == "the"sv ? past + 2 : past + 1;
      if (o < n && group_at_[o] != kNone && groups_[group_at_[o]].begin == o && IsVerb(after.pos) &&
          OneOf(after.lemma, {"tell", "inform", "brief", "assure", "ask", "urge", "press", "thank", "warn"})) {
        *object = group_at_[o];
        *verb = static_cast<int>(past);
        *addressed = true;
      }
      return g;
    }
    return kNone;
  }
  // "Jopling during a visit to Washington this week endorsed …",
  // "Steinmeier, on a state visit to Tanzania, asked …": an adjunct
  // between the subject and its verb.
  if (!purpose) {
    int p = k - 1;
    // ("Dostan, speaking to reporters after talks with Velkor, said …":
    // past a participle of speaking and the press it speaks to.)
    int q = p;
    if (q >= 3 && OneOf(tokens_[q].lemma, {"reporter", "journalist", "press"})) {
      --q;
      if (tokens_[q].pos == Pos::DT) --q;
      q = tokens_[q].lower == "to"sv ? q - 1 : -1;
    }
    if (q >= 2 && tokens_[q].pos == Pos::VBG && OneOf(tokens_[q].lemma, {"speak", "talk", "write", "comment"}) &&
        tokens_[q - 1].lower == ","sv) {
      p = q - 1;
    }
    // ("Velayati, here on a two-day official visit, informed …".)
    if (p >= 1 && OneOf(tokens_[p].lower, {"here", "there", "now", "currently", "still"})) --p;
    const bool comma_before = p >= 0 && tokens_[p].lower == ","sv;
    if (comma_before) --p;
    // (Past a name the dictionary does not know after its title:
    // "Foreign Minister Petra Osk, on a visit, met …".)
    for (int name = 0; comma_before && name < 3 && p >= 1 && group_at_[p] == kNone && tokens_[p].pos == Pos::NNP &&
                       (group_at_[p - 1] != kNone || tokens_[p - 1].pos == Pos::NNP);
         ++name) {
      --p;
    }
    if (p >= 0 && group_at_[p] != kNone && groups_[group_at_[p]].end == static_cast<uint32_t>(p) + 1 &&
        !groups_[group_at_[p]].coreference && !ObjectOfVerbOrPreposition(group_at_[p])) {
      const uint32_t n = static_cast<uint32_t>(tokens_.size());
      bool closed = !comma_before;
      for (uint32_t t = a + 1; t < n && t < a + 14; ++t) {
        if (group_at_[t] != kNone) {
          t = groups_[group_at_[t]].end - 1;
          continue;
        }
        if (in_time_[t]) continue;
        if (tokens_[t].lower == ","sv) {
          if (closed) break;
          closed = true;
          continue;
        }
        if (IsVerb(tokens_[t].pos) || tokens_[t].pos == Pos::MD) {
          if (closed && OneOf(tokens_[t].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD})) {
            *why = "subject of '" + tokens_[t].text + "', the '" + tokens_[k].text +
                   "' phrase standing between the two";
            *ahead = tokens_[t].pos == Pos::MD;  // "…, during a visit later this month, will demand"
            return HeadOfNounPhrase(group_at_[p]);
          }
          break;
        }
        if (clause_break_[t]) break;
      }
    }
  }
  // "… said he hoped the war could be ended, a day after a long telephone
  // call with Putin": a meeting or a call set off by a comma at the close
  // of a report is the speaker's, past the clause the report says.
  if (!purpose && OneOf(tokens_[k].lower, {"after", "following", "before"}) &&
      OneOf(tokens_[a].lemma, {"talk", "meeting", "call", "conversation", "summit", "visit", "negotiation"})) {
    int c = k - 1;
    while (c >= 1 && c > k - 4 && group_at_[c] == kNone &&
           (in_time_[c] || tokens_[c].pos == Pos::DT || tokens_[c].pos == Pos::CD || IsTimeNoun(tokens_[c].lower))) {
      --c;
    }
    for (int v = c - 1; c >= 2 && tokens_[c].lower == ","sv && v >= 0; --v) {
      if (clause_break_[v] && tokens_[v].lower != ","sv) break;
      if (group_at_[v] != kNone || !OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
      if (!IsVerbOfSaying(tokens_[v].lemma)) continue;
      std::string ignored;
      const int g = FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &ignored);
      if (g == kNone || groups_[g].coreference) break;
      *why = "subject of '" + tokens_[v].text + "', the report the '" + tokens_[k].text + "' phrase closes";
      if (verb != nullptr) *verb = v;
      return g;
    }
  }
  // "Netanyahu apologised to Qatar's prime minister on Monday for an
  // Israeli strike …, in a phone call made from the White House": a call
  // set off by a comma at the close of the sentence is the main clause's,
  // between its subject and the one its verb addresses.
  if (!purpose && tokens_[k].lower == "in"sv && k >= 2 && tokens_[k - 1].lower == ","sv &&
      OneOf(tokens_[a].lemma, {"call", "conversation"})) {
    for (int v = 0; v < k; ++v) {
      if (group_at_[v] != kNone) {
        v = static_cast<int>(groups_[group_at_[v]].end) - 1;
        continue;
      }
      if (!OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
      std::string ignored;
      const int g = FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &ignored);
      if (g == kNone || groups_[g].coreference) break;
      uint32_t o = static_cast<uint32_t>(v) + 1;
      if (o < tokens_.size() && tokens_[o].lower == "to"sv) ++o;
      if (o < tokens_.size() && tokens_[o].lower == "the"sv) ++o;
      // (The one addressed, not an adjective on a thing: "praised the
      // Karsovian reforms, in a phone call" names no other side.)
      if (o >= tokens_.size() || group_at_[o] == kNone || groups_[group_at_[o]].begin != o ||
          (groups_[group_at_[o]].end < tokens_.size() && IsNoun(tokens_[groups_[group_at_[o]].end].pos))) {
        break;
      }
      *why = "subject of '" + tokens_[v].text + "', the main clause the closing '" + tokens_[k].text +
             "' phrase belongs to";
      *object = group_at_[o];
      *verb = v;
      *addressed = true;
      return g;
    }
  }
  int first_group = kNone;
  // ("carried out an air strike on a compound in … southern Gaza on
  // Saturday in an attempt to kill …": an attempt's phrase belongs to the
  // clause's verb however far back it stands.)
  const int reach = tokens_[k].lower == "in"sv && OneOf(tokens_[a].lemma, {"attempt", "bid", "effort"}) ? 24 : 12;
  for (int v = k - 1, aside = 0; v >= 0 && k - v <= reach + aside; --v) {
    // "freed 14 prisoners, among them opposition figure X, after talks":
    // an aside about the object between the verb and the phrase.
    if (tokens_[v].lower == ","sv && v == k - 1) {
      int c = v - 1;
      while (c >= 0 && v - c < 12 && tokens_[c].lower != ","sv && !IsVerb(tokens_[c].pos)) --c;
      if (c >= 0 && tokens_[c].lower == ","sv && c + 1 < v && OneOf(tokens_[c + 1].lower, {"among", "including"})) {
        aside += v - c + 1;
        v = c;
        continue;
      }
      // "told the EU's foreign policy chief, Kaja Kallas, at talks in
      // Brussels": a name in apposition to the object.
      // (The dictionary may take the title and the name as one actor.)
      if (const int g = group_at_[v - 1]; g != kNone && groups_[g].end == static_cast<uint32_t>(v) && c >= 1 &&
                                          tokens_[c].lower == ","sv) {
        if (static_cast<int>(groups_[g].begin) <= c) continue;  // past the comma, to the name
        if (groups_[g].begin == static_cast<uint32_t>(c) + 1 && IsNoun(tokens_[c - 1].pos)) {
          aside += v - c + 1;
          v = c;
          continue;
        }
      }
      // (A name the dictionary does not know: "the prime minister's chief
      // adviser, Lena Varo, at talks".)
      if (c >= 1 && tokens_[c].lower == ","sv && v - c >= 2 && v - c <= 5 && IsNoun(tokens_[c - 1].pos) &&
          group_at_[c - 1] == kNone) {
        bool name = true;
        for (int k = c + 1; k < v && name; ++k) name = tokens_[k].pos == Pos::NNP && group_at_[k] == kNone;
        if (name) {
          aside += v - c + 1;
          v = c;
          continue;
        }
      }
      // "pledged … to invest 5 trillion yen in India over the next five
      // years, after talks in New Delhi with …": a phrase of time after
      // the comma closes the clause before it.
      if (OneOf(tokens_[k].lower, {"after", "following", "during"})) {
        aside += 8;
        continue;
      }
    }
    // ('had "agreed in principle" on a concept during talks': the close of
    // a quotation inside the clause.)
    const bool closing_quote =
        OneOf(tokens_[v].text, {"\"", "''", "\u201d"}) && v > 0 && tokens_[v - 1].pos != Pos::kPunct;
    if (clause_break_[v] && !in_time_[v] && !closing_quote) return kNone;
    if (group_at_[v] != kNone) {
      first_group = group_at_[v];
      aside += v - static_cast<int>(groups_[group_at_[v]].begin);  // a name counts as one word
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (!IsVerb(tokens_[v].pos)) continue;
    // "China's growing pressure": a participle modifying a noun.
    if ((tokens_[v].pos == Pos::VBG || tokens_[v].pos == Pos::VBN) && v > 0 &&
        (OneOf(tokens_[v - 1].pos, {Pos::DT, Pos::PRPS}) || IsAdjective(tokens_[v - 1].pos) ||
         OneOf(tokens_[v - 1].lower, {"'s", "'"}))) {
      continue;
    }
    // "declined to comment on the killing": the noun is what is talked about.
    if (tokens_[k].lower == "on"sv &&
        OneOf(tokens_[v].lemma, {"comment", "speak", "talk", "remark", "write", "report", "say", "brief", "decline"})) {
      return kNone;
    }
    Chain c = AnalyzeChain(static_cast<uint32_t>(v));
    // "pledged to invest … after talks", "asked Zelensky to look into …
    // during a phone call": the phrase belongs to the verb the infinitive
    // hangs from.
    if (c.infinitive && !purpose && c.begin > 0 && c.begin < static_cast<uint32_t>(v) + 1) {
      aside += static_cast<int>(v - static_cast<int>(c.begin)) + 1;
      v = static_cast<int>(c.begin);
      continue;
    }
    // "is expected here for talks": a passive of expectation is no act.
    bool expected = c.passive && OneOf(tokens_[v].lemma, {"expect", "schedule", "due", "set"});
    // ("Seven American prisoners were freed by Caracas on Saturday in a
    // prisoner exchange with Washington": the agent of a passive, named by
    // "by" right after its verb, acts in the phrase.)
    if (c.passive && !purpose && !expected && !c.infinitive && tokens_[v].pos == Pos::VBN &&
        OneOf(tokens_[k].lower, {"in", "at", "during", "after", "following", "under"})) {
      const int by = ByAgent(static_cast<uint32_t>(v) + 1);
      if (by != kNone && groups_[by].begin < static_cast<uint32_t>(k)) {
        *why = "agent of '" + tokens_[v].text + "', the passive the '" + tokens_[k].text + "' phrase belongs to";
        return by;
      }
    }
    if ((c.passive && !(purpose && expected)) || c.infinitive) return kNone;
    // Only a purpose of going, sending or coming: "pressed for talks" is not.
    if (purpose && !expected &&
        !OneOf(tokens_[v].lemma, {"send", "travel", "go", "come", "fly", "head", "arrive", "leave", "visit",
                                  "return", "dispatch", "invite", "meet", "gather", "convene",
                                  // ("rallied … for a third night of protests against …")
                                  "rally", "march", "protest", "demonstrate", "assemble"})) {
      return kNone;
    }
    // "would take part in talks with X if …", "did not attend the talks
    // with X": the clause's condition or negation is the noun's too (not
    // its intent: "offered to mediate during a visit to Kyiv" visited).
    // (But "failed to conclude an agreement during talks last week": a
    // failure, refusal or decline within the talks, which took place.)
    bool within_talks = false;
    if (c.negated && OneOf(tokens_[k].lower, {"during", "at", "in"})) {
      for (int r = static_cast<int>(c.begin); r < v; ++r) {
        if (OneOf(tokens_[r].lower, {"not", "n't", "never", "no"})) {
          within_talks = false;
          break;
        }
        if (IsVerb(tokens_[r].pos) && IsNegatingVerb(tokens_[r].lemma)) within_talks = true;
      }
    }
    if (c.modality == "possible" || (c.negated && !within_talks)) return kNone;
    std::string ignored;
    int g = FindSubject(c.begin, &ignored);
    // "told Putin …, urging him to seek peace … at their first meeting": a
    // participle after a comma acts for the last subject coded.
    // (Not its motive: "shouting slogans in anger over …".)
    if (g == kNone && tokens_[c.begin].pos == Pos::VBG && c.begin > 0 && tokens_[c.begin - 1].lower == ","sv &&
        OneOf(tokens_[k].lower, {"at", "during", "after", "following", "before"})) {
      g = last_subject_;
    }
    // "Albanese said relations with China were heading … after talks
    // with Xi": a reported clause whose subject is no actor; the talks
    // are the speaker's.
    if (g == kNone && !purpose) {
      for (int r = static_cast<int>(c.begin) - 1; r >= 0 && static_cast<int>(c.begin) - r <= 8; --r) {
        if (group_at_[r] != kNone) {
          r = static_cast<int>(groups_[group_at_[r]].begin);
          continue;
        }
        if (clause_break_[r] && tokens_[r].lower != "that"sv) break;
        if (!IsVerb(tokens_[r].pos)) continue;
        if (IsVerbOfSaying(tokens_[r].lemma) && tokens_[r].pos != Pos::VBG) {
          g = FindSubject(AnalyzeChain(static_cast<uint32_t>(r)).begin, &ignored);
          if (g != kNone) v = r;
        }
        break;
      }
    }
    if (g == kNone) return kNone;
    *ahead = purpose && (expected || tokens_[v].pos == Pos::VBG || tokens_[v].pos == Pos::VBZ ||
                         tokens_[v].pos == Pos::VBP || tokens_[v].pos == Pos::VB);
    *why = "subject of '" + tokens_[v].text + "', the clause the '" + tokens_[k].text + "' phrase belongs to";
    *object = first_group;
    *verb = v;
    return g;
  }
  return kNone;
}

// "An aid package for Ukraine was signed into law by President Biden", "an
// investigation … was opened by the prosecutor": a nominal act heading the
// subject of a passive that enacts it is the act of the 'by' agent.
// `*verb_end` is set past the passive verb, whose own pattern would code
// the same act again.
int SentenceCoder::PassiveEnactor(uint32_t a, uint32_t end, std::string* why,
                                  uint32_t* verb_end) const {
  for (int k = static_cast<int>(a) - 1; k >= 0; --k) {  // the noun phrase opens its clause
    if (clause_break_[k] && !list_comma_[k]) break;
    if (IsVerb(tokens_[k].pos) && tokens_[k].pos != Pos::VBN && tokens_[k].pos != Pos::VBG) return kNone;
  }
  for (uint32_t v = end; v < tokens_.size() && v < end + 16; ++v) {
    if (clause_break_[v] && !list_comma_[v]) return kNone;
    if (!IsVerb(tokens_[v].pos) || tokens_[v].pos == Pos::MD || OneOf(tokens_[v].lemma, {"be", "have", "get"})) continue;
    Chain c = AnalyzeChain(v);
    // A participle or a relative clause modifying the phrase is not its verb.
    if (!c.passive || c.reduced_passive) return kNone;
    uint32_t main = v;
    if (!OneOf(tokens_[main].lemma, {"sign", "approve", "open", "launch", "adopt", "pass", "announce", "unveil",
                                     "order", "authorize", "authorise", "conduct", "grant", "deliver", "provide",
                                     "impose", "issue", "begin", "start", "initiate"})) {
      return kNone;
    }
    // "signed into law by", "opened on Wednesday by".
    for (uint32_t t = main + 1; t < tokens_.size() && t < main + 8; ++t) {
      if (clause_break_[t] && !in_time_[t]) return kNone;
      if (tokens_[t].lower != "by"sv) continue;
      int g = ByAgent(t);
      if (g != kNone) *why = "agent of the passive '" + tokens_[main].text + "' that enacts it ('by')";
      *verb_end = main + 1;
      return g;
    }
    return kNone;
  }
  return kNone;
}

// Whether an agreement noun stands before the infinitive at `to`, past
// times and places: "an agreement at the White House on Tuesday to …";
// past the other side and a participle of promising too: "an agreement
// with President Nicolas Maduro to cooperate", "a declaration promising
// to seek …".
bool SentenceCoder::AgreementBefore(uint32_t to) const {
  int k = static_cast<int>(to) - 1;
  if (k >= 1 && tokens_[k].pos == Pos::VBG && OneOf(tokens_[k].lemma, {"promise", "pledge", "commit", "vow"})) --k;
  for (int steps = 0; k >= 0 && steps < 10; ++steps) {
    if (in_time_[k]) {
      --k;
      continue;
    }
    if (group_at_[k] != kNone) {  // "at the White House", "in Istanbul", "with President Maduro"
      int b = static_cast<int>(groups_[group_at_[k]].begin) - 1;
      if (b >= 0 && tokens_[b].lower == "the"sv) --b;
      if (b >= 0 && OneOf(tokens_[b].lower, {"in", "at", "with"})) {
        k = b - 1;
        continue;
      }
      return false;
    }
    break;
  }
  return k >= 0 && k + 1 < static_cast<int>(to) && IsAgreementNoun(tokens_[k].lemma);
}

// Whether the noun at `a` heads an "in" or "during" phrase ("in an
// investigation into …"), the frame of an act rather than its purpose.
bool SentenceCoder::InFrameAdjunct(uint32_t a) const {
  int k = static_cast<int>(a) - 1;
  while (k >= 0 && group_at_[k] == kNone &&
         (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || IsNoun(tokens_[k].pos))) {
    --k;
  }
  return k >= 0 && OneOf(tokens_[k].lower, {"in", "during"});
}

// "There were rumors in world oil markets on Tuesday that Iran had fired
// …", "unconfirmed reports that …": the clause whose subject group `g` is
// says what a rumor says. So does a report called baseless after it:
// "said reports that Iran intends to threaten shipping were baseless".
bool SentenceCoder::RumoredInThatClause(int g) const {
  uint32_t k = groups_[g].begin;
  if (k < 2 || tokens_[k - 1].lower != "that"sv) return false;
  const auto called_baseless = [&] {
    for (uint32_t t = groups_[g].end; t + 1 < tokens_.size() && t < groups_[g].end + 30; ++t) {
      if (tokens_[t].pos == Pos::kPeriod) return false;
      if (tokens_[t].lemma != "be"sv) continue;
      uint32_t j = t + 1;
      if (j < tokens_.size() && IsAdverb(tokens_[j].pos)) ++j;
      if (j < tokens_.size() && OneOf(tokens_[j].lower, {"baseless", "unfounded", "groundless", "untrue", "false",
                                                         "fabricated", "nonsense", "incorrect"})) {
        return true;
      }
    }
    return false;
  };
  for (uint32_t t = k - 1; t-- > 0 && t + 12 > k;) {
    if (OneOf(tokens_[t].lemma, {"rumor", "rumour", "speculation", "conjecture"}) ||
        (tokens_[t].lower == "unconfirmed"sv && t + 1 < k && OneOf(tokens_[t + 1].lemma, {"report", "account"}))) {
      return true;
    }
    if (t + 1 == k - 1 && OneOf(tokens_[t].lemma, {"report", "claim", "allegation", "accusation", "suggestion"}) &&
        called_baseless()) {
      return true;
    }
    if (IsVerb(tokens_[t].pos) || (clause_break_[t] && !in_time_[t])) return false;
  }
  return false;
}

// "… imposed by the US": the group after "by" within a few tokens.
// The actor that modifies or possesses the pattern's own object words
// fronted as a passive's subject: "U.S. sanctions on Syria were lifted",
// "Russia's tariffs on X were cut" (not the '+' target inside them).
int SentenceCoder::FrontedObjectOwner(const Match& m, uint32_t chain_begin) const {
  if (m.fronted_word == kNone || static_cast<uint32_t>(m.fronted_word) + 1 >= chain_begin) return kNone;
  // A measure aimed through a preposition ("sanctions on"), not a title
  // before a name ("Hamas official Saleh al-Arouri was killed").
  const Token& prep = tokens_[m.fronted_word + 1];
  if (prep.pos != Pos::IN && prep.pos != Pos::TO) return kNone;
  int k = m.fronted_word - 1;
  while (k >= 0 && group_at_[k] == kNone && (IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::JJS)) --k;
  if (k >= 1 && (tokens_[k].lower == "'s"sv || tokens_[k].lower == "'"sv)) --k;
  if (k < 0 || group_at_[k] == kNone || group_at_[k] == m.target) return kNone;
  const ActorGroup& g = groups_[group_at_[k]];
  if (g.end != static_cast<uint32_t>(k) + 1 || InPrepositionalPhrase(group_at_[k])) return kNone;
  return group_at_[k];
}

// For an envoy's group `g` ("Valdoria's ambassador", "the Valdorian
// envoy") summoned by the passive `verb`: the group of the state named as
// where it is posted ("… to Karsovia", "… in Karsovia") or whose ministry
// it is summoned to ("was summoned to the Karsovian foreign ministry"), or
// kNone.
int SentenceCoder::EnvoyHost(int g, uint32_t verb) const {
  if (g == kNone || !std::any_of(groups_[g].members.begin(), groups_[g].members.end(), [](const ActorMention& m) {
        return m.code.size() >= 6 && m.code.compare(3, 3, "GOV") == 0;
      })) {
    return kNone;
  }
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto other_state = [&](uint32_t k, bool government) {
    if (k < n && tokens_[k].lower == "the"sv) ++k;
    const int host = k < n ? group_at_[k] : kNone;
    if (host == kNone || groups_[host].members.size() != 1) return kNone;
    const ActorMention& m = groups_[host].members[0];
    const bool fits = government ? m.code == m.country + "GOV" : m.code.size() == 3;
    return fits && m.country != groups_[g].members[0].country ? host : kNone;
  };
  uint32_t k = groups_[g].end;
  if (k < n && OneOf(tokens_[k].lemma, {"ambassador", "envoy", "diplomat", "representative", "charge"})) ++k;
  if (k + 1 < n && OneOf(tokens_[k].lower, {"to", "in"})) {
    if (const int host = other_state(k + 1, false); host != kNone) return host;
  }
  return verb + 2 < n && tokens_[verb + 1].lower == "to"sv ? other_state(verb + 2, true) : kNone;
}

int SentenceCoder::ByAgent(uint32_t from) const {
  for (uint32_t t = from; t < tokens_.size() && t < from + 4; ++t) {
    if (tokens_[t].lower == "by"sv) {
      uint32_t k = t + 1;
      // "by a squad of mostly Colombian mercenaries". (Not past the place
      // of a thing: "wounded by a landmine on the Cambodian border".)
      bool place_of_thing = false;
      while (k < tokens_.size() && k < t + 6 && group_at_[k] == kNone && Skippable(k)) {
        if (k > t + 1 && IsNoun(tokens_[k - 1].pos) && group_at_[k - 1] == kNone &&
            OneOf(tokens_[k].lower, {"on", "in", "at", "near", "along", "inside", "across", "off", "over"})) {
          place_of_thing = true;
          break;
        }
        ++k;
      }
      if (!place_of_thing && k < tokens_.size() && group_at_[k] != kNone) return group_at_[k];
      // "were lifted by an executive order signed by President Trump": the
      // instrument's author.
      for (uint32_t v = t + 1; v + 2 < tokens_.size() && v < t + 6; ++v) {
        if (group_at_[v] != kNone || clause_break_[v]) break;
        if (!OneOf(tokens_[v].lemma, {"order", "decree", "law", "directive", "proclamation", "resolution", "ruling",
                                      "memorandum", "bill", "act"}) ||
            !IsNoun(tokens_[v].pos)) {
          continue;
        }
        if ((tokens_[v + 1].pos == Pos::VBN || tokens_[v + 1].pos == Pos::VBD) && tokens_[v + 2].lower == "by"sv) {
          return ByAgent(v + 2);
        }
        break;
      }
      return kNone;
    }
    if (clause_break_[t] || group_at_[t] != kNone) return kNone;
    // "an aid package for X was rejected by Y": the 'by' of the clause's
    // own passive is no agent of the noun (PassiveEnactor decides).
    if (IsVerb(tokens_[t].pos) && OneOf(tokens_[t].lemma, {"be", "have", "get"})) return kNone;
  }
  return kNone;
}

// "were imposed on Russia's two largest oil companies, Rosneft and
// Lukoil, by the United States": the 'by' agent of a passive verb past an
// apposition to its object.
int SentenceCoder::ByAgentPastApposition(uint32_t from) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (uint32_t t = from; t < n && t < from + 14; ++t) {
    if (tokens_[t].lower == "by"sv) return ByAgent(t);
    if (IsVerb(tokens_[t].pos) || tokens_[t].pos == Pos::kPeriod ||
        OneOf(tokens_[t].lower, {"that", "which", "who", ";", ":", "while", "but", "after", "before"})) {
      return kNone;
    }
  }
  return kNone;
}

// After a passive mutual act: "… was reached between A and (a visiting) B".
// Returns A's group and sets *other to B's; kNone when there is no such pair.
int SentenceCoder::PassiveBetweenSides(uint32_t from, int* other) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  uint32_t k = from;
  while (k < n && k < from + 4 && (in_time_[k] || IsAdverb(tokens_[k].pos))) ++k;
  if (k + 1 >= n || tokens_[k].lower != "between"sv) return kNone;
  uint32_t a = k + 1;
  if (a < n && tokens_[a].pos == Pos::DT) ++a;
  if (a >= n || group_at_[a] == kNone || groups_[group_at_[a]].begin != a) return kNone;
  const int first = group_at_[a];
  // "between A and B" the tagger may have joined into one list.
  if (groups_[first].members.size() == 2 && CountCountries(groups_[first].members) == 2) return kNone;
  uint32_t b = groups_[first].end;
  if (b >= n || tokens_[b].lower != "and"sv) return kNone;
  ++b;
  while (b < n && b < groups_[first].end + 5 && group_at_[b] == kNone &&
         (tokens_[b].pos == Pos::DT || IsAdjective(tokens_[b].pos) || tokens_[b].pos == Pos::VBG)) {
    ++b;
  }
  if (b >= n || group_at_[b] == kNone || groups_[group_at_[b]].begin != b) return kNone;
  *other = group_at_[b];
  return first;
}

// "railway workers joined university students in strikes against the
// government", "the EC was joined by the United States in criticising
// Brazil": the act after "in" is done by both the subject of "join" and
// the one joined (or joining). Returns the subject's group and sets
// *partner; kNone when the anchor at `a` is no such act.
int SentenceCoder::JoinedInAct(uint32_t a, int* partner) const {
  // A gerund, or a noun of an act people join in (not "in a ceremony").
  if (tokens_[a].pos != Pos::VBG &&
      !OneOf(tokens_[a].lemma, {"strike", "protest", "demonstration", "boycott", "talk", "negotiation", "attack",
                                "call", "condemnation", "criticism", "campaign", "effort", "push", "bid", "appeal",
                                "demand", "offensive", "fight", "war", "sanction"})) {
    return kNone;
  }
  int k = tokens_[a].pos == Pos::VBG ? static_cast<int>(a) - 1 : BeforeNounModifiers(a, 4);
  if (k < 2 || tokens_[k].lower != "in"sv || group_at_[k - 1] == kNone) return kNone;
  const int other = group_at_[k - 1];
  int v = static_cast<int>(groups_[other].begin) - 1;
  // (Past the other members of a list the tagger cut in two: "university
  // students and health workers".)
  while (v >= 0 && (group_at_[v] != kNone || (v >= 1 && tokens_[v].lower == "and"sv && group_at_[v - 1] != kNone))) {
    const int g = group_at_[v] != kNone ? group_at_[v] : group_at_[v - 1];
    v = static_cast<int>(groups_[g].begin) - 1;
  }
  if (v >= 0 && tokens_[v].pos == Pos::DT) --v;
  const bool passive = v >= 1 && tokens_[v].lower == "by"sv;
  if (passive) --v;
  if (v < 0 || !IsVerb(tokens_[v].pos) || tokens_[v].lemma != "join"sv) return kNone;
  std::string ignored;
  const int subject = FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &ignored);
  if (subject == kNone || subject == other) return kNone;
  *partner = other;
  return subject;
}

// "North Korea was responsible for the cyberattack on Sony", "the Syrian
// air force was behind three attacks": the subject of "be responsible for"
// or "be behind" did the act the noun names. kNone else.
int SentenceCoder::ResponsibleForSource(uint32_t noun, std::string* why) const {
  int k = BeforeNounModifiers(noun, 5);
  if (k < 1) return kNone;
  int be = kNone;
  if (tokens_[k].lower == "for"sv && tokens_[k - 1].lower == "responsible"sv) {
    be = k - 2;
  } else if (tokens_[k].lower == "behind"sv) {
    be = k - 1;
  } else {
    return kNone;
  }
  while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;  // "was directly responsible"
  if (be < 0 || !IsVerb(tokens_[be].pos) || tokens_[be].lemma != "be"sv) return kNone;
  const Chain c = AnalyzeChain(static_cast<uint32_t>(be));
  if (c.negated || c.modality == "possible") return kNone;
  std::string ignored;
  const int g = FindSubject(c.begin, &ignored);
  if (g == kNone) return kNone;
  // ("Valdoria said Karsovia was behind the cyberattack": an accusation, 112,
  // which the patterns of saying code; the act is alleged, not established.)
  if (AfterVerbOfSaying(groups_[g].begin)) return kNone;
  *why = "subject of '" + tokens_[be].text + " " + tokens_[k].text + "': the one behind the act";
  return g;
}

// "would block a move in the U.N. Security Council to impose sanctions
// against South Africa": an infinitive after a move, bid or plan that a
// verb before it opposes is what others move to do, not an act of the one
// who opposes it. `to` is the infinitive's "to".
bool SentenceCoder::InfinitiveOfOpposedProposal(uint32_t to, std::string* why) const {
  int proposal = kNone;
  for (int v = static_cast<int>(to) - 1; v >= 0 && static_cast<int>(to) - v <= 10; --v) {
    if (clause_break_[v] && !list_comma_[v]) return false;
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (IsNoun(tokens_[v].pos) &&
        OneOf(tokens_[v].lemma, {"move", "bid", "plan", "proposal", "attempt", "effort", "resolution", "measure",
                                 "motion", "draft", "push", "campaign", "initiative"})) {
      proposal = v;
      continue;
    }
    if (!IsVerb(tokens_[v].pos)) continue;
    if (proposal == kNone ||
        !OneOf(tokens_[v].lemma, {"block", "veto", "oppose", "reject", "resist", "thwart", "defeat", "fight", "stop",
                                  "prevent", "scuttle", "torpedo", "kill", "condemn", "denounce", "criticize",
                                  "criticise"})) {
      return false;
    }
    *why = "the infinitive belongs to the '" + tokens_[proposal].text + "' that '" + tokens_[v].text +
           "' opposes, not to its subject";
    return true;
  }
  return false;
}

// A subject for a clause that has none of its own: an infinitive of
// purpose or a participle inherits from the clause before it.
std::vector<ActorMention> SentenceCoder::InheritedSubject(const Chain& c, std::string* why) const {
  if (c.infinitive && InfinitiveOfOpposedProposal(c.begin, why)) return {};
  std::vector<ActorMention> inherited = InheritedSubjectOrNone(c, why);
  if (!inherited.empty() || !c.infinitive) return inherited;
  // "used drones … to strike bombers": the subject of the verb the
  // infinitive of purpose belongs to, when that verb coded nothing.
  for (int v = static_cast<int>(c.begin) - 1; v >= 0 && static_cast<int>(c.begin) - v <= 10; --v) {
    if (clause_break_[v] && !list_comma_[v]) break;
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    // A past participle right after an actor is its verb, finite or
    // reduced: "1,000 Saudi troops crossed (stationed) into … to help".
    bool after_actor = v > 0 && group_at_[v - 1] != kNone && groups_[group_at_[v - 1]].end == static_cast<uint32_t>(v);
    if (!IsVerb(tokens_[v].pos) || (tokens_[v].pos == Pos::VBN && !after_actor) || tokens_[v].pos == Pos::VBG) {
      continue;
    }
    Chain governing = AnalyzeChain(static_cast<uint32_t>(v));
    bool by_agent = static_cast<size_t>(v) + 1 < tokens_.size() && tokens_[v + 1].lower == "by"sv;
    if (governing.reduced_passive && after_actor && !by_agent) {
      *why = "the actor before '" + tokens_[v].text + "', the verb the infinitive of purpose belongs to";
      return groups_[group_at_[v - 1]].members;
    }
    // ("voted to authorize the Commerce Department to impose duties": the
    // one who decided to authorize it.)
    if (governing.infinitive && !governing.passive && OneOf(tokens_[v].lemma, {"authorize", "authorise", "empower"})) {
      return InheritedSubject(governing, why);
    }
    if (governing.passive || governing.infinitive) break;
    // ("is unlikely to come to the U.S. to press his case", "did not come
    // to press it": the purpose of an act that may not happen, or does
    // not, is not pursued either.)
    bool unlikely = governing.negated;
    for (uint32_t k = governing.begin; k < static_cast<uint32_t>(v); ++k) {
      unlikely = unlikely || OneOf(tokens_[k].lower, {"unlikely", "unable"});
    }
    if (unlikely) {
      *why = "the verb the infinitive of purpose belongs to, '" + tokens_[v].text + "', is unlikely or denied";
      return {};
    }
    std::string ignored;
    int g = FindSubject(governing.begin, &ignored);
    if (g != kNone) {
      *why = "subject of '" + tokens_[v].text + "', the verb the infinitive of purpose belongs to";
      return groups_[g].members;
    }
    break;
  }
  return {};
}

std::vector<ActorMention> SentenceCoder::InheritedSubjectOrNone(const Chain& c,
                                                                std::string* why) const {
  // "Shultz, travelling to China for a visit, refused …": a participle
  // right after its subject and a comma.
  // Not the object of a preposition: "… for a visit to Iraq, defying …".
  // Nor a verb's object: "Biden visited Israel, voicing support …".
  if (c.participle && c.begin >= 2 && tokens_[c.begin - 1].lower == ","sv && group_at_[c.begin - 2] != kNone &&
      !InPrepositionalPhrase(group_at_[c.begin - 2]) && !ObjectOfVerbOrPreposition(group_at_[c.begin - 2])) {
    *why = "the actor before the comma (a participle in apposition)";
    return groups_[group_at_[c.begin - 2]].members;
  }
  // "…, and New Delhi responded by expelling six Canadian diplomats": a
  // gerund after a verb and "by" is that verb's subject's means, not the
  // act of the clause before.
  if (c.participle && c.begin >= 2 && tokens_[c.begin - 1].lower == "by"sv) {
    int v = static_cast<int>(c.begin) - 2;
    while (v >= 1 && IsAdverb(tokens_[v].pos) && group_at_[v] == kNone) --v;
    if (IsVerb(tokens_[v].pos) && tokens_[v].pos != Pos::VBG && group_at_[v] == kNone) {
      const Chain governing = AnalyzeChain(static_cast<uint32_t>(v));
      std::string ignored;
      const int g = governing.passive || governing.infinitive ? kNone : FindSubject(governing.begin, &ignored);
      if (g != kNone) {
        *why = "subject of '" + tokens_[v].text + " by', whose means the gerund names";
        return groups_[g].members;
      }
    }
  }
  // "…, President Joe Biden said, vowing to convene …": a participle right
  // after a reporting clause is the reporter's.
  if (c.participle && c.begin >= 3 && tokens_[c.begin - 1].lower == ","sv && IsVerb(tokens_[c.begin - 2].pos) &&
      IsVerbOfSaying(tokens_[c.begin - 2].lemma) && group_at_[c.begin - 3] != kNone &&
      groups_[group_at_[c.begin - 3]].end == c.begin - 2) {
    *why = "the one who says '" + tokens_[c.begin - 2].text + "' right before the participle";
    return groups_[group_at_[c.begin - 3]].members;
  }
  // "Baker holds talks with counterparts from Europe and Japan to urge
  // them …": a purpose is the subject's, not its partners'.
  // (Acting together is shared: "teamed up with Ostrevia to criticize".)
  if (c.infinitive && c.begin < alleged_until_) {
    *why = "the purpose of an act alleged before it, no one's act";
    return {};
  }
  // ("after meeting Funaro, who is in Rome on a tour to seek support":
  // the purpose inside a "who" clause is the one it describes.)
  // (One clause only: not "officials, who said Iranian forces used
  // missiles to hit …".)
  for (uint32_t k = c.begin, finite = 0; c.infinitive && k > 1 && c.begin - k < 15;) {
    --k;
    if (tokens_[k].lower == ","sv || tokens_[k].lower == ";"sv) break;
    if (OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}) && ++finite > 1) break;
    if (tokens_[k].lower != "who"sv) continue;
    const uint32_t before = tokens_[k - 1].lower == ","sv ? k - 2 : k - 1;
    if (group_at_[before] != kNone && groups_[group_at_[before]].end == before + 1) {
      *why = "the one the 'who' clause holding the infinitive describes";
      return groups_[group_at_[before]].members;
    }
    break;
  }
  if (c.infinitive && !last_sources_.empty() && !last_act_joint_) {
    *why = "inherited from the subject of the preceding clause";
    return last_sources_;
  }
  // "deepens security ties with Moscow after expelling French troops": a
  // gerund of time is its clause's subject's, not the partners' of its act.
  // ("in protest at the Bank's decision to change its name … after
  // admitting China": the gerund follows the decision's infinitive, whose
  // subject is the decision's owner.)
  const bool gerund_of_time =
      c.participle && c.begin >= 1 && OneOf(tokens_[c.begin - 1].lower, {"after", "before", "since", "while", "upon"});
  // ("…, President Tayyip Erdogan said on Saturday, before flying to
  // Paris": after a reporting clause, the reporter's.)
  if (gerund_of_time && c.begin >= 4 && tokens_[c.begin - 2].lower == ","sv) {
    uint32_t v = c.begin - 3;
    while (v > 1 && in_time_[v]) --v;
    if (IsVerb(tokens_[v].pos) && IsVerbOfSaying(tokens_[v].lemma) && group_at_[v - 1] != kNone &&
        groups_[group_at_[v - 1]].end == v) {
      *why = "the one who says '" + tokens_[v].text + "' before the '" + tokens_[c.begin - 1].text + "' gerund";
      return groups_[group_at_[v - 1]].members;
    }
  }
  if (gerund_of_time) {
    for (int k = static_cast<int>(c.begin) - 2; k >= 3 && static_cast<int>(c.begin) - k <= 24; --k) {
      if (tokens_[k].lower == ";"sv || OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) break;
      if (!(tokens_[k].lower == "to"sv && tokens_[k + 1].pos == Pos::VB &&
            OneOf(tokens_[k - 1].lemma, {"decision", "plan", "move", "bid", "attempt", "effort"}) &&
            tokens_[k - 2].lower == "'s"sv)) {
        continue;
      }
      const int owner = group_at_[k - 3];
      if (owner == kNone) return {};
      *why = "owner of the " + tokens_[k - 1].text + " whose infinitive the '" + tokens_[c.begin - 1].text +
             "' gerund follows";
      return groups_[owner].members;
    }
    if (!last_sources_.empty()) {
      *why = "inherited from the subject of the clause the '" + tokens_[c.begin - 1].text + "' gerund follows";
      return last_sources_;
    }
  }
  // "…, a day after the group said it would postpone the release, accusing
  // Israel …": a participle after a reporting clause that coded nothing,
  // nearer than the last act, is that reporter's.
  if (c.participle && !last_participants_.empty() && c.begin >= 1 && tokens_[c.begin - 1].lower == ","sv) {
    for (uint32_t v = c.begin - 1; v > last_participants_anchor_; --v) {
      if (tokens_[v].lower == ";"sv) break;
      if (group_at_[v] != kNone || !OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
      if (!IsVerbOfSaying(tokens_[v].lemma)) break;
      const Chain reporting = AnalyzeChain(v);
      std::string ignored;
      const int g = reporting.passive ? kNone : FindSubject(reporting.begin, &ignored);
      if (g == kNone) break;
      *why = "subject of '" + tokens_[v].text + "', the reporting clause nearest before the participle";
      return groups_[g].members;
    }
  }
  if (!last_participants_.empty()) {
    *why = "inherited from the preceding clause";
    return last_participants_;
  }
  if (!c.participle) return {};
  // ", capturing …" after a clause that coded nothing: that clause's subject.
  for (int v = static_cast<int>(c.begin) - 1; v >= 0; --v) {
    if (tokens_[v].pos == Pos::kPeriod || tokens_[v].lower == ";"sv) break;
    if (!IsVerb(tokens_[v].pos) || group_at_[v] != kNone) continue;
    Chain previous = AnalyzeChain(static_cast<uint32_t>(v));
    std::string ignored;
    int g = previous.infinitive || previous.participle ? kNone : FindSubject(previous.begin, &ignored);
    // ("would not hand over its weapons while Israeli attacks and
    // occupation continued, rejecting …": past a subordinate clause whose
    // verb, with nothing after it, ends right before the participle's
    // comma, to the clause it depends on; not "while Baghdad said its
    // forces had repulsed the attack, killing …".)
    if (g != kNone && static_cast<uint32_t>(v) + 2 == c.begin && tokens_[c.begin - 1].lower == ","sv) {
      int k = static_cast<int>(groups_[g].begin) - 1;
      while (k >= 0 && group_at_[k] == kNone && (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos))) --k;
      if (k >= 1 && OneOf(tokens_[k].lower, {"while", "because", "as", "when", "after", "before", "since", "although",
                                             "though", "if", "unless", "until", "whereas"})) {
        v = k;
        continue;
      }
    }
    if (g != kNone) {
      *why = "subject of the verb before the participle ('" + tokens_[v].text + "')";
      return groups_[g].members;
    }
    // "approved Sweden's bid to join NATO, dropping …": an infinitive is
    // the complement of the verb before it, whose subject acts.
    // (Not "to salvage the pact by writing …": a gerund's own.)
    if ((previous.infinitive || (v >= 1 && tokens_[v - 1].lower == "to"sv && tokens_[v].pos == Pos::VB)) &&
        c.begin >= 1 && tokens_[c.begin - 1].lower == ","sv) {
      continue;
    }
    // "Azerbaijan launched what it called anti-terrorist operations …,
    // shelling …": past a clause embedded in the object ("what it called",
    // "which he said") to the verb it hangs from.
    const int b = static_cast<int>(previous.begin);
    if (b >= 2 && tokens_[b - 1].pos == Pos::PRP && OneOf(tokens_[b - 2].lower, {"what", "which", "that", "who"})) {
      v = b - 2;
      continue;
    }
    break;
  }
  // A fronted participle: the subject of the main clause after it.
  // (Only one that opens the sentence, "Speaking to reporters, X said";
  // not ", killing at least 32 people, police said" after a clause.)
  if (c.begin > 2) return {};
  for (uint32_t t = c.begin; t + 1 < tokens_.size(); ++t) {
    // (", the Valdorian president called": past "the".)
    const bool after_comma = t > 0 && (tokens_[t - 1].lower == ","sv ||
                                       (tokens_[t - 1].lower == "the"sv && t > 1 && tokens_[t - 2].lower == ","sv));
    if (group_at_[t] != kNone && after_comma && groups_[group_at_[t]].begin == t) {
      const ActorGroup& g = groups_[group_at_[t]];
      uint32_t next = g.end;  // "Canada yesterday said"
      while (next < tokens_.size() && in_time_[next]) ++next;
      if (next < tokens_.size() && (IsVerb(tokens_[next].pos) || IsAdverb(tokens_[next].pos) ||
                                    tokens_[next].pos == Pos::MD)) {
        *why = "subject of the main clause";
        return g.members;
      }
    }
    // "Commenting on the row, Man said … they are": the main clause starts
    // after the phrase's comma; a subject there that is no actor ends the
    // search (not a later clause's "they").
    if (t > c.begin && tokens_[t - 1].lower == ","sv && !list_comma_[t - 1] && group_at_[t] == kNone &&
        tokens_[t].lower != "the"sv && t + 1 < tokens_.size() && tokens_[t].pos == Pos::NNP &&
        IsVerb(tokens_[t + 1].pos)) {
      break;
    }
  }
  return {};
}

}  // namespace coder_internal
}  // namespace statecraft
