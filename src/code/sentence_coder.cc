// The sentence pass of the clause coder: SentenceCoder::Run marks each
// token's actor group, times, amounts and clause breaks, tries every verb and
// noun as an anchor (anchor.cc), then revisits the sentence's events as a
// whole: an admission or a condemnation with no target takes the target or
// the actor of the act it names, an intent verb's own event yields to the
// intent coded on its complement, and one act coded twice (a statement of an
// act told, an echo toward a bare state or a plain code) is kept once. Also
// the event id and trace helpers.
#include "code/sentence_coder.h"

#include <algorithm>
#include <cstdlib>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "code/actor_groups.h"
#include "code/word_classes.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

namespace {

// Removes the sentence's events from `first` on that `drop` picks. Every
// event is judged before any is removed: a judgement may look at the
// others (std::remove_if would show it events already moved from).
template <typename Drop>
void EraseEvents(std::vector<Event>* out, size_t first, Drop drop) {
  std::vector<char> gone(out->size() - first);
  for (size_t k = first; k < out->size(); ++k) gone[k - first] = drop((*out)[k]) ? 1 : 0;
  size_t kept = first;
  for (size_t k = first; k < out->size(); ++k) {
    if (gone[k - first]) continue;
    if (kept != k) (*out)[kept] = std::move((*out)[k]);
    ++kept;
  }
  out->resize(kept);
}

}  // namespace

// "for the first time", "for the second time in a month": an adverbial of
// time that names no date; passed like a time between a verb and what it
// governs ("called on Assad for the first time on Thursday to step aside").
void SentenceCoder::MarkOrdinalTimes() {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  ordinal_time_.assign(n, false);
  for (uint32_t t = 0; t + 3 < n; ++t) {
    if (tokens_[t].lower != "for"sv || tokens_[t + 1].lower != "the"sv || tokens_[t + 3].lower != "time"sv ||
        !OneOf(tokens_[t + 2].lower, {"first", "second", "third", "fourth", "fifth", "last", "latest"})) {
      continue;
    }
    uint32_t end = t + 4;
    // "… in seven years", "… in a month", "… since 2015".
    if (end + 2 < n && OneOf(tokens_[end].lower, {"in", "since"})) {
      uint32_t k = end + 1;
      while (k < n && k < end + 4 && (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD || in_time_[k] ||
                                      IsTimeNoun(tokens_[k].lower))) {
        ++k;
      }
      if (k > end + 1) end = k;
    }
    for (uint32_t k = t; k < end; ++k) in_time_[k] = ordinal_time_[k] = true;
    t = end - 1;
  }
}

void SentenceCoder::Run() {
  groups_ = BuildActorGroups(tokens_, mentions_.actors, memory_);
  group_at_.assign(tokens_.size(), kNone);
  in_time_.assign(tokens_.size(), false);
  clause_break_.resize(tokens_.size());
  for (size_t t = 0; t < tokens_.size(); ++t) clause_break_[t] = IsClauseBreak(tokens_[t]);
  MarkScareQuotes();
  for (const auto& [tb, te] : mentions_.time_tokens) {
    for (uint32_t t = tb; t < te && t < tokens_.size(); ++t) in_time_[t] = true;
  }
  MarkOrdinalTimes();
  in_quantity_.assign(tokens_.size(), false);
  for (const auto& [qb, qe] : mentions_.quantity_tokens) {
    for (uint32_t t = qb; t < qe && t < tokens_.size(); ++t) in_quantity_[t] = true;
  }
  for (size_t g = 0; g < groups_.size(); ++g) {
    for (uint32_t t = groups_[g].begin; t < groups_[g].end; ++t) group_at_[t] = static_cast<int>(g);
    Trace("actor group " + std::to_string(g) + ": " + Describe(groups_[g]));
  }
  list_comma_.assign(tokens_.size(), false);
  for (uint32_t t = 0; t < tokens_.size(); ++t) list_comma_[t] = ListComma(t);
  if (groups_.empty()) {
    Trace("no actors in this sentence: nothing to code");
    return;
  }
  size_t first_event = out_->size();
  for (uint32_t a = 0; a < tokens_.size(); ++a) {
    if (group_at_[a] != kNone) continue;
    const Token& tok = tokens_[a];
    bool verb = IsVerb(tok.pos);
    bool noun = IsNoun(tok.pos);
    if (!verb && !noun) continue;
    if (noun && !options_.nominal_events) continue;
    // ("Lee and Ishiba agreed at talks in Tokyo to …": talks a longer
    // pattern skipped over, in a phrase of their own, are coded too.)
    // (And talks owned by "his", "its", "their" that a longer pattern
    // describes: "described his first round of talks with Witkoff as
    // constructive" — the talks took place.)
    // (And talks a host's pattern names: "Saudi Arabia hosted talks between
    // U.S. and Ukrainian officials" — the two sides met.)
    const bool hosted_talks = noun && a >= 1 && a + 1 < tokens_.size() && IsVerb(tokens_[a - 1].pos) &&
                              tokens_[a - 1].lemma == "host"sv && OneOf(tok.lemma, {"talk", "negotiation"}) &&
                              tokens_[a + 1].lower == "between"sv;
    const bool skipped_meeting = hosted_talks ||
                                 (noun && !covered_by_meeting_ && a >= 2 &&
                                  (OneOf(tok.lemma, {"talk", "meeting", "summit"}) ||
                                   (tok.lemma == "call"sv && OwnedMeetingNoun(a))) &&
                                  (OneOf(tokens_[a - 1].lower, {"at", "during"}) ||
                                   (OneOf(tokens_[a - 2].lower, {"at", "during"}) &&
                                    (tokens_[a - 1].pos == Pos::DT || IsAdjective(tokens_[a - 1].pos))) ||
                                   OwnedMeetingNoun(a)));
    // (So is a war skipped over as the time of what the pattern codes:
    // "war crimes committed during the 2008 war between Russia and
    // Georgia".)
    bool skipped_war = false;
    if (noun && a < covered_until_ && OneOf(tok.lemma, {"war", "invasion"})) {
      uint32_t k = a;
      while (k > 0 && a - k < 3 && (tokens_[k - 1].pos == Pos::DT || tokens_[k - 1].pos == Pos::CD ||
                                    IsAdjective(tokens_[k - 1].pos))) {
        --k;
      }
      skipped_war = k > 0 && OneOf(tokens_[k - 1].lower, {"during", "in"});
    }
    // (And an actor's act that a verdict on it skipped over: "called
    // Valdoria's seizure of the tanker blatant theft" — the seizure
    // happened.)
    const bool judged_act = noun && a < covered_until_ && a >= 2 && last_event_root_ == "11" &&
                            (tokens_[a - 1].lower == "'s"sv || tokens_[a - 1].lower == "'"sv) &&
                            group_at_[a - 2] != kNone;
    // (And an attack that a repulse skipped over: "repelled an Iranian
    // attack on positions held by its fourth army corps" — the attack was
    // made, on whom it names.)
    const bool repelled_attack = noun && a < covered_until_ && last_event_root_ == "19" && RepelledAttack(a);
    const bool joined = static_cast<int>(a) >= joined_verb_ && static_cast<int>(a) < joined_until_ && !noun;
    if (a < covered_until_ && !joined && static_cast<int>(a) != infinitive_in_match_ &&
        !skipped_meeting && !skipped_war && !judged_act && !repelled_attack) {
      continue;
    }  // inside a longer pattern that already coded
    TryAnchor(a, noun);
  }
  DropIntentVerbEvents(first_event);
  TargetFromCondemnedAct(first_event);
  TargetOfUnaimedConflict(first_event);
  TargetFromAdmittedAct(first_event);
  SameActByOthers(first_event);
  DropRegionTargetsCovered(first_event);
  DropStatementsOfActs(first_event);
  DropEchoes(first_event);
  DropRefugeJourneys(first_event);
  TargetJailerOfHungerStrike(first_event);
}

// "More than 1,000 Palestinian prisoners in Israeli jails began a hunger
// strike", "died in an Israeli prison after a hunger strike …": a hunger
// strike (142) coded with no target is aimed at the state that holds the
// strikers, named by its adjective before "prison", "jail" or "custody".
void SentenceCoder::TargetJailerOfHungerStrike(size_t first_event) {
  const ActorMention* jailer = nullptr;
  for (const ActorGroup& g : groups_) {
    if (g.coreference || g.members.size() != 1 || !g.members[0].demonym_only || g.end >= tokens_.size()) continue;
    if (OneOf(tokens_[g.end].lemma, {"prison", "jail", "custody", "detention"})) {
      if (jailer != nullptr && jailer->country != g.members[0].country) return;  // two jailers: none
      jailer = &g.members[0];
    }
  }
  if (jailer == nullptr) return;
  for (size_t i = first_event; i < out_->size(); ++i) {
    Event& e = (*out_)[i];
    if (e.target || e.cameo.compare(0, 3, "142") != 0 || e.source.country == jailer->country) continue;
    e.target = ToEventActor(*jailer);
    e.event_id = EventId(e);
    Trace("  " + e.source.code + " " + e.cameo + ": a hunger strike against the state whose prison holds the " +
          "strikers, " + jailer->code);
  }
}

// "Edmundo Gonzalez flew to Madrid on Sunday after Spain granted him
// political asylum": the flight is the exile the asylum (075) gives, not a
// visit to Spain (042).
void SentenceCoder::DropRefugeJourneys(size_t first_event) {
  EraseEvents(out_, first_event, [&](const Event& e) {
    if (e.cameo != "042" || !e.target) return false;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& other = (*out_)[j];
      if (other.cameo != "075" || !other.target || other.negated || other.target->code != e.source.code ||
          other.source.country != e.target->country) {
        continue;
      }
      Trace("  " + e.source.code + " 042 " + e.target->code + " dropped: a journey to the state that grants " +
            "the traveller asylum (" + other.source.code + " 075)");
      return true;
    }
    return false;
  });
}

// One act coded twice in a sentence, by the same source toward the same
// state, is kept once:
// - "Xi will travel to Moscow next week for talks with Putin": the trip
//   (036 toward Russia) and the talks (036 toward Putin) are one intent;
//   the act toward the bare state goes, the one toward its actor stays.
// - "threatened to send U.S. forces into Nigeria and to cut off all aid":
//   the plain appeal, demand or threat (020, 100, 130) beside an exact one
//   of the same root goes.
void SentenceCoder::DropEchoes(size_t first_event) {
  EraseEvents(out_, first_event, [&](const Event& e) {
    if (!e.target) return false;
    const bool bare_state = e.target->code == e.target->country && e.target->code.size() == 3;
    const bool plain = OneOf(e.cameo, {"020", "100", "130"});
    if (!bare_state && !plain) return false;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& other = (*out_)[j];
      if (&other == &e || !other.target || other.source.code != e.source.code || other.negated != e.negated ||
          other.background != e.background || other.target->country != e.target->country) {
        continue;
      }
      if (bare_state && other.cameo == e.cameo && other.target->code.size() > 3) {
        Trace("  " + e.source.code + " " + e.cameo + " " + e.target->code + " dropped: the same act toward " +
              other.target->code);
        return true;
      }
      if (plain && other.root == e.root && other.cameo != e.cameo) {
        Trace("  " + e.source.code + " " + e.cameo + " " + e.target->code + " dropped: the same act, coded " +
              other.cameo);
        return true;
      }
    }
    return false;
  });
}

// "China has told Japan it is suspending imports of Japanese seafood",
// "Trump has written to Herzog asking him to pardon …": a statement whose
// speaker goes on, in what is told (up to the next comma), to act toward
// the one told is that act; the plain 010 is not coded beside it. (Not a
// meeting it was told at, "told Kallas at talks in Brussels that …", nor a
// phrase after a comma, "addressed Japan's parliament …, thanking Tokyo".)
void SentenceCoder::DropStatementsOfActs(size_t first_event) {
  EraseEvents(out_, first_event, [&](const Event& e) {
    if (e.cameo != "010" || !e.target) return false;
    uint32_t told_end = std::numeric_limits<uint32_t>::max();
    for (size_t k = 0; k < tokens_.size(); ++k) {
      const Token& tok = tokens_[k];
      if (tok.span.begin > e.verb_begin && (tok.lower == ","sv || tok.lower == ";"sv)) {
        told_end = tok.span.begin;
        // ("Modi told Putin that today's era was not one of war, urging him
        // to seek peace": what one tells goes on in a participle urging or
        // asking the one told.)
        if (tok.lower == ","sv && k + 2 < tokens_.size() && tokens_[k + 1].pos == Pos::VBG &&
            OneOf(tokens_[k + 1].lemma, {"urge", "ask", "press", "call", "invite", "warn"}) &&
            OneOf(tokens_[k + 2].lower, {"him", "her", "them", "it"})) {
          told_end = tokens_[k + 2].span.end;
        }
        break;
      }
    }
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& other = (*out_)[j];
      if (&other == &e || other.root == "01" || other.root == "04" || !other.target || other.negated ||
          other.background) {
        continue;
      }
      if (other.verb_begin <= e.verb_begin || other.verb_begin >= told_end ||
          other.source.country != e.source.country || other.target->country != e.target->country) {
        continue;
      }
      Trace("  " + e.source.code + " 010 " + e.target->code + " dropped: what is told is an act, " + other.cameo);
      return true;
    }
    return false;
  });
}

// 'said it "strongly condemned" the strikes', 'condemned the "illegal"
// strikes': quotation marks around one to four words inside a clause,
// with no punctuation between them, do not stop a pattern's reach, nor
// part a verb from its subject. (Not a quotation opening the sentence or
// following a comma or colon: '"We will respond," he said'.)
void SentenceCoder::MarkScareQuotes() {
  const size_t n = tokens_.size();
  scare_quote_.assign(n, false);
  auto quote = [&](size_t k) {
    return OneOf(tokens_[k].lower, {"\"", "``", "''"}) || tokens_[k].text == "\u201c" || tokens_[k].text == "\u201d";
  };
  for (size_t open = 1; open + 2 < n; ++open) {
    if (!quote(open) || clause_break_[open - 1] || tokens_[open - 1].pos == Pos::kPunct) continue;
    size_t close = open + 1;
    while (close < n && close <= open + 5 && !quote(close) && !clause_break_[close] &&
           tokens_[close].pos != Pos::kPunct) {
      ++close;
    }
    if (close >= n || close == open + 1 || close > open + 5 || !quote(close)) continue;
    scare_quote_[open] = scare_quote_[close] = true;
    open = close;
  }
}

// Whether the noun at `a` is an attack or offensive that the verb a few
// words before it repelled or checked ("repelled an Iranian attack",
// "checked a new Tehran offensive"); not one thwarted or foiled, which
// may never have been made.
bool SentenceCoder::RepelledAttack(uint32_t a) const {
  if (!IsAttackNoun(tokens_[a].lemma)) return false;
  for (int k = static_cast<int>(a) - 1; k >= 0 && static_cast<int>(a) - k <= 6; --k) {
    if (group_at_[k] != kNone || OneOf(tokens_[k].pos, {Pos::DT, Pos::CD, Pos::JJ})) continue;
    return IsVerb(tokens_[k].pos) && OneOf(tokens_[k].lemma, {"repel", "repulse", "check", "halt", "blunt", "stem"});
  }
  return false;
}

// Whether the meeting noun at `a` is owned by a possessive pronoun a few
// words before it ("his talks", "their first round of indirect talks"),
// with "with" after it: talks that took place, whoever describes them.
bool SentenceCoder::OwnedMeetingNoun(uint32_t a) const {
  if (a + 1 >= tokens_.size() || tokens_[a + 1].lower != "with"sv) return false;
  for (uint32_t k = a; k > 0 && a - k < 6; --k) {
    const Token& w = tokens_[k - 1];
    if (w.pos == Pos::PRPS) return OneOf(w.lower, {"his", "her", "its", "their"});
    if (!(w.pos == Pos::DT || w.pos == Pos::CD || IsAdjective(w.pos) || w.pos == Pos::NN || w.lower == "of"sv)) {
      return false;
    }
  }
  return false;
}

// "Macron formally recognised the State of Palestine …, followed by
// Luxembourg, Malta, Monaco and Andorra, a day after Britain, Canada,
// Australia and Portugal had taken the same step": the act before, done
// again by those "followed by" names and by the subject of "took the same
// step", "did the same" or "followed suit".
void SentenceCoder::SameActByOthers(size_t first_event) {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  const size_t coded = out_->size();
  for (uint32_t t = 1; t + 2 < n && coded > first_event; ++t) {
    int g = kNone;
    std::string how;
    if (tokens_[t].lower == "followed"sv && tokens_[t + 1].lower == "by"sv && tokens_[t - 1].lower == ","sv) {
      const uint32_t start = tokens_[t + 2].lower == "the"sv && t + 3 < n ? t + 3 : t + 2;
      if (group_at_[start] != kNone && groups_[group_at_[start]].begin == start) g = group_at_[start];
      how = "followed by";
    } else if ((OneOf(tokens_[t].lemma, {"take", "do"}) && t + 2 < n && tokens_[t + 1].lower == "the"sv &&
                tokens_[t + 2].lower == "same"sv &&
                // (The same act, not "took the same view".)
                !(t + 3 < n && IsNoun(tokens_[t + 3].pos) &&
                  !OneOf(tokens_[t + 3].lemma, {"step", "action", "move", "measure", "decision"}))) ||
               (tokens_[t].lemma == "follow"sv && tokens_[t + 1].lower == "suit"sv)) {
      std::string ignored;
      g = FindSubject(AnalyzeChain(t).begin, &ignored);
      how = tokens_[t].text + " " + tokens_[t + 1].text + (tokens_[t + 1].lower == "the"sv ? " same" : "");
    }
    if (g == kNone || groups_[g].coreference) continue;
    // The act before the phrase, coded from this sentence.
    const Event* act = nullptr;
    for (size_t k = first_event; k < coded; ++k) {
      const Event& e = (*out_)[k];
      if (e.verb_begin < tokens_[t].span.begin && !e.negated && (act == nullptr || e.verb_begin >= act->verb_begin)) {
        act = &e;
      }
    }
    if (act == nullptr) continue;
    const Event model = *act;
    for (const ActorMention& m : groups_[g].members) {
      if (m.code == model.source.code || (model.target && model.target->country == m.country)) continue;
      Event copy = model;
      copy.source = ToEventActor(m);
      copy.rule += " (the same act, by those '" + how + "' names)";
      copy.event_id = EventId(copy);
      Trace("  " + copy.source.code + " " + copy.cameo + (copy.target ? " " + copy.target->code : std::string()) +
            ": the same act as " + model.source.code + "'s, by those '" + how + "' names");
      out_->push_back(std::move(copy));
    }
  }
}

// "will visit Rome and West Berlin during a trip to Europe": a region the
// same source acts toward in the same way (same root), in another phrase
// than the states the sentence names, is where those states lie, not
// another target.
void SentenceCoder::DropRegionTargetsCovered(size_t first_event) {
  EraseEvents(out_, first_event, [&](const Event& e) {
    if (!e.target || !IsRegionCode(e.target->code)) return false;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& other = (*out_)[j];
      if (&other == &e || !other.target || IsRegionCode(other.target->code)) continue;
      // (Named by another phrase: "visit Scandinavia and Belgium" and
      // "talks with counterparts from Europe and Japan" keep the region.)
      if (other.source.code == e.source.code && other.root == e.root && other.verb_begin != e.verb_begin) {
        Trace("  " + e.source.code + " " + e.cameo + " " + e.target->code + " dropped: the region of the states the act names");
        return true;
      }
    }
    return false;
  });
}

// "Israel's military admitted … that its warplanes had destroyed a
// reactor in Syria", "Japan denied breaking a pact with the U.S.": an
// admission or a denial with no target is aimed at the target of the act
// admitted or denied, the next act of the same side after it.
void SentenceCoder::TargetFromAdmittedAct(size_t first_event) {
  for (size_t i = first_event; i < out_->size(); ++i) {
    Event& e = (*out_)[i];
    if (e.target || (e.cameo.compare(0, 3, "015") != 0 && e.cameo.compare(0, 3, "016") != 0)) continue;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& act = (*out_)[j];
      if (j == i || !act.target || act.verb_begin <= e.verb_begin || act.verb_begin > e.verb_begin + 200 ||
          act.source.country != e.source.country || act.target->country == e.source.country) {
        continue;
      }
      // (Not the subject's next act: "denied it intended to threaten
      // shipping and warned the United States …".)
      bool coordinated = false;
      for (uint32_t t = 0; t + 1 < tokens_.size() && !coordinated; ++t) {
        coordinated = tokens_[t].span.begin > e.verb_begin && tokens_[t].span.begin < act.verb_begin &&
                      OneOf(tokens_[t].lower, {"and", "but"}) &&
                      OneOf(tokens_[t + 1].pos, {Pos::VBD, Pos::VBZ, Pos::VBP});
      }
      if (coordinated) break;
      e.target = act.target;
      e.event_id = EventId(e);
      Trace("  " + e.source.code + " " + e.cameo + ": aimed at the target of the act it admits or denies, " +
            act.target->code);
      break;
    }
  }
}

// "The EU condemned the invasion of Ukraine by Russia", "rejected
// Israel's offensive": a disapproval or a rejection with no target, whose
// object is an act coded from a noun right after it, is aimed at that
// act's actor.
void SentenceCoder::TargetFromCondemnedAct(size_t first_event) {
  auto token_of = [&](uint32_t byte) -> int {
    for (uint32_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].span.begin == byte) return static_cast<int>(t);
    }
    return kNone;
  };
  for (size_t i = first_event; i < out_->size(); ++i) {
    Event& e = (*out_)[i];
    if (e.target || e.negated || (e.root != "11" && e.root != "12")) continue;
    const int a = token_of(e.verb_begin);
    if (a == kNone) continue;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& act = (*out_)[j];
      const int n = token_of(act.verb_begin);
      if (j == i || n == kNone || n <= a || n > a + 8 || !IsNoun(tokens_[n].pos)) continue;
      bool same_clause = true;
      for (int t = a + 1; t < n && same_clause; ++t) same_clause = !clause_break_[t] || in_time_[t];
      if (!same_clause || act.source.country == e.source.country) continue;
      e.target = act.source;
      e.event_id = EventId(e);
      Trace("  " + e.source.code + " " + e.cameo + ": aimed at the actor of the act it names, '" + tokens_[n].text +
            "' → " + act.source.code);
      break;
    }
  }
}

// "North Korea's army ordered artillery units to be ready to open fire,
// accusing South Korea of flying drones over Pyongyang", "Gambia filed a
// lawsuit at the International Court of Justice accusing Myanmar of
// genocide": a show of force, a complaint, a rejection, a threat, a cut in
// relations or a coercive act that names no one is aimed at the one the
// same source acts against elsewhere in the sentence.
void SentenceCoder::TargetOfUnaimedConflict(size_t first_event) {
  for (size_t i = first_event; i < out_->size(); ++i) {
    Event& e = (*out_)[i];
    // (Not martial law, a curfew or a state of emergency (172x): a
    // measure at home, whoever the sentence blames; nor a court's verdict
    // or sentence, "a tribunal in Dhaka sentenced the ousted prime minister
    // …" after "Bangladesh demanded that India hand over Sheikh Hasina".)
    const bool court = e.source.code.size() == 6 && e.source.code.compare(3, 3, "JUD") == 0;
    if (e.target || e.negated || e.cameo.compare(0, 3, "172") == 0 || e.cameo.compare(0, 3, "116") == 0 || court ||
        !(e.root == "15" || e.root == "11" || e.root == "12" || e.root == "13" || e.root == "16" || e.root == "17")) {
      continue;
    }
    const Event* nearest = nullptr;
    for (size_t j = first_event; j < out_->size(); ++j) {
      const Event& f = (*out_)[j];
      const int root = std::atoi(f.root.c_str());
      if (j == i || !f.target || f.negated || f.background || root < 10 || f.source.country != e.source.country ||
          f.target->country == e.source.country || f.target->country.size() != 3) {
        continue;
      }
      const auto distance = [&](const Event& x) {
        return x.verb_begin > e.verb_begin ? x.verb_begin - e.verb_begin : e.verb_begin - x.verb_begin;
      };
      if (nearest == nullptr || distance(f) < distance(*nearest)) nearest = &f;
    }
    if (nearest == nullptr) continue;
    e.target = nearest->target;
    e.event_id = EventId(e);
    Trace("  " + e.source.code + " " + e.cameo +
          ": aimed at the one the source acts against elsewhere in the sentence, " + e.target->code);
  }
}

std::string SentenceCoder::EventId(const Event& e) {
  std::string id_basis = e.doc_id + "|" + std::to_string(e.sentence) + "|" + std::to_string(e.source.begin) + "|" +
                         (e.target ? std::to_string(e.target->begin) + "|" + e.target->code : "-") + "|" + e.cameo +
                         "|" + std::to_string(e.verb_begin) + "|" + e.source.code + (e.negated ? "|neg" : "");
  return Sha256Hex(id_basis).substr(0, 20);
}

// "agreed to meet", "vowed to visit": when the complement was coded as an
// intent (036), the intent verb's own general intent event (030 for
// "agree") says the same thing less precisely and goes.
void SentenceCoder::DropIntentVerbEvents(size_t first_event) {
  if (intent_verbs_used_.empty()) return;
  auto own_event_of_intent_verb = [&](const Event& e) {
    if (e.root != "03") return false;
    for (uint32_t v : intent_verbs_used_) {
      if (e.verb_begin == tokens_[v].span.begin) {
        Trace("  " + e.source.code + " " + e.cameo + " on '" + tokens_[v].text +
              "' dropped: its complement was coded as the intent");
        return true;
      }
    }
    return false;
  };
  out_->erase(std::remove_if(out_->begin() + static_cast<std::ptrdiff_t>(first_event), out_->end(),
                             own_event_of_intent_verb),
              out_->end());
}

std::string SentenceCoder::Describe(const ActorGroup& g) const {
  std::string s;
  for (const ActorMention& m : g.members) {
    if (!s.empty()) s += ", ";
    s += m.code + " (" + m.name + ")";
  }
  if (!g.why.empty()) s += " [" + g.why + "]";
  return s;
}

}  // namespace coder_internal
}  // namespace statecraft
