// The verbs around an anchor and what they say about the act: AnalyzeChain
// reads auxiliaries, modals, negators, "to" and the verbs that govern an
// infinitive (voice, negation, intent, requests, conditions); MarkBackground
// finds clauses that anchor the story in the past; the time helpers tell a
// time still ahead of the story from one behind it.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "code/sentence_coder.h"
#include "code/word_classes.h"
#include "model/date.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {
namespace {

// The year a token writes in four digits ("2008"), or 0.
int FourDigitYear(const Token& t) {
  const std::string& d = t.lower;
  if (t.pos != Pos::CD || d.size() != 4 ||
      !std::all_of(d.begin(), d.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; })) {
    return 0;
  }
  return std::stoi(d);
}

// Marks the chain's act as background of `year` (dated its January 1).
void BackgroundOfYear(int year, Chain* c) {
  c->background = true;
  c->background_date = Date::FromYmd(year, 1, 1);
  c->background_precision = "year";
}

}  // namespace

// A verb chain from `begin` to the anchor `a` with "must" or "should", or
// one that "needs to", "has to" or "ought to" do the act ("the president
// needs to begin working with Congress"; not "had to": it was done).
bool SentenceCoder::ObligedChain(uint32_t begin, uint32_t a) const {
  for (uint32_t t = begin; t < a; ++t) {
    if (tokens_[t].pos == Pos::MD && OneOf(tokens_[t].lower, {"must", "should"})) return true;
    // ('needs "to begin working …"': past a quotation mark.)
    uint32_t to = t + 1;
    if (to < a && OneOf(tokens_[to].lower, {"\"", "``"})) ++to;
    if (to > a || tokens_[to].lower != "to"sv) continue;
    if (OneOf(tokens_[t].lower, {"need", "needs", "ought"})) return true;
    if (OneOf(tokens_[t].lower, {"has", "have"}) && IsVerb(tokens_[t].pos)) return true;
  }
  return false;
}

Chain SentenceCoder::AnalyzeChain(uint32_t a) const {
  Chain c;
  uint32_t t = a;
  while (t > 0) {
    // ", however," between auxiliaries and the verb.
    if (t >= 4 && tokens_[t - 1].lower == ","sv && IsAdverb(tokens_[t - 2].pos) && tokens_[t - 3].lower == ","sv &&
        (IsVerb(tokens_[t - 4].pos) || tokens_[t - 4].pos == Pos::MD || IsNegator(tokens_[t - 4].lower))) {
      t -= 3;
      continue;
    }
    const Token& prev = tokens_[t - 1];
    // 'was "deeply disappointed"': a quotation opened after an auxiliary.
    if (t >= 2 && OneOf(prev.lower, {"\"", "``"}) && (IsVerb(tokens_[t - 2].pos) || tokens_[t - 2].pos == Pos::MD) &&
        tokens_[t - 2].pos != Pos::VBG) {
      --t;
      continue;
    }
    // ("which Dostan said had forced Ostrevia …": a parenthetical verb of
    // saying after a relative pronoun and its speaker is not the chain's.)
    if (t >= 3 && IsVerb(prev.pos) && IsVerbOfSayingOrThinking(prev.lemma) && group_at_[t - 2] != kNone &&
        groups_[group_at_[t - 2]].end == t - 1 && groups_[group_at_[t - 2]].begin >= 1 &&
        OneOf(tokens_[groups_[group_at_[t - 2]].begin - 1].lower, {"which", "that"})) {
      break;
    }
    bool in_chain = prev.pos == Pos::MD || IsVerb(prev.pos) || prev.pos == Pos::TO || IsNegator(prev.lower) ||
                    (IsAdverb(prev.pos) && !OneOf(prev.lower, {"as", "so", "then", "how", "when", "where"}));
    // "was thinking about punishing Spain": the gerund a thought is about.
    if (!in_chain && t == a && tokens_[a].pos == Pos::VBG && t >= 2 && OneOf(prev.lower, {"about", "of"}) &&
        tokens_[t - 2].lemma == "think"sv) {
      in_chain = true;
    }
    // A time inside the chain ("will on Monday visit") is skipped, but not
    // one that ends it ("met on Monday" stays "met").
    if (!in_chain && in_time_[t - 1] && t < a + 1 && tokens_[t].pos != Pos::TO) {
      uint32_t k = t - 1;
      while (k > 0 && in_time_[k - 1]) --k;
      if (k > 0 && (IsVerb(tokens_[k - 1].pos) || tokens_[k - 1].pos == Pos::MD)) {
        t = k;
        continue;
      }
    }
    // "has in the past rejected", "had for years refused": a short
    // prepositional phrase between an auxiliary and its verb.
    if (!in_chain && t == a && group_at_[t - 1] == kNone) {
      int k = static_cast<int>(t) - 1;
      while (k > 0 && static_cast<int>(t) - k <= 4 && group_at_[k] == kNone &&
             (IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::DT ||
              tokens_[k].pos == Pos::CD)) {
        --k;
      }
      if (k > 0 && k < static_cast<int>(t) - 1 && tokens_[k].pos == Pos::IN &&
          (tokens_[k - 1].pos == Pos::MD || OneOf(tokens_[k - 1].lemma, {"have", "be"}))) {
        t = static_cast<uint32_t>(k);
        continue;
      }
    }
    if (!in_chain || group_at_[t - 1] != kNone) break;
    --t;
  }
  c.begin = t;
  // The nearest verb before the anchor decides the voice.
  for (int k = static_cast<int>(a) - 1; k >= static_cast<int>(c.begin); --k) {
    const Token& tok = tokens_[k];
    // ("not only ignored … but introduced": no negation.)
    const bool not_only = tok.lower == "not"sv && k + 1 < static_cast<int>(tokens_.size()) &&
                          OneOf(tokens_[k + 1].lower, {"only", "just", "merely", "simply"});
    if (IsNegator(tok.lower) && !not_only) c.negated = true;
    if (tok.pos == Pos::MD) {
      // "will visit" states an intention (CAMEO 03); "would" does so only in
      // reported speech ("said it would retaliate"), else it is a condition.
      if (c.modality.empty() && OneOf(tok.lower, {"will", "shall", "'ll"})) {
        c.modality = options_.future_is_intent ? "intent" : "future";
        if (options_.future_is_intent) c.intent_verb = k;
      } else if (c.modality.empty() && tok.lower == "would"sv) {
        if (!options_.future_is_intent) {
          c.modality = "future";
        } else if (AfterVerbOfSaying(static_cast<uint32_t>(k))) {
          c.modality = "intent";
          c.intent_verb = k;
        } else {
          c.modality = "possible";
        }
      }
      else if (OneOf(tok.lower, {"may", "might", "could"})) c.modality = c.modality.empty() ? "possible" : c.modality;
      // "Reagan can reject trade sanctions on any grounds": what an actor
      // is able to do, not what it does ("cannot accept" still refuses).
      else if (tok.lower == "can"sv && !c.negated && c.modality.empty()) c.modality = "possible";
    }
    if (IsVerb(tok.pos) && k + 1 < static_cast<int>(a) + 1) {
      bool followed_by_to = k + 1 <= static_cast<int>(a) && tokens_[k + 1].pos == Pos::TO;
      // ("Biden moved to take Cuba off the list": a step taken, the act
      // itself; "would move to ban" stays intended.)
      const bool step_taken = tok.lemma == "move"sv && OneOf(tok.pos, {Pos::VBD, Pos::VBZ});
      if (followed_by_to && IsIntentVerb(tok.lemma) && !step_taken) {
        c.modality = "intent";
        c.intent_verb = k;
      } else if (followed_by_to && (tok.pos == Pos::VBN || tok.pos == Pos::VBD) &&
                 OneOf(tok.lemma, {"believe", "suspect", "think", "presume", "rumour", "rumor", "reckon"})) {
        // "civilians believed to oppose the government": what others
        // believe someone does is no act of theirs.
        c.modality = "possible";
      } else if (followed_by_to && IsNegatingVerb(tok.lemma)) {
        c.negated = true;
      } else if (!followed_by_to && tokens_[a].pos == Pos::VBG &&
                 ((k + 1 == static_cast<int>(a) && OneOf(tok.lemma, {"consider", "weigh", "mull", "contemplate"})) ||
                  (k + 2 == static_cast<int>(a) && tok.lemma == "think"sv &&
                   OneOf(tokens_[k + 1].lower, {"about", "of"})))) {
        // "was considering imposing tariffs on Spain", "thinking about
        // punishing Spain": an act weighed, not done; coded as intent
        // (a sanction weighed is a threat of one, 1312).
        c.modality = "intent";
        c.intent_verb = k;
      } else if (!followed_by_to && tokens_[a].pos == Pos::VBG && k + 1 == static_cast<int>(a) &&
                 OneOf(tok.lemma, {"avoid", "shun", "eschew"})) {
        // "avoided criticising Karsovia directly": an act avoided is not done.
        c.negated = true;
      } else if (followed_by_to && tok.lemma == "be"sv && k + 2 == static_cast<int>(a) && c.modality.empty() &&
                 OneOf(tok.pos, {Pos::VBZ, Pos::VBP, Pos::VBD}) && k >= 1 &&
                 (group_at_[k - 1] != kNone || tokens_[k - 1].pos == Pos::PRP || in_time_[k - 1]) &&
                 OneOf(tokens_[a].lemma, {"visit", "meet", "hold", "travel", "attend", "host", "tour", "fly"})) {
        // "Velkor is to visit Valdoria in April": a meeting or a trip
        // arranged, coded as intent (not aid a state "is to provide" under
        // an agreement).
        c.modality = "intent";
        c.intent_verb = k;
      } else if (followed_by_to && tok.lemma == "be"sv && k + 2 == static_cast<int>(a) && k >= 1 &&
                 OneOf(tokens_[k - 1].lemma, {"goal", "aim", "objective", "mission", "task", "intention", "purpose",
                                              "ambition", "priority", "target", "strategy"})) {
        // "Iran's main goal is to occupy Basra": an aim, not an act.
        c.modality = "possible";
      } else if (followed_by_to && IsFutureVerb(tok.lemma) && c.modality.empty()) {
        // "is expected to visit", "is set to meet": a planned act, coded as intent.
        c.modality = "intent";
        c.intent_verb = k;
      }
    }
  }
  // "The United States will likely impose sanctions soon, senators said": a
  // forecast hedged by an adverb is no one's stated intent.
  if (c.modality == "intent" && c.intent_verb != kNone &&
      OneOf(tokens_[c.intent_verb].lower, {"will", "'ll", "would"})) {
    for (uint32_t k = c.begin; k < a; ++k) {
      if (OneOf(tokens_[k].lower, {"likely", "probably", "possibly", "perhaps", "maybe"})) {
        c.modality = "possible";
        c.intent_verb = kNone;
        break;
      }
    }
  }
  if (tokens_[a].pos == Pos::VBN) {
    for (int k = static_cast<int>(a) - 1; k >= static_cast<int>(c.begin); --k) {
      if (IsVerb(tokens_[k].pos)) {
        c.passive = tokens_[k].lemma == "be"sv || tokens_[k].lemma == "get"sv;
        break;
      }
    }
    // A participle right after a noun phrase: "tariffs imposed by the US".
    // Followed by an object ("Poland's ministry summoned Russia's envoy") it
    // is a past tense the tagger read as a participle.
    // (Also past a particle: "Ethiopia broken down a treaty", and past a
    // verb sharing the object: "soldiers abused and humiliated prisoners".)
    uint32_t o = ObjectStartPastJoinedVerb(a);
    if (o + 1 < tokens_.size() && (tokens_[o].pos == Pos::RP || OneOf(tokens_[o].lower, {"down", "off", "up", "out"}))) ++o;
    bool object_follows = o < tokens_.size() &&
                          (group_at_[o] != kNone || OneOf(tokens_[o].pos, {Pos::DT, Pos::PRPS, Pos::NNP, Pos::CD}));
    // So is one with a particle right after the actor that opens the
    // sentence, when no finite verb follows in its clause ("Ethiopia broken
    // down with Libya almost five years after …": no main verb to come).
    if (o > a + 1 && a > 0 && group_at_[a - 1] != kNone && groups_[group_at_[a - 1]].end == a &&
        (groups_[group_at_[a - 1]].begin == 0 ||
         (groups_[group_at_[a - 1]].begin == 1 && tokens_[0].pos == Pos::DT))) {
      bool finite_after = false;
      for (uint32_t k = o; k < tokens_.size() && !(clause_break_[k] && !list_comma_[k]); ++k) {
        finite_after = finite_after || OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD});
      }
      object_follows = object_follows || !finite_after;
    }
    if (!c.passive && c.begin == a && a > 0 && (IsNoun(tokens_[a - 1].pos) || group_at_[a - 1] != kNone) &&
        !object_follows) {
      c.passive = c.reduced_passive = true;
    }
    // "…, freed by Iran four days after …": a participle after a comma with
    // its 'by' agent right after it is passive.
    if (!c.passive && c.begin == a && a > 0 && tokens_[a].pos == Pos::VBN && tokens_[a - 1].lower == ","sv &&
        a + 2 < tokens_.size() && tokens_[a + 1].lower == "by"sv) {
      const uint32_t k = tokens_[a + 2].lower == "the"sv && a + 3 < tokens_.size() ? a + 3 : a + 2;
      if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) c.passive = c.reduced_passive = true;
    }
    // "had been killed, wounded or captured": a bare participle in a list
    // after a passive one is passive too.
    if (!c.passive && c.begin == a && a >= 2 && OneOf(tokens_[a - 1].lower, {"and", "or", ","})) {
      uint32_t k = a - 2;
      if (tokens_[a - 1].lower != ","sv && tokens_[k].lower == ","sv && k >= 1) --k;
      if (tokens_[k].pos == Pos::VBN && AnalyzeChain(k).passive) c.passive = true;
    }
  }
  // "a deal brokered by the United States": a past tense right after a
  // common noun and before a "by" actor is a participle the tagger misread.
  if (tokens_[a].pos == Pos::VBD && c.begin == a && a > 0 && group_at_[a - 1] == kNone &&
      (tokens_[a - 1].pos == Pos::NN || tokens_[a - 1].pos == Pos::NNS) && a + 2 < tokens_.size() &&
      tokens_[a + 1].lower == "by"sv) {
    const uint32_t k = tokens_[a + 2].lower == "the"sv && a + 3 < tokens_.size() ? a + 3 : a + 2;
    if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) c.passive = c.reduced_passive = true;
  }
  // "compensate Koreans forced to work for them": a past tense right after
  // an actor that is the object of a verb or a preposition, with an
  // infinitive after it, is a participle describing that object.
  if (tokens_[a].pos == Pos::VBD && c.begin == a && a > 0 && group_at_[a - 1] != kNone &&
      groups_[group_at_[a - 1]].end == a && a + 2 < tokens_.size() && tokens_[a + 1].lower == "to"sv &&
      tokens_[a + 2].pos == Pos::VB) {
    uint32_t b = groups_[group_at_[a - 1]].begin;
    if (b > 0 && tokens_[b - 1].pos == Pos::DT) --b;
    if (b > 0 && (tokens_[b - 1].pos == Pos::VB ||
                  OneOf(tokens_[b - 1].lower, {"for", "of", "with", "on", "against", "from", "among"}))) {
      c.passive = c.reduced_passive = true;
    }
  }
  // "… if Moscow agreed to a ceasefire": a condition, not an act.
  // "until Karsovia withdraws", "once talks resume", "as soon as Zambia
  // reaches an agreement": a present tense after a conjunction of time is
  // a condition still ahead; after "before" ("before Nakasone leaves for
  // Washington") it is a plan.
  // ("if the EC goes ahead and bans imports", "until Turkey recognises
  // Greek rights and withdraws its troops": a verb joined to the one the
  // conjunction governs shares its condition.)
  // ("to end the war if Kyiv withdrew its troops from four regions claimed
  // by Moscow and dropped its plan to join NATO": a past form too, past a
  // participle that describes a noun.)
  // ("whether senators stay true to their convictions or cave in to White
  // House pressure": a base form the tagger gives the joined verb.)
  const bool joined_finite = c.begin >= 1 && OneOf(tokens_[c.begin - 1].lower, {"and", "or"}) &&
                              OneOf(tokens_[c.begin].pos, {Pos::VBZ, Pos::VBP, Pos::VBD, Pos::VB});
  int passed_joined_verb = 0;
  for (int k = static_cast<int>(c.begin) - 1; k >= 0; --k) {
    if (OneOf(tokens_[k].lower, {"if", "unless", "whether", "lest"})) {
      c.modality = "possible";
      break;
    }
    const Pos verb = tokens_[c.begin].pos;
    const bool as_soon_as = (tokens_[k].lower == "soon"sv && k >= 1 && tokens_[k - 1].lower == "as"sv) ||
                            (tokens_[k].lower == "as"sv && k >= 2 && tokens_[k - 1].lower == "soon"sv &&
                             tokens_[k - 2].lower == "as"sv);
    if (OneOf(tokens_[k].lower, {"before", "until", "till", "once"}) || as_soon_as) {
      if (verb == Pos::VBZ || verb == Pos::VBP) {
        if (tokens_[k].lower != "before"sv) {
          c.modality = "possible";
        } else if (c.modality.empty() && options_.future_is_intent) {
          c.modality = "intent";
          c.intent_verb = k;
        }
      } else if (verb == Pos::VBD && tokens_[k].lower != "before"sv) {
        // ("said he would lift tariffs as soon as Tokyo complied with the
        // pact": the past of reported speech after "would" is still a
        // condition.)
        for (int w = k - 1; w >= 0 && k - w <= 25; --w) {
          if (tokens_[w].pos == Pos::kPeriod || tokens_[w].lower == ";"sv) break;
          if (tokens_[w].pos == Pos::MD && OneOf(tokens_[w].lower, {"would", "could", "'d"})) {
            c.modality = "possible";
            break;
          }
        }
      }
      break;
    }
    // ("unless Israel agrees to a ceasefire, allows the United Nations to
    // resume aid deliveries and commits to …": a list of such verbs, past
    // the infinitives inside it.)
    if (joined_finite && passed_joined_verb < 3 &&
        (tokens_[k].pos == tokens_[c.begin].pos ||
         (tokens_[c.begin].pos == Pos::VB && OneOf(tokens_[k].pos, {Pos::VBZ, Pos::VBP}))) &&
        static_cast<int>(c.begin) - k <= 12 + 12 * passed_joined_verb && !clause_break_[k]) {
      ++passed_joined_verb;
      continue;
    }
    if (joined_finite && passed_joined_verb < 3 && tokens_[k].pos == Pos::VB && k >= 1 &&
        tokens_[k - 1].pos == Pos::TO && static_cast<int>(c.begin) - k <= 24) {
      continue;
    }
    if (joined_finite && passed_joined_verb >= 1 && passed_joined_verb < 3 && tokens_[k].lower == ","sv &&
        k + 1 < static_cast<int>(c.begin) && tokens_[k + 1].pos == tokens_[c.begin].pos) {
      continue;
    }
    if (joined_finite && passed_joined_verb == 0 && tokens_[k].pos == Pos::VBN && k >= 1 &&
        IsNoun(tokens_[k - 1].pos) && static_cast<int>(c.begin) - k <= 12 && !clause_break_[k]) {
      continue;
    }
    if (OneOf(tokens_[k].lower, {"\"", "``"})) continue;  // an opening quotation mark
    // "… to block its adoption provided they all stand firm": "provided"
    // or "providing" before "that" or a subject pronoun is "if".
    if ((OneOf(tokens_[k].lower, {"provided", "providing"}) && k + 1 < static_cast<int>(c.begin) &&
         (OneOf(tokens_[k + 1].lower, {"they", "he", "she", "we"}) ||
          (tokens_[k + 1].lower == "it"sv && k + 2 == static_cast<int>(c.begin)))) ||
        (tokens_[k].lower == "that"sv && k >= 1 && OneOf(tokens_[k - 1].lower, {"provided", "providing"}))) {
      c.modality = "possible";
      break;
    }
    if (clause_break_[k] || tokens_[k].pos == Pos::kPeriod || IsVerb(tokens_[k].pos)) break;
  }
  // "are insisting on stricter controls before agreeing to any reform": a
  // gerund after "before" or "until" is still ahead when the clause it
  // hangs on is in the present or future ("signed the accord before
  // leaving" did both); a plan when that clause is one ("is due to meet
  // former presidents before holding talks with party leaders").
  if (c.modality.empty() && tokens_[c.begin].pos == Pos::VBG && c.begin >= 2 &&
      OneOf(tokens_[c.begin - 1].lower, {"before", "until"})) {
    bool plan = false;
    for (int k = static_cast<int>(c.begin) - 2; k >= 0 && static_cast<int>(c.begin) - k <= 20; --k) {
      if (tokens_[k].pos == Pos::kPeriod || tokens_[k].pos == Pos::VBD) break;
      plan = plan || OneOf(tokens_[k].lower, {"will", "shall", "due", "scheduled", "set", "expected", "plans",
                                              "intends", "going"});
      if (OneOf(tokens_[k].pos, {Pos::VBZ, Pos::VBP, Pos::MD})) {
        if (plan && options_.future_is_intent && tokens_[c.begin - 1].lower == "before"sv) {
          c.modality = "intent";
          c.intent_verb = static_cast<int>(c.begin) - 1;
        } else {
          c.modality = "possible";
        }
        break;
      }
    }
  }
  // "will hold talks with Thatcher and meet Queen Elizabeth": a bare verb
  // joined by "and" to one after a modal shares the modal.
  if (c.modality.empty() && c.begin == a && tokens_[a].pos == Pos::VB && a >= 2 &&
      OneOf(tokens_[a - 1].lower, {"and", "or"})) {
    for (int k = static_cast<int>(a) - 2, steps = 0; k >= 0 && steps < 12; --k, ++steps) {
      if (group_at_[k] != kNone) {
        k = static_cast<int>(groups_[group_at_[k]].begin);
        continue;
      }
      if (clause_break_[k] && !list_comma_[k]) break;
      if (tokens_[k].pos != Pos::VB) continue;
      // ("on a trip to help spur trade and improve relations with China":
      // a bare verb joined to an infinitive is one too.)
      if (k > 0 && tokens_[k - 1].pos == Pos::TO) {
        c.begin = static_cast<uint32_t>(k) - 1;
        break;
      }
      const Chain joined = AnalyzeChain(static_cast<uint32_t>(k));
      if (joined.infinitive && joined.begin < static_cast<uint32_t>(k)) {
        c.begin = joined.begin;
        break;
      }
      if (joined.begin < static_cast<uint32_t>(k) && !joined.modality.empty() && !joined.infinitive) {
        c.modality = joined.modality;
        c.intent_verb = joined.intent_verb;
        c.negated = c.negated || joined.negated;
      }
      break;
    }
  }
  // "called for President Reagan immediately to force Japan …": an adverb
  // before "to" leaves the infinitive one (its negation is kept).
  {
    uint32_t b = c.begin;
    while (b < a && (IsAdverb(tokens_[b].pos) || IsNegator(tokens_[b].lower)) && tokens_[b].pos != Pos::TO) ++b;
    if (b > c.begin && b < a && tokens_[b].pos == Pos::TO) c.begin = b;
  }
  c.infinitive = tokens_[c.begin].pos == Pos::TO;
  // "vowed on Thursday to deepen …", "agreed during a call to hold …",
  // "urged Israel on Friday to stop …": the verb that governs a detached
  // infinitive, a few tokens back in the same clause.
  // "would not be willing to discuss", "is ready to hold talks",
  // "were reluctant to meet": an adjective of readiness after "be" makes
  // the infinitive an intent, negated with "be" or by the adjective.
  if (c.infinitive && c.intent_verb == kNone && c.begin >= 2 && tokens_[c.begin - 1].pos == Pos::JJ &&
      OneOf(tokens_[c.begin - 1].lower, {"willing", "ready", "prepared", "eager", "determined", "keen", "anxious",
                                         "due", "unwilling", "reluctant", "loath", "loth", "available"})) {
    int be = static_cast<int>(c.begin) - 2;
    while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;
    // ("was ready and willing to put troops on the ground".)
    if (be >= 1 && tokens_[be].lower == "and"sv && tokens_[be - 1].pos == Pos::JJ &&
        OneOf(tokens_[be - 1].lower, {"willing", "ready", "prepared", "eager", "determined", "keen", "able"})) {
      be -= 2;
      while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;
    }
    if (be >= 0 && tokens_[be].lemma == "be"sv) {
      Chain governing = AnalyzeChain(static_cast<uint32_t>(be));
      c.modality = "intent";
      c.intent_verb = static_cast<int>(c.begin) - 1;
      c.infinitive = false;
      c.begin = governing.begin;
      c.negated = c.negated || governing.negated ||
                  OneOf(tokens_[c.intent_verb].lower, {"unwilling", "reluctant", "loath", "loth"});
      for (int k = be + 1; k < c.intent_verb; ++k) c.negated = c.negated || IsNegator(tokens_[k].lower);
    }
  }
  // "are likely to reaffirm the accords", "are almost certain to go on
  // strike": a forecast, not an act.
  if (c.infinitive && c.intent_verb == kNone && c.begin >= 2 && tokens_[c.begin - 1].pos == Pos::JJ &&
      OneOf(tokens_[c.begin - 1].lower, {"likely", "unlikely", "certain", "sure", "bound"})) {
    int be = static_cast<int>(c.begin) - 2;
    while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;
    if (be >= 0 && tokens_[be].lemma == "be"sv) {
      // ("is likely to visit Moscow soon for talks": forecast like "is
      // expected to", an intent; "unlikely", "certain to go on strike"
      // stay mere possibilities.)
      if (tokens_[c.begin - 1].lower != "likely"sv) {
        c.modality = "possible";
      } else {
        c.modality = "intent";
        c.intent_verb = static_cast<int>(c.begin) - 1;
      }
      c.infinitive = false;
      c.begin = AnalyzeChain(static_cast<uint32_t>(be)).begin;
    }
  }
  // "are finding it hard to mend their relationship", "was unable to
  // reach a deal": an infinitive after an adjective of difficulty is an
  // act not done, no purpose.
  if (c.infinitive && c.intent_verb == kNone && c.begin >= 2 && tokens_[c.begin - 1].pos == Pos::JJ &&
      OneOf(tokens_[c.begin - 1].lower, {"hard", "difficult", "impossible", "unable", "tough"})) {
    c.negated = true;
    c.infinitive = false;
    int v = static_cast<int>(c.begin) - 2;
    while (v >= 0 && !IsVerb(tokens_[v].pos) && static_cast<int>(c.begin) - v <= 5) --v;
    if (v >= 0 && IsVerb(tokens_[v].pos)) c.begin = AnalyzeChain(static_cast<uint32_t>(v)).begin;
  }
  // "called on Israel to halt its offensive in Gaza and to let aid in": an
  // infinitive joined by "and" to an earlier one shares what governs it
  // (what is asked, intended, or moved to).
  if (c.infinitive && c.intent_verb == kNone && c.begin >= 2 && tokens_[c.begin].pos == Pos::TO &&
      OneOf(tokens_[c.begin - 1].lower, {"and", "or"})) {
    for (int k = static_cast<int>(c.begin) - 2, steps = 0; k >= 1 && steps < 16; --k, ++steps) {
      if (clause_break_[k] && !list_comma_[k]) break;
      if (tokens_[k].pos != Pos::TO || !IsVerb(tokens_[k + 1].pos)) continue;
      const Chain first = AnalyzeChain(static_cast<uint32_t>(k) + 1);
      if (!first.infinitive) break;
      if (first.requested || first.control_object != kNone) {
        c.requested = first.requested;
        c.control_verb = first.control_verb;
        c.control_object = first.control_object;
        return c;
      }
      if (first.intent_verb != kNone) {
        c.modality = first.modality;
        c.intent_verb = first.intent_verb;
        c.infinitive = false;
        c.begin = first.begin;
        c.negated = c.negated || first.negated;
        return c;
      }
      break;
    }
  }
  if (c.infinitive && c.intent_verb == kNone) {
    bool object_between = false;
    int object = kNone;
    // Eight words back, a name counting as one and a time as none ("called
    // on Syrian President Bashar al-Assad for the first time on Thursday to
    // step aside").
    for (int k = static_cast<int>(c.begin) - 1, words = 0; k >= 0 && words < 8; --k) {
      if (clause_break_[k]) {
        // ("asked his Algerian counterpart, Abdelmadjid Tebboune, to free
        // …": past a name in apposition to the object.)
        int p = k - 1;
        while (p >= 1 && k - p <= 6 && tokens_[p].lower != ","sv &&
               (tokens_[p].pos == Pos::NNP || group_at_[p] != kNone)) {
          --p;
        }
        if (tokens_[k].lower == ","sv && p >= 1 && p < k - 1 && tokens_[p].lower == ","sv &&
            group_at_[p - 1] != kNone) {
          k = p;
          continue;
        }
        break;
      }
      if (group_at_[k] != kNone) {
        object_between = true;
        object = group_at_[k];
        k = static_cast<int>(groups_[group_at_[k]].begin);
        ++words;
        continue;
      }
      // ("the U.S. wants it to cut import tariffs": an object pronoun no
      // actor stands for still parts the verb from the infinitive: what it
      // is to do is not the subject's intent.)
      if (tokens_[k].pos == Pos::PRP && OneOf(tokens_[k].lower, {"it", "them", "him", "her"})) {
        object_between = true;
        ++words;
        continue;
      }
      // ("agreed at a second round of direct peace talks on Monday to
      // swap …": the meeting where it was agreed is one word.)
      if (OneOf(tokens_[k].lemma, {"talk", "meeting", "summit", "conference", "negotiation"})) {
        int j = k - 1;
        while (j >= 0 && k - j <= 8 && !clause_break_[j] && group_at_[j] == kNone && !IsVerb(tokens_[j].pos) &&
               !OneOf(tokens_[j].lower, {"at", "during"})) {
          --j;
        }
        if (j >= 1 && OneOf(tokens_[j].lower, {"at", "during"}) && IsVerb(tokens_[j - 1].pos)) {
          k = j;
          ++words;
          continue;
        }
      }
      if (!in_time_[k]) ++words;
      if (!IsVerb(tokens_[k].pos)) continue;
      // ("led neighbouring Botswana and Zambia to bar …": a participle
      // before the object is its adjective.)
      if (tokens_[k].pos == Pos::VBG && object_between && object != kNone && !IsCausativeVerb(tokens_[k].lemma) &&
          !IsObjectControlVerb(tokens_[k].lemma) && k + 1 < static_cast<int>(tokens_.size()) &&
          group_at_[k + 1] == object && groups_[object].begin == static_cast<uint32_t>(k) + 1) {
        continue;
      }
      // ("called Miyazawa to warn him" is a telephone call; "called on
      // Iran to stop" asks.)
      // ("called immediately for Gondor to …": past the adverbs.)
      int after_call = k + 1;
      while (after_call + 1 < static_cast<int>(tokens_.size()) && IsAdverb(tokens_[after_call].pos)) ++after_call;
      const bool bare_call = tokens_[k].lemma == "call"sv && after_call < static_cast<int>(tokens_.size()) &&
                             tokens_[after_call].pos != Pos::IN && tokens_[after_call].pos != Pos::TO &&
                             tokens_[after_call].pos != Pos::RP;
      if (object_between && IsObjectControlVerb(tokens_[k].lemma) && !bare_call) {
        c.requested = true;
        c.control_verb = k;
        c.control_object = object;
      } else if (object_between && object != kNone && IsCausativeVerb(tokens_[k].lemma) &&
                 // ("troops have begun moving to Libya to support …": a
                 // place gone to is no one moved to act.)
                 !(groups_[object].begin > 0 &&
                   OneOf(tokens_[groups_[object].begin - 1].lower, {"to", "into", "toward", "towards", "in"}))) {
        // "prompting President Donald Trump to threaten tariffs": the one
        // moved to act does it.
        c.control_verb = k;
        c.control_object = object;
      } else if (!object_between && tokens_[k].lemma == "move"sv && OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ}) &&
                 OnlyTimesAndAdverbs(static_cast<uint32_t>(k) + 1, c.begin)) {
        // "moved on Tuesday to take Cuba off the list": likewise ("moved
        // troops to the border to attack" keeps its purpose).
        c.infinitive = false;
        const Chain governing = AnalyzeChain(static_cast<uint32_t>(k));
        c.begin = governing.begin;
        c.modality = governing.modality;
        c.negated = c.negated || governing.negated;
      } else if (!object_between && (IsIntentVerb(tokens_[k].lemma) || IsFutureVerb(tokens_[k].lemma))) {
        c.modality = "intent";
        c.intent_verb = k;
        c.infinitive = false;
        Chain governing = AnalyzeChain(static_cast<uint32_t>(k));
        c.begin = governing.begin;
        c.negated = c.negated || governing.negated;
      } else if (!object_between && IsNegatingVerb(tokens_[k].lemma)) {
        c.negated = true;
        c.infinitive = false;
        c.begin = AnalyzeChain(static_cast<uint32_t>(k)).begin;
      }
      break;
    }
  }
  if (tokens_[c.begin].pos == Pos::VBG) {
    c.participle = c.begin == 0 || OneOf(tokens_[c.begin - 1].lower, {",", "including", "by", "while", "after",
                                                                     "before", "when", "without", "--"});
    // "left the White House without signing a minerals deal": not done.
    if (c.begin > 0 && tokens_[c.begin - 1].lower == "without"sv) c.negated = true;
    // "would retaliate by imposing taxes", "did not respond by expelling":
    // the means is no surer than the act it is the means of.
    if (c.begin > 1 && tokens_[c.begin - 1].lower == "by"sv && c.modality.empty()) {
      for (int k = static_cast<int>(c.begin) - 2, steps = 0; k >= 0 && steps < 8 && !clause_break_[k];
           --k, ++steps) {
        if (!IsVerb(tokens_[k].pos) || tokens_[k].pos == Pos::VBG) continue;
        const Chain governing = AnalyzeChain(static_cast<uint32_t>(k));
        if (governing.passive) break;  // "was prompted by rising …"
        c.negated = c.negated || governing.negated;
        if (!governing.modality.empty()) {
          c.modality = governing.modality;
          c.intent_verb = governing.intent_verb;
        }
        break;
      }
    }
  }
  return c;
}

// Marks a chain (or a noun anchor at `begin`) that sits in a clause
// anchoring the story in the past: "<span> after|before|following …" with
// a span of months or more ("five years after crowds trashed …"), or
// "since" with a past act ("the first visit since Russia invaded …",
// "since Russia's invasion"). A nearby explicit date that far back is
// handled in Emit.
// The token before the modifiers of the noun at `noun` (determiners,
// numbers, adjectives, possessives, actors, other nouns), at most
// `max_steps` of them: where the noun phrase starts, less one.
int SentenceCoder::BeforeNounModifiers(uint32_t noun, int max_steps) const {
  int k = static_cast<int>(noun) - 1;
  for (int steps = 0; k >= 0 && steps < max_steps; ++steps) {
    if (group_at_[k] != kNone) {
      k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
      continue;
    }
    const Token& w = tokens_[k];
    if (!(w.pos == Pos::DT || w.pos == Pos::CD || IsAdjective(w.pos) || IsNoun(w.pos) || w.lower == "'s"sv ||
          w.lower == "'"sv || w.pos == Pos::PRPS)) {
      break;
    }
    --k;
  }
  return k;
}

void SentenceCoder::MarkBackground(uint32_t begin, bool noun, Chain* c) const {
  // "struck … in retaliation for Iran's missile attack", "in response to
  // the Soviet invasion": the act responded to is the reason for the
  // news, an earlier act.
  if (noun) {
    const int r = BeforeNounModifiers(begin, 6);
    if (r >= 1 && OneOf(tokens_[r].lower, {"for", "to", "against"}) &&
        OneOf(tokens_[r - 1].lemma, {"retaliation", "reprisal", "revenge", "response", "reaction", "answer"})) {
      c->background = true;
      return;
    }
    // "the 2008 war between Russia and Georgia", "Russia's 2014 annexation
    // of Crimea": a nominal act dated by an earlier year is as old as it.
    for (int y = r + 1; story_.date && y < static_cast<int>(begin); ++y) {
      const int year = FourDigitYear(tokens_[y]);
      if (year == 0) continue;
      if (year < 1800 || year >= story_.date->year) break;
      BackgroundOfYear(year, c);
      c->own_year = true;
      return;
    }
  }
  // "Regan, who resigned last week, said …", "Iraq, which invaded Kuwait,
  // …": a past act in a relative clause about an actor is what the
  // sentence presupposes, not what it reports.
  if (!noun && begin >= 2 && OneOf(tokens_[begin - 1].lower, {"who", "which"}) &&
      (tokens_[begin].pos == Pos::VBD ||
       (tokens_[begin].lower == "had"sv && begin + 1 < tokens_.size())) &&
      (group_at_[begin - 2] != kNone ||
       (tokens_[begin - 2].lower == ","sv && begin >= 3 && group_at_[begin - 3] != kNone))) {
    c->background = true;
    return;
  }
  // "the 1976 Berne Agreement under which both sides agreed …": an act of
  // a thing dated years back is as old as the thing.
  if (!noun && story_.date) {
    for (int w = static_cast<int>(begin) - 1, steps = 0; w >= 2 && steps < 10; --w, ++steps) {
      if (group_at_[w] != kNone) {
        w = static_cast<int>(groups_[group_at_[w]].begin);
        continue;
      }
      if (tokens_[w].lower != "which"sv) {
        if (clause_break_[w] || IsVerb(tokens_[w].pos)) break;
        continue;
      }
      if (tokens_[w - 1].pos != Pos::IN) break;
      for (int y = w - 2; y >= 0 && w - y <= 6 && !clause_break_[y]; --y) {
        const int year = FourDigitYear(tokens_[y]);
        if (year == 0) continue;
        if (year < 1800 || year >= story_.date->year) break;
        BackgroundOfYear(year, c);
        return;
      }
      break;
    }
  }
  int k = static_cast<int>(begin) - 1;
  for (int steps = 0; k >= 0 && steps < 10; ++steps) {
    if (group_at_[k] != kNone) {
      k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
      continue;
    }
    const Token& tok = tokens_[k];
    if (OneOf(tok.lower, {"after", "before", "following", "since"})) break;
    // ("marking 30 years since the genocide in which Hutu extremists
    // killed …": a relative clause on the phrase's noun.)
    if (tok.lower == "which"sv && k >= 2 && tokens_[k - 1].pos == Pos::IN && IsNoun(tokens_[k - 2].pos)) {
      k -= 2;
      continue;
    }
    if (clause_break_[k] || IsVerb(tok.pos) || tok.pos == Pos::MD) return;
    --k;
  }
  if (k < 0 || !OneOf(tokens_[k].lower, {"after", "before", "following", "since"})) return;
  const Token& anchor = tokens_[begin];
  bool past_act = noun || anchor.pos == Pos::VBD;
  if (tokens_[k].lower == "since"sv) {
    if (!past_act) return;  // "since it has refused …" gives a reason
    c->background = true;
    return;
  }
  // "five years after", "a decade before", "months after".
  if (k == 0) return;
  int months = BackgroundSpanMonths(tokens_[k - 1].lower);
  if (months == 0) return;
  c->background = true;
  int count = k >= 2 ? CountWord(tokens_[k - 2].lower) : 0;
  if (count == 0 || !story_.date || tokens_[k].lower != "after"sv) return;
  int back = count * months;
  int year = story_.date->year - back / 12;
  int month = story_.date->month - back % 12;
  if (month < 1) {
    month += 12;
    --year;
  }
  int day = std::min(story_.date->day, Date::DaysInMonth(year, month));
  c->background_date = Date::FromYmd(year, month, day);
  c->background_precision = months >= 12 ? "year" : "month";
}

// Whether the clause whose verb chain starts at `begin` is reported by a
// verb of saying before it: "Japan said (that) it would retaliate".
bool SentenceCoder::AfterVerbOfSaying(uint32_t begin) const {
  int k = static_cast<int>(begin) - 1;
  // ("said … had involved the United States in war and Iran would avenge
  // it": past the joined clause's own subject to its "and".)
  if (k >= 2 && group_at_[k] != kNone && groups_[group_at_[k]].end == begin && groups_[group_at_[k]].begin >= 2 &&
      tokens_[groups_[group_at_[k]].begin - 1].lower == "and"sv) {
    k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
  }
  // "said it was ready to lead a force in Haiti and would send 1,000
  // police officers": a verb joined by "and" to a reported one is reported
  // too.
  if (k >= 1 && tokens_[k].lower == "and"sv) {
    for (int v = k - 1; v >= 0 && k - v <= 20; --v) {
      if (clause_break_[v] && !list_comma_[v]) break;
      if (group_at_[v] != kNone || !(OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}))) continue;
      const uint32_t joined = AnalyzeChain(static_cast<uint32_t>(v)).begin;
      return joined < begin && AfterVerbOfSaying(joined);
    }
    return false;
  }
  for (int steps = 0; k >= 0 && steps < 14; ++steps, --k) {
    const Token& tok = tokens_[k];
    if (group_at_[k] != kNone) {
      k = static_cast<int>(groups_[group_at_[k]].begin);
      continue;
    }
    if (IsVerb(tok.pos)) return IsVerbOfSaying(tok.lemma);
    // ("served notice that they would block …", "gave assurances that":
    // a noun of saying after its verb.)
    if (IsNoun(tok.pos) && OneOf(tok.lemma, {"notice", "assurance", "warning", "word"}) && k >= 1 &&
        IsVerb(tokens_[k - 1].pos) && OneOf(tokens_[k - 1].lemma, {"serve", "give", "send"})) {
      return true;
    }
    // "said that if the bill passed, the community would …": past the
    // condition to the verb of saying.
    if (tok.lower == ","sv) {
      int j = k - 1;
      while (j >= 1 && k - j <= 15 && tokens_[j].lower != ","sv &&
             !OneOf(tokens_[j].lower, {"if", "unless", "once", "should"})) {
        --j;
      }
      if (j >= 1 && k - j <= 15 && OneOf(tokens_[j].lower, {"if", "unless", "once", "should"}) &&
          (tokens_[j - 1].lower == "that"sv || IsVerb(tokens_[j - 1].pos))) {
        k = j;
        continue;
      }
      return false;
    }
    // "said in Riyadh on Tuesday that he would": a place passed on the way.
    if (tok.pos == Pos::IN && OneOf(tok.lower, {"in", "at"}) && k + 1 < static_cast<int>(begin) &&
        group_at_[k + 1] != kNone) {
      continue;
    }
    // ("said America's attack on an Iranian oil platform …": the
    // prepositions of the reported subject's noun phrase.)
    if (in_time_[k] || tok.lower == "that"sv || tok.pos == Pos::PRP || tok.pos == Pos::DT || IsNoun(tok.pos) ||
        IsAdjective(tok.pos) || IsAdverb(tok.pos) || tok.pos == Pos::PRPS || tok.lower == "'s"sv ||
        (tok.pos == Pos::IN && OneOf(tok.lower, {"on", "of", "for", "against", "over"}))) {
      continue;
    }
    return false;
  }
  return false;
}

// A month named after "in" without a year ("rejected in July"), which the
// recognizer placed in the nearest year; for a past act it is the one
// before. (Not a date, which is often a deadline: "set a March 26
// deadline", "after April 1".)
bool SentenceCoder::PastMonthWithoutYear(const TimeRef& time) {
  if (time.precision != "month" || time.text.size() < 4 ||
      !(time.text.compare(0, 3, "in ") == 0 || time.text.compare(0, 3, "In ") == 0)) {
    return false;
  }
  int digits = 0;
  for (char ch : time.text) {
    digits = std::isdigit(static_cast<unsigned char>(ch)) ? digits + 1 : 0;
    if (digits == 4) return false;  // a year is written
  }
  std::string lower;
  for (char ch : time.text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const char* relative : {"next", "this", "tomorrow", "today", "week", "month"}) {
    if (lower.find(relative) != std::string::npos) return false;
  }
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (const char* m : kMonths) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

// A time that begins after the story date right after a noun's match
// (within three tokens, "visit to Washington starting April 29"), or that
// owns the noun at `noun` ("next week's visit"), not one further on that
// dates another noun ("talks … ahead of her visit next week").
bool SentenceCoder::NounDatedAhead(uint32_t end, uint32_t noun) const {
  if (!story_.date) return false;
  for (size_t i = 0; i < mentions_.times.size(); ++i) {
    auto [tb, te] = mentions_.time_tokens[i];
    // ("next week's visit to Tokyo": a time that owns the noun.)
    const bool owner = te <= noun && noun - te <= 2 && te < tokens_.size() && tokens_[te].lower == "'s"sv;
    if (owner) {
      std::optional<Date> begins = Date::Parse(mentions_.times[i].from);
      if (begins && *story_.date < *begins) return true;
      continue;
    }
    if (tb < end || tb > end + 3) continue;
    bool broken = false;
    for (uint32_t t = end; t < tb; ++t) broken = broken || clause_break_[t];
    std::optional<Date> begins = Date::Parse(mentions_.times[i].from);
    if (!broken && begins && *story_.date < *begins) return true;
  }
  return false;
}

// Whether the noun phrase ending at `end` is the subject of a clause that
// calls it off: "Talks between Iran and the United States … that were due
// to take place in Muscat on Sunday have been called off", "the summit was
// postponed". Past one relative clause on the noun (", which were due …,"
// too), or one apposition set off by commas ("Velkor's visit to Valdoria,
// the first in a decade, was postponed"); not past another comma.
// `lifted`: a measure the clause lifts instead ("sanctions imposed by
// Valdoria on Karsovia were lifted").
bool SentenceCoder::CalledOffAfter(uint32_t end, bool lifted) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  bool relative = false, relative_verb = false, apposition = false, set_off = false;
  for (uint32_t t = end; t < n && t < end + 25; ++t) {
    const Token& tok = tokens_[t];
    if (!relative && OneOf(tok.lower, {"that", "which"})) {
      relative = true;
      continue;
    }
    // (", which were due to begin on Monday, have been called off": a
    // relative clause set off by commas.)
    if (!relative && tok.lower == ","sv && t + 1 < n && tokens_[t + 1].lower == "which"sv) {
      relative = set_off = true;
      ++t;
      continue;
    }
    if (set_off && relative_verb && tok.lower == ","sv) {
      set_off = false;
      continue;
    }
    if (!relative && !apposition && tok.lower == ","sv) {
      uint32_t k = t + 1;
      while (k < n && k < t + 10 && tokens_[k].lower != ","sv && tokens_[k].pos != Pos::kPeriod &&
             !OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}) && !clause_break_[k]) {
        ++k;
      }
      if (k < n && k > t + 1 && tokens_[k].lower == ","sv) {
        apposition = true;
        t = k;
        continue;
      }
    }
    // (Inside the relative clause, only punctuation ends the search.)
    if (tok.pos == Pos::kPeriod || OneOf(tok.lower, {",", ";", ":"}) || (clause_break_[t] && !relative)) return false;
    if (!OneOf(tok.pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD})) continue;
    if (relative && !relative_verb) {  // the relative clause's own verb
      relative_verb = true;
      continue;
    }
    // The clause's verb: past its auxiliaries to a passive participle.
    uint32_t h = t;
    while (h + 1 < n && (tokens_[h].pos == Pos::MD || IsAdverb(tokens_[h].pos) ||
                         OneOf(tokens_[h].lemma, {"be", "have"}))) {
      ++h;
    }
    if (h == t || tokens_[h].pos != Pos::VBN || tokens_[h - 1].lemma != "be"sv) return false;
    const bool off = h + 1 < n && tokens_[h + 1].lower == "off"sv && OneOf(tokens_[h].lemma, {"call", "put"});
    if (lifted) {
      return OneOf(tokens_[h].lemma, {"lift", "ease", "remove", "scrap", "end", "suspend", "revoke", "rescind", "drop",
                                      "waive", "relax", "loosen", "withdraw"});
    }
    return off || OneOf(tokens_[h].lemma, {"cancel", "postpone", "scrap", "shelve", "abandon", "suspend", "delay"});
  }
  return false;
}

// Whether a time of the clause around [a, end) lies wholly after the
// story date ("tomorrow", "next week", "on March 3" when it is ahead).
// `strictly`: only a time that begins after the story date, not the week
// that runs past it.
bool SentenceCoder::TimeAhead(uint32_t a, uint32_t end, bool strictly) const {
  if (!story_.date) return false;
  for (size_t i = 0; i < mentions_.times.size(); ++i) {
    auto [tb, te] = mentions_.time_tokens[i];
    uint32_t from = te <= a ? te : end, to = te <= a ? a : tb;
    if (tb < a && te > a) continue;
    if (to < from || to - from > 8) continue;
    bool broken = false;
    for (uint32_t t = from; t < to; ++t) {
      // ("This week when Miyazawa visits …": the "when" the time introduces.)
      if (t == te && tokens_[t].lower == "when"sv) continue;
      broken = broken || (clause_break_[t] && !in_time_[t]);
    }
    if (broken) continue;
    std::optional<Date> begins = Date::Parse(mentions_.times[i].from);
    if (begins && *story_.date < *begins) return true;
    if (strictly) continue;
    // "this week when Miyazawa visits Washington": a week that runs past
    // the story date is still ahead for a present tense.
    std::optional<Date> ends = Date::Parse(mentions_.times[i].to);
    if (begins && ends && *begins <= *story_.date && *story_.date < *ends &&
        ends->ToDays() - begins->ToDays() <= 7) {
      return true;
    }
  }
  return false;
}

// "used drones to strike bombers", "employed tanks to crush the
// protests": the purpose of using a means is the act done with it.
bool SentenceCoder::MeansOfTheAct(uint32_t to) const {
  for (int v = static_cast<int>(to) - 1; v >= 0 && static_cast<int>(to) - v <= 8; --v) {
    if (clause_break_[v] && !list_comma_[v]) return false;
    if (!IsVerb(tokens_[v].pos)) continue;
    if (OneOf(tokens_[v].lemma, {"use", "employ", "utilize", "utilise"})) return true;
    if (tokens_[v].pos != Pos::VBN) return false;  // "drones smuggled into Russia": a participle of the object
  }
  return false;
}

// "Saudi troops crossed into Bahrain … to help the government protect
// facilities", "Turkish troops arrived in Qatar to help defend the Gulf
// state": armed forces (every source a military or police actor) who
// arrive in, cross into or deploy to a place, with the infinitive at `to`
// as their purpose. Coming to protect provides the protection.
bool SentenceCoder::ArmedArrivalBeforeInfinitive(uint32_t to, const std::vector<ActorMention>& sources) const {
  const int v = VerbBeforeInfinitive(to);
  if (v == kNone || sources.empty() ||
      // ("… arriving in Kazakhstan as part of a force sent by the CSTO to
      // help …": sent there.)
      !OneOf(tokens_[v].lemma,
             {"arrive", "cross", "enter", "land", "deploy", "move", "pour", "roll", "send", "dispatch"})) {
    return false;
  }
  return std::all_of(sources.begin(), sources.end(), [](const ActorMention& m) {
    const std::string_view code = m.code;
    return code.size() > 3 && (code.substr(code.size() - 3) == "MIL" || code.substr(code.size() - 3) == "COP");
  });
}

// Whether the match's '+' names an actor itself, not one modifying a noun
// ("to defend the Karsovian trade deal" protects no actor).
bool SentenceCoder::ProtectsAnActor(const Match& m) const {
  if (m.target == kNone) return false;
  const uint32_t end = groups_[m.target].end;
  return !(end < tokens_.size() && IsNoun(tokens_[end].pos));
}

// The verb an infinitive at `to` hangs from ("voted … to cut"), within 12
// tokens of its clause, or kNone.
int SentenceCoder::VerbBeforeInfinitive(uint32_t to) const {
  for (int v = static_cast<int>(to) - 1; v >= 0 && static_cast<int>(to) - v <= 12; --v) {
    if (clause_break_[v] && !in_time_[v] && !list_comma_[v]) return kNone;
    if (group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin);
      continue;
    }
    if (IsVerb(tokens_[v].pos) || tokens_[v].pos == Pos::MD) return v;
  }
  return kNone;
}

// That verb when it is in the past tense, or kNone.
int SentenceCoder::PastVerbBeforeInfinitive(uint32_t to) const {
  const int v = VerbBeforeInfinitive(to);
  return v != kNone && tokens_[v].pos == Pos::VBD ? v : kNone;
}

// That verb when it authorizes the act, done or decided ("authorized the
// Commerce Department to impose duties", "voted to authorize …"), or kNone.
int SentenceCoder::AuthorizingVerbBefore(uint32_t to) const {
  const int v = VerbBeforeInfinitive(to);
  if (v == kNone || !OneOf(tokens_[v].lemma, {"authorize", "authorise", "empower", "mandate"})) return kNone;
  const Chain c = AnalyzeChain(static_cast<uint32_t>(v));
  if (c.negated) return kNone;
  if (c.modality.empty()) return OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBN, Pos::VBZ}) ? v : kNone;
  const bool decided = c.modality == "intent" && c.intent_verb != kNone &&
                       OneOf(tokens_[c.intent_verb].lemma, {"vote", "decide"}) &&
                       OneOf(tokens_[c.intent_verb].pos, {Pos::VBD, Pos::VBN});
  return decided ? v : kNone;
}

// Whether tokens [begin, end) are all times or adverbs ("moved on Tuesday
// to", "moved quickly to").
bool SentenceCoder::OnlyTimesAndAdverbs(uint32_t begin, uint32_t end) const {
  for (uint32_t k = begin; k < end; ++k) {
    if (!in_time_[k] && !IsAdverb(tokens_[k].pos)) return false;
  }
  return true;
}

// Whether that verb is a future act ("will be hosting Osgiliath to celebrate").
bool SentenceCoder::FutureActBeforeInfinitive(uint32_t to) const {
  const int v = VerbBeforeInfinitive(to);
  return v != kNone && AnalyzeChain(static_cast<uint32_t>(v)).modality == "future";
}

}  // namespace coder_internal
}  // namespace statecraft
