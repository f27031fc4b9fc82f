// Coding one anchor: TryAnchor runs its phases in order (screen the anchor,
// read its verb chain, choose the pattern, find the source, find the target,
// decide the code and modality, read threats and demands, emit), each a
// member function over the AnchorState the phases share; any of the first six
// may decide there is no event. Also the same act continued after "and"/"but".
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/actor_groups.h"
#include "code/appeal_map.h"
#include "code/demand_map.h"
#include "code/intent_map.h"
#include "code/sentence_coder.h"
#include "code/word_classes.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace coder_internal {

// Codes the patterns anchored on token `a` (a verb, or a noun when `noun`),
// phase by phase; each phase but the last two may decide there is no event.
void SentenceCoder::TryAnchor(uint32_t a, bool noun) {
  AnchorState st;
  st.a = a;
  st.noun = noun;
  if (!ScreenAnchor(&st) || !ReadChain(&st)) return;
  if (st.requested) {
    // What another actor is asked to do is no event; its kind makes the
    // appeal that asks for it specific.
    if (ChoosePattern(&st)) SpecifyAppeal(st);
    return;
  }
  if (!ChoosePattern(&st) || !FindSources(&st) || !FindTargets(&st) || !DecideCode(&st) ||
      !ReadThreatsAndDemands(&st)) {
    return;
  }
  EmitAct(&st);
}

// The patterns indexed under the anchor's lemma or form, unless the anchor is
// no act of its own: a participle used as an adjective of an actor or of an
// object, part of a compound noun, or a nominal act asked for or refused.
// Sets st->candidates.
bool SentenceCoder::ScreenAnchor(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  std::vector<uint32_t> candidates = index_.Find(tok.lemma);
  if (tok.lower != tok.lemma) {
    for (uint32_t p : index_.Find(tok.lower)) {
      if (std::find(candidates.begin(), candidates.end(), p) == candidates.end()) candidates.push_back(p);
    }
  }
  if (candidates.empty()) return false;
  // "told visiting U.S. Secretary of State George Shultz": a participle
  // used as an adjective of the actor after it is no clause of its own.
  if (!noun && ParticipleAdjectiveOfActor(a)) {
    Trace("anchor '" + tok.text + "': an adjective of the actor after it, not coded");
    return false;
  }
  // "handed captured Indian pilot Abhinandan Varthaman back", "freed
  // detained activists": a participle right after a verb of its own (not
  // an auxiliary) is an adjective of the object.
  if (ParticipleAfterOwnVerb(a) && a + 1 < tokens_.size() &&
      (IsAdjective(tokens_[a + 1].pos) || IsNoun(tokens_[a + 1].pos) || tokens_[a + 1].pos == Pos::NNP)) {
    Trace("anchor '" + tok.text + "': an adjective of the object of '" + tokens_[a - 1].text + "', not coded");
    return false;
  }
  // "the soybean crushing industry", "the oil refining sector": a
  // participle inside a compound noun names a trade, not an act.
  // (Not a document's participle: "signed an order allowing sales of …".)
  if (tok.pos == Pos::VBG && a > 0 && a + 1 < tokens_.size() && tokens_[a - 1].pos == Pos::NN &&
      group_at_[a - 1] == kNone && (tokens_[a + 1].pos == Pos::NN || tokens_[a + 1].pos == Pos::NNS) &&
      DocumentIssuer(a) == kNone) {
    Trace("anchor '" + tok.text + "': part of a compound noun ('" + tokens_[a - 1].text + " " + tok.text + " " +
          tokens_[a + 1].text + "'), not coded");
    return false;
  }
  // "voted to seek a U.S. probe of …", "shunned his support for …": a
  // nominal act asked for, refused or opposed is the content of that
  // act, not done.
  if (noun) {
    const int k = BeforeNounModifiers(a, 5);
    const bool asked_for = k >= 1 && OneOf(tokens_[k].lower, {"for"}) &&
                           OneOf(tokens_[k - 1].lemma, {"call", "ask", "press", "push", "appeal", "plead", "lobby"});
    if (asked_for || (k >= 0 && IsVerb(tokens_[k].pos) &&
                      OneOf(tokens_[k].lemma, {"seek", "request", "demand", "want", "urge", "propose", "suggest",
                                               "recommend", "oppose", "reject", "shun", "refuse", "resist", "block",
                                               "veto", "rule"}))) {
      Trace("anchor '" + tok.text + "': the object of '" + tokens_[k].text + "', asked for or refused, not done");
      return false;
    }
  }
  st->candidates = std::move(candidates);
  return true;
}

// The anchor's verb chain (voice, negation, modality, infinitive,
// participle), whether its clause anchors the story in the past, and whether
// the act is only asked of another actor (no event); where a fronted object
// may stand. Sets st->chain, st->fronted_begin, st->fronted_end.
bool SentenceCoder::ReadChain(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  Chain chain = noun ? Chain{} : AnalyzeChain(a);
  if (noun) chain.begin = a;
  // "Japan was deeply disappointed by the tariffs", "Miyazawa said he was
  // satisfied with U.S. intervention": a participle of feeling after "be"
  // is an adjective; its subject feels, its 'by' or 'with' phrase is what
  // the feeling is about.
  if (chain.passive && OneOf(tok.lemma, {"disappoint", "satisfy", "dismay", "alarm", "anger", "frustrate", "upset",
                                         "outrage", "trouble", "please", "delight", "encourage", "concern", "worry"})) {
    chain.passive = chain.reduced_passive = false;
  }
  if (!noun && tok.pos == Pos::VBG && InAccusationContent(a)) {
    Trace("anchor '" + tok.text + "': part of what an accusation charges ('accused X of … by " + tok.text +
          "'), not coded as a fact");
    return false;
  }
  MarkBackground(chain.begin, noun, &chain);
  // "called on Belarus to hold an election and to free …": the second
  // infinitive belongs to the same appeal (also in a list: "…, to lift its
  // quotas and to …").
  if (!chain.requested && chain.infinitive && last_requested_ != kNone && chain.begin >= 1 &&
      OneOf(tokens_[chain.begin - 1].lower, {"and", "or", ","}) && static_cast<int>(chain.begin) - last_requested_ <= 10) {
    chain.requested = true;
    if (chain.control_verb == kNone) chain.control_verb = last_request_verb_;
  }
  // "Putin ordered Russia's nuclear forces to go on alert": an order to
  // one's own forces or police is carried out by whoever gives it.
  if (chain.requested && chain.control_verb != kNone && chain.control_object != kNone &&
      OneOf(tokens_[chain.control_verb].lemma, {"order", "instruct", "direct", "command"})) {
    std::string ignored;
    int boss = FindSubject(AnalyzeChain(static_cast<uint32_t>(chain.control_verb)).begin, &ignored);
    bool own_forces = boss != kNone;
    for (const ActorMention& m : groups_[chain.control_object].members) {
      bool forces = m.code.size() > 3 && OneOf(m.code.substr(3), {"MIL", "COP", "SPY"});
      for (const ActorMention& b : boss != kNone ? groups_[boss].members : std::vector<ActorMention>{}) {
        own_forces = own_forces && forces && b.country == m.country;
      }
    }
    if (own_forces) {
      chain.requested = false;
      chain.infinitive = false;
      chain.begin = AnalyzeChain(static_cast<uint32_t>(chain.control_verb)).begin;
      Trace("  ordered to the subject's own forces: the subject's act");
      // ("ordered its forces to shoot down the rocket if it threatened
      // Japanese territory": an order that holds on a condition readies the
      // act; it is intended, not done.)
      for (uint32_t t = a + 1; t < tokens_.size() && t < a + 16; ++t) {
        if (OneOf(tokens_[t].lower, {"if", "unless"})) {
          chain.modality = "intent";
          chain.conditional_order = true;
          Trace("  the order holds only on a condition ('" + tokens_[t].text + "'): intended");
          break;
        }
        if (clause_break_[t] && !list_comma_[t]) break;
      }
    }
  }
  // "will seek to have the U.S. government retaliate against EC exports",
  // "a bill to let the United States retaliate against a nation":
  // what one means to have another do is asked of it, not done.
  if (!chain.requested && tok.pos == Pos::VB && chain.begin == a && a >= 3 && group_at_[a - 1] != kNone &&
      groups_[group_at_[a - 1]].end == a) {
    uint32_t b = groups_[group_at_[a - 1]].begin;
    if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
    if (b >= 2 && OneOf(tokens_[b - 1].lemma, {"have", "get", "let", "make"}) && tokens_[b - 2].lower == "to"sv) {
      chain.requested = true;
      chain.control_verb = static_cast<int>(b) - 1;
    }
  }
  if (chain.requested) {
    last_requested_ = static_cast<int>(a);
    last_request_verb_ = chain.control_verb;
    Trace("anchor '" + tok.text + "': asked of another actor ('… to " + tok.text + "'), part of the appeal, not coded");
    st->requested = true;
  }
  // Where a fronted object may stand: before a passive ("sanctions imposed
  // on …") or before an object relative clause ("the tariff that the US
  // imposed on …").
  uint32_t fronted_begin = 0, fronted_end = 0;
  if (!noun) {
    uint32_t edge = chain.begin;
    if (!chain.passive && edge > 0 && group_at_[edge - 1] != kNone) {
      uint32_t g_begin = groups_[group_at_[edge - 1]].begin;
      edge = g_begin > 0 && OneOf(tokens_[g_begin - 1].lower, {"that", "which"}) ? g_begin - 1 : 0;
    } else if (!chain.passive) {
      edge = 0;
    }
    // ("stemmed from the fact that Japan is facing …": a clause that says
    // what a fact, a report or a fear is has no object fronted.)
    if (edge > 0 && OneOf(tokens_[edge - 1].lemma,
                          {"fact", "news", "report", "claim", "idea", "belief", "hope", "fear", "view", "assurance",
                           "possibility", "likelihood", "suggestion", "notion", "sign", "indication", "evidence"})) {
      edge = 0;
    }
    // ("the strikes, which he called not necessary": a naming verb's object
    // is named, not acted on, when a complement follows the verb.)
    const uint32_t after_verb = a + 1;
    if (edge > 0 && !chain.passive && after_verb < tokens_.size() &&
        OneOf(tok.lemma, {"call", "term", "brand", "label", "deem", "consider"}) &&
        (IsAdjective(tokens_[after_verb].pos) || IsAdverb(tokens_[after_verb].pos) ||
         OneOf(tokens_[after_verb].pos, {Pos::DT, Pos::NN, Pos::NNS}))) {
      edge = 0;
    }
    if (edge > 0) {
      fronted_end = edge;
      fronted_begin = edge >= 4 ? edge - 4 : 0;
      // ("A senior commander of Iran's Revolutionary Guards, Brigadier
      // General Mohammad Reza Zahedi, was killed": past a name in apposition
      // to the phrase it names.)
      uint32_t np_end = edge;
      if (chain.passive && tokens_[edge - 1].lower == ","sv) {
        uint32_t k = edge - 1;
        while (k > 0 && edge - k <= 8 && tokens_[k - 1].pos == Pos::NNP) --k;
        if (k > 1 && k < edge - 1 && tokens_[k - 1].lower == ","sv) {
          np_end = k - 1;
          fronted_begin = np_end >= 4 ? np_end - 4 : 0;
        }
        // ("The deal, which was brokered by Ostrevia, was signed by …":
        // past a relative clause set off by commas.)
        for (uint32_t r = edge >= 3 ? edge - 2 : 0; np_end == edge && r >= 2 && edge - r <= 12; --r) {
          if (tokens_[r - 1].lower == ","sv) {
            if (OneOf(tokens_[r].lower, {"which", "who", "that"})) {
              np_end = r - 1;
              fronted_begin = np_end >= 4 ? np_end - 4 : 0;
            }
            break;
          }
        }
      }
      // ("A senior commander of the Northern Hand was killed": the head
      // before "of" and the actor it is of.)
      if (chain.passive && np_end > 0 && group_at_[np_end - 1] != kNone) {
        uint32_t gb = groups_[group_at_[np_end - 1]].begin;
        if (gb > 0 && tokens_[gb - 1].lower == "the"sv) --gb;
        if (gb > 1 && tokens_[gb - 1].lower == "of"sv) fronted_begin = std::min(fronted_begin, gb >= 4 ? gb - 4 : 0);
      }
    }
    // ("Italian journalist Cecilia Sala flew home …, freed by Iran": a
    // passive participle after a comma describes the actor it stands for,
    // which stands where its object would.)
    if (chain.reduced_passive && chain.begin >= 1 && tokens_[chain.begin - 1].lower == ","sv) {
      const int g = DescribedByCommaParticiple(chain.begin);
      if (g != kNone) {
        fronted_begin = groups_[g].begin;
        fronted_end = groups_[g].end;
      }
    }
  }
  st->chain = std::move(chain);
  st->fronted_begin = fronted_begin;
  st->fronted_end = fronted_end;
  return true;
}

// "Rajapaksa asked Wang Yi to restructure the island's debt repayments"
// (020 → 0231), "asked Algeria to pardon the novelist" (020 → 0253): the
// plain appeal made by the verb that asks becomes the appeal for the kind of
// act asked for, cooperation (AppealCode) or yielding (YieldAppealCode).
// Not for an act asked not to be done.
void SentenceCoder::SpecifyAppeal(const AnchorState& st) {
  const Chain& chain = st.chain;
  // "told Israel not to drop any more bombs on Iran": asking another not
  // to attack asks it to de-escalate (100 → 1056, 020 → 0256).
  if (chain.negated && chain.control_verb != kNone && st.pattern != nullptr &&
      OneOf(st.pattern->code.substr(0, 2), {"18", "19", "20"})) {
    const uint32_t verb_begin = tokens_[chain.control_verb].span.begin;
    for (size_t k = out_->size(); k-- > 0;) {
      Event& e = (*out_)[k];
      if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_) break;
      if (e.verb_begin != verb_begin || !OneOf(e.cameo, {"100", "020"})) continue;
      const std::string de_escalate = e.cameo == "100" ? "1056" : "0256";
      Trace("  asked not to attack (" + st.pattern->code + "): " + e.cameo + " → " + de_escalate);
      SetCode(&e, de_escalate);
      e.event_id = EventId(e);
    }
    return;
  }
  if (chain.negated || chain.control_verb == kNone || st.pattern == nullptr) return;
  const std::string& content = st.pattern->code;
  // "to stop supporting M23 rebels": cooperation asked to stop is a change
  // of policy asked for (0242).
  const uint32_t a = st.a;
  const bool stopped = a >= 1 && tokens_[a].pos == Pos::VBG &&
                       OneOf(tokens_[a - 1].lemma, {"stop", "cease", "end", "halt", "quit"}) &&
                       content.compare(0, 2, "03") >= 0 && content.compare(0, 2, "08") <= 0;
  const std::string asked = stopped                              ? std::string("0242")
                            : content.compare(0, 2, "08") == 0 ? YieldAppealCode(content)
                                                               : AppealCode(content);
  if (asked.empty() || asked == "020") return;
  if (dict_.FindCode(asked) == nullptr) return;
  const uint32_t verb_begin = tokens_[chain.control_verb].span.begin;
  constexpr std::string_view kAsked = " (what is asked: ";
  // A second thing asked for by the same appeal makes an appeal of its own
  // ("asked Japan to begin negotiations on rice and end import quotas on
  // beef": 026, then 0254): the events the first thing made specific, copied
  // back to plain appeals, unless the appeal is plain still or already asks
  // for this kind of act.
  std::string first_code;
  bool plain = false, already = false;
  size_t begin = out_->size();
  while (begin > 0 && (*out_)[begin - 1].doc_id == story_.doc_id && (*out_)[begin - 1].sentence == sentence_idx_) {
    --begin;
  }
  for (size_t k = begin; k < out_->size(); ++k) {
    const Event& e = (*out_)[k];
    if (e.verb_begin != verb_begin) continue;
    if (e.cameo == "020") {
      plain = true;
    } else if (e.rule.find(kAsked) != std::string::npos) {
      already = already || e.cameo == asked;
      if (first_code.empty()) first_code = e.cameo;
    }
  }
  if (already) return;
  // ("called on Israel to halt its offensive and to let aid into the
  // enclave": an appeal its own pattern made specific (0256) asks for the
  // second thing in an appeal of its own, 0255.)
  // (Only a second act joined by "and": not "asked the World Bank for money
  // to buy the equipment", the asker's purpose.)
  const uint32_t head = stopped ? a - 1 : a;  // "and to stop supporting": from "stop"
  const bool joined =
      (head >= 2 && tokens_[head - 1].lower == "to"sv && OneOf(tokens_[head - 2].lower, {"and", "or"})) ||
      (head >= 1 && OneOf(tokens_[head - 1].lower, {"and", "or"}));
  if (!plain && first_code.empty() && joined) {
    const size_t end = out_->size();
    for (size_t k = begin; k < end; ++k) {
      const Event& e = (*out_)[k];
      if (e.verb_begin != verb_begin || e.cameo.compare(0, 2, "02") != 0 || e.cameo == asked) continue;
      Event copy = e;
      Trace("  a second thing asked ('" + tokens_[st.a].text + "', " + content + "): " + e.source.code + " " + asked);
      SetCode(&copy, asked);
      copy.rule += std::string(kAsked) + st.pattern->loc + ")";
      copy.event_id = EventId(copy);
      out_->push_back(std::move(copy));
    }
    return;
  }
  if (!plain && first_code.empty()) return;
  if (!plain && !first_code.empty()) {
    const size_t end = out_->size();
    for (size_t k = begin; k < end; ++k) {
      const Event& e = (*out_)[k];
      if (e.verb_begin != verb_begin || e.cameo != first_code || e.rule.find(kAsked) == std::string::npos) continue;
      Event copy = e;
      copy.rule = copy.rule.substr(0, copy.rule.find(kAsked));
      copy.cameo = "020";
      out_->push_back(std::move(copy));
    }
  }
  for (size_t k = out_->size(); k-- > 0;) {
    Event& e = (*out_)[k];
    if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_) break;
    if (e.cameo != "020" || e.verb_begin != verb_begin) continue;
    Trace("  what is asked ('" + tokens_[st.a].text + "', " + content + ") makes the appeal specific: " + e.source.code +
          " 020 → " + asked);
    SetCode(&e, asked);
    e.rule += std::string(kAsked) + st.pattern->loc + ")";
    e.event_id = EventId(e);
  }
}

// Whether the participle at `a` lies in the "of" complement of a verb of
// accusing: "accusing Berlin of facilitating genocide in Gaza by supplying
// arms to Israel" charges the supplying, it does not report it.
bool SentenceCoder::InAccusationContent(uint32_t a) const {
  for (int k = static_cast<int>(a) - 1, words = 0; k >= 1 && words < 14; --k, ++words) {
    if (group_at_[k] != kNone) {
      k = static_cast<int>(groups_[group_at_[k]].begin);
      continue;
    }
    if (clause_break_[k] && !in_time_[k]) return false;
    // ("charged Japan with violating GATT rules by restricting imports".)
    const bool with = tokens_[k].lower == "with"sv;
    if (tokens_[k].lower != "of"sv && !with) continue;
    int v = k - 1;
    if (v >= 0 && group_at_[v] != kNone) {
      v = static_cast<int>(groups_[group_at_[v]].begin) - 1;
    } else if (v >= 0 && tokens_[v].pos == Pos::PRP) {
      --v;  // "accusing it of …"
    }
    if (with) return v >= 0 && IsVerb(tokens_[v].pos) && tokens_[v].lemma == "charge"sv;
    return v >= 0 && IsVerb(tokens_[v].pos) &&
           OneOf(tokens_[v].lemma, {"accuse", "charge", "suspect", "convict", "indict", "blame"});
  }
  return false;
}

// The best pattern that matches around the anchor (specificity, a filled
// '+', words matched, the exact form), or no event; whether the pattern
// writes its own negation, which then does not negate the act. Sets
// st->best, st->pattern, st->pattern_negation; may clear st->chain.negated.
const std::vector<uint64_t>& SentenceCoder::PatternWords() {
  if (!pattern_words_ready_) {
    pattern_words_ = index_.SentenceWords(tokens_);
    pattern_words_ready_ = true;
  }
  return pattern_words_;
}

bool SentenceCoder::ChoosePattern(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  const std::vector<uint32_t>& candidates = st->candidates;
  Chain& chain = st->chain;
  const uint32_t fronted_begin = st->fronted_begin, fronted_end = st->fronted_end;
  Match best;
  bool have_best = false;
  int rejected = 0;
  constexpr int kMaxRejectionsShown = 4;
  std::vector<std::string> rejections;
  // PETRARCH's "% *": only with a subject naming several actors.
  int compound_subject = -1;  // unknown yet
  for (uint32_t p : candidates) {
    const VerbPattern& pattern = dict_.patterns[p];
    if (pattern.noun != noun) continue;
    // A pattern naming a word the sentence lacks cannot match (most
    // candidates of a frequent verb). When explaining, every pattern is
    // tried, so that the trace says why each failed.
    if (!trace_ && !index_.MayMatch(p, PatternWords())) continue;
    // (A noun's sources are found later: FindTargets checks them.)
    if (pattern.compound_subject && !noun) {
      if (compound_subject < 0) {
        std::string ignored;
        int g = noun || chain.passive || chain.infinitive ? kNone : FindSubject(chain.begin, &ignored);
        compound_subject = g != kNone && groups_[g].members.size() >= 2 ? 1 : 0;
      }
      if (compound_subject == 0) {
        if (++rejected <= kMaxRejectionsShown && trace_) {
          rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': the subject is not several actors");
        }
        continue;
      }
    }
    Match m;
    m.pattern = p;
    m.begin = a;
    m.end = a + 1;
    std::string why;
    Voice voice{chain.passive, noun, fronted_begin, fronted_end, pattern.first_actor_target};
    if (!MatchBackward(pattern.before, a, &m, &why) ||
        !MatchForward(pattern.after, ObjectStartPastJoinedVerb(a), voice, &m, &why)) {
      if (++rejected <= kMaxRejectionsShown && trace_) {
        rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': " + why);
      }
      continue;
    }
    // ("Lyng said he was disappointed Kato rejected …": a '+' that does
    // the act to the subject ([reverse]) is no passive's agent.)
    if (pattern.reverse_roles && chain.passive && !noun) {
      if (++rejected <= kMaxRejectionsShown && trace_) {
        rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': [reverse] in a passive clause");
      }
      continue;
    }
    // ("An Italian journalist was freed by Iran": a passive's '+' is its subject.)
    if (pattern.needs_target && m.target == kNone && m.word_group == kNone &&
        !(chain.passive && !noun && m.target_unfilled && PassiveSubject(chain, a) != kNone)) {
      if (++rejected <= kMaxRejectionsShown && trace_) {
        rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': its '+' names no actor ([target])");
      }
      continue;
    }
    // "leaving the West African bloc ECOWAS": the region's adjective
    // describes the organization named in apposition after it.
    if (pattern.needs_org && m.target != kNone && !NamesOrganization(m.target)) {
      if (const int named = OrganizationInApposition(m.target); named != kNone) m.target = named;
    }
    if (pattern.needs_org && !NamesOrganization(m.target)) {
      if (++rejected <= kMaxRejectionsShown && trace_) {
        rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text +
                             "': its '+' names no international organization on its own ([org])");
      }
      continue;
    }
    if (pattern.clause_end && !ClauseEndsAt(m.end)) {
      if (++rejected <= kMaxRejectionsShown && trace_) {
        rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text +
                             "': the clause goes on after its last element ([end])");
      }
      continue;
    }
    m.score = (pattern.specificity + (pattern.compound_subject && !noun ? 1 : 0)) * 2 - (m.target_unfilled ? 2 : 0) -
              (m.target == kNone && m.target_unfilled ? 1 : 0);
    // On equal scores the match naming more of the sentence's words wins
    // ("ease restrictions on media" over "ease restrictions on +").
    // Then the pattern written for this very form ("LEFT" over "LEAVE"
    // for "left").
    m.exact_form = tok.lower != tok.lemma &&
                   std::find(pattern.anchor.begin(), pattern.anchor.end(), tok.lower) != pattern.anchor.end();
    if (!have_best || m.score > best.score ||
        (m.score == best.score && (m.words > best.words || (m.words == best.words && m.exact_form && !best.exact_form)))) {
      best = m;
      have_best = true;
    }
  }
  if (rejected > kMaxRejectionsShown) {
    rejections.push_back("  … and " + std::to_string(rejected - kMaxRejectionsShown) + " more patterns for '" +
                         tok.text + "' did not match");
  }
  if (!have_best) {
    if (trace_ && !rejections.empty()) {
      Trace("anchor '" + tok.text + "' (" + PosName(tok.pos) + "): no pattern matched");
      for (std::string& r : rejections) Trace(std::move(r));
    }
    return false;
  }
  const VerbPattern& pattern = dict_.patterns[best.pattern];
  Trace("anchor '" + tok.text + "' (" + PosName(tok.pos) + "): pattern " + pattern.loc + " '" + pattern.text +
        "' → " + pattern.code);
  for (std::string& r : rejections) Trace(std::move(r));
  // "would not rule out force" matched by "not *rule out …", PETRARCH's
  // "NOT *": the negation is the pattern's own, so its code is the act.
  bool pattern_negation = false;
  for (const PatternElement& el : pattern.before) {
    // ("refused to rule out force": a refusal written in the pattern.)
    for (const std::string& w : el.words) {
      pattern_negation = pattern_negation || IsNegator(w) || w == "refuse" || w == "decline";
    }
  }
  if (pattern_negation && chain.negated) {
    chain.negated = false;
    Trace("  the negation is the pattern's own: not negated");
  }
  st->best = best;
  st->pattern = &pattern;
  st->pattern_negation = pattern_negation;
  return true;
}

// Whether the finite verb nearest before `begin` in its clause states an
// act done: past or present, not modal, negated or hedged ("dumped lemons
// on the streets to protest").
bool SentenceCoder::ActDoneBefore(uint32_t begin) const {
  for (uint32_t k = begin; k > 0 && begin - k < 15;) {
    --k;
    if (group_at_[k] != kNone) {
      k = groups_[group_at_[k]].begin;
      continue;
    }
    if (tokens_[k].lower == ";"sv || (clause_break_[k] && tokens_[k].lower != ","sv)) return false;
    if (!OneOf(tokens_[k].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
    // (Not a summons or a call, whose protest is lodged by it: "summoned
    // the ambassador to protest".)
    if (OneOf(tokens_[k].lemma, {"summon", "call", "send", "write", "meet"})) return false;
    const Chain c = AnalyzeChain(k);
    return c.modality.empty() && !c.negated && !c.passive;
  }
  return false;
}

// The opening comma of the aside about a time that the comma at t closes
// ("on Monday, the anniversary of the war, …"), or kNone.
int SentenceCoder::TimeAsideOpening(uint32_t t) const {
  for (uint32_t open = t; open > 0 && t - open <= 9;) {
    --open;
    if (tokens_[open].lower == ","sv) return TimeAsideEnd(open) == t + 1 ? static_cast<int>(open) : kNone;
  }
  return kNone;
}

// Whether the clause ends at token t, past a time ("on Friday") or a
// place ("in Mirovel"): the sentence's end, a comma, "and", a clause of
// time or cause, or an infinitive of purpose ("to discuss the crisis").
bool SentenceCoder::ClauseEndsAt(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  while (t < n) {
    if (in_time_[t]) {
      ++t;
    } else if (t + 1 < n && OneOf(tokens_[t].lower, {"on", "in", "at", "late", "early"}) &&
               (in_time_[t + 1] || (group_at_[t + 1] != kNone && groups_[group_at_[t + 1]].members[0].place))) {
      t = in_time_[t + 1] ? t + 1 : groups_[group_at_[t + 1]].end;
    } else {
      break;
    }
  }
  if (t >= n) return true;
  if (tokens_[t].lower == "to"sv) return t + 1 < n && tokens_[t + 1].pos == Pos::VB;
  return OneOf(tokens_[t].lower, {".", ",", ";", ":", "and", "but", "after", "amid", "as", "while", "following", "before",
                                   "when", "\"", "''"});
}

// Who does the act: the pattern's '$'; for a noun its possessor or
// modifier, the subject of the clause an adjunct belongs to, or the agent of
// a passive that enacts it; for a passive its "by" agent or the attack it
// happened in; for an infinitive or a participle the subject it inherits;
// else the clause's subject. No event for a clause that only alleges or asks
// for the act. Sets st->sources, st->enacted_until, st->purpose_ahead and
// st->source_why; may mark st->chain background, infinitive or participle,
// and fill st->best.target.
bool SentenceCoder::FindSources(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  const VerbPattern& pattern = *st->pattern;
  Chain& chain = st->chain;
  Match& best = st->best;
  std::vector<ActorMention> sources;
  uint32_t enacted_until = 0;  // past a passive verb enacting this noun, or the attack a passive happened in
  bool purpose_ahead = false;  // the noun is the purpose of a trip still ahead
  std::string source_why;
  int joined_partner = kNone;
  if (best.source != kNone) {
    sources = groups_[best.source].members;
    source_why = "explicit '$' slot";
  } else if (const int joined = JoinedInAct(a, &joined_partner); joined != kNone) {
    sources = groups_[joined].members;
    sources.insert(sources.end(), groups_[joined_partner].members.begin(), groups_[joined_partner].members.end());
    source_why = "the subject of 'join' and the one joined, who do it together";
  } else if (noun) {
    int g = NominalSource(a, best.end, &source_why);
    int object = kNone;
    // "made progress with Xi at their four-hour meeting": a mutual act
    // owned by "their" is between the clause's subject and the other
    // actor named before it.
    if (g != kNone && pattern.recip && best.target == kNone) object = OtherSideBeforeTheir(a, g);
    if (g == kNone) g = ResponsibleForSource(a, &source_why);
    if (g == kNone) {
      int clause_verb = kNone;
      bool addressed = false;
      g = AdjunctSource(a, &source_why, &object, &purpose_ahead, &clause_verb, &addressed);
      // ("charged that a Soviet nuclear test blew debris … in violation of
      // a treaty": the phrase of a clause alleged is no fact either.)
      if (g != kNone && clause_verb != kNone && AllegedInThatClause(g)) {
        Trace("  the '" + tok.text + "' phrase is in what '" + tokens_[AllegationVerbBefore(g)].text +
              "' alleges: not coded as a fact");
        return false;
      }
      if (g != kNone) st->adjunct_verb = clause_verb;
      st->adjunct_partner = g != kNone && addressed;
      // "will make proposals … at a meeting with Reagan", "issued bonds in
      // 1911 … in an agreement with …": the act in the phrase is as planned
      // or as far back as its clause's.
      if (g != kNone && clause_verb != kNone) {
        const Chain vc = AnalyzeChain(static_cast<uint32_t>(clause_verb));
        if (vc.modality == "future") purpose_ahead = true;
        if (vc.background && !chain.background) {
          chain.background = true;
          chain.background_date = vc.background_date;
          chain.background_precision = vc.background_precision;
        }
      }
      // "killed Nasrallah in an airstrike on Beirut": the means of an attack
      // already coded is part of it; so is "searched … estate in an
      // investigation into …", an act of the same kind.
      // (A mutual frame adds the other side's act: "freed Gershkovich … in
      // a prisoner swap with the United States".)
      // ("plan to raise tariffs … in retaliation against Tokyo's
      // violation": the motive of the measure coded before it.)
      if (g != kNone && OneOf(tok.lemma, {"retaliation", "reprisal", "reprisals", "revenge"}) && a >= 1 &&
          tokens_[a - 1].lower == "in"sv && OneOf(last_event_root_, {"13", "15", "16", "17", "18", "19", "20"})) {
        Trace("  the motive of the act coded before it ('in " + tok.text + "'): part of that act, not coded");
        return false;
      }
      // ("carried out an air strike on a compound … in an attempt to kill
      // Foreign Minister Petra Osk": the attempt names what the strike was,
      // an attempted assassination of the one named.)
      if (g != kNone && pattern.code == "185" && last_event_root_ == "19" && !out_->empty() &&
          out_->back().doc_id == story_.doc_id && out_->back().sentence == sentence_idx_ &&
          out_->back().root == "19") {
        Trace("  an attempt to kill names the act coded before it (" + out_->back().cameo + "): that act goes");
        out_->pop_back();
        last_act_begin_ = std::min(last_act_begin_, out_->size());
      } else if (g != kNone && ((OneOf(pattern.code.substr(0, 2), {"18", "19", "20"}) &&
                                 OneOf(last_event_root_, {"18", "19", "20"})) ||
                         (pattern.code.substr(0, 2) == last_event_root_ && InFrameAdjunct(a) && !pattern.recip))) {
        Trace("  the means or frame of the act coded before it: part of that act, not coded");
        // ("drove tens of thousands of Tigrayans from their homes in a
        // campaign of ethnic cleansing": a frame that names the act more
        // exactly, by the same source, codes it so.)
        if (pattern.code == "203" && !out_->empty() && out_->back().doc_id == story_.doc_id &&
            out_->back().sentence == sentence_idx_ && out_->back().root == "20" && out_->back().cameo != "203") {
          Event& act = out_->back();
          Trace("  the frame names the act: " + act.cameo + " → 203");
          SetCode(&act, "203");
          act.event_id = EventId(act);
        }
        return false;
      }
    }
    if (g == kNone) {
      g = PassiveEnactor(a, best.end, &source_why, &enacted_until);
      if (g == kNone) enacted_until = 0;
    }
    // ("Soviet-American talks on cutting missiles": a bare noun pattern
    // marked [compound] needs its two sides named by one word close
    // before it, not "they will meet before the June Economic Summit".)
    // ("U.S.-South Korean air force drills": a hyphenated pair, with the
    // rest of the second state's name and an agent.)
    const bool one_word =
        g != kNone && (groups_[g].end == groups_[g].begin + 1 ||
                       (groups_[g].end <= groups_[g].begin + 4 &&
                        tokens_[groups_[g].begin].text.find('-') != std::string::npos));
    if (pattern.compound_subject && pattern.before.empty() && pattern.after.empty() &&
        (!one_word || groups_[g].members.size() < 2 || groups_[g].end > a || a - groups_[g].end > 3)) {
      Trace("  bare '" + tok.text + "' between two sides a single word names before it: none here");
      return false;
    }
    if (g != kNone) sources = groups_[g].members;
    // "Iraqi planes raided the Ardeshir oil field, resuming attacks on
    // Iranian targets": the object of a participle that performs it after a
    // comma is the act of the participle's subject.
    if (g == kNone) {
      int v = static_cast<int>(a) - 1;
      while (v >= 0 && static_cast<int>(a) - v <= 4 && group_at_[v] == kNone &&
             (tokens_[v].pos == Pos::DT || IsAdjective(tokens_[v].pos) || tokens_[v].pos == Pos::CD)) {
        --v;
      }
      if (v >= 1 && tokens_[v].pos == Pos::VBG && tokens_[v - 1].lower == ","sv &&
          PerformsNominalAct(tokens_[v].lemma)) {
        const Chain performing = AnalyzeChain(static_cast<uint32_t>(v));
        std::string why;
        sources = InheritedSubject(performing, &why);
        if (!sources.empty()) source_why = why + ", the subject of '" + tokens_[v].text + "' whose object the noun is";
        // (", continuing attacks on …" after an attack coded: the same
        // campaign, not another act.)
        if (!sources.empty() && OneOf(pattern.code.substr(0, 2), {"18", "19", "20"}) &&
            OneOf(last_event_root_, {"18", "19", "20"})) {
          Trace("  '" + tokens_[v].text + " " + tok.text + "' goes on with the act coded before it: part of it");
          return false;
        }
      }
    }
    // "Biden warned Putin in a telephone call": a mutual act in an adjunct
    // is between the clause's subject and its object.
    if (g != kNone && best.target == kNone && object != kNone && pattern.recip) best.target = object;
  } else if (int other = kNone, first = chain.passive && pattern.recip ? PassiveBetweenSides(best.end, &other) : kNone;
             first != kNone) {
    // "the accord was reached between Iran's oil minister and a visiting
    // Ghanaian delegation": the two sides of a mutual act named after it.
    sources = groups_[first].members;
    best.target = other;
    source_why = "the sides named after 'between'";
  } else if (chain.passive && pattern.code.compare(0, 3, "042") == 0) {
    // "the equipment was flown to Pakistan by Pakistani military aircraft":
    // who is flown somewhere travels there; a thing flown visits no one.
    std::string why;
    const int g = FindSubject(chain.begin, &why);
    // (The clause's subject for a verb joined after it, as below.)
    if (!chain.reduced_passive) {
      last_subject_ = g;
      last_subject_verb_ = a;
    }
    if (g == kNone) {
      Trace("  what the passive carries there is no actor: no visit");
      return false;
    }
    sources = groups_[g].members;
    source_why = "the one the passive carries there";
  } else if (chain.passive) {
    // The passive's subject is the clause's subject for a verb joined by
    // "and" after it: "TRW was being sued by … and was being investigated
    // by …" (TRW, not the subject of an earlier "said").
    if (!chain.reduced_passive) {
      std::string ignored;
      last_subject_ = FindSubject(chain.begin, &ignored);
      last_subject_verb_ = a;
    }
    int g = ByAgent(best.end);
    if (g == kNone) g = ByAgent(a + 1);
    if (g == kNone) g = ByAgentPastApposition(best.end);
    uint32_t instrument_end = 0;
    // (From past the verb: a pattern's fronted words end before it.)
    int instrument = g == kNone ? AttackAdjunct(std::max(best.end, a + 1), &instrument_end) : kNone;
    // ("Two Valdorian soldiers were wounded when Karsovian troops opened
    // fire": the casualties' attackers are the subject of the clause of
    // time right after.)
    if (g == kNone && instrument == kNone && OneOf(tok.lemma, {"kill", "wound", "injure", "hurt"})) {
      instrument = AttackersOfTimeClause(std::max(best.end, a + 1), &instrument_end);
    }
    if (g != kNone) {
      sources = groups_[g].members;
      source_why = "agent of the passive ('by')";
      // ("was condemned by the U.N. human rights office and by U.S.
      // Secretary of State Marco Rubio": every 'by' agent of the list.)
      for (uint32_t e = groups_[g].end; e + 2 < tokens_.size() && tokens_[e].lower == "and"sv &&
                                        tokens_[e + 1].lower == "by"sv;) {
        const int more = ByAgent(e + 1);
        if (more == kNone || groups_[more].begin <= e) break;
        sources.insert(sources.end(), groups_[more].members.begin(), groups_[more].members.end());
        e = groups_[more].end;
      }
    } else if (instrument != kNone) {
      // "was killed in a U.S. drone strike": the attack's actor did it,
      // and the attack is this act, not another.
      sources = groups_[instrument].members;
      source_why = "actor of the attack the passive happened in";
      enacted_until = instrument_end;
    } else if (int owner = FrontedObjectOwner(best, chain.begin); owner != kNone) {
      // "U.S. sanctions on Syria were lifted": whose the measure is.
      sources = groups_[owner].members;
      source_why = "the state whose measure the passive's subject is";
    } else if (const int host = tok.lemma == "summon"sv ? EnvoyHost(PassiveSubject(chain, a), a) : kNone;
               host != kNone) {
      // "Valdoria's ambassador to Karsovia was summoned to the foreign
      // ministry", "… was summoned to the Karsovian foreign ministry": the
      // state the envoy is posted to, or whose ministry he is summoned to.
      sources = groups_[host].members;
      source_why = "the state the summoned envoy is posted to";
    } else if (const int envoy = tok.lemma == "recall"sv && pattern.code.compare(0, 3, "161") == 0
                                     ? PassiveSubject(chain, a)
                                     : kNone;
               envoy != kNone && EnvoyHost(envoy, a) != kNone) {
      // "The Valdorian ambassador to Karsovia was recalled": his own state
      // recalled him from the state he is posted to.
      sources = groups_[envoy].members;
      st->envoy_host = EnvoyHost(envoy, a);
      source_why = "the state whose envoy was recalled";
    } else if (OneOf(tok.lemma, {"expel", "deport", "ban", "bar", "oust", "evict", "banish", "eject", "exclude"})) {
      // "Russian diplomats were expelled from Poland": the country they
      // are sent out of did it.
      for (uint32_t t = a + 1; t + 1 < tokens_.size() && t < a + 6; ++t) {
        if (clause_break_[t] || IsVerb(tokens_[t].pos)) break;
        if (tokens_[t].lower == "from"sv && group_at_[t + 1] != kNone) {
          sources = groups_[group_at_[t + 1]].members;
          source_why = "the country expelled from ('from')";
          break;
        }
      }
    } else if (int speaker = !chain.reduced_passive && pattern.code.compare(0, 3, "164") == 0 &&
                                     OneOf(tok.lemma, {"terminate", "suspend", "cancel", "end", "halt", "freeze",
                                                       "break", "postpone"})
                                 ? SpeakerBefore(chain.begin)
                                 : kNone;
               speaker != kNone) {
      // "Trump said that all trade negotiations with Canada were
      // terminated": talks the speaker says were ended, by no one named,
      // the speaker's side ended.
      sources = groups_[speaker].members;
      source_why = "the speaker who says the talks were ended ('by' no one named)";
    } else if ((pattern.code.compare(0, 2, "15") == 0 || pattern.code == "074") &&
               OneOf(tok.lemma, {"move", "deploy", "send", "dispatch", "mobilize", "mobilise", "position", "station"})) {
      // "the Greek army, navy and air force had been moved to the border
      // with Turkey": forces moved by no one named are their own state's
      // show of force. ("UN peacekeepers were deployed to the border":
      // their organization's protection.)
      std::string ignored;
      const int subject = FindSubject(chain.begin, &ignored);
      if (subject != kNone && std::all_of(groups_[subject].members.begin(), groups_[subject].members.end(),
                                          [](const ActorMention& m) {
                                            return m.code.size() >= 6 &&
                                                   OneOf(m.code.substr(m.code.size() - 3), {"MIL", "COP"});
                                          })) {
        sources = groups_[subject].members;
        source_why = "the forces the passive moved, for their own state";
        st->forces_moved = true;
      }
    }
  } else if (chain.infinitive) {
    // "visit the US … to discuss trade": the phrase before "to" is the
    // previous verb's object; the infinitive's subject is that verb's.
    // "a push to deny …" complements a noun and has no actor subject.
    // ("leaves on a 10-day trip to help spur trade": a trip's purpose is its
    // traveller's.)
    bool noun_complement = chain.begin > 0 && IsNoun(tokens_[chain.begin - 1].pos) &&
                           group_at_[chain.begin - 1] == kNone && !in_time_[chain.begin - 1] &&
                           !IsTimeNoun(tokens_[chain.begin - 1].lower) && !MeansOfTheAct(chain.begin) &&
                           // (Nor a place: "dumped lemons on the streets to protest".)
                           !OneOf(tokens_[chain.begin - 1].lemma, {"trip", "tour", "journey", "mission", "street", "road",
                                                                   "square", "highway", "city", "town"});
    // "signed an agreement at the White House on Tuesday to establish
    // relations": what the agreement provides, past the place and time.
    if (!noun_complement && AgreementBefore(chain.begin)) {
      noun_complement = true;
      Trace("  what the agreement before it provides: part of that act");
    }
    // "Russia became the first country to recognise …": the subject of
    // "become" / "be" is the one the noun stands for; "He was the first
    // senior UAE official to visit Yugoslavia": with no actor for the
    // subject, the noun phrase names one.
    const int ordinal = FirstOfItsKind(chain.begin);
    if (ordinal != kNone && (noun_complement || group_at_[chain.begin - 1] != kNone)) {
      for (int v = ordinal - 1; v >= 0 && ordinal - v <= 3; --v) {
        if (IsVerb(tokens_[v].pos) && (tokens_[v].lemma == "become"sv || tokens_[v].lemma == "be"sv)) {
          std::string why;
          int g = FindSubject(AnalyzeChain(static_cast<uint32_t>(v)).begin, &why);
          source_why = "subject of '" + tokens_[v].text + "' (\"the first … to\")";
          if (g == kNone && group_at_[chain.begin - 1] != kNone) {
            g = group_at_[chain.begin - 1];
            source_why = "the actor \"the first … to\" names";
          }
          if (g != kNone) {
            sources = groups_[g].members;
            noun_complement = false;
            chain.infinitive = false;  // the act itself, not a purpose
          } else {
            source_why.clear();
          }
          break;
        }
      }
    }
    // "Valdoria's decision to expel Karsovia's envoy": a decision or move
    // taken is the act done, by the noun's possessor.
    if (noun_complement && sources.empty() && OneOf(tokens_[chain.begin - 1].lemma, {"decision", "move"})) {
      std::string why;
      const int owner = FindSubject(chain.begin, &why);
      // (Not a decision protested or resented, named as the cause: "rallied
      // against the government's decision to suspend talks", "angered by".)
      if (owner != kNone && !NamedAsCause(groups_[owner].begin)) {
        sources = groups_[owner].members;
        source_why = why;
        noun_complement = false;
        chain.infinitive = false;  // the act itself, not a purpose
      }
    }
    // "The Valdorian government approved a plan to sell arms to Karsovia":
    // a plan adopted or announced is the intent of the one who adopts it.
    if (noun_complement && sources.empty() && OneOf(tokens_[chain.begin - 1].lemma, {"plan", "proposal"})) {
      int v = static_cast<int>(chain.begin) - 2;
      while (v >= 0 && chain.begin - v <= 4 && group_at_[v] == kNone &&
             (OneOf(tokens_[v].pos, {Pos::DT, Pos::JJ, Pos::PRPS}) || tokens_[v].pos == Pos::NN)) {
        --v;
      }
      if (v >= 0 && IsVerb(tokens_[v].pos) && tokens_[v].pos != Pos::VBG &&
          OneOf(tokens_[v].lemma, {"approve", "adopt", "announce", "unveil", "outline", "endorse", "present"})) {
        std::string why;
        const Chain governing = AnalyzeChain(static_cast<uint32_t>(v));
        const int owner = governing.passive ? kNone : FindSubject(governing.begin, &why);
        if (owner != kNone && !governing.negated) {
          sources = groups_[owner].members;
          source_why = why + " ('" + tokens_[v].text + " a " + tokens_[chain.begin - 1].text + " to')";
          noun_complement = false;
          chain.infinitive = false;
          chain.modality = "intent";
          chain.intent_verb = static_cast<int>(chain.begin) - 1;
        }
      }
    }
    // "the decision by Karsovia to close the border": the noun's agent.
    if (!noun_complement && chain.begin > 0 && group_at_[chain.begin - 1] != kNone) {
      int b = static_cast<int>(groups_[group_at_[chain.begin - 1]].begin);
      noun_complement = b >= 2 && OneOf(tokens_[b - 1].lower, {"by", "of"}) && IsNoun(tokens_[b - 2].pos) &&
                        group_at_[b - 2] == kNone;
      // ("welcomed a decision by the dockers' union to lift its ban on
      // shipments to Fiji": a decision taken is the act, by the noun's agent,
      // unless named as what is protested or resented.)
      if (noun_complement && tokens_[b - 1].lower == "by"sv && OneOf(tokens_[b - 2].lemma, {"decision", "move"})) {
        if (!NamedAsCause(static_cast<uint32_t>(b) - 2)) {
          sources = groups_[group_at_[chain.begin - 1]].members;
          source_why = "the agent of the '" + tokens_[b - 2].text + "' taken";
          noun_complement = false;
          chain.infinitive = false;
        }
      }
    }
    // "prompting President Donald Trump to threaten …": the one moved to act.
    if (!noun_complement && sources.empty() && chain.control_object != kNone && !chain.requested) {
      sources = groups_[chain.control_object].members;
      source_why = "the object of '" + tokens_[chain.control_verb].text + "', moved to act";
      // The act itself, as sure as the verb that moved to it ("may prompt").
      const Chain governing = AnalyzeChain(static_cast<uint32_t>(chain.control_verb));
      chain.infinitive = false;
      chain.negated = chain.negated || governing.negated;
      chain.modality = governing.modality;
      chain.intent_verb = governing.intent_verb;
    }
    if (!noun_complement && sources.empty()) sources = InheritedSubject(chain, &source_why);
  } else {
    int g = FindSubject(chain.begin, &source_why);
    // "filed a case at the ICJ on Friday accusing Israel …": a bare
    // participle after a prepositional object belongs to the main clause.
    // (Not one right after plural people or forces, whom it describes:
    // "diverted to contra rebels fighting the Sandinista government".)
    // (Nor right after a body named by a common noun: "lied to Congress
    // and the grand jury investigating his business affairs".)
    const bool describes_group = g != kNone && groups_[g].end == a &&
                                 (OneOf(tokens_[a - 1].pos, {Pos::NNS, Pos::NNPS}) ||
                                  (tokens_[a - 1].pos == Pos::NN && !tokens_[a - 1].text.empty() &&
                                   tokens_[a - 1].text[0] >= 'a' && tokens_[a - 1].text[0] <= 'z'));
    // "was not optimistic about Finland and Sweden joining NATO", "warned
    // of Russia invading": a gerund with its own actor after "about", "of"
    // or "over" is what is spoken of, not an act that took place.
    if (g != kNone && tokens_[a].pos == Pos::VBG && chain.begin == a && groups_[g].end == a && !describes_group &&
        groups_[g].begin >= 1 && OneOf(tokens_[groups_[g].begin - 1].lower, {"about", "of", "over"}) &&
        !OneOf(tokens_[a].lemma, {"say", "tell"})) {
      Trace("  a gerund with its own actor after '" + tokens_[groups_[g].begin - 1].text +
            "' is the topic of what is said: not coded");
      return false;
    }
    if (g != kNone && tokens_[a].pos == Pos::VBG && chain.begin == a && InPrepositionalPhrase(g) && !describes_group) {
      chain.participle = true;
      std::vector<ActorMention> inherited = InheritedSubject(chain, &source_why);
      if (!inherited.empty()) {
        sources = std::move(inherited);
        g = kNone;
        source_why += " (participle after a prepositional phrase)";
      }
    }
    // "signed a treaty annexing Crimea", "issued a report praising
    // Israel": a document's participle is the act of whoever issued it.
    if (g == kNone && sources.empty() && tokens_[a].pos == Pos::VBG && chain.begin == a) {
      g = DocumentIssuer(a);
      if (g != kNone) source_why = "subject of the verb that issued the document the participle describes";
    }
    if (!sources.empty()) {
      // inherited above
    } else if (g != kNone && DeniedByVerbBefore(g)) {
      Trace("  the clause is what a negated verb of meaning before it denies ('did not mean X …'): not coded");
      return false;
    } else if (g != kNone && AllegedInThatClause(g)) {
      Trace("  the clause is what '" + tokens_[AllegationVerbBefore(g)].text +
            "' alleges or denies ('complained that X …', 'denied that X …'): not coded as a fact");
      return false;
    } else if (g != kNone && RumoredInThatClause(g)) {
      // ("There were rumors in world oil markets that Iran had fired shells
      // at an oil camp": what a rumor says is not a fact.)
      Trace("  the clause is what a rumor or an unconfirmed report says: not coded as a fact");
      return false;
    } else if (g != kNone && AskedInThatClause(g, chain)) {
      Trace("  the clause says what '" + tokens_[groups_[g].begin - 1].text +
            "' asks for ('demanded that X …'): part of the demand, not coded");
      asked_until_ = best.end + 12;
      return false;
    } else if (chain.begin >= 1 && OneOf(tokens_[chain.begin - 1].lower, {"and", "or"}) &&
               chain.begin < asked_until_ && tokens_[chain.begin].pos != Pos::VBD &&
               tokens_[chain.begin].pos != Pos::VBZ) {
      // "demanded that Russia stop its war and withdraw its forces" (not
      // "…, and asked Zelensky to …": the subject's own next act).
      Trace("  a second act of the same demand: not coded");
      return false;
    }
    if (g != kNone) {
      last_subject_ = g;
      last_subject_verb_ = a;
      sources = groups_[g].members;
      // "Congress and the grand jury investigating …": a participle right
      // after a list describes its last member.
      // (Not after names: "as a result of Spain and Portugal joining the
      // bloc" is both.)
      if (tokens_[a].pos == Pos::VBG && chain.begin == a && groups_[g].end == a && sources.size() > 1 &&
          InPrepositionalPhrase(g) && OneOf(tokens_[a - 1].pos, {Pos::NN, Pos::NNS}) &&
          !tokens_[a - 1].text.empty() && tokens_[a - 1].text[0] >= 'a' && tokens_[a - 1].text[0] <= 'z') {
        std::vector<ActorMention> last;
        for (const ActorMention& m : sources)
          if (m.token_end == a) last.push_back(m);
        if (!last.empty()) sources = std::move(last);
      }
    } else if (chain.participle && sources.empty()) {
      sources = InheritedSubject(chain, &source_why);
    } else if (sources.empty() && tokens_[a].pos == Pos::VBG && chain.begin == 0) {
      // "Accusing the French of overfishing, Canada said …": a participle
      // opening the sentence is the main clause subject's.
      chain.participle = true;
      sources = InheritedSubject(chain, &source_why);
    } else if (sources.empty() && chain.begin > 0 && tokens_[chain.begin - 1].lower == "there"sv &&
               pattern.code.compare(0, 2, "13") == 0 && OneOf(tokens_[0].lower, {"if", "unless"})) {
      // "If Iran does not make a deal, there will be bombing, Trump said":
      // what is foretold by no actor is the threat of the one who says it.
      if (const int speaker = SpeakerOfClause(chain.begin, best.end); speaker != kNone) {
        sources = groups_[speaker].members;
        source_why = "the one who says what there will be";
      }
    }
  }
  st->sources = std::move(sources);
  st->enacted_until = enacted_until;
  st->purpose_ahead = purpose_ahead;
  st->source_why = std::move(source_why);
  return true;
}

// An actor of `state` the sentence implies but names by no word ("French
// protesters blocked roads": their government; "Hasina resigned": the
// people she yields to), placed where the mention `like` is (its span is
// what implies it): the state's `role`.
static ActorMention ImpliedStateMention(const ActorMention& like, const Actor& state, const std::string& role,
                                        std::string why) {
  ActorMention m = like;
  m.kind = ActorMention::Kind::kState;
  m.code = state.code + role;
  m.country = state.code;
  m.name = state.name;
  m.office.clear();
  m.plural_agent = role == "CVL";
  m.demonym_only = false;
  m.why = std::move(why);
  return m;
}

// Whom the act is aimed at: the pattern's '+', a word of the pattern that
// names an actor, or else what the clause names (an actor after a
// preposition of direction, a passive's subject, the author of what is
// rejected, the victims by place, the actor a reaction answers, …); no
// target that is the source itself. No event without a source. Sets
// st->targets and st->denies_charge; may fill st->best.target.
bool SentenceCoder::FindTargets(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  const VerbPattern& pattern = *st->pattern;
  const Chain& chain = st->chain;
  Match& best = st->best;
  const std::vector<ActorMention>& sources = st->sources;
  const std::string& source_why = st->source_why;
  std::vector<ActorMention> targets;
  // "opened fire on protesters": the pattern named its target by a word
  // that is an actor of the sentence.
  // Another state's actor, or the people of one's own (civilians, press,
  // opposition …); one's own forces or police are the means, not a target.
  // (Not when a passive's subject fills the pattern's '+': "was handed over
  // to the Red Cross by Hamas" hands over the subject, not the Red Cross.)
  if (best.target == kNone && best.word_group != kNone && best.source == kNone &&
      !(chain.passive && best.target_unfilled)) {
    bool usable = !sources.empty();
    // (Or civilians acting on their own state: "protesters stormed parliament".)
    auto civil = [](const ActorMention& m) {
      return OneOf(m.code.size() > 3 ? m.code.substr(3) : std::string(),
                   {"CVL", "MED", "OPP", "REF", "EDU", "LAB", "BUS", "HRI", "REL"});
    };
    for (const ActorMention& w : groups_[best.word_group].members) {
      for (const ActorMention& s : sources) {
        usable = usable && s.code != w.code && (s.country != w.country || civil(w) || civil(s));
      }
    }
    if (usable) {
      best.target = best.word_group;
      Trace("  target: the actor the pattern's word '" + tokens_[groups_[best.word_group].begin].text + "' names");
    }
  }
  // "Israeli jets raided Palestinian guerrilla bases in south Lebanon": the
  // owner named before the sites beats the place they stand in.
  if (best.site_owner != kNone && best.target != kNone && best.target != best.site_owner &&
      IsPlace(groups_[best.target])) {
    Trace("  target: '" + tokens_[groups_[best.site_owner].begin].text + "', whose the sites are, not the place");
    best.target = best.site_owner;
  }
  if (best.target != kNone) targets = groups_[best.target].members;
  if (best.target != kNone) {
    if (const int owned = OwnedActorAfter(best.target); owned != kNone) {
      targets.pop_back();
      for (const ActorMention& m : groups_[owned].members) targets.push_back(m);
      Trace("  target: '" + tokens_[groups_[owned].begin].text + "', the actor the state's possessive names");
    }
  }
  // "struck Houthi targets in Yemen": an attack's target named as the
  // owner of the things hit comes before the place they are in.
  if (best.target != kNone && !targets.empty() && (pattern.code.compare(0, 2, "19") == 0) && !chain.passive && !noun) {
    const uint32_t tb = groups_[best.target].begin;
    const uint32_t prep = tb > 0 && tokens_[tb - 1].lower == "the"sv ? tb - 1 : tb;
    if (prep > 0 && OneOf(tokens_[prep - 1].lower, {"in", "inside", "across", "near"})) {
      for (uint32_t k = a + 1; k + 1 < prep; ++k) {
        if (const uint32_t claimed = ClaimedAsEnd(k); claimed > k) {  // "what it called Hezbollah targets"
          k = claimed - 1;
          continue;
        }
        if (clause_break_[k] || IsVerb(tokens_[k].pos)) break;
        const int g = group_at_[k];
        if (g == kNone || groups_[g].begin != k) continue;
        const uint32_t end = groups_[g].end;
        if (end < prep && IsNoun(tokens_[end].pos) && group_at_[end] == kNone && groups_[g].members.size() == 1 &&
            groups_[g].members[0].country != targets[0].country) {
          targets = groups_[g].members;
          Trace("  target: the owner of what was hit ('" + tokens_[k].text + " " + tokens_[end].text + "'), not the place");
        }
        break;
      }
    }
  }
  // "killed Lieutenant General Igor Kirillov, the head of Russia's
  // chemical defence troops": a pattern that ends on an office word before
  // a name the dictionary does not know, described by an apposition that
  // names an actor: that actor.
  if (best.target == kNone && targets.empty() && !noun && !chain.passive && best.end > a + 1 &&
      IsNoun(tokens_[best.end - 1].pos)) {
    int apposed = ApposedActorAfterName(best.end);
    if (apposed != kNone) {
      targets = groups_[apposed].members;
      Trace("  target: the actor of the apposition to the unknown name after '" + tokens_[best.end - 1].text + "'");
    }
  }
  // "UNIFIL said Israeli troops had fired on its positions": an attack on
  // "its" place is aimed at the one who reports it.
  if (best.target == kNone && targets.empty() && pattern.code.compare(0, 2, "19") == 0 &&
      best.end + 1 < tokens_.size() && OneOf(tokens_[best.end].lower, {"its", "their"}) &&
      IsAttackedThing(tokens_[best.end + 1].lemma)) {
    const int owner = SpeakerBefore(best.end);
    if (owner != kNone && !sources.empty() && !SameActor(sources[0], groups_[owner].members[0])) {
      targets = groups_[owner].members;
      Trace("  target: the speaker '" + tokens_[best.end].text + "' stands for, whose place was attacked");
    }
  }
  // "expelled at least ten aid agencies, among them Oxfam and Medecins Sans
  // Frontieres": the actors an aside after the object names are the ones
  // the act reached.
  if (best.target == kNone && targets.empty() && !chain.passive && best.end + 2 < tokens_.size() &&
      tokens_[best.end].lower == ","sv) {
    uint32_t k = best.end + 1;
    while (k < tokens_.size() && in_time_[k] && group_at_[k] == kNone) ++k;
    if (k + 1 < tokens_.size() && tokens_[k].lower == "among"sv && tokens_[k + 1].lower == "them"sv) {
      k += 2;
    } else if (k < tokens_.size() && OneOf(tokens_[k].lower, {"including", "notably"})) {
      k += 1;
    } else {
      k = static_cast<uint32_t>(tokens_.size());
    }
    if (k + 1 < tokens_.size() && tokens_[k].lower == "the"sv && group_at_[k] == kNone) ++k;
    if (k < tokens_.size() && group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
      targets = groups_[group_at_[k]].members;
      Trace("  target: the actors the aside after the object names ('" + tokens_[k - 1].text + " …')");
    }
  }
  // A pattern that named no target: an actor after a preposition of
  // direction later in the clause ("restricted exports of chips to China").
  // Not for a mutual act of a compound subject ("Xi and Biden met … on Bali").
  if (best.target == kNone && !chain.passive && options_.prepositional_targets &&
      !(pattern.recip && CountCountries(sources) >= 2)) {
    // Withdrawing or evacuating is away from someone: "pulled its troops out of / from Niger".
    bool away = pattern.code.compare(0, 2, "08") == 0;
    bool statement = pattern.code.compare(0, 2, "01") == 0;  // "said sanctions on Russia …" names no addressee
    // "defended the new sanctions against Japan": a cooperative act is
    // never aimed through "against" (what is defended is against them);
    // yielding is ("lifted the sanctions against Japan").
    const int root = std::atoi(pattern.code.substr(0, 2).c_str());
    const bool cooperative = root >= 3 && root <= 7;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    // (Goods can take many words: "cut its duties on imported frozen
    // concentrated orange juice (FCOJ) from Brazil".)
    const bool trade_measure = root == 16 || pattern.code == "085" || pattern.code == "1312";
    // (Protests name whom they are against far along: "rallied outside
    // Istanbul city hall on Friday for a third straight night of protests
    // against President Tayyip Erdogan's government".)
    int budget = trade_measure || root == 14 ? 16 : 10;  // words, not counting times ("in Tbilisi on Sunday for a fourth night against …")
    for (uint32_t t = best.end; t + 1 < n && budget > 0; ++t) {
      if (in_time_[t] && group_at_[t] == kNone) continue;
      // An abbreviation in parentheses is part of the name before it.
      if (tokens_[t].lower == "("sv && t + 2 < n && tokens_[t + 2].lower == ")"sv && group_at_[t + 1] == kNone) {
        t += 2;
        continue;
      }
      --budget;
      // A participle after the object noun describes it ("the proposals
      // announced by the LDP", "sanctions imposed against Japan"): its
      // 'by' agent made the object; other phrases go on as the object's.
      const bool object_participle =
          (tokens_[t].pos == Pos::VBN || (tokens_[t].pos == Pos::VBD && tokens_[t + 1].lower == "by"sv)) && t > 0 &&
          IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone;
      if (object_participle) {
        if (t + 2 < n && tokens_[t + 1].lower == "by"sv) {
          uint32_t k = t + 2;
          if (k < n && tokens_[k].lower == "the"sv) ++k;
          if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
            targets = groups_[group_at_[k]].members;
            Trace("  target: the 'by' agent of '" + tokens_[t].text + "', who made the object");
            break;
          }
        }
        continue;
      }
      // "imposed the sanctions … because Japan did not honor …": a
      // conflictual act's reason clause names whom it is aimed at by its
      // subject.
      // So is a threat at the subject of its condition ("warned of
      // retaliation if Seoul's efforts falter").
      // "announced the tariffs … to retaliate for Japan's failure", "in
      // retaliation for Iran's attack": a conflictual act answering
      // another's act is aimed at its actor.
      if (!cooperative && !statement && root >= 13 && t + 3 < n &&
          OneOf(tokens_[t].lemma, {"retaliate", "retaliation", "reprisal", "revenge"}) &&
          OneOf(tokens_[t + 1].lower, {"for", "against"})) {
        const uint32_t k = tokens_[t + 2].lower == "the"sv ? t + 3 : t + 2;
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k && !groups_[group_at_[k]].coreference &&
            groups_[group_at_[k]].end < n && !IsVerb(tokens_[groups_[group_at_[k]].end].pos)) {
          targets = groups_[group_at_[k]].members;
          Trace("  target: the actor of what the act retaliates for");
          break;
        }
      }
      // ("vowed to continue the offensive until Valdoria withdrew": so is
      // the one whose act would end it.)
      const bool condition = root == 13 && OneOf(tokens_[t].lower, {"if", "unless", "until"});
      if (!cooperative && !statement && root >= 10 && (tokens_[t].lower == "because"sv || condition) && t + 2 < n) {
        uint32_t k = tokens_[t + 1].lower == "the"sv ? t + 2 : t + 1;
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k && groups_[group_at_[k]].end < n &&
            !groups_[group_at_[k]].coreference) {
          const Token& after = tokens_[groups_[group_at_[k]].end];
          const bool subject = IsVerb(after.pos) || after.pos == Pos::MD;
          const bool possessor = condition && OneOf(after.lower, {"'s", "'"});
          if (subject || possessor) {
            targets = groups_[group_at_[k]].members;
            Trace("  target: the " + std::string(subject ? "subject" : "possessor") + " of the clause after '" +
                  tokens_[t].text + "'");
            break;
          }
        }
      }
      // "rejecting a motion by Prime Minister David Cameron", "welcomed a
      // proposal by Japan": a reaction to a thing is aimed at its author.
      if ((root == 5 || root == 8 || (root >= 10 && root <= 13)) && tokens_[t].lower == "by"sv && t > best.end &&
          (tokens_[t - 1].pos == Pos::NN || tokens_[t - 1].pos == Pos::NNS) && group_at_[t - 1] == kNone &&
          !in_time_[t - 1] && t + 1 < n) {
        uint32_t k = tokens_[t + 1].lower == "the"sv && t + 2 < n ? t + 2 : t + 1;
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k && !groups_[group_at_[k]].coreference) {
          targets = groups_[group_at_[k]].members;
          Trace("  target: the author ('by') of the object '" + tokens_[t - 1].text + "'");
          break;
        }
      }
      // "signed an accord to supply Gondor with wheat": the one the
      // agreement provides for, the object of what it provides.
      if (!statement && tokens_[t].pos == Pos::VB && t >= 2 && tokens_[t - 1].lower == "to"sv &&
          (IsAgreementNoun(tokens_[t - 2].lemma) || AgreementBefore(t - 1))) {
        uint32_t k = tokens_[t + 1].lower == "the"sv && t + 2 < n ? t + 2 : t + 1;
        // ("signed an agreement to borrow 150 billion yen … from Japan's
        // Export-Import Bank": what is borrowed comes from the other party;
        // a deal to buy is commerce, decision 0011.)
        if (OneOf(tokens_[t].lemma, {"borrow", "obtain", "receive"})) {
          for (uint32_t f = t + 1; f + 1 < n && f < t + 16 && !(clause_break_[f] && !in_time_[f]); ++f) {
            if (tokens_[f].lower != "from"sv) continue;
            k = tokens_[f + 1].lower == "the"sv && f + 2 < n ? f + 2 : f + 1;
            break;
          }
        }
        if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
          targets = groups_[group_at_[k]].members;
          Trace("  target: the object of what the agreement provides ('" + tokens_[t].text + " …')");
        }
        break;
      }
      // "backed dissident Kurds in the area in attacks on government
      // positions": a phrase naming another act ("in attacks on") has that
      // act's target, not this one's.
      if (!pattern.first_actor_target && OneOf(tokens_[t].lower, {"in", "during"}) && t + 2 < n) {
        uint32_t k = t + 1;
        while (k + 1 < n && k < t + 3 && (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos))) ++k;
        // (Not the same kind of act: "marched … in a protest against EC
        // policies", "captured defences in bitter fighting with Iraqi troops".)
        bool other_act = false;
        if (IsNoun(tokens_[k].pos) && group_at_[k] == kNone && k + 1 < n &&
            OneOf(tokens_[k + 1].lower, {"on", "against", "with"})) {
          other_act = !index_.Find(tokens_[k].lemma).empty();
          for (uint32_t p : index_.Find(tokens_[k].lemma)) {
            const VerbPattern& v = dict_.patterns[p];
            if (v.noun && std::atoi(v.code.substr(0, 2).c_str()) == root) other_act = false;
          }
        }
        if (other_act) break;
      }
      // PETRARCH's implicit target reaches past verbs to the next clause
      // break: the object's own participle ("the links leading into
      // Mordor"), a complement clause ("said he has deep satisfaction
      // toward Gondor").
      // (A participle before its noun is an adjective: "on imported frozen
      // orange juice from Brazil".)
      if ((clause_break_[t] && !list_comma_[t]) ||
          (IsVerb(tokens_[t].pos) && !pattern.first_actor_target && !PrenominalParticiple(t)))
        break;
      if (group_at_[t] != kNone) {
        // PETRARCH's implicit target is the first actor after the verb.
        if (pattern.first_actor_target) {
          targets = groups_[group_at_[t]].members;
          Trace("  target: the first actor after the verb (PETRARCH's implicit target)");
          break;
        }
        // A place ("rallied in Tbilisi") is passed over; a state's own
        // building is not, for a protest or an attack at it.
        uint32_t b = groups_[group_at_[t]].begin;
        uint32_t p = b > 0 && tokens_[b - 1].lower == "the"sv ? b - 1 : b;
        if (!((root == 14 || root == 18 || root == 19) && StateBuildingAt(t)) && p > 0 &&
            OneOf(tokens_[p - 1].lower, {"in", "at", "near", "outside", "across", "through", "throughout"})) {
          t = groups_[group_at_[t]].end - 1;
          continue;
        }
        break;
      }
      // "imposed penalties over Japan's failure to …", "criticized the
      // plan because of Iran's refusal": a conflictual act's reason names
      // whom it is aimed at through its possessor.
      if (!cooperative && !statement && root >= 10 && (OneOf(tokens_[t].lower, {"over", "for"}) ||
                                                       (tokens_[t].lower == "of"sv && t > 0 &&
                                                        tokens_[t - 1].lower == "because"sv))) {
        uint32_t k = t + 1;
        if (k < n && tokens_[k].lower == "the"sv) ++k;
        if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].begin == k &&
            groups_[group_at_[k]].end < n && OneOf(tokens_[groups_[group_at_[k]].end].lower, {"'s", "'"})) {
          targets = groups_[group_at_[k]].members;
          Trace("  target: the possessor of the reason after '" + tokens_[t].text + "'");
          break;
        }
        continue;
      }
      // ("police thwarted an attack on the Karsovian embassy": whom the
      // attack repelled was aimed at is no attacker.)
      if (OneOf(tokens_[t].lower, {"on", "against"}) && IsNoun(tokens_[t - 1].pos) &&
          IsAttackNoun(tokens_[t - 1].lemma) &&
          OneOf(tok.lemma,
                {"repel", "repulse", "thwart", "foil", "crush", "rout", "smash", "check", "halt", "blunt"})) {
        break;
      }
      // ("took about 150 hostages into Gaza": where captives are carried
      // is no victim.)
      if (pattern.code.compare(0, 3, "181") == 0 && OneOf(tokens_[t].lower, {"to", "into", "toward", "towards"})) {
        continue;
      }
      if (!(tokens_[t].lower == "to"sv || (!statement && tokens_[t].lower == "with"sv) ||
            (!statement && OneOf(tokens_[t].lower, {"on", "toward", "towards", "into", "alongside"})) ||
            (!statement && !cooperative && tokens_[t].lower == "against"sv) ||
            ((away || root == 10) && tokens_[t].lower == "from"sv))) {
        continue;
      }
      // "said a visit to Moscow …": a statement's addressee follows the verb,
      // not a noun of what is said (but "said in a letter to Congressmen",
      // "in testimony to the Senate": the message is addressed).
      if (statement && t > best.end && IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone &&
          !in_time_[t - 1] &&
          !OneOf(tokens_[t - 1].lemma, {"letter", "testimony", "message", "speech", "address", "statement", "remark",
                                        "response", "budget", "report", "interview", "note", "reply", "memo",
                                        "telegram", "cable", "briefing", "presentation", "submission", "question"})) {
        continue;
      }
      uint32_t k = t + 1;
      if (k + 1 < n && tokens_[k].lower == "the"sv) ++k;
      // "on the Indonesian island of Bali": a country adjective on a place.
      // Only trade measures reach a state through its goods ("tariffs on
      // Japanese electronics").
      bool trade = pattern.code.compare(0, 2, "16") == 0 || pattern.code == "1312" || pattern.code == "085";
      bool adjective_on_noun = !trade && group_at_[k] != kNone && groups_[group_at_[k]].members.size() == 1 &&
                               groups_[group_at_[k]].members[0].demonym_only &&
                               groups_[group_at_[k]].end < n && IsNoun(tokens_[groups_[group_at_[k]].end].pos);
      if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k && !adjective_on_noun) {
        targets = groups_[group_at_[k]].members;
        Trace("  target after '" + tokens_[t].text + "' later in the clause");
        break;
      }
    }
    // ("If Iran does not make a deal, there will be bombing": a condition
    // opening the sentence names whom the threat is aimed at.)
    if (targets.empty() && root == 13 && !noun && n > 3 && OneOf(tokens_[0].lower, {"if", "unless"})) {
      const uint32_t k = tokens_[1].lower == "the"sv ? 2 : 1;
      if (k < chain.begin && group_at_[k] != kNone && groups_[group_at_[k]].begin == k &&
          groups_[group_at_[k]].end < n && !groups_[group_at_[k]].coreference &&
          (IsVerb(tokens_[groups_[group_at_[k]].end].pos) || tokens_[groups_[group_at_[k]].end].pos == Pos::MD)) {
        targets = groups_[group_at_[k]].members;
        Trace("  target: the subject of the condition that opens the sentence");
      }
    }
  }
  if (st->envoy_host != kNone && best.target == kNone) {
    targets = groups_[st->envoy_host].members;
    Trace("  target: the state the recalled envoy is posted to");
  } else if (chain.passive && !noun && best.target == kNone && !st->forces_moved) {
    // The subject of a passive is its target: "Ukraine was attacked by Russia".
    // (Not forces a show of force moves: "A U.S. carrier strike group was
    // ordered to the eastern Mediterranean by Austin".)
    const int g = PassiveSubject(chain, a);
    const bool forces = g != kNone && pattern.code.compare(0, 2, "15") == 0 &&
                        std::all_of(groups_[g].members.begin(), groups_[g].members.end(), [](const ActorMention& m) {
                          return m.code.size() >= 6 && OneOf(m.code.substr(3, 3), {"MIL", "COP"});
                        });
    if (g != kNone && !forces) targets = groups_[g].members;
  }
  // "Two car bombs set off by al-Shabaab militants outside Somalia's
  // education ministry": a passive attack or protest whose subject is no
  // actor is aimed at the state building it happened at.
  if (chain.passive && !noun && targets.empty() && best.target == kNone) {
    const int root = std::atoi(pattern.code.substr(0, 2).c_str());
    const uint32_t from = std::max<uint32_t>(best.end, a + 1);
    for (uint32_t t = from; (root == 14 || root == 18 || root == 19) && t < tokens_.size() && t < from + 10; ++t) {
      if (clause_break_[t] && !list_comma_[t]) break;
      if (group_at_[t] == kNone) continue;
      // (Past the passive's "by" agent.)
      if (groups_[group_at_[t]].begin > 0 && tokens_[groups_[group_at_[t]].begin - 1].lower == "by"sv) {
        t = groups_[group_at_[t]].end - 1;
        continue;
      }
      if (StateBuildingAt(t)) {
        targets = groups_[group_at_[t]].members;
        Trace("  target: the state building the act happened at, " + targets[0].code);
      }
      break;
    }
  }
  // "told Brazil the bank will continue to cooperate with it": in what one
  // is told, an object "it" or "them" is the one told.
  if (targets.empty() && !noun && !chain.passive && !sources.empty() && best.target == kNone &&
      chain.begin >= 2) {
    int subject = static_cast<int>(chain.begin) - 1;
    if (group_at_[subject] != kNone) subject = static_cast<int>(groups_[group_at_[subject]].begin);
    int v = subject - 1;
    if (v >= 0 && tokens_[v].lower == "that"sv) --v;
    const int told = v >= 1 ? ToldBefore(v) : kNone;
    if (told != kNone && groups_[told].members[0].code != sources[0].code) {
      for (uint32_t t = a + 1; t < tokens_.size() && t <= a + 6; ++t) {
        if (clause_break_[t] && !in_time_[t]) break;
        if (tokens_[t].pos == Pos::PRP && OneOf(tokens_[t].lower, {"it", "them"}) &&
            (IsVerb(tokens_[t - 1].pos) || tokens_[t - 1].pos == Pos::IN)) {
          targets = groups_[told].members;
          Trace("  target: '" + tokens_[t].text + "' in what one is told, the one told, " + targets[0].code);
          break;
        }
      }
    }
  }
  // "a response to Iran, which the Americans blame for two missile
  // attacks": the object of a verb in an object relative clause is the
  // clause's antecedent.
  // So is that of a bare verb with no object after it: "migrants whom
  // the United States had deported".
  const bool bare_verb_without_object =
      pattern.after.empty() && pattern.code.compare(0, 2, "01") != 0 &&
      (a + 1 >= tokens_.size() || (!IsVerb(tokens_[a + 1].pos) &&
                                   !OneOf(tokens_[a + 1].pos, {Pos::DT, Pos::NN, Pos::NNS, Pos::NNP, Pos::NNPS,
                                                               Pos::PRP, Pos::PRPS, Pos::CD, Pos::JJ})));
  if (targets.empty() && !noun && !chain.passive && !sources.empty() &&
      ((!pattern.after.empty() && pattern.after[0].type == PatternElement::Type::kTarget) ||
       bare_verb_without_object) &&
      best.target == kNone) {
    int antecedent = ObjectRelativeAntecedent(chain.begin);
    // (After a preposition, ", which" may stand for its clause: "business
    // could drift to London, which the Bundesbank opposes".)
    if (antecedent != kNone && pattern.after.empty()) {
      const uint32_t first = groups_[antecedent].begin;
      uint32_t pronoun = groups_[antecedent].end;
      if (pronoun < tokens_.size() && tokens_[pronoun].lower == ","sv) ++pronoun;
      if (groups_[antecedent].members[0].place ||
          (first > 0 && OneOf(tokens_[first - 1].pos, {Pos::IN, Pos::TO}) && pronoun < tokens_.size() &&
           tokens_[pronoun].lower == "which"sv)) {
        antecedent = kNone;
      }
    }
    if (antecedent != kNone) {
      targets = groups_[antecedent].members;
      Trace("  target: the antecedent of the object relative clause, " + targets[0].code);
    }
  }
  // "rejected on Wednesday President Trump's proposal", "denied U.S.
  // accusations", "rejected a ruling by a tribunal": a rejection, denial,
  // criticism or protest with no actor named is aimed at the author of
  // the statement or measure it names.
  if (targets.empty() && !noun && !chain.passive && !sources.empty() &&
      (pattern.code == "016" || OneOf(pattern.code.substr(0, 2), {"11", "12", "14"}))) {
    int author = AuthorOfObject(a + 1);
    if (author != kNone && groups_[author].members[0].country != sources[0].country) {
      targets = groups_[author].members;
      Trace("  target: the author of what '" + tok.text + "' is aimed at, " + targets[0].code);
    }
  }
  // "approved the sale … to India while rejecting its request": a
  // conflictual act on "its|their" thing, with no actor named, is aimed at
  // the state named before it that is not its source.
  if (targets.empty() && !noun && !chain.passive && !sources.empty() && std::atoi(pattern.code.c_str()) >= 100) {
    int owner = OtherStateBeforePossessive(a, best.end, sources, pattern.code.compare(0, 2, "11") == 0);
    if (owner != kNone) {
      targets = groups_[owner].members;
      Trace("  target: '" + tokens_[a + 1].text + "…' owned by the other state named before, " + targets[0].code);
    }
  }
  // "slapped a duty on U.S. corn …, but reduced the duty", "called off the
  // negotiations" after talks with the Taliban: a measure or talks named
  // again with "the" are the ones coded before in the sentence, with the
  // same other side.
  // (Acts on them only: not "said the talks would resume".)
  if (targets.empty() && !noun && !chain.passive && !sources.empty() && best.target == kNone &&
      OneOf(pattern.code.substr(0, 2), {"03", "04", "08", "12", "13", "16"})) {
    uint32_t thing = 0;
    const int other = ThingCodedBefore(a, sources[0], &thing);
    if (other != kNone) {
      targets = groups_[other].members;
      Trace("  target: 'the " + tokens_[thing].text + "' is the one coded before, with " + targets[0].code);
    }
  }
  // "Iran fired missiles at Israel, and Israel vowed to retaliate", "a U.S.
  // drone strike killed Soleimani, and Tehran vowed revenge": a threat with
  // no one named, by one attacked earlier in the sentence, is aimed at the
  // attacker.
  // (Also a protest or a condemnation: "… shot down a Chinese balloon, and
  // Beijing protested"; and retaliation in kind.)
  // ("… and Thailand struck back with F-16 fighter jets": an attack "back".)
  const std::string three = pattern.code.substr(0, 3);
  const bool struck_back = a + 1 < tokens_.size() && tokens_[a + 1].lower == "back"sv &&
                           OneOf(pattern.code.substr(0, 2), {"18", "19"});
  const bool answers_attack = pattern.code.compare(0, 2, "13") == 0 || OneOf(three, {"111", "114", "141"}) ||
                              ((pattern.code.compare(0, 2, "19") == 0 || pattern.code.compare(0, 2, "16") == 0) &&
                               OneOf(tok.lemma, {"retaliate", "respond", "avenge"})) ||
                              struck_back;
  // The group, before the anchor, of who did the sentence's latest act of
  // the kind `kind` picks to the source's country from another; kNone
  // when there is none.
  const auto actor_of_act_on_source = [&](auto&& kind) -> int {
    for (auto e = out_->rbegin(); e != out_->rend(); ++e) {
      if (e->doc_id != story_.doc_id || e->sentence != sentence_idx_) break;
      if (!e->target || e->negated || !kind(*e) || e->target->country != sources[0].country ||
          e->source.country == sources[0].country) {
        continue;
      }
      return GroupOfActorBefore(e->source.code, a);
    }
    return kNone;
  };
  if (targets.empty() && !noun && !sources.empty() && best.target == kNone && answers_attack) {
    if (const int g = actor_of_act_on_source([](const Event& e) { return std::atoi(e.root.c_str()) >= 17; });
        g != kNone) {
      targets = groups_[g].members;
      Trace("  target: the attacker of the act on the source before it, " + targets[0].code);
    }
  }
  // "Tusk accused Russian intelligence of …, and the Kremlin dismissed the
  // accusation", "Israel blamed Hezbollah …, and the Lebanese group denied
  // any involvement": a denial with no one named answers the accuser of
  // the denier earlier in the sentence.
  if (targets.empty() && !noun && !sources.empty() && best.target == kNone && pattern.code == "016") {
    if (const int g = actor_of_act_on_source([](const Event& e) { return e.root == "11"; }); g != kNone) {
      targets = groups_[g].members;
      Trace("  target: the accuser the denial answers, " + targets[0].code);
    }
  }
  // "Iran blamed Israel and vowed revenge": a threat with no one named,
  // right after the same source accused someone, is aimed at the accused.
  if (targets.empty() && !noun && !sources.empty() && best.target == kNone &&
      pattern.code.compare(0, 2, "13") == 0 && !out_->empty()) {
    const Event& before = out_->back();
    if (before.doc_id == story_.doc_id && before.sentence == sentence_idx_ && before.target && !before.negated &&
        before.source.code == sources[0].code && before.root == "11" &&
        before.target->country != sources[0].country) {
      if (const int g = GroupOfActorBefore(before.target->code, a); g != kNone) {
        targets = groups_[g].members;
        Trace("  target: the one the source has just accused, " + targets[0].code);
      }
    }
  }
  // "accused Russian military intelligence of a cyberattack …, warning that
  // it would have consequences": a threat in a participle after a
  // conflictual act of the same source is aimed at that act's target.
  if (targets.empty() && !noun && chain.participle && !sources.empty() && best.target == kNone &&
      pattern.code.compare(0, 2, "13") == 0 && !out_->empty()) {
    // (The source's last such act in the sentence; an appeal too: "called
    // on Israel to halt …, warning that they would take concrete actions".)
    auto last = out_->rbegin();
    while (last != out_->rend() && last->doc_id == story_.doc_id && last->sentence == sentence_idx_ &&
           !(last->source.code == sources[0].code && last->target &&
             (std::atoi(last->root.c_str()) >= 10 || last->root == "02"))) {
      ++last;
    }
    const Event& before = last != out_->rend() ? *last : out_->back();
    if (before.doc_id == story_.doc_id && before.sentence == sentence_idx_ && before.target &&
        before.source.code == sources[0].code && !before.background &&
        (std::atoi(before.root.c_str()) >= 10 || before.root == "02")) {
      if (const int g = GroupOfActorBefore(before.target->code, a); g != kNone) {
        targets = groups_[g].members;
        Trace("  target: the target of the act the participle follows, " + targets[0].code);
      }
    }
  }
  // "complained to the UN that planes from Afghanistan attacked …": the
  // complaint is about the actor of what is alleged, not its addressee.
  if (!noun && OneOf(tok.lemma, {"complain", "protest", "allege", "charge"})) {
    int accused = AccusedInThatClause(best.end);
    if (accused != kNone) {
      targets = groups_[accused].members;
      Trace("  the complaint is about the actor of its 'that' clause");
    }
  }
  // "held negotiations …, with Oman acting as mediator", "signed a deal …
  // in an agreement brokered by Turkey": mediation is between the sides
  // of the act before it.
  // The sides of the act before, less the source (by code, or by country
  // when `by_country`), each once.
  const auto add_sides_of_act_before = [&](bool by_country) {
    for (const ActorMention& p : last_participants_) {
      bool is_source = false;
      for (const ActorMention& s : sources) {
        is_source = is_source || (by_country ? s.country == p.country : s.code == p.code);
      }
      bool seen = false;
      for (const ActorMention& t : targets) seen = seen || t.code == p.code;
      if (!is_source && !seen) targets.push_back(p);
    }
  };
  if (targets.empty() && (pattern.code == "045" || pattern.code == "039") && !last_participants_.empty()) {
    add_sides_of_act_before(false);
    if (!targets.empty()) Trace("  mediation between the sides of the act before it");
  }
  // "handed former President Rodrigo Duterte over to the International
  // Criminal Court": a captive handed to a court is handed to justice,
  // which receives him (063, see DecideCode).
  if (pattern.code == "0841" && tok.lemma == "hand"sv && best.end + 1 < tokens_.size() &&
      tokens_[best.end].lower == "to"sv) {
    const uint32_t c = tokens_[best.end + 1].lower == "the"sv ? best.end + 2 : best.end + 1;
    if (c < tokens_.size() && group_at_[c] != kNone && groups_[group_at_[c]].begin == c &&
        groups_[group_at_[c]].members.size() == 1 &&
        groups_[group_at_[c]].members[0].code.find("JUD") != std::string::npos) {
      targets = groups_[group_at_[c]].members;
      Trace("  handed over to a court: the court receives, " + targets[0].code);
    }
  }
  // "Honduras extradited its former president, Juan Orlando Hernandez, to
  // the United States": the state that receives the one extradited is the
  // target, past the person and an aside naming him.
  if (pattern.code == "063" && !noun && OneOf(tok.lemma, {"extradite", "deport", "hand", "transfer"})) {
    for (uint32_t k = best.end; k + 1 < tokens_.size() && k < best.end + 12; ++k) {
      if (group_at_[k] != kNone) {
        k = groups_[group_at_[k]].end - 1;
        continue;
      }
      if (IsVerb(tokens_[k].pos) || tokens_[k].pos == Pos::MD) break;
      if (tokens_[k].lower != "to"sv) continue;
      const uint32_t c = tokens_[k + 1].lower == "the"sv ? k + 2 : k + 1;
      if (c < tokens_.size() && group_at_[c] != kNone && groups_[group_at_[c]].begin == c) {
        const std::vector<ActorMention>& to = groups_[group_at_[c]].members;
        if (!sources.empty() && to[0].country != sources[0].country) {
          targets = to;
          Trace("  extradited to " + targets[0].code + ": the receiving state is the target");
        }
      }
      break;
    }
  }
  // "signed a peace accord … at a ceremony hosted by King Salman", "held
  // talks …, with Saudi officials acting as hosts": the host receives the
  // sides of the act before it.
  if (targets.empty() && pattern.code == "043" && !last_participants_.empty() &&
      (((tokens_[a].pos == Pos::VBN || tokens_[a].pos == Pos::VBD) && a > 0 && IsNoun(tokens_[a - 1].pos) &&
        group_at_[a - 1] == kNone &&
        a + 1 < tokens_.size() && tokens_[a + 1].lower == "by"sv) ||
       OneOf(tok.lemma, {"act", "serve"}))) {
    add_sides_of_act_before(true);
    if (!targets.empty()) Trace("  the host receives the sides of the act before it");
  }
  // "apologised to Namibia … and pledged 1.1 billion euros in development
  // aid": a pledge or a gift that shares its subject with an act before
  // "and" aimed at someone is aimed at the same one.
  // (Not when the pattern's own '+' names someone else: "pledged money to
  // the victims".)
  if (targets.empty() && !noun && !chain.passive && !sources.empty() && best.target == kNone &&
      !best.target_unfilled && !last_targets_.empty() && OneOf(pattern.code.substr(0, 2), {"03", "07"}) &&
      std::string_view(source_why).substr(0, kSharedSubjectWhy.size()) == kSharedSubjectWhy) {
    targets = last_targets_;
    Trace("  the target of the act its subject is shared with");
  }
  // "at the start of a two-day visit": a visit whose destination is not
  // named goes to the state of the place its clause happens in.
  // (The bare "visit" pattern codes only such a visit: not "agreed to
  // revive reciprocal visits by their leaders".)
  if (noun && pattern.code == "042" && pattern.before.empty() && pattern.after.empty()) {
    targets.clear();
    const int host = sources.empty() ? kNone : HostOfVisit(a, sources);
    if (host == kNone) {
      Trace("  a visit with no destination and no place its clause happens in: no event");
      return false;
    }
    // (A visit is to the state the place is in.)
    for (const ActorMention& m : groups_[host].members) {
      ActorMention state = m;
      state.kind = ActorMention::Kind::kState;
      state.code = m.country;
      bool seen = false;
      for (const ActorMention& t : targets) seen = seen || t.code == state.code;
      if (!seen) targets.push_back(std::move(state));
    }
    Trace("  a visit to the state of the place its clause happens in ('" + tokens_[groups_[host].begin].text + "')");
  }
  // "massacred thousands of Yazidi men in Iraq's Sinjar region",
  // "abducted 276 schoolgirls … in the Nigerian town of Chibok": violence
  // against people the dictionary does not name is against the civilians
  // of the country where it happened.
  if (targets.empty() && !sources.empty() && OneOf(pattern.code.substr(0, 2), {"18", "19", "20"})) {
    std::optional<ActorMention> victims =
        VictimsByPlace(a, best.end, pattern.code.compare(0, 3, "192") == 0, sources);
    if (victims) {
      Trace("  people of the place it happened in: " + victims->code);
      targets.push_back(*victims);
    }
  }
  // ", a move that Netanyahu denounced as …", ", a charge Israel rejected":
  // a reaction to the main clause's act is aimed at its actor.
  bool denies_charge = false;  // ", a charge Israel rejected": a denial (016)
  int reaction_noun = kNone;
  if (targets.empty() && !noun && !chain.passive && !first_act_sources_.empty() &&
      ReactsToMainAct(chain.begin, &reaction_noun)) {
    targets = first_act_sources_;
    Trace("  a reaction to the act of the main clause: aimed at its actor");
    denies_charge = OneOf(tokens_[reaction_noun].lemma, {"charge", "accusation", "allegation", "claim"}) &&
                    OneOf(tok.lemma, {"reject", "dismiss", "deny", "refute", "rebuff"});
  }
  // "Velkor called the Valdorian president to warn him": an object
  // pronoun is not its own clause's subject; it stands for the other
  // person named before it.
  if (best.target != kNone && !sources.empty() && !targets.empty() && groups_[best.target].coreference &&
      groups_[best.target].end == groups_[best.target].begin + 1 &&
      OneOf(tokens_[groups_[best.target].begin].lower, {"him", "her"}) && SameActor(sources[0], targets[0])) {
    for (int g = best.target - 1; g >= 0; --g) {
      const ActorMention& m = groups_[g].members[0];
      if (groups_[g].members.size() != 1 || SameActor(sources[0], m)) continue;
      if (m.kind == ActorMention::Kind::kPerson || m.kind == ActorMention::Kind::kTitle ||
          (m.kind == ActorMention::Kind::kState && m.code != m.country && !m.plural_agent)) {
        targets = groups_[g].members;
        Trace("  '" + tokens_[groups_[best.target].begin].text + "' is not the subject: the other person, " + m.code);
      }
      break;
    }
  }
  // "Karsovia's request for aid was rejected by Valdoria", "the Valdorian
  // offer of talks was welcomed by Karsovia": a passive whose pattern read
  // its "by" agent as the author of the noun before the verb; the noun's
  // owner is its author, and the agent did the act.
  if (chain.passive && best.target != kNone && best.fronted_word != kNone && !sources.empty() && !targets.empty() &&
      SameActor(sources[0], targets[0])) {
    if (const int owner = OwnerOfNoun(static_cast<uint32_t>(best.fronted_word));
        owner != kNone && owner != best.target) {
      targets = groups_[owner].members;
      Trace("  target: the owner of '" + tokens_[best.fronted_word].text + "', not the passive's agent");
    }
  }
  // "raised its tariffs": a possessive that stands for the subject itself
  // names no target.
  if (best.target_possessive && !targets.empty() && !sources.empty()) {
    bool own = false;
    for (const ActorMention& t : targets)
      for (const ActorMention& src : sources) own = own || SameActor(src, t);
    // "the Tower Commission criticised his handling": 'his' is a person,
    // so it cannot be a commission, a country or an organization subject.
    if (own && best.target != kNone && groups_[best.target].coreference &&
        groups_[best.target].end == groups_[best.target].begin + 1 &&
        OneOf(tokens_[groups_[best.target].begin].lower, {"his", "her"})) {
      bool person_source = false;
      for (const ActorMention& src : sources)
        person_source = person_source || src.kind == ActorMention::Kind::kPerson || src.kind == ActorMention::Kind::kTitle;
      if (!person_source && targets[0].kind == ActorMention::Kind::kPerson) {
        own = false;
        Trace("  '" + tokens_[groups_[best.target].begin].text + "' is a person, not the subject: " + targets[0].name);
      }
    }
    if (own) {
      Trace("  the possessive stands for the subject itself: no target");
      targets.clear();
      // ("cancelled his trip to the COP28 summit": a pattern that needs an
      // actor for its '+' has none.)
      if (pattern.needs_target) {
        Trace("  the pattern needs an actor for its '+': no event");
        return false;
      }
    }
  }
  // "their countries" after a compound subject: the subject itself, no target.
  if (!targets.empty() && !sources.empty()) {
    bool all_sources = true;
    for (const ActorMention& t : targets) {
      bool found = false;
      for (const ActorMention& s : sources) found = found || s.code == t.code;
      all_sources = all_sources && found;
    }
    if (all_sources && targets.size() >= 2) {
      Trace("  the target names the subject's own members: no target");
      targets.clear();
      // ("which they feel forces them to pay": what the pattern's '+' acts
      // on is the subject itself, no one else.)
      if (best.target != kNone && groups_[best.target].coreference &&
          groups_[best.target].end == groups_[best.target].begin + 1 &&
          OneOf(tokens_[groups_[best.target].begin].lower, {"them", "themselves"})) {
        Trace("  the pattern's '+' is a pronoun for the subject itself: no event");
        return false;
      }
    }
  }
  // "Nakasone has refused to drop a proposed sales tax … after a nine-day
  // opposition boycott", "ruled out a new election, as demanded by
  // thousands of Georgians": a government's refusal that names no one
  // refuses the opposition, protesters, students or workers of its own
  // state the sentence names.
  if (targets.empty() && !sources.empty() && pattern.code.compare(0, 2, "12") == 0 && !chain.negated) {
    const ActorMention& s = sources[0];
    if (s.country.size() == 3 && s.code.compare(0, 3, s.country) == 0 &&
        (s.code.size() == 3 || s.code.compare(3, 3, "GOV") == 0)) {
      for (const ActorGroup& g : groups_) {
        if (g.members.size() != 1) continue;
        const ActorMention& m = g.members[0];
        if (m.country == s.country && m.code.size() == 6 &&
            OneOf(m.code.substr(3), {"CVL", "EDU", "LAB", "OPP"})) {
          targets = g.members;
          Trace("  target: no one named; a government's refusal refuses its own people the sentence names, " +
                targets[0].code);
          break;
        }
      }
    }
  }
  // "Sheikh Hasina resigned as prime minister … as crowds of protesters
  // stormed her residence", "Hong Kong's government formally withdrew the
  // extradition bill": a leader's going or a concession (083x) that names
  // no one yields to the people of the state, the protesters, students or
  // workers the sentence names if any.
  if (targets.empty() && !sources.empty() && pattern.code.compare(0, 3, "083") == 0) {
    const ActorMention& s = sources[0];
    // ("the U.S. Court of Appeals reversed its January 1987 decision": a
    // court revising its own ruling concedes nothing to anyone.)
    if (s.code.size() == 6 && s.code.compare(3, 3, "JUD") == 0) {
      Trace("  a court revising a ruling, naming no one it yields to: no event");
      return false;
    }
    // ("Unilever plans to change its depreciation policy": a company's own
    // policy concedes nothing to the people.)
    if (s.code.size() == 6 && s.code.compare(3, 3, "BUS") == 0) {
      Trace("  a company changing its own policy, naming no one it yields to: no event");
      return false;
    }
    const Actor* state = s.country.size() == 3 ? dict_.FindCountry(s.country) : nullptr;
    // (One state's people only: "Britain, West Germany and France" yield to
    // no one people.)
    const bool one_state = std::all_of(sources.begin(), sources.end(),
                                       [&](const ActorMention& o) { return o.country == s.country; });
    // ("One of the top executives of the IMF has tendered his resignation":
    // an organization's official going yields no state's people anything.)
    if (state == nullptr) {
      Trace("  a going or a change in an organization that names no one it yields to: no event");
      return false;
    }
    if (one_state && s.code.compare(0, 3, s.country) == 0) {
      for (const ActorGroup& g : groups_) {
        if (g.members.size() != 1 || g.coreference) continue;
        const ActorMention& m = g.members[0];
        if (m.country == s.country && m.code.size() == 6 &&
            OneOf(m.code.substr(3), {"CVL", "EDU", "LAB", "OPP", "REL", "HLH"})) {
          targets = g.members;
          break;
        }
      }
      // ("Emperor Akihito abdicated", "said he would resign at the end of
      // the month": a leader's going that no pressure in the sentence
      // forces yields to no one.)
      bool pressed = false;
      for (const Token& w : tokens_) {
        pressed = pressed || OneOf(w.lemma, {"protest", "protester", "protestor", "demonstration", "demonstrator",
                                             "pressure", "demand", "unrest", "uprising", "rally", "crowd", "riot",
                                             "revolt", "strike", "outcry", "scandal", "opposition", "coup",
                                             "impeachment", "force", "oust"});
      }
      // (Not one that must be: "Gaddafi must step down, Obama said" is a
      // demand; nor one asked for in an infinitive.)
      const bool demanded = chain.infinitive || OneOf(tokens_[chain.begin].lower, {"must", "should", "ought"});
      // (Nor a change of policy or rules, session 24: "Nigeria's Central
      // Bank has changed the rules governing its auctions", "does not
      // think the committee changed policy".)
      if (targets.empty() && !pressed && !demanded) {
        Trace("  a leader's going or a change that no pressure in the sentence forces yields to no one: no event");
        return false;
      }
      if (targets.empty()) {
        targets.push_back(
            ImpliedStateMention(s, *state, "CVL", "the people of the state that yields, named by no one"));
      }
      Trace("  target: no one named; a leader's going or a concession yields to the people, " + targets[0].code);
    }
  }
  // "Erdogan received Hungarian Prime Minister Viktor Orban in Ankara":
  // one receives a visitor, an official or a delegation; "received 2,000
  // Syrian refugees", "received Chinese pressure" are no meetings.
  if (pattern.code == "043" && tok.lemma == "receive"sv && !targets.empty()) {
    const bool visitor = std::all_of(targets.begin(), targets.end(), [](const ActorMention& m) {
      if (m.demonym_only) return false;
      if (m.kind == ActorMention::Kind::kPerson || m.kind == ActorMention::Kind::kTitle) return true;
      const std::string role = m.code.size() >= 6 ? m.code.substr(m.code.size() - 3) : std::string();
      return OneOf(role, {"GOV", "MIL", "LEG", "JUD", "ELI", "SPY", "COP"}) || m.code.size() == 3 ||
             m.kind == ActorMention::Kind::kOrganization;
    });
    if (!visitor) {
      Trace("  received no visitor or official (" + targets[0].code + "): no meeting, no event");
      return false;
    }
  }
  // "French protesters blocked roads … against budget cuts": a protest by
  // a state's own people that names no one it is against is against their
  // government. (Not a strike: workers strike against their employers;
  // but an opposition boycotting an election boycotts the government's.)
  const bool election_boycott = pattern.code == "1434" && !sources.empty() && sources[0].code.size() == 6 &&
                                OneOf(sources[0].code.substr(3), {"OPP", "PTY"});
  if (targets.empty() && !sources.empty() && pattern.code.compare(0, 2, "14") == 0 &&
      (pattern.code.compare(0, 3, "143") != 0 || election_boycott)) {
    const ActorMention& s = sources[0];
    const Actor* state = s.country.size() == 3 ? dict_.FindCountry(s.country) : nullptr;
    bool own = state != nullptr && s.code.size() == 6 && s.code.compare(0, 3, s.country) == 0 &&
               OneOf(s.code.substr(3), {"CVL", "OPP", "LAB", "EDU", "REL", "HLH", "PTY", "MED", "ELI"});
    // (Only where the sentence names no one else: "rioted outside the
    // Valdorian embassy", "marched through the Valdorian capital" are about
    // another; nor a rally "in support of" anyone.)
    for (const ActorGroup& g : groups_) {
      for (const ActorMention& m : g.members) own = own && m.country == s.country;
    }
    for (uint32_t k = a + 1; k < tokens_.size() && k < a + 12 && own; ++k) {
      own = !OneOf(tokens_[k].lemma, {"support", "favour", "favor", "celebrate", "solidarity"});
    }
    if (own) {
      targets.push_back(
          ImpliedStateMention(s, *state, "GOV", "the government of the protesters' own state, named by no one"));
      Trace("  target: no one named; a protest by " + s.code + " is against its own government, " + s.country + "GOV");
    }
  }
  if (sources.empty()) {
    Trace("  no actor as source (" + std::string(noun ? "no possessor, modifier or 'by' agent" : "subject is not an actor") +
          "): no event");
    return false;
  }
  // "Xi and Lula pledged … after talks in Beijing": a mutual noun whose
  // pattern names no other side is between the members of a compound
  // source, and nothing else.
  const bool names_other_side = std::any_of(pattern.after.begin(), pattern.after.end(), [](const PatternElement& el) {
    return el.type == PatternElement::Type::kTarget;
  });
  if (noun && pattern.recip && !names_other_side && pattern.code == "040" && OneOf(tok.lemma, {"talk", "talks"}) &&
      CountCountries(sources) < 2 && !pattern.compound_subject) {
    Trace("  a mutual act with no other side named and one source: no event");
    return false;
  }
  // "agreed on a concept during talks": a noun pattern marked [compound]
  // is between the members of a compound source and needs one.
  if (noun && pattern.compound_subject && CountCountries(sources) < 2 &&
      !(st->adjunct_partner && !targets.empty())) {
    // "asked Chinese Foreign Minister Wang Yi during talks in Colombo to
    // …", "accused Zelensky of … during a heated Oval Office meeting": one
    // source; the talks are with the one it has just acted on.
    int met = kNone;
    // (Not a body's own meeting: "at a cabinet meeting"; nor talks an
    // infinitive between leads to: "rejected the proposal to open
    // negotiations at the new round of talks".)
    bool own_body = false;
    for (int k = static_cast<int>(a) - 1; k >= 0 && k >= static_cast<int>(a) - 6; --k) {
      own_body = own_body || OneOf(tokens_[k].lower, {"cabinet", "board", "party", "committee", "council",
                                                      "shareholders", "annual", "internal"});
      if (OneOf(tokens_[k].lower, {"during", "at"})) break;
    }
    if (!own_body && !sources.empty() && !out_->empty()) {
      const Event& before = out_->back();
      // (Only the act of the clause the phrase belongs to: not "Japan's
      // ministry, angered by U.S. demands, will tell U.S. officials at
      // talks".)
      const bool clause_act =
          st->adjunct_verb == kNone || before.verb_begin == tokens_[st->adjunct_verb].span.begin;
      // (Nor talks the clause means to hold: "was to seek this at talks
      // this month of OPEC's pricing committee" (036).)
      if (clause_act && before.doc_id == story_.doc_id && before.sentence == sentence_idx_ && before.target &&
          !before.negated && !before.background && before.cameo != "036" &&
          before.source.country == sources[0].country &&
          before.target->country != sources[0].country && before.target->begin < tokens_[a].span.begin) {
        bool infinitive_between = false;
        for (uint32_t k = 0; k + 1 < a; ++k) {
          if (tokens_[k].span.begin > before.verb_begin && tokens_[k].lower == "to"sv &&
              tokens_[k + 1].pos == Pos::VB) {
            infinitive_between = true;
          }
        }
        if (!infinitive_between) met = GroupOfActorBefore(before.target->code, a);
      }
    }
    if (met == kNone) {
      Trace("  the pattern needs several actors as its source: no event");
      return false;
    }
    targets = groups_[met].members;
    Trace("  talks the clause happens during, with the one its act is aimed at: " + targets[0].code);
  }
  // ("Howe and Shultz plan to discuss trade with Japan in talks in
  // Washington": the talks are the two subjects', not with a place or
  // another actor of the clause.)
  if (noun && pattern.recip && !names_other_side && pattern.code == "040" && !targets.empty() &&
      CountCountries(sources) >= 2) {
    Trace("  a mutual act with no other side named: between the members of the compound source only");
    targets.clear();
  }
  Trace("  source: " + source_why);
  // "agreed to normalise relations with Israel in a deal brokered by the
  // United States": a mediation is between the two sides of the act the
  // sentence coded before it (when it found no target, or one of them).
  if (pattern.code.compare(0, 3, "045") == 0 && targets.size() <= 1) {
    for (size_t i = out_->size(); i-- > 0;) {
      const Event& e = (*out_)[i];
      if (e.sentence != sentence_idx_ || e.doc_id != story_.doc_id) break;
      if (!e.target || e.negated || e.background) continue;
      if (!targets.empty() && targets[0].span.begin != e.source.begin && targets[0].span.begin != e.target->begin) break;
      std::vector<ActorMention> sides;
      for (const ActorGroup& g : groups_) {
        for (const ActorMention& m : g.members) {
          bool mediator = false;
          for (const ActorMention& s : sources) mediator = mediator || s.country == m.country;
          if ((m.span.begin == e.source.begin || m.span.begin == e.target->begin) && !mediator) sides.push_back(m);
        }
      }
      if (sides.size() == 2) {
        targets = std::move(sides);
        Trace("  a mediation between the two sides of the act before it, " + e.source.code + " and " +
              e.target->code);
      }
      break;
    }
  }
  // "sent a message of condolence … to his Turkish counterpart …, and
  // another to Syrian President Bashar al-Assad": the same act again, to
  // the actor the elliptical coordination names.
  if (!targets.empty() && !noun) {
    for (uint32_t t = best.end; t + 3 < tokens_.size() && t < best.end + 24; ++t) {
      if (tokens_[t].pos == Pos::kPeriod || tokens_[t].lower == ";"sv) break;
      if (tokens_[t].lower != "and"sv || !OneOf(tokens_[t + 1].lower, {"another", "one"}) ||
          tokens_[t + 2].lower != "to"sv) {
        continue;
      }
      uint32_t k = t + 3;
      if (tokens_[k].lower == "the"sv && k + 1 < tokens_.size()) ++k;
      if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
        for (const ActorMention& m : groups_[group_at_[k]].members) targets.push_back(m);
        Trace("  target: also the actor of the elliptical 'and " + tokens_[t + 1].text + " to …'");
      }
      break;
    }
  }
  st->targets = std::move(targets);
  st->denies_charge = denies_charge;
  return true;
}

// "Italian journalist Cecilia Sala, freed by Iran, flew home", "… flew
// home after three weeks in prison, freed by Iran": the actor a participle
// after a comma describes: the one right before the comma, else the
// subject of the clause the participle ends.
int SentenceCoder::DescribedByCommaParticiple(uint32_t a) const {
  if (a < 2 || tokens_[a - 1].lower != ","sv) return kNone;
  if (group_at_[a - 2] != kNone) {
    // (Not a place the phrase before names: "the head of its department in
    // London, accused by …".)
    const ActorGroup& g = groups_[group_at_[a - 2]];
    uint32_t b = g.begin;
    if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
    const bool place = g.members.size() == 1 && g.members[0].code.size() == 3 && b > 0 &&
                       OneOf(tokens_[b - 1].lower, {"in", "at", "near", "from"});
    return place ? kNone : group_at_[a - 2];
  }
  // (A name the dictionary does not know after an agent: "Italian
  // journalist Cecilia Sala, freed by …".)
  int k = static_cast<int>(a) - 2;
  while (k >= 0 && group_at_[k] == kNone && tokens_[k].pos == Pos::NNP && a - k < 6) --k;
  if (k >= 0 && k < static_cast<int>(a) - 2 && group_at_[k] != kNone && groups_[group_at_[k]].end == k + 1u) {
    return group_at_[k];
  }
  // (Only past a place or time phrase ending the clause, "after three
  // weeks in Tehran's Evin prison, freed by …", past a name of place or
  // owner inside it ("in a Mirovel prison"); a noun the verb acts on is
  // what the participle describes: "thought the proposal, supported by …".)
  int p = static_cast<int>(a) - 2;
  while (p >= 0 && a - p < 10) {
    if (group_at_[p] != kNone && p + 1 < static_cast<int>(a) - 1) {
      p = static_cast<int>(groups_[group_at_[p]].begin) - 1;
      continue;
    }
    const bool noun_phrase_word =
        IsNoun(tokens_[p].pos) || IsAdjective(tokens_[p].pos) || OneOf(tokens_[p].pos, {Pos::DT, Pos::POS, Pos::CD});
    if (group_at_[p] != kNone || !noun_phrase_word) break;
    --p;
  }
  if (p < 0 || !OneOf(tokens_[p].lower, {"in", "at", "after", "from", "on", "during", "since"})) return kNone;
  for (int v = static_cast<int>(a) - 2; v >= 0; --v) {
    if (tokens_[v].pos == Pos::kPeriod || tokens_[v].lower == ";"sv) break;
    if (group_at_[v] != kNone || !OneOf(tokens_[v].pos, {Pos::VBD, Pos::VBZ, Pos::VBP})) continue;
    const Chain main = AnalyzeChain(static_cast<uint32_t>(v));
    if (main.passive || main.infinitive || main.participle) return kNone;
    std::string ignored;
    const int g = FindSubject(main.begin, &ignored);
    return g != kNone && groups_[g].end <= main.begin ? g : kNone;
  }
  return kNone;
}

// The group a passive's subject names, its target: "Ukraine was attacked by
// Russia", "a tariff on Indian goods imposed by …"; kNone if none.
int SentenceCoder::PassiveSubject(const Chain& chain, uint32_t a) const {
  std::string ignored;
  if (chain.reduced_passive && a >= 2 && tokens_[a - 1].lower == ","sv) return DescribedByCommaParticiple(a);
  // ("talks in Doha mediated by Qatar and Turkey": a place phrase right
  // before a reduced passive is where, not what.)
  const auto in_place_phrase = [&](int grp) {
    uint32_t b = groups_[grp].begin;
    if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
    return groups_[grp].members.size() == 1 && b > 0 && OneOf(tokens_[b - 1].lower, {"in", "at"}) &&
           groups_[grp].members[0].code.size() == 3;
  };
  int g = chain.reduced_passive ? (a > 0 ? group_at_[a - 1] : kNone) : FindSubject(chain.begin, &ignored);
  if (chain.reduced_passive && g != kNone && in_place_phrase(g)) g = kNone;
  // ("Thailand's deportation of 40 Uyghur men to China was condemned":
  // the people the subject's noun acts on are not the subject.)
  if (!chain.reduced_passive && g != kNone) g = HeadOfNounPhrase(g);
  if (!chain.reduced_passive) {
    int head = ModifierBeforeParticiple(chain.begin);
    if (head != kNone) g = head;
  }
  // "War crimes by Russian troops in the town of Bucha are being
  // investigated": a place at the end of the subject is where; the actor
  // before it is what the passive is about.
  if (g != kNone && groups_[g].members.size() == 1 && groups_[g].members[0].place) {
    int earlier = kNone;
    for (int k = static_cast<int>(groups_[g].begin) - 1; k >= 0 && groups_[g].begin - k <= 8; --k) {
      if (clause_break_[k] || IsVerb(tokens_[k].pos)) break;
      if (group_at_[k] != kNone) {
        earlier = group_at_[k];
        break;
      }
    }
    if (earlier != kNone) g = earlier;
  }
  // "a tariff on Indian goods imposed by …": the object phrase before the verb.
  // (Not past the verb of another clause: "welcomed the proposals announced by".)
  // (Not across the "and" of a second passive: "was being sued by the
  // Justice Department and was being investigated by …".)
  for (uint32_t t = chain.begin; g == kNone && t > 0 && chain.begin - t < 6; --t) {
    if (clause_break_[t - 1] || IsVerb(tokens_[t - 1].pos)) break;
    if (t == chain.begin && OneOf(tokens_[t - 1].lower, {"and", "but", "or"})) break;
    g = group_at_[t - 1];
    // ("war crimes by Russian troops in the town of Bucha are being
    // investigated": the place is where, not what.)
    if (g != kNone && groups_[g].members.size() == 1 &&
        (groups_[g].members[0].place || (chain.reduced_passive && in_place_phrase(g)))) {
      t = groups_[g].begin + 1;
      g = kNone;
    }
  }
  return g;
}

// The act's code and modality: an intent, a plan (a present tense with a
// time ahead, a trip's purpose, a scheduled or future-dated noun), a denial
// of a charge; no event for a verbal act still to be made, for the same act
// again as a consequence or a purpose of the one before, for cooperation
// blocked or a measure taken back, or for speculation. Sets st->code and
// st->modality; may set st->chain.negated.
bool SentenceCoder::DecideCode(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  const VerbPattern& pattern = *st->pattern;
  Chain& chain = st->chain;
  const Match& best = st->best;
  const bool pattern_negation = st->pattern_negation;
  const std::vector<ActorMention>& targets = st->targets;
  const bool purpose_ahead = st->purpose_ahead;
  const bool denies_charge = st->denies_charge;
  std::string code = pattern.code;
  // "Hussein conceded they were high", "But she conceded, \"It will be
  // tough\"": a bare "concede" before a clause or a quotation admits a
  // point; it yields nothing to anyone (080).
  if (code == "080" && !noun && tok.lemma == "concede" && targets.empty()) {
    bool clause = a + 1 < tokens_.size() && OneOf(tokens_[a + 1].lower, {",", "\"", "``", "that"});
    for (uint32_t k = a + 1; !clause && k < tokens_.size() && k <= a + 6; ++k) {
      if (clause_break_[k] || tokens_[k].pos == Pos::kPeriod) break;
      clause = OneOf(tokens_[k].pos, {Pos::MD, Pos::VBD, Pos::VBZ, Pos::VBP});
    }
    if (clause) {
      Trace("  '" + tok.text + "' before a clause or a quotation admits a point: no yielding, no event");
      return false;
    }
  }
  // A captive handed over to a court (FindTargets) is judicial cooperation.
  if (code == "0841" && !targets.empty() && targets[0].code.find("JUD") != std::string::npos) {
    Trace("  handed over to a court: judicial cooperation, 0841 → 063");
    code = "063";
  }
  // "Ethiopia ordered seven senior United Nations officials, including the
  // country heads of UNICEF and the U.N. humanitarian office, to leave": the
  // staff of an international organization's aid sent out is the aid
  // agencies expelled (1663); other staff stay individuals (174).
  if (code.compare(0, 3, "174") == 0 && !targets.empty() &&
      (targets[0].country == "IGO" || targets[0].country == "NGO")) {
    bool aid = false;
    for (uint32_t k = a; k < tokens_.size() && k < a + 25 && !aid; ++k) {
      aid = OneOf(tokens_[k].lower, {"humanitarian", "aid", "relief", "unicef", "unhcr", "wfp"});
    }
    if (aid) {
      Trace("  the staff of an international organization's aid sent out: " + code + " → 1663");
      code = "1663";
    }
  }
  // "the court dismissed charges of fraud": a court's ruling on a charge
  // denies nothing of its own.
  if (code.compare(0, 3, "016") == 0 && !st->sources.empty() && st->sources[0].code.size() == 6 &&
      st->sources[0].code.compare(3, 3, "JUD") == 0 && OneOf(tok.lemma, {"dismiss", "reject", "throw"})) {
    Trace("  a court dismissing a charge rules on it, denying nothing: no event");
    return false;
  }
  // "Russia's communications regulator blocked access to Facebook": access
  // blocked by a state's body is an administrative sanction, not the
  // blockade of a protest.
  if (code.compare(0, 3, "144") == 0 && !st->sources.empty()) {
    bool access = false;
    for (uint32_t k = a + 1; k < best.end && k < tokens_.size(); ++k) access = access || tokens_[k].lemma == "access"sv;
    const std::string& s = st->sources[0].code;
    const bool state_body = st->sources[0].kind == ActorMention::Kind::kState && s.size() >= 3 &&
                            (s.size() == 3 || OneOf(s.substr(3, 3), {"GOV", "JUD", "COP", "LEG", "SPY"}));
    if (access && state_body) {
      Trace("  access blocked by a state's body: an administrative sanction, " + code + " → 172");
      code = "172";
    }
  }
  // "insisted that the country was living up to its pact": a "that" clause
  // in the indicative states a claim; a demand is in the subjunctive
  // ("insisted that Iran stop") or with "should|must".
  if (!noun && code == "100" && tok.lemma == "insist"sv && a + 1 < tokens_.size() && tokens_[a + 1].lower == "that"sv) {
    uint32_t k = a + 2;
    while (k < tokens_.size() && k < a + 10 && !IsVerb(tokens_[k].pos) && tokens_[k].pos != Pos::MD) ++k;
    if (k < tokens_.size() && (tokens_[k].pos == Pos::VBD ||
                               (OneOf(tokens_[k].pos, {Pos::VBZ, Pos::VBP}) && OneOf(tokens_[k].lemma, {"be", "have"})))) {
      Trace("  the 'that' clause after 'insist' states a claim ('" + tokens_[k].text + "'): no demand");
      return false;
    }
  }
  // "joined university students in strikes", "was joined by the United
  // States in criticising Brazil": the act after "in" is what they do
  // together (JoinedInAct), not a joining of an alliance.
  if (!noun && tok.lemma == "join"sv && code.compare(0, 2, "05") == 0 && best.end + 1 < tokens_.size()) {
    uint32_t k = best.end;
    if (st->chain.passive && k < tokens_.size() && tokens_[k].lower == "by"sv) ++k;  // past the agent's "by" …
    if (st->chain.passive && k < tokens_.size() && tokens_[k].lower == "the"sv) ++k;  // … and article
    // (Past the rest of a list the match ended inside.)
    while (k < tokens_.size() && (group_at_[k] != kNone || tokens_[k].lower == "and"sv)) ++k;
    if (k + 1 < tokens_.size() && tokens_[k].lower == "in"sv) {
      uint32_t act = k + 1;
      while (act < tokens_.size() && act < k + 5 && (tokens_[act].pos == Pos::DT || IsAdjective(tokens_[act].pos))) {
        ++act;
      }
      // (An act, not a time: "joined the Community in January 1986".)
      const bool is_act = act < tokens_.size() && !in_time_[act] &&
                          OneOf(tokens_[act].pos, {Pos::VBG, Pos::NN, Pos::NNS});
      int partner = kNone;
      if (is_act && JoinedInAct(act, &partner) != kNone) {
        Trace("  joined in an act ('in " + tokens_[act].text + "'): the act is theirs together, no joining");
        return false;
      }
    }
  }
  if (denies_charge && code.compare(0, 2, "12") == 0) {
    Trace("  rejecting the charge the main clause made: a denial, " + code + " → 016");
    code = "016";
  }
  std::string modality = chain.modality;
  // "Karsovia warned it could cut ties with Valdoria": a conflictual act
  // that a warning says its own side may do is threatened, as with "would".
  // (Only when it names whom: "warned Argentina may break off negotiations"
  // threatens no one.)
  if (modality == "possible" && !noun && !st->sources.empty() && !targets.empty() &&
      OneOf(code.substr(0, 2), {"16", "17", "18", "19", "20"})) {
    if (const int warner = WarnerOfClause(chain.begin);
        warner != kNone && groups_[warner].members[0].country == st->sources[0].country) {
      Trace("  what '" + tokens_[chain.begin].text + "' the warning says its side may do: threatened");
      modality = "intent";
    }
  }
  bool anchor_is_intent = chain.intent_verb == static_cast<int>(a);
  // "Tunisia has decided to break diplomatic relations with Iran": a
  // decision to reduce relations, announced, is the act.
  // (So is a vote to impeach or to ban a party, 172, one to end a state
  // of emergency or a curfew, 081x: "parliament voted to end …", and one
  // to expel, 174: "parliament voted to expel the Karsovian ambassador".)
  if (modality == "intent" && !anchor_is_intent &&
      (code.substr(0, 2) == "16" || code.compare(0, 3, "172") == 0 || code.compare(0, 3, "081") == 0 ||
       code.compare(0, 3, "174") == 0) &&
      chain.intent_verb != kNone && OneOf(tokens_[chain.intent_verb].lemma, {"decide", "vote"}) &&
      (tokens_[chain.intent_verb].pos == Pos::VBD || tokens_[chain.intent_verb].pos == Pos::VBN) &&
      !(chain.intent_verb > 0 && (tokens_[chain.intent_verb - 1].pos == Pos::MD ||
                                  tokens_[chain.intent_verb - 1].lower == "to"sv))) {
    modality.clear();
    Trace("  decided ('" + tokens_[chain.intent_verb].text + " to'): the decision is the act");
  }
  // "Contra rebels tried to blow up an electricity pylon": an attack
  // attempted is an attack made (a seizure attempted is the fighting, an
  // abduction attempted the assault); "are trying to" is still under way.
  const bool attempted = modality == "intent" && !anchor_is_intent && chain.intent_verb != kNone &&
                         OneOf(tokens_[chain.intent_verb].lemma, {"try", "attempt"}) &&
                         (OneOf(code.substr(0, 2), {"18", "19", "20"}) || code.compare(0, 3, "145") == 0);
  if (attempted &&
      (tokens_[chain.intent_verb].pos == Pos::VBD || tokens_[chain.intent_verb].pos == Pos::VBN) &&
      !(chain.intent_verb > 0 && (tokens_[chain.intent_verb - 1].pos == Pos::MD ||
                                  tokens_[chain.intent_verb - 1].lower == "to"sv))) {
    modality.clear();
    const std::string made = code == "192" ? "190" : code == "181" ? "180" : code;
    Trace("  attempted ('" + tokens_[chain.intent_verb].text + " to'): " + code + " → " + made);
    code = made;
  } else if (attempted && chain.intent_verb >= 1 && tokens_[chain.intent_verb].pos == Pos::VBG &&
             OneOf(tokens_[chain.intent_verb - 1].lower, {"while", "when"})) {
    // ("fired artillery shells at the Syrian town of Marea while trying to
    // capture it": the attempt is the attack the clause names.)
    Trace("  the aim of the act the clause names ('" + tokens_[chain.intent_verb - 1].text + " " +
          tokens_[chain.intent_verb].text + " to'): part of it, not coded");
    return false;
  }
  if (modality == "intent" && !anchor_is_intent && code.substr(0, 2) != "03") {
    // "Malaysia agreed to limit its tin exports": agreeing to restrict
    // one's own trade, with no one named, is a pledge of economic
    // cooperation (0311), not a threat (1312).
    if (code.substr(0, 2) == "16" && targets.empty() && chain.intent_verb != kNone &&
        OneOf(tokens_[chain.intent_verb].lemma, {"agree", "pledge", "promise", "undertake", "offer", "commit"})) {
      code = "0311";
    } else if (chain.conditional_order && OneOf(code.substr(0, 2), {"18", "19", "20"})) {
      // (Forces ordered to fire on a condition are put on alert: 152.)
      code = "152";
    } else {
      code = IntentCode(code);
    }
    // (intent_verb is kNone when a chain found intent by other means.)
    const bool has_intent_verb =
        chain.intent_verb != kNone && static_cast<size_t>(chain.intent_verb) < tokens_.size();
    const std::string intent_word = has_intent_verb ? tokens_[chain.intent_verb].text : "intent";
    Trace("  intent ('" + intent_word + " to'): " + pattern.code + " → " + code);
    st->scheduled = has_intent_verb && (OneOf(tokens_[chain.intent_verb].lower, {"will", "shall", "'ll"}) ||
                                        OneOf(tokens_[chain.intent_verb].lemma, {"schedule", "set", "due", "slate"}));
  }
  // "U.S. and Japanese officials meet tomorrow": a present tense with a
  // time still ahead is a plan.
  if (modality.empty() && !noun && options_.future_is_intent && code.substr(0, 2) != "03" &&
      (tok.pos == Pos::VBP || tok.pos == Pos::VBZ ||
       // ("Japan and the U.S. Kick off talks tomorrow": a base form right
       // after its subject is the present tense the wire's capital hid.)
       (tok.pos == Pos::VB && a > 0 && group_at_[a - 1] != kNone)) &&
      chain.begin == a && TimeAhead(a, best.end)) {
    modality = "intent";
    std::string intent = IntentCode(code);
    Trace("  present tense with a time still ahead: " + code + " → " + intent);
    code = intent;
    st->scheduled = true;
  }
  if (purpose_ahead && modality.empty() && code.substr(0, 2) != "03") {
    modality = "intent";
    std::string intent = IntentCode(code);
    Trace("  the purpose of a trip still ahead: " + code + " → " + intent);
    code = intent;
  }
  // "Japan will ask the U.S. to …", "is expected to criticize": a
  // statement, appeal, demand, criticism or rejection still to be made is
  // not made yet, and CAMEO has no intent code for it.
  // ("voted to demand", "decided to ask": the decision makes it.)
  const bool decided = chain.intent_verb != kNone && static_cast<size_t>(chain.intent_verb) < tokens_.size() &&
                       OneOf(tokens_[chain.intent_verb].lemma, {"vote", "decide", "resolve", "agree"});
  // ("would not accept any monitoring of its economy by the IMF": a refusal
  // in the future is made by saying it.)
  const bool refusal_stated = st->pattern_negation && code.compare(0, 2, "12") == 0;
  if (modality == "intent" && options_.future_is_intent && IntentCode(code) == code && !decided && !refusal_stated &&
      OneOf(code.substr(0, 2), {"01", "02", "10", "11", "12"})) {
    Trace("  a verbal act still to be made (" + code + "): no event");
    return false;
  }
  // "completed the withdrawal of its troops from Niger, ending a decade of
  // operations": a participle after a comma that says the same kind of
  // act again is its consequence, not a second event.
  // (Accusing after filing a lawsuit is a second act: only withdrawals,
  // sanctions and force repeat themselves this way.)
  // (A killing after a mass-violence act is its toll: "dropped chlorine on
  // Douma, killing 43 people".)
  // (Also the killing after a bombing: "blew himself up inside a church …,
  // killing at least 20 worshippers"; whom it killed is whom the bombing
  // hit.)
  // ("Rebels bombed the Military Academy and injured at least 20 soldiers":
  // a harm joined by "and" to a bombing or an attack is its toll too.)
  const bool joined_toll = chain.begin > 0 && tokens_[chain.begin - 1].lower == "and"sv && tok.pos == Pos::VBD &&
                           OneOf(tok.lemma, {"kill", "injure", "wound"}) && code.compare(0, 2, "19") == 0 &&
                           OneOf(last_event_root_, {"18", "19", "20"});
  if (((chain.participle && tok.pos == Pos::VBG && chain.begin > 0 && tokens_[chain.begin - 1].lower == ","sv) ||
       joined_toll) &&
      !last_event_root_.empty() &&
      (code.substr(0, 2) == last_event_root_ ||
       (code.compare(0, 2, "19") == 0 && OneOf(last_event_root_, {"18", "20"})) ||
       // ("bombed a gathering …, killing about 170 people": the toll of an
       // air strike, however large, is the strike's.)
       (code == "202" && last_event_root_ == "19" && tok.lemma == "kill"sv) ||
       // ("carried out its first nuclear weapons test, detonating a device
       // in an underground facility": the test's detonation again.)
       (code.compare(0, 2, "18") == 0 && last_event_root_ == "20")) &&
      OneOf(last_event_root_, {"08", "16", "17", "18", "19", "20"}) && !noun) {
    if (last_event_root_ == "18" && !targets.empty() && !out_->empty() && !out_->back().target &&
        out_->back().doc_id == story_.doc_id && out_->back().sentence == sentence_idx_ &&
        out_->back().root == "18" && out_->back().source.country != targets[0].country) {
      out_->back().target = ToEventActor(targets[0]);
      Trace("  the act before the comma hit " + targets[0].code);
    }
    Trace("  the same kind of act as the one before the comma: its consequence, not coded");
    return false;
  }
  // "marched through Belgrade, demanding that the government resign": a
  // participle after a protest says what it is about, like an infinitive.
  // (Also after "and": "…, battling riot police and demanding …". A
  // participle that is itself a protest act, "battling riot police", is
  // coded on its own.)
  // (Not a state's own block or boycott: "Russia's regulator blocked access
  // to Facebook, accusing the U.S. social media giant of …" accuses.)
  const bool state_act = !out_->empty() && out_->back().doc_id == story_.doc_id &&
                         out_->back().sentence == sentence_idx_ &&
                         (out_->back().source.code.size() == 3 ||
                          OneOf(std::string_view(out_->back().source.code).substr(out_->back().source.code.size() - 3),
                                {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}));
  const bool participle_of_protest = chain.participle && tok.pos == Pos::VBG && last_event_root_ == "14" &&
                                     chain.begin > 0 && OneOf(tokens_[chain.begin - 1].lower, {",", "and"}) &&
                                     code.compare(0, 2, "14") != 0 && !state_act &&
                                     // ("boycotted the election, calling the vote a sham": naming
                                     // what it protests criticises it.)
                                     !(code.compare(0, 2, "11") == 0 &&
                                       OneOf(tok.lemma, {"call", "describe", "brand", "label", "term"}));
  if ((chain.infinitive || participle_of_protest) && chain.intent_verb == kNone && modality.empty() && !noun) {
    // "rallied … to demand the resignation", "blocked border crossings to
    // protest": the purpose of a protest or a deployment is what it is
    // about, not an act of its own.
    // "announced the tariffs … to retaliate for Japan's failure": retaliation
    // as the purpose of a measure or an attack is that act's reason.
    if (OneOf(last_event_root_, {"16", "17", "18", "19", "20"}) &&
        OneOf(tok.lemma, {"retaliate", "respond", "punish", "avenge"})) {
      Trace("  purpose of the " + last_event_root_ + " act before it: its reason, not coded");
      return false;
    }
    if (OneOf(last_event_root_, {"14", "15"})) {
      Trace("  purpose of the " + last_event_root_ + " act before it: part of that act, not coded");
      // "poured onto the streets … to welcome home the World Cup winners":
      // a crowd that gathers to celebrate or to mourn does not protest.
      if (last_event_root_ == "14" && !noun &&
          OneOf(tok.lemma, {"celebrate", "welcome", "cheer", "greet", "mourn", "commemorate", "honour", "honor"})) {
        while (!out_->empty() && out_->back().doc_id == story_.doc_id && out_->back().sentence == sentence_idx_ &&
               out_->back().cameo == "141") {
          Trace("  a crowd gathered to " + tok.lemma + ": " + out_->back().source.code + " 141 is no protest");
          out_->pop_back();
        }
        return false;
      }
      // "blocked roads … to protest against the government's plans": what
      // the protest is against is whom the act before it was aimed at.
      // (A protest's earlier acts in the sentence too: "took to the streets,
      // battling riot police and demanding the resignation of …".)
      size_t protest_begin = last_act_begin_;
      if (last_event_root_ == "14") {
        while (protest_begin > 0 && (*out_)[protest_begin - 1].doc_id == story_.doc_id &&
               (*out_)[protest_begin - 1].sentence == sentence_idx_ && (*out_)[protest_begin - 1].root == "14") {
          --protest_begin;
        }
      }
      if (!targets.empty()) {
        size_t end = out_->size();
        for (size_t k = protest_begin; k < end; ++k) {
          if ((*out_)[k].target || (*out_)[k].sentence != sentence_idx_) continue;
          for (size_t m = 0; m < targets.size(); ++m) {
            const EventActor& source = (*out_)[k].source;
            if (source.code == targets[m].code || (StateOrGovernment(source.code, source.country) &&
                                                   StateOrGovernment(targets[m].code, targets[m].country) &&
                                                   source.country == targets[m].country)) {
              continue;
            }
            Event copy = (*out_)[k];
            copy.target = ToEventActor(targets[m]);
            Trace("  the act before it was aimed at " + targets[m].code + ": " + copy.source.code + " " + copy.cameo +
                  " " + targets[m].code);
            if (m == 0) {
              (*out_)[k] = std::move(copy);
            } else {
              out_->push_back(std::move(copy));
            }
          }
        }
      }
      // "took to the streets …, demanding the resignation of President
      // Chun": a protest for a change of leader, policy, rights or
      // institutions is coded as such (1411 … 1444).
      if (last_event_root_ == "14" && code.size() == 4 && code.compare(0, 3, "104") == 0 && code[3] >= '1' &&
          code[3] <= '4') {
        for (size_t k = protest_begin; k < out_->size(); ++k) {
          Event& e = (*out_)[k];
          if (e.sentence != sentence_idx_ || e.doc_id != story_.doc_id || e.cameo.size() != 3 ||
              !OneOf(e.cameo, {"141", "142", "143", "144", "145"})) {
            continue;
          }
          // (Not the clash with the police on the way.)
          if (e.target && !targets.empty() && e.target->code != targets[0].code) continue;
          const std::string specific = e.cameo + code[3];
          if (dict_.FindCode(specific) != nullptr) {
            Trace("  the protest demands what " + code + " names: " + e.cameo + " → " + specific);
            SetCode(&e, specific);
            e.event_id = EventId(e);
          }
        }
      }
      return false;
    }
    // "The miners' strike entered its fifth day to press for higher
    // wages": an appeal or demand aimed at no one, the purpose of a
    // strike or protest the clause names, is what that protest is about.
    if (targets.empty() && OneOf(code.substr(0, 2), {"02", "10"}) && ProtestNounBefore(chain.begin)) {
      Trace("  the purpose of the protest its clause names: part of that protest, not coded");
      return false;
    }
    // (To defend or protect someone, or to help do so: "to help defend
    // the Gulf state".)
    const bool protection =
        code == "074" || (!noun && OneOf(tok.lemma, {"defend", "protect", "guard"})) ||
        (OneOf(tok.lemma, {"help", "assist"}) && a + 1 < tokens_.size() &&
         OneOf(tokens_[a + 1].lemma, {"defend", "protect", "guard"}));
    // "gave the leaders of Niger's coup one week to reinstate President
    // Bazoum or face measures": what an ultimatum demands is part of it
    // (139), no act or intent of the one who sets it.
    // (Past the time it was given: "one week on Sunday to".)
    const uint32_t to = tokens_[chain.begin].pos == Pos::TO || chain.begin == 0 ? chain.begin : chain.begin - 1;
    uint32_t span = to;
    while (span >= 2 && in_time_[span - 1] && !OneOf(tokens_[span - 1].lemma, {"week", "day", "hour", "month"})) {
      --span;
    }
    if (span >= 2 && tokens_[to].pos == Pos::TO &&
        OneOf(tokens_[span - 1].lemma, {"week", "day", "hour", "month", "deadline", "ultimatum"})) {
      for (uint32_t k = span - 1; k-- > 0 && to - k <= 16;) {
        if (clause_break_[k] && !in_time_[k]) break;
        if (IsVerb(tokens_[k].pos) && OneOf(tokens_[k].lemma, {"give", "set", "issue"})) {
          Trace("  what the ultimatum ('" + tokens_[k].text + " … " + tokens_[span - 1].text +
                " to') demands: part of it, not coded");
          return false;
        }
      }
    }
    if (MeansOfTheAct(chain.begin)) {
      Trace("  the purpose of using a means ('used drones to strike'): the act itself");
      // ("… if it let Israel use its airports and bases to attack
      // Lebanon": the use a condition names is not made.)
      for (int v = static_cast<int>(chain.begin) - 1; v >= 0 && static_cast<int>(chain.begin) - v <= 8; --v) {
        if (!IsVerb(tokens_[v].pos) || !OneOf(tokens_[v].lemma, {"use", "employ", "utilize", "utilise"})) continue;
        // (Past a causative before the user: "let Israel use".)
        int governing = v;
        if (v >= 2 && group_at_[v - 1] != kNone) {
          const int before = static_cast<int>(groups_[group_at_[v - 1]].begin) - 1;
          if (before >= 0 && IsVerb(tokens_[before].pos) &&
              OneOf(tokens_[before].lemma, {"let", "allow", "permit", "help", "make"})) {
            governing = before;
          }
        }
        const Chain user = AnalyzeChain(static_cast<uint32_t>(governing));
        if (user.modality == "possible") {
          Trace("  the means is used only on a condition: no event");
          return false;
        }
        // ("has threatened to use its new act to revoke licences": the use
        // is only intended, and so is its purpose.)
        if (user.modality == "intent" && modality.empty() && code.compare(0, 2, "03") != 0) {
          modality = "intent";
          const std::string intent = IntentCode(code);
          Trace("  the means is only intended ('" +
                (user.intent_verb != kNone ? tokens_[user.intent_verb].text : std::string("intent")) +
                "'): " + code + " → " + intent);
          code = intent;
        }
        break;
      }
    } else if ((protection || (!noun && OneOf(tok.lemma, {"support", "back", "bolster", "reinforce"}))) &&
               ProtectsAnActor(best) && ArmedArrivalBeforeInfinitive(chain.begin, st->sources)) {
      // ("Turkish troops have begun moving to Libya to support the
      // government in Tripoli": coming to back it is military cooperation.)
      const std::string given = protection ? "074" : "062";
      Trace("  armed forces come to " + std::string(protection ? "protect" : "back") + ": their coming provides it, " +
            code + " → " + given);
      code = given;
      // Their arrival is no visit ("French troops arrived in Mali to
      // defend the government").
      for (size_t k = out_->size(); k-- > 0;) {
        const Event& e = (*out_)[k];
        if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_) break;
        const bool arrival = e.cameo == "042" &&
                             std::any_of(st->sources.begin(), st->sources.end(),
                                         [&](const ActorMention& m) { return m.code == e.source.code; });
        if (!arrival) continue;
        Trace("  their arrival is no visit: " + e.source.code + " 042 dropped");
        out_->erase(out_->begin() + static_cast<std::ptrdiff_t>(k));
      }
      last_act_begin_ = std::min(last_act_begin_, out_->size());
    } else if (const int by = AuthorizingVerbBefore(chain.begin); by != kNone) {
      // ("The ITC voted to authorize the Commerce Department to impose
      // anti-dumping duties": an authority's authorization decides the act.)
      Trace("  authorized ('" + tokens_[by].text + "'): the authorization decides the act, " + code);
    } else if (!options_.future_is_intent && FutureActBeforeInfinitive(chain.begin)) {
      // TABARI's convention codes a future act as the act; so is its
      // purpose ("will be hosting Osgiliath to celebrate …").
      modality = "future";
      Trace("  the purpose of a future act, coded as the act (future as act)");
    } else if (code.compare(0, 2, "14") == 0 && !noun && OneOf(tok.lemma, {"protest", "demonstrate"}) &&
               ActDoneBefore(chain.begin)) {
      // ("citrus growers dumped more than 20 tonnes of lemons on the streets
      // to protest against duties": the act done to protest is the protest.)
      Trace("  the act done before it to protest is the protest: " + code);
    } else {
      modality = "intent";
      std::string intent = IntentCode(code);
      if (intent != code) Trace("  infinitive of purpose: " + code + " → " + intent);
      code = intent;
    }
  }
  // "sanctions on Syria were lifted", "eased restrictions on Iran": the
  // measure named by the noun is being taken back, not imposed.
  // "Orban blocked an EU aid package for Ukraine": cooperation named by a
  // noun that the clause blocks or rejects did not happen.
  if (noun && OneOf(code.substr(0, 2), {"04", "05", "06", "07"})) {
    // Within the clause, past an amount and the actor that owns the aid
    // ("blocked a 50 billion euro European Union aid package").
    uint32_t from = a >= 9 ? a - 9 : 0;
    for (uint32_t t = a; t > from; --t) {
      if (clause_break_[t - 1] && !list_comma_[t - 1]) {
        from = t;
        break;
      }
    }
    for (uint32_t t = from; t < a; ++t) {
      if (IsVerb(tokens_[t].pos) &&
          OneOf(tokens_[t].lemma, {"block", "veto", "reject", "oppose", "delay", "halt", "freeze", "cancel",
                                   "suspend", "postpone", "stall", "derail"})) {
        Trace("  the cooperation is blocked ('" + tokens_[t].text + "'): not coded");
        return false;
      }
      // "is reneging on its microchip pact with the U.S.", "failed to live
      // up to its agreement with": an agreement kept, broken or ended is
      // one made before, not signed now (ending it codes on its own).
      if (code == "057" && IsVerb(tokens_[t].pos) &&
          OneOf(tokens_[t].lemma, {"renege", "violate", "breach", "honour", "honor", "abide", "comply", "respect",
                                   "implement", "live", "end", "scrap", "abandon", "terminate", "quit",
                                   "flout", "contravene", "undermine"})) {
        Trace("  the agreement exists already ('" + tokens_[t].text + "'): not coded");
        return false;
      }
    }
    // ("will cut production in accord with MITI guidelines": a preposition.)
    if (code == "057" && a >= 1 && tokens_[a - 1].lower == "in"sv &&
        OneOf(tokens_[a].lower, {"accord", "accordance"})) {
      Trace("  'in " + tokens_[a].text + " with' is a preposition: not coded");
      return false;
    }
  }
  // "Talks between Iran and the United States … have been called off", "the
  // summit was postponed": a meeting or an agreement that the clause it is
  // the subject of calls off did not happen.
  if (noun && OneOf(code.substr(0, 2), {"03", "04", "05", "06"}) && CalledOffAfter(best.end)) {
    Trace("  the noun's clause calls it off: not coded");
    return false;
  }
  // ("sanctions imposed by Valdoria on Karsovia were lifted": the measure
  // the clause lifts is not laid now.)
  if (chain.reduced_passive && code.compare(0, 2, "16") == 0 && CalledOffAfter(best.end, /*lifted=*/true)) {
    Trace("  the clause of the measure's noun lifts it: not coded");
    return false;
  }
  if (noun && code.compare(0, 2, "16") == 0) {
    uint32_t from = a >= 4 ? a - 4 : 0;
    uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), best.end + 4);
    for (uint32_t t = from; t < to; ++t) {
      if (IsVerb(tokens_[t].pos) &&
          OneOf(tokens_[t].lemma, {"lift", "ease", "remove", "scrap", "suspend", "drop", "relax", "waive", "end",
                                   "cancel", "revoke", "loosen", "unfreeze"})) {
        Trace("  the measure is being taken back ('" + tokens_[t].text + "'): not coded as imposed");
        return false;
      }
    }
  }
  if (noun) {
    // "a meeting … was unlikely", "no plans for a meeting", "the prospect of talks",
    // "the spectre of a trade war", "a proposal for talks".
    // Within the noun's own clause only: "in a telephone call on Saturday
    // that Karsovia would respond" is not a possible call.
    uint32_t from = a >= 6 ? a - 6 : 0;
    for (uint32_t t = a; t > from; --t) {
      if (clause_break_[t - 1] && !in_time_[t - 1]) {
        from = t;
        break;
      }
    }
    // Six words past the match, an actor counting as one ("a visit to
    // Moscow by U.S. Secretary of State George Shultz was under …"); nine
    // for a noun still "under consideration" ("… for arms discussions
    // was under consideration").
    uint32_t to = best.end, far = best.end;
    for (int words = 0; far < tokens_.size() && words < 9; ++words) {
      far = group_at_[far] != kNone && groups_[group_at_[far]].begin == far ? groups_[group_at_[far]].end : far + 1;
      if (words < 6) to = far;
    }
    for (uint32_t t = best.end; t < far; ++t) {
      if (clause_break_[t] && !in_time_[t] && !OneOf(tokens_[t].lower, {"if"})) {
        to = std::min(to, t);
        far = t;
        break;
      }
    }
    for (uint32_t t = to; t + 1 < far; ++t) {
      if (tokens_[t].lower == "under"sv && OneOf(tokens_[t + 1].lower, {"consideration", "study", "discussion"})) {
        modality = "possible";
      }
    }
    // ("warned Xi in a video call on Friday of consequences if Beijing …":
    // past another phrase of the verb's, the condition is the verb's.)
    bool past_other_phrase = false;
    for (uint32_t t = from; t < to; ++t) {
      if (t >= best.end && tokens_[t].pos == Pos::IN && !in_time_[t] && tokens_[t].lower != "if"sv) {
        past_other_phrase = true;
      }
      // "an investigation into possible war crimes": after the noun, an
      // adjective before another noun qualifies that noun.
      bool attributive_after = t > a && t + 1 < tokens_.size() &&
                               OneOf(tokens_[t].lower, {"possible", "potential", "planned", "proposed"}) &&
                               (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos));
      // ("a boycott over Nakasone's plans for a tax": a word the pattern
      // itself names is what the act is about, not its modality.)
      const bool pattern_word = t > a && t < best.end &&
                                std::any_of(pattern.after.begin(), pattern.after.end(),
                                            [&](const PatternElement& el) { return WordMatches(t, el); });
      if (!attributive_after && !pattern_word && !(past_other_phrase && tokens_[t].lower == "if"sv) &&
          OneOf(tokens_[t].lower, {"unlikely", "possible", "possibility", "prospect", "prospects", "potential",
                                   "plans", "planned", "proposed", "would", "could", "might", "may", "if", "spectre",
                                   "specter", "risk", "risks", "danger", "fears", "threatened", "looming",
                                   "feared", "impending"})) {
        modality = "possible";
      }
      // "Japan's alleged violation of the pact": an allegation among the
      // noun's own modifiers (not "bombing of alleged terrorist targets").
      if (t < a && static_cast<int>(t) > BeforeNounModifiers(a, 5) &&
          OneOf(tokens_[t].lower, {"alleged", "suspected", "purported"})) {
        modality = "possible";
      }
      // "a move which could clear the way towards establishing diplomatic
      // ties", "opens the way for a full troop withdrawal": what a way is
      // cleared for is still to come.
      if (t < a && t >= 1 && t + 1 < a && tokens_[t].lower == "way"sv && tokens_[t - 1].lower == "the"sv &&
          OneOf(tokens_[t + 1].lower, {"for", "to", "towards", "toward"})) {
        modality = "possible";
      }
      // "a proposal for talks" (not "backing for a proposal by …").
      // "arrived for talks on further Venezuelan assistance": what talks are
      // about is their topic, not done (not talks' own codes: "talks on
      // trade" are talks).
      if (t < a && t + 1 < a && code.compare(0, 2, "04") != 0 &&
          OneOf(tokens_[t].lower, {"talks", "negotiations", "discussions", "consultations"}) &&
          OneOf(tokens_[t + 1].lower, {"on", "about", "over", "concerning"})) {
        modality = "possible";
      }
      if (t < a && t + 1 < a && OneOf(tokens_[t].lower, {"proposal", "proposals"}) && tokens_[t + 1].lower == "for"sv) {
        modality = "possible";
      }
      // "offered to host talks between …", "offered Lunhaven as a venue
      // for talks": talks offered are not yet held.
      if (t < a && t + 1 < a &&
          ((OneOf(tokens_[t].lemma, {"offer", "propose"}) && tokens_[t + 1].lower == "to"sv) ||
           OneOf(tokens_[t].lower, {"venue", "venues"}))) {
        modality = "possible";
      }
      // "Their second meeting is set to take place …": a noun scheduled
      // after it is a plan.
      if (t > a && modality.empty() && t + 1 < tokens_.size() && tokens_[t + 1].lower == "to"sv &&
          OneOf(tokens_[t].lower, {"set", "scheduled", "expected", "due", "slated"}) && code.substr(0, 2) != "03") {
        modality = "intent";
        std::string intent = IntentCode(code);
        Trace("  the noun is scheduled ('" + tokens_[t].text + " to'): " + code + " → " + intent);
        code = intent;
      }
      // "his visit to Washington starting April 29": a noun dated after
      // the story is a plan.
      if (t == from && modality.empty() && code.substr(0, 2) != "03" && NounDatedAhead(best.end, a)) {
        modality = "intent";
        std::string intent = IntentCode(code);
        Trace("  the noun is dated after the story: " + code + " → " + intent);
        code = intent;
      }
      // "any Iranian attack on Soviet ships will bring …", "a visit … was
      // under consideration": a hypothetical or a considered act.
      if ((t < a && a - t <= 4 && tokens_[t].lower == "any"sv) ||
          (tokens_[t].lower == "consideration"sv && t > 0 && tokens_[t - 1].lower == "under"sv)) {
        modality = "possible";
      }
      if (t < a && a - t <= 4 && OneOf(tokens_[t].lower, {"no", "not", "never", "without"}) && !pattern_negation) {
        chain.negated = true;
      }
    }
  }
  // "would impose no restrictions on them", "has had no contact with":
  // an object with "no" is the act denied.
  if (!noun && !pattern_negation && a + 1 < tokens_.size()) {
    uint32_t o = a + 1;
    if (tokens_[o].pos == Pos::RP && o + 1 < tokens_.size()) ++o;
    if (tokens_[o].lower == "no"sv && o + 1 < tokens_.size() &&
        (IsNoun(tokens_[o + 1].pos) || IsAdjective(tokens_[o + 1].pos) || group_at_[o + 1] != kNone) &&
        !OneOf(tokens_[o + 1].lower, {"one", "longer", "doubt"})) {
      chain.negated = true;
    }
  }
  // "None of the OPEC members has asked for a meeting", "no Arab state
  // opposed it": a subject that no one is of denies the act.
  if (!noun && !pattern_negation && !st->sources.empty() && st->sources[0].token_begin < a) {
    uint32_t b = st->sources[0].token_begin;
    if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
    if ((b >= 2 && tokens_[b - 1].lower == "of"sv && OneOf(tokens_[b - 2].lower, {"none", "neither"})) ||
        (b >= 1 && tokens_[b - 1].lower == "no"sv)) {
      chain.negated = true;
    }
  }
  // "as too few Republicans joined Democrats to convict him", "not enough
  // votes to pass it": an infinitive that "too" or "not enough" reaches did
  // not happen.
  if (chain.infinitive && !chain.negated && chain.begin >= 2) {
    for (uint32_t k = chain.begin - 1; k > 0 && chain.begin - k <= 10 && !clause_break_[k]; --k) {
      const bool too = tokens_[k - 1].lower == "too"sv &&
                       (OneOf(tokens_[k].lower, {"few", "little"}) || IsAdjective(tokens_[k].pos) ||
                        IsAdverb(tokens_[k].pos));
      const bool not_enough = tokens_[k].lower == "enough"sv && k >= 2 &&
                              (tokens_[k - 1].lower == "not"sv || tokens_[k - 2].lower == "not"sv);
      if (too || not_enough) {
        Trace("  '" + tokens_[too ? k - 1 : k].text + "' before the infinitive: it did not happen");
        chain.negated = true;
        break;
      }
    }
  }
  if (chain.negated) Trace("  negated");
  // "The United States could abandon its efforts to broker a peace deal …
  // unless there were clear signs …": a threat is what may happen on a
  // condition; "could … unless" states it.
  // (Not a threat inside a condition itself: "if Karsovia threatened …".)
  bool inside_condition = false;
  for (uint32_t t = chain.begin; modality == "possible" && t-- > 0 && chain.begin - t <= 12 && !inside_condition;) {
    inside_condition = OneOf(tokens_[t].lower, {"if", "unless", "whether"});
    if (clause_break_[t] && !in_time_[t]) break;
  }
  if (modality == "possible" && code.compare(0, 2, "13") == 0 && !inside_condition) {
    for (uint32_t t = best.end; t < tokens_.size() && t < best.end + 20; ++t) {
      if (tokens_[t].lower == ";"sv) break;
      if (!OneOf(tokens_[t].lower, {"unless", "if"})) continue;
      Trace("  a threat on a condition ('" + tokens_[t].text + "'): the threat is made");
      modality.clear();
      break;
    }
  }
  if (modality == "possible" && !options_.speculative) {
    Trace("  speculative ('" + tokens_[chain.begin].text + "' …): may not happen, no event");
    // ("The United States will likely impose sanctions on Japan … The two
    // countries signed a pact": an act foreseen still pairs its sides.)
    RememberPair(st->sources, st->targets);
    return false;
  }
  st->code = std::move(code);
  st->modality = std::move(modality);
  return true;
}

// The verb of agreeing whose "that" clause begins at `b` ("agreed at talks
// in Moscow on Thursday that their troops …"), or kNone.
int SentenceCoder::AgreedThatBefore(uint32_t b) const {
  if (b < 2 || tokens_[b - 1].lower != "that"sv) return kNone;
  for (uint32_t k = b - 1; k > 0 && b - k <= 10;) {
    --k;
    if (clause_break_[k]) return kNone;
    if (IsVerb(tokens_[k].pos)) return OneOf(tokens_[k].lemma, {"agree", "decide"}) ? static_cast<int>(k) : kNone;
  }
  return kNone;
}

// For "denied the charge" (its object a charge with "the", "these" or
// "such" before it, from the anchor at `a` to `end`): the accusation
// against `country` that one of the two sentences before coded, or nullptr.
const Event* SentenceCoder::EarlierChargeAgainst(const std::string& country, uint32_t a, uint32_t end) const {
  bool charge = false;
  for (uint32_t t = a + 1; t < tokens_.size() && t <= end + 1 && !charge; ++t) {
    charge = OneOf(tokens_[t].lemma, {"charge", "accusation", "allegation", "claim"}) &&
             OneOf(tokens_[t - 1].lower, {"the", "these", "those", "such", "that", "this"});
  }
  if (!charge) return nullptr;
  return LatestEarlierEvent(2, [&](const Event& e) {
    return e.root == "11" && e.target && e.target->country == country && e.source.country != country;
  });
}

// The latest event of this story coded in one of the `back` sentences
// before this one for which `wanted` holds, or nullptr.
const Event* SentenceCoder::LatestEarlierEvent(int back, const std::function<bool(const Event&)>& wanted) const {
  for (auto e = out_->rbegin(); e != out_->rend(); ++e) {
    if (e->doc_id != story_.doc_id || e->sentence >= sentence_idx_) continue;
    if (e->sentence + back < sentence_idx_) break;
    if (wanted(*e)) return &*e;
  }
  return nullptr;
}

// An event's actor as a mention to aim an act at: a state-like copy of
// `like` with the event actor's code, country and name.
static ActorMention MentionOfEventActor(const EventActor& actor, const ActorMention& like, std::string why) {
  ActorMention m = like;
  m.kind = ActorMention::Kind::kState;
  m.code = actor.code;
  m.country = actor.country;
  m.name = actor.name;
  m.office.clear();
  m.why = std::move(why);
  return m;
}

// "Dostan called the incursion an act of war", "Valdoria rejected the
// ultimatum", "Dostan welcomed the move" after a sentence that coded the
// act: when the reaction at `a` (its code `code`) has for its object an act
// noun with "the", "this" or "that" and no actor, the latest act of
// another country than `own_country` the sentence before coded that such a
// reaction answers (criticism: a conflictual act, root 10 or above; a
// rejection: an appeal, offer, demand or threat; praise: a cooperative
// act); nullptr otherwise.
const Event* SentenceCoder::ActNamedFromSentenceBefore(uint32_t a, const std::string& code,
                                                       const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  const uint32_t o = a + 2;
  if (o >= n || !OneOf(tokens_[a + 1].lower, {"the", "this", "that"}) || group_at_[o] != kNone) return nullptr;
  const std::string_view noun = tokens_[o].lemma;
  const std::string root = code.substr(0, 2);
  const bool move = OneOf(noun, {"move", "decision", "step", "measure", "action", "announcement"});
  bool named = false;
  if (root == "11") {
    named = move || OneOf(noun, {"incursion", "invasion", "attack", "raid", "strike", "shelling", "bombing", "seizure",
                                 "arrest", "expulsion", "detention", "sanction", "ban", "killing", "test", "launch",
                                 "blockade", "occupation", "annexation", "tariff", "threat", "ultimatum", "demand"});
  } else if (root == "12") {
    named = OneOf(noun, {"ultimatum", "demand", "offer", "proposal", "plan", "request", "call", "appeal", "invitation",
                         "terms", "condition"});
  } else if (code == "051") {
    named = move || OneOf(noun, {"release", "agreement", "offer", "proposal", "gesture", "pledge", "promise"});
  }
  if (!named) return nullptr;
  return LatestEarlierEvent(1, [&](const Event& e) {
    if (e.source.country == own_country || e.negated || e.background) return false;
    // (A code outside CAMEO, passed through from PETRARCH's dictionaries,
    // reads as root 0: no act answered.)
    const int r = std::atoi(e.root.c_str());
    return root == "11"   ? r >= 10
           : root == "12" ? (r == 2 || r == 3 || r == 10 || r == 13)
                          : (r >= 3 && r <= 8);
  });
}

// The one who warns or threatens in the clause before the subject of the
// clause that begins at `b` ("Karsovia warned (that) it could …", "warned
// that its forces might …"), or kNone.
int SentenceCoder::WarnerOfClause(uint32_t b) const {
  uint32_t k = b;
  while (k > 0 && b - k < 6 && !clause_break_[k - 1] && !IsVerb(tokens_[k - 1].pos)) --k;  // the subject
  if (k > 0 && tokens_[k - 1].lower == "that"sv) --k;
  if (k == 0 || k == b || !IsVerb(tokens_[k - 1].pos) || !OneOf(tokens_[k - 1].lemma, {"warn", "threaten"})) {
    return kNone;
  }
  std::string ignored;
  return FindSubject(AnalyzeChain(k - 1).begin, &ignored);
}

// What the words around the act make of it: a threat of force aimed at
// what its purpose names, what another actor says must be done (that
// actor's demand or appeal; said by no one else, no event: false), what a
// speaker says another state should, must or could do (020, 012), telling
// someone what must be done (a demand), "… or face" (a threat or an
// ultimatum), the target of a reaction whose object comes first, of trade
// barriers eased and of a conditional warning, and retaliation threatened
// over trade (1312). May change st->code, st->sources, st->targets and
// st->chain.negated; sets st->purpose_end.
bool SentenceCoder::ReadThreatsAndDemands(AnchorState* st) {
  const uint32_t a = st->a;
  const bool noun = st->noun;
  const Token& tok = tokens_[a];
  Chain& chain = st->chain;
  const Match& best = st->best;
  std::vector<ActorMention>& sources = st->sources;
  std::vector<ActorMention>& targets = st->targets;
  std::string& code = st->code;
  // "refused to rule out using military force to take control of the
  // Panama Canal": a threat of force with no target is aimed at what its
  // purpose names, and that purpose is part of the threat.
  uint32_t purpose_end = 0;
  uint32_t to = best.end;
  if (to > 0 && tokens_[to - 1].lower == "to"sv) --to;  // a '+' after "to" left empty
  // (Not force "to defend Russia": what is defended is no target.)
  if (!noun && targets.empty() && code.compare(0, 3, "138") == 0 && to + 2 < tokens_.size() &&
      tokens_[to].lower == "to"sv && IsVerb(tokens_[to + 1].pos) &&
      !OneOf(tokens_[to + 1].lemma, {"defend", "protect", "secure", "safeguard", "preserve", "save"})) {
    for (uint32_t t = to + 2; t < tokens_.size() && t < to + 10; ++t) {
      if (clause_break_[t] && !list_comma_[t]) break;
      if (group_at_[t] == kNone) continue;
      targets = groups_[group_at_[t]].members;
      purpose_end = groups_[group_at_[t]].end;
      // ("… the Panama Canal and Greenland": the list goes with it.)
      while (purpose_end + 1 < tokens_.size() && OneOf(tokens_[purpose_end].lower, {"and", ","}) &&
             group_at_[purpose_end + 1] != kNone) {
        for (const ActorMention& m : groups_[group_at_[purpose_end + 1]].members) targets.push_back(m);
        purpose_end = groups_[group_at_[purpose_end + 1]].end;
      }
      Trace("  target: what the threatened force is for ('" + tokens_[to + 1].text + " …'), " + targets[0].code);
      break;
    }
  }
  // "Gaddafi must step down and leave, President Obama said": a yielding
  // act that another actor says must be done is that actor's demand of the
  // one who would yield (1041 for a leader's going, 105x for the rest).
  // "The United States and Japan must work to avert a trade war, Lawson
  // said": any other cooperative act so said is that actor's appeal to
  // those who should do it (decision 0017); said by no one else, or a
  // conflictual act, it is not done. (TABARI's convention, --future-as-act,
  // codes a modal act other than yielding as the act.)
  // "Japan told the GATT that South Korea's import plan violated the spirit
  // of the world trade body": a breach of rules or of a truce that another
  // state says was done is that state's accusation (112), not a fact
  // ("said Karsovia had broken the truce" too).
  if (!noun && !sources.empty() && (code == "128" || code == "196") && options_.future_is_intent &&
      OneOf(tok.lemma,
            {"violate", "breach", "break", "fail", "live", "honor", "honour", "abide", "comply", "adhere"})) {
    uint32_t b = sources[0].token_begin;
    if (b > 0 && tokens_[b - 1].pos == Pos::DT) --b;
    int speaker = ReporterOf(b);
    if (speaker == kNone) speaker = SpeakerOfClause(chain.begin, best.end);
    if (speaker != kNone && groups_[speaker].members[0].country != sources[0].country) {
      Trace("  a breach " + groups_[speaker].members[0].code + " says " + sources[0].code + " made: an accusation, " +
            code + " → 112");
      targets = sources;
      sources = groups_[speaker].members;
      code = "112";
    }
  }
  const bool yielding = code.compare(0, 2, "08") == 0;
  if (!noun && !sources.empty() && (yielding || options_.future_is_intent) && ObligedChain(chain.begin, a)) {
    const int speaker = SpeakerOfClause(chain.begin, best.end);
    const std::string asked = yielding ? DemandCode(code) : AppealCode(code);
    // (A people's own speaker demands its leader's going too: "the
    // opposition said Ortega must resign".)
    const bool other_speaker =
        speaker != kNone && (groups_[speaker].members[0].country != sources[0].country ||
                             (yielding && groups_[speaker].members[0].code != sources[0].code));
    if (other_speaker && !asked.empty()) {
      Trace("  what " + groups_[speaker].members[0].code + " says " + sources[0].code + " must do: " +
            (yielding ? "a demand, " : "an appeal, ") + code + " → " + asked);
      // (It replaces the bare appeal or demand the verb of saying made:
      // "said that Brazil should …" → 020, "told Israel that Israel must …"
      // → 100.)
      const auto asked_of_sources = [&](const Event& e) {
        if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_ || !OneOf(e.cameo, {"020", "100"}) || !e.target ||
            e.source.code != groups_[speaker].members[0].code) {
          return false;
        }
        return std::any_of(sources.begin(), sources.end(),
                           [&](const ActorMention& m) { return m.country == e.target->country; });
      };
      while (!out_->empty() && asked_of_sources(out_->back())) out_->pop_back();
      last_act_begin_ = std::min(last_act_begin_, out_->size());
      targets = sources;
      sources = groups_[speaker].members;
      code = asked;
      chain.negated = false;
    } else if (const int agreed = AgreedThatBefore(sources[0].token_begin);
               agreed != kNone && !IntentCode(code).empty() && IntentCode(code) != code) {
      // "India and China agreed that their troops should quickly
      // disengage": what the sides agree should be done they intend (0356).
      Trace("  agreed ('" + tokens_[agreed].text + " that … " + tokens_[chain.begin].text + "'): " + code + " → " +
            IntentCode(code));
      code = IntentCode(code);
      st->modality = "intent";
    } else if (!yielding || speaker == kNone) {
      // ("one-third believe he should resign": said by no actor, a going
      // that should happen has not.)
      Trace("  what must or should be done ('" + tokens_[chain.begin].text + " …') is not done: no event");
      return false;
    }
  }
  // "Treasury Secretary James Baker said that Brazil should come up with a
  // new economic plan": saying what another state should or must do
  // appeals to it (020); a more specific appeal the obliged act makes
  // itself replaces this one (above).
  if (!noun && targets.empty() && code == "010" && tok.lemma == "say"sv && !sources.empty() && !chain.negated) {
    uint32_t t = best.end;
    if (t < tokens_.size() && tokens_[t].lower == "that"sv) ++t;
    if (t < tokens_.size() && group_at_[t] != kNone && groups_[group_at_[t]].begin == t) {
      if (std::string said = SaidOfAnotherState(group_at_[t], sources[0].country); !said.empty()) {
        targets = groups_[group_at_[t]].members;
        Trace("  says what " + targets[0].code + " should, must or could do: 010 → " + said);
        code = std::move(said);
      }
    }
    // ("West Germany should take steps …, the OECD said": the words said
    // come first.)
    uint32_t b = 0;
    while (b < a && (OneOf(tokens_[b].text, {"\"", "``", "\u201c"}) || tokens_[b].pos == Pos::DT)) ++b;
    // The speaker's clause after a comma: ", the OECD said", ", the
    // alliance's secretary-general said", '," the minister said', ", the
    // Organisation for Economic Cooperation and Development (OECD) said".
    bool reporting_after = false;
    for (int k = static_cast<int>(a) - 1; k >= 1 && static_cast<int>(a) - k <= 14; --k) {
      if (tokens_[k].lower == ","sv) {
        reporting_after = true;
        break;
      }
      if (IsVerb(tokens_[k].pos) || tokens_[k].lower == ";"sv) break;
    }
    if (targets.empty() && reporting_after && b < a && group_at_[b] != kNone && groups_[group_at_[b]].begin == b) {
      if (std::string said = SaidOfAnotherState(group_at_[b], sources[0].country); !said.empty()) {
        targets = groups_[group_at_[b]].members;
        Trace("  said (before the verb) what " + targets[0].code + " should, must or could do: 010 → " + said);
        code = std::move(said);
      }
    }
  }
  // "Biden told Putin in a telephone call that Moscow must act against
  // ransomware gangs": telling someone what must be done demands it;
  // what should be done is appealed for ("told Trump that the United
  // States should withdraw the negative measures": 020).
  // (An actor must be what must act: "the government should draw up …",
  // not "the dollar's fall should be …"; and the press is told nothing.)
  const bool press_told = !targets.empty() && targets[0].code.size() > 3 &&
                          targets[0].code.compare(targets[0].code.size() - 3, 3, "MED") == 0;
  if (!noun && !targets.empty() && !press_told && code == "010" && OneOf(tok.lemma, {"tell", "inform", "warn"})) {
    for (uint32_t t = best.end; t < tokens_.size() && t < best.end + 15; ++t) {
      if (tokens_[t].lower == ";"sv ||
          (clause_break_[t] && !OneOf(tokens_[t].lower, {",", "that"}) && !in_time_[t]))
        break;
      // (What must act may be a pronoun for it: "told Israel that it must …".)
      if (tokens_[t].pos == Pos::MD && OneOf(tokens_[t].lower, {"must", "should"}) && t > 0 &&
          (group_at_[t - 1] != kNone || OneOf(tokens_[t - 1].lower, {"it", "they"}))) {
        const bool must = tokens_[t].lower == "must"sv;
        Trace("  told what " + std::string(must ? "must" : "should") + " be done: " +
              (must ? "a demand, 010 → 100" : "an appeal, 010 → 020"));
        code = must ? "100" : "020";
        break;
      }
    }
  }
  // "Karsovia will face severe consequences if it invades, Dostan
  // warned": what another actor says one will face is that actor's threat
  // to it; said by no one else, facing something threatens no one.
  if (!noun && tok.lemma == "face"sv && code.compare(0, 2, "13") == 0 && !sources.empty()) {
    const int speaker = SpeakerOfClause(chain.begin, best.end);
    if (speaker == kNone || groups_[speaker].members[0].country == sources[0].country) {
      Trace("  facing " + code + " that no other actor announces: no event");
      return false;
    }
    Trace("  what " + groups_[speaker].members[0].code + " says " + sources[0].code + " will face: its threat");
    targets = sources;
    sources = groups_[speaker].members;
    st->modality.clear();
  }
  // "told Japan to resolve the row … or face a deterioration in trade
  // relations": a request backed by what the addressee will face is a
  // threat (sanctions 1312, force 138, otherwise 130), or an ultimatum
  // when it sets a deadline (139).
  if (!noun && !targets.empty() && OneOf(code.substr(0, 2), {"01", "02", "10"})) {
    std::string threat = OrFaceThreat(best.end);
    if (!threat.empty()) {
      Trace("  '… or face' what it names: a threat, " + code + " → " + threat);
      code = threat;
    }
  }
  // "Azerbaijan set up a checkpoint …, a move Yerevan called a gross
  // violation of the ceasefire": a reaction whose object comes before it
  // is aimed at the actor of the act it follows, or at the actor its words
  // name ("in response to what he called provocative statements by
  // Medvedev"). A naming verb ("called …") aimed at no one codes nothing.
  if (!noun && targets.empty() &&
      (code.compare(0, 2, "11") == 0 || code.compare(0, 2, "12") == 0 || code == "016" || code == "051") &&
      !sources.empty()) {
    // (A rejection too: "Trump offered to mediate …, an offer New Delhi
    // swiftly rejected".)
    int reacted = ReactionTarget(chain.begin, best.end);
    // (Another country's act, or another body's of one's own: "a verdict
    // the city's leader welcomed".)
    if (reacted != kNone &&
        std::any_of(groups_[reacted].members.begin(), groups_[reacted].members.end(), [&](const ActorMention& m) {
          return m.country != sources[0].country ||
                 (m.code != sources[0].code && m.code != m.country && sources[0].code != sources[0].country);
        })) {
      targets = groups_[reacted].members;
      Trace("  target: the actor of what the reaction is about, " + targets[0].code);
    } else if (const int named = NamedActOfEarlierEvent(a, sources[0].country); named != kNone &&
               code.compare(0, 2, "11") == 0) {
      // ("… an oil tanker seized by British Royal Marines, calling the
      // seizure an act of piracy": the act named after the naming verb was
      // coded before it; its actor is the one criticised.)
      targets = groups_[named].members;
      Trace("  target: the actor of the act the naming verb's object names, " + targets[0].code);
    } else if (const Event* act = ActNamedFromSentenceBefore(a, code, sources[0].country); act != nullptr) {
      // ("Karsovian troops crossed into Valdoria overnight. Dostan called
      // the incursion an act of war.": the act the sentence before coded.)
      targets.push_back(
          MentionOfEventActor(act->source, sources[0], "the actor of the act named, coded a sentence before"));
      Trace("  target: the actor of the act the reaction's object names, a sentence before, " + targets[0].code);
    } else if (const Event* protest = !out_->empty() ? &out_->back() : nullptr;
               protest != nullptr && code.compare(0, 2, "11") == 0 && chain.participle && chain.begin > 0 &&
               tokens_[chain.begin - 1].lower == ","sv && protest->doc_id == story_.doc_id &&
               protest->sentence == sentence_idx_ && protest->root == "14" && protest->target &&
               protest->source.code == sources[0].code &&
               OneOf(tok.lemma, {"call", "describe", "brand", "label", "term"})) {
      // ("boycotted Sunday's general election, calling the vote a sham":
      // what a protest names, it criticises the protest's target for.)
      targets.push_back(MentionOfEventActor(*protest->target, sources[0],
                                            "the target of the protest the naming participle follows"));
      Trace("  target: the one the protest before the comma is against, " + targets[0].code);
    } else if (const Event* charge = code == "016" ? EarlierChargeAgainst(sources[0].country, a, best.end) : nullptr;
               charge != nullptr) {
      // ("Valdoria accused Karsovia of shelling a border village. Dravik
      // denied the charge.": the accuser of the sentences before.)
      targets.push_back(MentionOfEventActor(charge->source, sources[0],
                                            "the accuser of the charge denied, named in an earlier sentence"));
      Trace("  target: the one who made the charge denied, " + targets[0].code);
      st->earlier_charge = true;
    } else if (code.compare(0, 2, "11") == 0 &&
               OneOf(tok.lemma, {"call", "describe", "brand", "label", "term", "characterize", "characterise"}) &&
               std::none_of(st->pattern->after.begin(), st->pattern->after.end(), [](const PatternElement& e) {
                 return e.type == PatternElement::Type::kTarget;
               })) {
      Trace("  a naming verb aimed at no one: no event");
      return false;
    } else if (code == "016" && tok.lemma == "dispute"sv &&
               std::none_of(st->pattern->after.begin(), st->pattern->after.end(),
                            [](const PatternElement& e) { return e.type == PatternElement::Type::kWord; })) {
      // ("a U.S. official disputed the assessment": a bare "dispute" denies
      // only the claim of an actor it answers.)
      Trace("  'dispute' answering no one's claim: no event");
      return false;
    }
  }
  // "Valdorian police detained a Karsovian journalist. Karsovia demanded
  // his immediate release.": a release demanded of no one named is
  // demanded of the captor, of another state, that the sentence before
  // named.
  if (!noun && targets.empty() && code == "1053" && !sources.empty()) {
    const std::string& own = sources[0].country;
    if (const Event* held = LatestEarlierEvent(1,
                                               [&](const Event& e) {
                                                 const int r = std::atoi(e.root.c_str());
                                                 return (r == 17 || r == 18) && !e.negated && e.target &&
                                                        e.source.country != own;
                                               });
        held != nullptr) {
      targets.push_back(
          MentionOfEventActor(held->source, sources[0], "the captor named a sentence before"));
      Trace("  target: who seized the people whose release is demanded, a sentence before, " + targets[0].code);
    }
  }
  // "warned Tokyo its promised economic package in April must be
  // significant": a warning that says what the one warned must do, naming
  // no consequence, demands it (100).
  if (!noun && code == "130" && tok.lemma == "warn"sv && best.target != kNone) {
    bool must = false, consequence = false;
    for (uint32_t t = groups_[best.target].end; t < tokens_.size() && t < groups_[best.target].end + 14; ++t) {
      if (tokens_[t].lower == ";"sv) break;
      must = must || tokens_[t].lower == "must"sv;
      consequence = consequence || OneOf(tokens_[t].lower, {"or", "otherwise", "else", "unless", "if", "consequences"});
    }
    if (must && !consequence) {
      Trace("  a warning of what the one warned must do, with no consequence named: a demand, 130 → 100");
      code = "100";
    }
  }
  // "Putin declared an Easter truce, ordering his forces to halt all
  // hostilities": an order to one's own forces commands them; it is no
  // demand between actors (the act ordered is coded when a pattern names it).
  if (!noun && code == "100" && tok.lemma == "order"sv && !targets.empty() && !sources.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](const ActorMention& m) {
        return m.country == sources[0].country && m.code.size() == 6 && OneOf(m.code.substr(3), {"MIL", "COP"});
      })) {
    Trace("  an order to the source's own forces: a command, no event");
    return false;
  }
  // "Guyana put its defence force on full alert …, after Venezuelan
  // President Nicolas Maduro ordered …", "prompting the South to … stage
  // its own live-fire drills in response": a show of force aimed at no one
  // named answers the other state whose act it follows. (So does one named
  // in the clause's adjunct: "flew over the Korean peninsula in a show of
  // force after North Korea's missile test".)
  if ((!noun || st->adjunct_verb != kNone) && targets.empty() && code.compare(0, 2, "15") == 0 && !sources.empty()) {
    if (const int answered = AnsweredActor(chain.begin, best.end, sources[0].country); answered != kNone) {
      targets = groups_[answered].members;
      Trace("  target: the other state whose act the show of force answers, " + targets[0].code);
    } else if (const int prepared = PreparedOffensiveTarget(best.end, sources[0].country); prepared != kNone) {
      targets = groups_[prepared].members;
      Trace("  target: the one the offensive it prepares for is aimed at, " + targets[0].code);
    } else if (const int deterred = DeterredActor(best.end, sources[0].country); deterred != kNone) {
      targets = groups_[deterred].members;
      Trace("  target: the one the show of force is to deter, " + targets[0].code);
    } else if (const int bordered = BorderedState(best.end, sources[0].country); bordered != kNone) {
      targets = groups_[bordered].members;
      Trace("  target: the state across the border the forces were moved to, " + targets[0].code);
    }
  }
  // "The U.S. Coast Guard seized an oil tanker carrying sanctioned
  // Venezuelan crude off the coast of Venezuela": a ship seized from no
  // one named is seized from the owner of its cargo, else from the state
  // off whose coast it lay.
  // ("an oil tanker": past the noun the pattern took.)
  const uint32_t ship_end =
      best.end < tokens_.size() && IsNoun(tokens_[best.end].pos) ? best.end + 1 : best.end;
  if (!noun && targets.empty() && code == "1711" && !sources.empty() && ship_end > 0 &&
      OneOf(tokens_[ship_end - 1].lemma, {"ship", "vessel", "tanker", "boat", "trawler"})) {
    if (const int owner = SeizedShipOwner(ship_end, sources[0].country); owner != kNone) {
      targets = groups_[owner].members;
      Trace("  target: the state of the seized ship's cargo or coast, " + targets[0].code);
    }
  }
  // "North Korea blew up sections of two roads linking it to South Korea":
  // a link destroyed or seized from no one named is aimed at the state at
  // its other end.
  if (!noun && targets.empty() && (code == "1712" || code == "1711") && !sources.empty()) {
    if (const int linked = LinkedState(best.end, sources[0].country); linked != kNone) {
      targets = groups_[linked].members;
      Trace("  target: the state at the other end of the link, " + targets[0].code);
    }
  }
  // "South Korea will cut import taxes on 50 items … to help reduce its
  // trade surplus with the United States": trade barriers eased toward no
  // one named are eased toward the partner of the imbalance they address.
  if (!noun && targets.empty() && (code == "085" || code == "0354") && !sources.empty()) {
    for (uint32_t t = best.end; t + 2 < tokens_.size() && t < best.end + 30; ++t) {
      if (tokens_[t].lower == ";"sv ||
          (clause_break_[t] && OneOf(tokens_[t].lower, {"but", "while", "whereas"})))
        break;
      if (!OneOf(tokens_[t].lemma, {"surplus", "deficit", "imbalance"}) || tokens_[t + 1].lower != "with"sv) continue;
      uint32_t k = t + 2;
      if (k < tokens_.size() && tokens_[k].pos == Pos::DT) ++k;
      if (k >= tokens_.size() || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) break;
      const ActorGroup& g = groups_[group_at_[k]];
      if (std::any_of(g.members.begin(), g.members.end(),
                      [&](const ActorMention& m) { return m.country == sources[0].country; })) {
        break;
      }
      targets = g.members;
      Trace("  target: the partner of the trade imbalance the easing addresses, " + targets[0].code);
      break;
    }
  }
  // "Yeutter warned another major transatlantic trade row will develop if
  // the EC proceeds with the tax": a warning of what follows if another
  // actor acts is a threat aimed at that actor (130).
  if (!noun && targets.empty() && code == "012" && tok.lemma == "warn"sv && !sources.empty()) {
    for (uint32_t t = best.end; t + 1 < tokens_.size() && t < best.end + 25; ++t) {
      if (tokens_[t].lower == ";"sv) break;
      if (!OneOf(tokens_[t].lower, {"if", "unless"})) continue;
      uint32_t k = t + 1;
      if (k < tokens_.size() && tokens_[k].pos == Pos::DT) ++k;
      if (k >= tokens_.size() || group_at_[k] == kNone || groups_[group_at_[k]].begin != k) break;
      const ActorGroup& g = groups_[group_at_[k]];
      const bool other = std::all_of(g.members.begin(), g.members.end(), [&](const ActorMention& m) {
        return m.country != sources[0].country;
      });
      if (!other || g.coreference || g.end >= tokens_.size() || !IsVerb(tokens_[g.end].pos)) break;
      targets = g.members;
      code = "130";
      Trace("  warned of what follows if " + targets[0].code + " acts ('" + tokens_[t].text +
            "'): a threat, 012 → 130");
      break;
    }
  }
  // "warned the EC it will face serious retaliation if it enacts a new
  // tax": retaliation threatened in a quarrel over trade is a threat of
  // trade sanctions (1312).
  if (code == "130" && RetaliationOverTrade()) {
    Trace("  retaliation threatened over trade: 130 → 1312");
    code = "1312";
  }
  st->purpose_end = purpose_end;
  return true;
}

// Emits the act for each source-target pair (both ways for a mutual act, the
// paired code back), and remembers what later anchors and sentences read:
// the last act's root and participants, how far this pattern covers, the
// subject a next sentence's "It" stands for. Then the same act continued.
void SentenceCoder::EmitAct(AnchorState* st) {
  const uint32_t a = st->a;
  const VerbPattern& pattern = *st->pattern;
  const Chain& chain = st->chain;
  const Match& best = st->best;
  const std::vector<ActorMention>& sources = st->sources;
  const std::vector<ActorMention>& targets = st->targets;
  const std::string& code = st->code;
  const std::string& modality = st->modality;
  const uint32_t enacted_until = st->enacted_until, purpose_end = st->purpose_end;
  // Mutual acts: both ways.
  bool mutual = pattern.recip;
  // "each side blaming the other": the sides act toward each other.
  // (Not a statement: "deficits, which each country says it has".)
  if (a >= 2 && tokens_[a - 2].lower == "each"sv && group_at_[a - 1] != kNone &&
      groups_[group_at_[a - 1]].coreference && pattern.code.compare(0, 2, "01") != 0) {
    mutual = true;
  }
  for (uint32_t t = a; t < std::min<uint32_t>(tokens_.size(), best.end + 6); ++t) {
    if (OneOf(tokens_[t].lower, {"bilateral", "mutual", "jointly", "together", "each", "between"})) mutual = true;
    // "… between the two countries" (not a possessive "their").
    // Not "said they were …": the subject of another clause.
    if (group_at_[t] != kNone && groups_[group_at_[t]].coreference && !PossessiveCoreference(t)) {
      int p = static_cast<int>(groups_[group_at_[t]].begin) - 1;
      if (p >= 0 && tokens_[p].lower == "the"sv) --p;
      if (p >= 0 && (tokens_[p].pos == Pos::IN || tokens_[p].pos == Pos::TO) && tokens_[p].lower != "that"sv) {
        mutual = true;
      }
    }
  }
  // A compound subject acting with no target on a cooperative act acts
  // toward each other: "South Korea and Vietnam pledged to expand cooperation".
  // Judged on the act the pattern names, before an intent replaces it:
  // "indicated they would support the proposal" (051 → 032) is not mutual.
  const std::string& act = pattern.code;
  const CameoCode* info = dict_.FindCode(act);
  // Only for acts that are mutual by nature (intent to cooperate, meeting,
  // ties, agreements, material cooperation), not praise, aid or yielding.
  // Likewise fighting with no other target: "the two neighbours had fought",
  // and de-escalating it: "a ceasefire between Israel and Hezbollah …,
  // halting more than a year of fighting" (087).
  // (Not an intent to give aid or to mediate: "the U.S., Colombia and
  // Venezuela had offered assistance" offer it to another, not to each
  // other; "both sides agreed to withdraw their troops" still do.)
  const bool mutual_intent = act.compare(0, 2, "03") == 0 && !OneOf(act.substr(0, 3), {"033", "038", "039"});
  if (targets.empty() && ((info && info->quad_class <= 2 &&
                           (mutual_intent || OneOf(act.substr(0, 2), {"04", "06"}) ||
                            OneOf(act, {"050", "054", "057"}))) ||
                          (OneOf(act, {"190", "193", "194"}) &&
                           // ("Israeli and U.S. strikes on those sites": co-attackers, not foes.)
                           !(IsNoun(tokens_[a].pos) &&
                             OneOf(tokens_[a].lemma, {"strike", "airstrike", "attack", "raid", "bombing"}))) ||
                          act.compare(0, 3, "087") == 0)) {
    mutual = true;
  }
  // ("Valdoria and Karsovia agreed to reopen the border": a yielding act
  // two sides agree on they intend toward each other.)
  if (targets.empty() && act.compare(0, 2, "08") == 0 && chain.intent_verb != kNone &&
      static_cast<size_t>(chain.intent_verb) < tokens_.size() && tokens_[chain.intent_verb].lemma == "agree"sv) {
    mutual = true;
  }
  // (Not a pattern that needs its target named: "Brazil and China pledged
  // to limit their exports to 21,000 tonnes" limit no exports to each other;
  // nor joining: "the Dominican Republic and Costa Rica joined the splinter
  // group" join it, not each other.)
  if (targets.empty() && (pattern.needs_target || tokens_[a].lemma == "join"sv)) mutual = false;
  // (Nor fighting that has an object of its own: "both Iran and Iraq have
  // been attacking shipping" attack ships, not each other; "fought a war"
  // is still fought together.)
  if (targets.empty() && mutual && OneOf(act, {"190", "193", "194"}) && !IsNoun(tokens_[a].pos) &&
      best.end == a + 1) {
    uint32_t o = best.end;
    while (o < tokens_.size() && group_at_[o] == kNone && (tokens_[o].pos == Pos::DT || IsAdjective(tokens_[o].pos))) {
      ++o;
    }
    uint32_t head = o;  // (the head of a compound: "a border war")
    while (head + 1 < tokens_.size() && group_at_[head + 1] == kNone && IsNoun(tokens_[head + 1].pos)) ++head;
    if (o < tokens_.size() && group_at_[o] == kNone && !in_time_[o] && IsNoun(tokens_[o].pos) &&
        !OneOf(tokens_[head].lemma, {"war", "battle", "fight", "clash", "skirmish", "duel", "conflict", "campaign"})) {
      Trace("  the fighting has an object of its own ('" + tokens_[o].text + "'): not toward each other");
      mutual = false;
    }
  }
  // Only the subject intends: "X wants to hold talks with Y" is X's intent.
  // Talks fixed for a time ahead are planned by both sides: "officials
  // will open talks with …", "… tomorrow open talks with …" (036 both ways).
  bool reverse = pattern.recip && (code == pattern.code || (st->scheduled && code == "036"));
  // ("wanted OPEC to …, and was to seek this at talks of OPEC's
  // committee": seeking or offering talks, a pattern with no '+' whose
  // mutual form is for a compound subject, is one actor's intent toward
  // the one found elsewhere.)
  if (reverse && code.compare(0, 2, "03") == 0 && !st->scheduled && CountCountries(sources) < 2 &&
      std::none_of(pattern.after.begin(), pattern.after.end(),
                   [](const PatternElement& e) { return e.type == PatternElement::Type::kTarget; })) {
    Trace("  an intent with one actor for its subject and no '+': one way");
    reverse = false;
  }
  std::vector<std::pair<const ActorMention*, const ActorMention*>> pairs;
  static const ActorMention* const kNoTarget = nullptr;
  if (pattern.reverse_roles) {
    // "Bangladesh will receive a grant from the Netherlands": the '+'
    // actor gives; with none named there is no one to code as the giver.
    for (const ActorMention& s : sources)
      for (const ActorMention& t : targets) pairs.emplace_back(&t, &s);
    if (targets.empty()) Trace("  [reverse]: the actor who does it is not named, no event");
  } else if (targets.empty()) {
    // (Among two or three sides; a longer list "continued talks" with
    // no one in particular: a multilateral act names no pair.)
    // (Not when the pattern's partner is named and is no actor: "Venezuela,
    // Chile and the Philippines have struck agreement with commercial
    // banks" are three agreements with the banks, none between them.)
    if (mutual && best.target_unfilled && pattern.recip) {
      for (uint32_t t = best.end; t < std::min<uint32_t>(tokens_.size(), best.end + 4); ++t) {
        if (group_at_[t] != kNone || clause_break_[t]) break;
        if (OneOf(tokens_[t].lemma, {"bank", "creditor", "lender", "company", "firm", "investor", "union",
                                     "producer", "exporter", "importer", "supplier", "buyer"})) {
          Trace("  the partner is '" + tokens_[t].text +
                "', no actor: the subject's members did not act toward each other");
          mutual = false;
          break;
        }
      }
    }
    if (mutual && CountCountries(sources) >= 2 && CountCountries(sources) <= 3) {
      for (const ActorMention& s : sources)
        for (const ActorMention& t : sources) pairs.emplace_back(&s, &t);
    } else {
      for (const ActorMention& s : sources) pairs.emplace_back(&s, kNoTarget);
    }
  } else {
    for (const ActorMention& s : sources)
      for (const ActorMention& t : targets) pairs.emplace_back(&s, &t);
    if (reverse) {
      // (The press plans no meeting: "Reagan will meet the press".)
      const auto press = [](const ActorMention& m) {
        return m.code.size() > 3 && m.code.compare(m.code.size() - 3, 3, "MED") == 0;
      };
      for (const ActorMention& t : targets) {
        if (code != pattern.code && press(t)) continue;
        for (const ActorMention& s : sources) pairs.emplace_back(&t, &s);
      }
    }
  }
  size_t before = out_->size();
  for (const auto& [s, t] : pairs) Emit(*s, t, code, pattern, a, best, chain, modality);
  // "China denied U.S. accusations that it was flying a spy balloon": the
  // accusation denied was made, by the one whose charge it is, against the
  // one who denies it (112).
  if (code == "016" && !targets.empty() && !chain.negated) {
    bool accusation = false;
    // (Through the noun the accuser modifies: "denied Valdorian accusations".)
    for (uint32_t t = a + 1; t < best.end + 1 && t < tokens_.size(); ++t) {
      if (!IsNoun(tokens_[t].pos) || !OneOf(tokens_[t].lemma, {"accusation", "allegation", "charge"})) continue;
      accusation = true;
      // ("… accusations that Karsovian troops had crossed": the noun codes
      // its own accusation, against the actor of its clause.)
      if (t + 2 < tokens_.size() && tokens_[t + 1].lower == "that"sv && group_at_[t + 2] != kNone &&
          !groups_[group_at_[t + 2]].coreference) {
        accusation = false;
        break;
      }
      // ("denied previous charges of bombing Pakistani territory": a target
      // inside the charge is the one it says was wronged, not its author.)
      if (t + 2 < tokens_.size() && tokens_[t + 1].lower == "of"sv &&
          (tokens_[t + 2].pos == Pos::VBG || tokens_[t + 2].lower.ends_with("ing")) && best.target != kNone &&
          groups_[best.target].begin > t) {
        accusation = false;
        break;
      }
    }
    // (Not when the sentence has coded that accusation already: "Dostan
    // accused Karsovian intelligence …, and the Karsovian government
    // dismissed the accusation".)
    // (Nor when the charge denied is one a sentence before coded.)
    if (st->earlier_charge) accusation = false;
    for (const Event& e : *out_) {
      if (accusation && e.doc_id == story_.doc_id && e.sentence == sentence_idx_ && e.cameo.compare(0, 2, "11") == 0 &&
          e.target && e.source.country == targets[0].country && e.target->country == sources[0].country) {
        accusation = false;
      }
    }
    if (accusation) {
      Trace("  the accusation denied was made: 112 from the accuser");
      for (const ActorMention& t : targets)
        for (const ActorMention& s : sources) Emit(t, &s, "112", pattern, a, best, chain, modality);
    }
  }
  // "signed a U.S.-brokered declaration": the broker the adjective names
  // mediated between the signers (045).
  if (code.compare(0, 2, "05") == 0 && mutual && CountCountries(sources) == 2 && targets.empty()) {
    for (uint32_t t = a + 1; t < best.end; ++t) {
      if (group_at_[t] == kNone || groups_[group_at_[t]].end != t + 1) continue;
      const std::string& w = tokens_[t].lower;
      if (!(w.size() > 9 && (w.compare(w.size() - 9, 9, "-brokered") == 0 ||
                             w.compare(w.size() - 9, 9, "-mediated") == 0))) {
        continue;
      }
      for (const ActorMention& broker : groups_[group_at_[t]].members) {
        Trace("  '" + tokens_[t].text + "': " + broker.code + " mediated between the sides (045)");
        for (const ActorMention& side : sources) Emit(broker, &side, "045", pattern, a, best, chain, modality);
      }
      break;
    }
  }
  // "China has signed a 130 mln dlr loan agreement with the World Bank",
  // "an accord between Britain and Nigeria to reschedule the country's
  // debts": a loan or debt agreement is also the lender's aid (071) to the
  // borrower, when the sentence tells which side lends.
  std::vector<std::pair<const ActorMention*, const ActorMention*>> across;
  for (const auto& p : pairs)
    if (p.second && p.first->country != p.second->country) across.push_back(p);
  if (code == "057" && !chain.negated && modality.empty() && across.size() == 2 &&
      across[0].first == across[1].second && across[0].second == across[1].first) {
    const ActorMention* sides[2] = {across[0].first, across[0].second};
    const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), best.end + 12);
    const uint32_t from = a >= 6 ? a - 6 : 0;
    bool loan = false;
    int debtor = -1;
    for (uint32_t t = from; t < end; ++t) {
      if (OneOf(tokens_[t].lemma, {"loan", "credit", "debt", "reschedule", "rescheduling", "borrow"})) loan = true;
      // ("to reschedule Nigeria's official debts": the possessor owes.)
      if (t >= 2 && IsNoun(tokens_[t].pos) && OneOf(tokens_[t].lemma, {"debt", "loan", "credit"}) &&
          (tokens_[t - 1].lower == "'s"sv || (tokens_[t - 2].lower == "'s"sv && IsAdjective(tokens_[t - 1].pos)))) {
        const uint32_t owner = tokens_[t - 1].lower == "'s"sv ? t - 2 : t - 3;
        if (group_at_[owner] != kNone) {
          for (int i = 0; i < 2; ++i) {
            for (const ActorMention& m : groups_[group_at_[owner]].members)
              if (m.country == sides[i]->country) debtor = i;
          }
        }
      }
    }
    // (Or one side a lender by trade: a development bank, the IMF, the
    // Paris Club, banks.)
    const auto lender = [](const ActorMention& m) {
      return m.code.compare(0, 6, "IGOBUS") == 0 || m.code.find("DEV") != std::string::npos ||
             (m.code.size() == 6 && m.code.compare(3, 3, "BUS") == 0 && m.kind != ActorMention::Kind::kState);
    };
    if (loan && debtor < 0 && lender(*sides[0]) != lender(*sides[1])) debtor = lender(*sides[0]) ? 1 : 0;
    if (loan && debtor >= 0) {
      const ActorMention& giver = *sides[1 - debtor];
      Trace("  a loan or debt agreement: " + giver.code + " lends (071)");
      Emit(giver, sides[debtor], "071", pattern, a, best, chain, modality);
    }
  }
  // "Oman said it had brokered a ceasefire between the United States and
  // Yemen's Houthis": the truce mediated is one the two sides made (0871
  // both ways), besides the mediation.
  if (code == "045" && targets.size() == 2 && targets[0].country != targets[1].country && !chain.negated) {
    bool truce = false;
    for (uint32_t t = a + 1; t < best.end && !truce; ++t) {
      truce = OneOf(tokens_[t].lower, {"ceasefire", "cease-fire", "truce", "armistice"});
    }
    if (truce) {
      Trace("  a truce brokered between " + targets[0].code + " and " + targets[1].code + ": theirs (0871 both ways)");
      Emit(targets[0], &targets[1], "0871", pattern, a, best, chain, modality);
      Emit(targets[1], &targets[0], "0871", pattern, a, best, chain, modality);
    }
  }
  // A paired code (PETRARCH's "[032:033]"): the target's act toward the source.
  if (!pattern.paired_code.empty() && code == pattern.code) {
    for (const ActorMention& s : sources)
      for (const ActorMention& t : targets) Emit(t, &s, pattern.paired_code, pattern, a, best, chain, modality);
  }
  if (out_->size() > before) {
    if (first_act_sources_.empty()) first_act_sources_ = sources;
    last_event_root_ = out_->back().root;
    // ("will hold nationwide warning strikes …, to press demands": a
    // protest announced is still the act its purpose belongs to.)
    if (!modality.empty() && pattern.code.compare(0, 2, "14") == 0) last_event_root_ = "14";
    last_act_begin_ = before;
    // "demanded that X stop … and withdraw …": what follows "and" is asked too.
    // ("called on the U.S. to remove curbs on its exports, to give it
    // favourable trading status and ease restrictions on …": a list of
    // requests runs on.)
    if (OneOf(code.substr(0, 2), {"10", "02"})) asked_until_ = std::max(asked_until_, best.end + 20);
    // ("said Iran had exaggerated reports … to encourage Kurdish rebels to
    // …": the purpose of an alleged act is alleged too, and not the
    // accuser's.)
    if (code.compare(0, 3, "112") == 0 && IsVerb(tokens_[a].pos) &&
        (IsVerbOfSaying(tokens_[a].lemma) || tokens_[a].lemma == "accuse"sv)) {
      alleged_until_ = std::max(alleged_until_, best.end + 20);
    }
    // The sentence's first coded subject, when one state or organization,
    // is what a next sentence's "It …" stands for.
    if (!subject_remembered_ && memory_ && sources.size() == 1 &&
        sources[0].kind != ActorMention::Kind::kPerson) {
      memory_->last_subject = sources;
      subject_remembered_ = true;
    }
    // Anchors inside this pattern ("deepen" in "vow to deepen ties") belong to it;
    // a verb joined by "and" that shares the object acts on its own
    // ("condemned and rejected the proposal").
    covered_until_ = std::max({covered_until_, best.end, enacted_until, purpose_end});
    covered_by_meeting_ = code.compare(0, 2, "04") == 0;
    // (Each verb of a list sharing the object too: "attacked, seized, and
    // sank an Iranian ship".)
    if (const uint32_t object = ObjectStartPastJoinedVerb(a); object > a + 1) {
      joined_verb_ = static_cast<int>(a) + 1;
      joined_until_ = static_cast<int>(object);
    }
    // "called Miyazawa to warn him": the telephone call's purpose, which
    // ends its pattern, is an act of its own.
    if (tokens_[a].lemma == "call"sv && code.compare(0, 3, "041") == 0 && best.end >= 2 && best.end - 1 > a &&
        tokens_[best.end - 1].pos == Pos::VB && tokens_[best.end - 2].lower == "to"sv) {
      infinitive_in_match_ = static_cast<int>(best.end) - 1;
    }
    // "refused to rule out …": the refusal written in the pattern is part
    // of this act, not an act of its own.
    if (best.begin < a) {
      const uint32_t from = tokens_[best.begin].span.begin, to = tokens_[a].span.begin;
      const auto own_word = [&](const Event& e) {
        return e.sentence == sentence_idx_ && e.doc_id == story_.doc_id && e.verb_begin >= from && e.verb_begin < to;
      };
      const size_t kept_before = static_cast<size_t>(std::count_if(out_->begin(), out_->begin() + before,
                                                                   [&](const Event& e) { return !own_word(e); }));
      out_->erase(std::remove_if(out_->begin(), out_->begin() + before, own_word), out_->begin() + before);
      last_act_begin_ = std::min(last_act_begin_, kept_before);
    }
    // Participants carry to participles and purpose clauses that follow.
    // (Not those of a reduced passive describing a noun: in "demanded the
    // release of a tanker seized by British marines, calling the seizure
    // piracy", the caller is the one who demanded.)
    if (!chain.reduced_passive) {
      last_participants_ = sources;
      last_participants_anchor_ = a;
      last_sources_ = sources;
      last_targets_ = targets;
    }
    last_act_joint_ = (pattern.recip || mutual) && OneOf(code.substr(0, 2), {"05", "06"});
    if (pattern.recip || mutual) {
      for (const ActorMention& t : targets) last_participants_.push_back(t);
      // "Xi held talks with Putin. The two leaders pledged …": the two
      // sides of a mutual act are what a later "the two" stands for.
      if (memory_ && CountCountries(last_participants_) >= 2) {
        memory_->last_plural = last_participants_;
        memory_->last_plural_sentence = memory_->sentence;
      }
    }
    RememberPair(sources, targets);
  }
  Continuation(a, best, pattern, sources, chain, code, modality);
}

// "Egypt agreed to build two roads in Uganda. The two countries signed …":
// the two sides of any act between two countries, for a later "the two".
void SentenceCoder::RememberPair(const std::vector<ActorMention>& sources, const std::vector<ActorMention>& targets) {
  if (memory_ && sources.size() == 1 && targets.size() == 1 && sources[0].country != targets[0].country &&
      sources[0].country.size() == 3 && targets[0].country.size() == 3) {
    memory_->last_pair = {sources[0], targets[0]};
    memory_->last_pair_sentence = memory_->sentence;
  }
}

// "accepted a bilateral meeting with Putin, but not a trilateral meeting
// with Putin and Zelenskiyy": the same act continued after and/but [not].
void SentenceCoder::Continuation(uint32_t a, const Match& first, const VerbPattern& pattern,
                                 const std::vector<ActorMention>& sources, const Chain& chain,
                                 const std::string& code, const std::string& modality) {
  uint32_t t = first.end;
  if (t < tokens_.size() && tokens_[t].lower == ","sv) ++t;
  if (t >= tokens_.size() || !OneOf(tokens_[t].lower, {"but", "and", "or"})) return;
  ++t;
  bool negated = false;
  if (t < tokens_.size() && IsNegator(tokens_[t].lower)) {
    negated = true;
    ++t;
  }
  if (t < tokens_.size() && IsVerb(tokens_[t].pos)) return;  // a new verb: its own clause
  Match m;
  m.pattern = first.pattern;
  m.begin = t;
  m.end = t;
  std::string why;
  if (pattern.after.empty()) return;
  if (!MatchForward(pattern.after, t, Voice{}, &m, &why) || m.target == kNone) {
    // "sent aid to Peru and to Bolivia", "talks with France and with
    // Italy": the preposition before '+' repeated, the rest understood.
    const std::vector<PatternElement>& after = pattern.after;
    size_t plus = 0;
    while (plus < after.size() && after[plus].type != PatternElement::Type::kTarget) ++plus;
    if (plus == 0 || plus >= after.size() || after[plus - 1].type != PatternElement::Type::kWord ||
        after[plus - 1].optional || t >= tokens_.size() ||
        !OneOf(tokens_[t].lower, {"to", "with", "on", "against", "for", "from", "into"}) ||
        std::find(after[plus - 1].words.begin(), after[plus - 1].words.end(), tokens_[t].lower) ==
            after[plus - 1].words.end()) {
      return;
    }
    std::vector<PatternElement> tail(after.begin() + static_cast<std::ptrdiff_t>(plus) - 1, after.end());
    tail.front().adjacent = true;
    m = Match{};
    m.pattern = first.pattern;
    m.begin = t;
    m.end = t;
    if (!MatchForward(tail, t, Voice{}, &m, &why) || m.target == kNone) return;
  }
  // (Not the subject of a new clause: "killed Soleimani, and Tehran vowed
  // revenge".)
  {
    uint32_t after = groups_[m.target].end;
    while (after < tokens_.size() && (IsAdverb(tokens_[after].pos) || in_time_[after])) ++after;
    const uint32_t gb = groups_[m.target].begin;
    if ((gb == t || (gb == t + 1 && tokens_[t].pos == Pos::DT)) && after < tokens_.size() &&
        (OneOf(tokens_[after].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::MD}))) {
      return;
    }
  }
  Chain c = chain;
  c.negated = chain.negated != negated;
  Trace("  continued after '" + tokens_[first.end].text + "'" + (negated ? " (negated)" : ""));
  for (const ActorMention& s : sources)
    for (const ActorMention& tg : groups_[m.target].members) Emit(s, &tg, code, pattern, a, m, c, modality);
  // (A mutual act, coded as such, is mutual with the next side too.)
  if (pattern.recip && code == pattern.code) {
    for (const ActorMention& tg : groups_[m.target].members)
      for (const ActorMention& s : sources) Emit(tg, &s, code, pattern, a, m, c, modality);
  }
}

// "calling the seizure an act of piracy": when the naming verb at `a` has
// for its object a noun for an act ("the seizure", "the move") and an act
// of another country's actor was coded earlier in the sentence, that
// actor's group; kNone otherwise.
int SentenceCoder::NamedActOfEarlierEvent(uint32_t a, const std::string& own_country) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (!OneOf(tokens_[a].lemma, {"call", "describe", "brand", "label", "term", "denounce", "condemn", "decry"})) {
    return kNone;
  }
  uint32_t o = a + 1;
  if (o < n && OneOf(tokens_[o].lower, {"the", "this", "that", "its"})) ++o;
  if (o >= n || group_at_[o] != kNone ||
      !OneOf(tokens_[o].lemma, {"seizure", "move", "decision", "attack", "raid", "strike", "arrest", "expulsion",
                                "detention", "sanction", "sanctions", "measure", "ban", "deportation", "killing"})) {
    return kNone;
  }
  for (size_t k = out_->size(); k-- > 0;) {
    const Event& e = (*out_)[k];
    if (e.doc_id != story_.doc_id || e.sentence != sentence_idx_) break;
    if (e.source.country == own_country || e.negated || e.cameo.compare(0, 2, "13") < 0) continue;
    return GroupOfActorBefore(e.source.code, a);
  }
  return kNone;
}

// For a reaction verb whose clause starts at `begin` (its subject right
// before): the actor group the reaction is about, or kNone. "…, a move
// Yerevan called …", "…, which Zelensky called …": the subject of the
// sentence's main clause. "in what the court called …": an actor the words
// after the verb name ("Tehran's brazen attack", "statements by Medvedev"),
// else the main clause's subject.
int SentenceCoder::ReactionTarget(uint32_t begin, uint32_t end) const {
  if (begin == 0) return kNone;
  int p;
  if (group_at_[begin - 1] != kNone) {
    p = static_cast<int>(groups_[group_at_[begin - 1]].begin) - 1;
  } else if (tokens_[begin - 1].pos == Pos::PRP) {
    p = static_cast<int>(begin) - 2;  // "in what he called …"
  } else {
    return kNone;
  }
  // ("a verdict the city's leader John Lee welcomed": past the subject's
  // possessor.)
  if (p >= 3 && tokens_[p].lower == "'s"sv && IsNoun(tokens_[p - 1].pos) && group_at_[p - 1] == kNone) p -= 2;
  if (p >= 1 && tokens_[p].pos == Pos::DT) --p;  // "which the Valdorian president called"
  if (p < 1) return kNone;
  // ("… welcomed and Amnesty International called the death knell": a
  // reaction joined by "and" to one before reacts to the same act.)
  if (tokens_[p].lower == "and"sv && IsVerb(tokens_[p - 1].pos) && group_at_[p - 1] == kNone) {
    const uint32_t joined = AnalyzeChain(static_cast<uint32_t>(p - 1)).begin;
    if (joined < begin) return ReactionTarget(joined, end);
  }
  bool named_words = false;
  if (tokens_[p].lower == "what"sv && OneOf(tokens_[p - 1].lower, {"in", "to", "for", "against", "over", "of"})) {
    named_words = true;
  } else {
    const bool relative = OneOf(tokens_[p].lower, {"that", "which"});
    if (relative) --p;
    if (p < 1) return kNone;
    // ("said on Monday, the anniversary of the war, that …": a "that"
    // after an aside about the time opens what is said, not a relative.)
    if (relative && tokens_[p].lower == ","sv && TimeAsideOpening(static_cast<uint32_t>(p)) != kNone) return kNone;
    // (", which Zelensky called …" after the act itself; a comma alone
    // ends an opening phrase: "In an interview, Baker criticised …".)
    if (!relative || tokens_[p].lower != ","sv) {
      // ", a move", ", a decision the court …": a noun for the act before.
      if (!OneOf(tokens_[p].lemma, {"move", "decision", "step", "measure", "ruling", "verdict", "action", "ban",
                                    "deportation", "visit", "trip", "law", "order", "vote", "sentence", "claim",
                                    "attack", "strike", "statement", "remark", "policy", "plan", "escalation",
                                    "seizure", "offer", "proposal", "request", "demand", "bid", "violation", "incursion",
                                    "intrusion", "provocation", "raid", "shelling", "bombing", "arrest", "expulsion"})) {
        return kNone;
      }
      int q = p - 1;
      while (q >= 0 && (IsAdjective(tokens_[q].pos) || tokens_[q].pos == Pos::DT)) --q;
      if (q < 0 || tokens_[q].lower != ","sv) return kNone;
    }
  }
  if (named_words) {
    for (uint32_t t = end; t < tokens_.size() && t < end + 8; ++t) {
      if (clause_break_[t] && !in_time_[t]) break;
      if (group_at_[t] != kNone) return group_at_[t];
    }
  }
  // The main clause's subject: the first actor before the sentence's first verb.
  for (uint32_t t = 0; t < static_cast<uint32_t>(p); ++t) {
    if (IsVerb(tokens_[t].pos)) break;
    if (group_at_[t] != kNone && !groups_[group_at_[t]].coreference) return group_at_[t];
  }
  return kNone;
}

// What is said of another state, the group `g` (states only, none the
// speaker's own): "should" or "must" after it appeals to it (020: "Baker said
// Brazil should come up with a plan"); force foreseen after it is a
// pessimistic comment about it (012: "Russia could be ready to use military
// force against NATO, Rutte said"); "" else.
std::string SentenceCoder::SaidOfAnotherState(int g, const std::string& speaker_country) const {
  const ActorGroup& group = groups_[g];
  if (group.coreference) return "";
  const bool other_state = std::all_of(group.members.begin(), group.members.end(), [&](const ActorMention& m) {
    return m.kind == ActorMention::Kind::kState && m.country.size() == 3 && m.country != speaker_country &&
           !OneOf(m.country, {"IGO", "NGO", "IMG"});
  });
  if (!other_state || group.end >= tokens_.size()) return "";
  if (tokens_[group.end].pos == Pos::MD && OneOf(tokens_[group.end].lower, {"should", "must"})) return "020";
  if (ForceForeseenAfter(group.end)) return "012";
  return "";
}

// Whether the words from `t` foresee force: "could", "may" or "might"
// (after an actor) and, within the clause, an attack, an invasion or the
// use of force ("could be ready to use military force against NATO").
bool SentenceCoder::ForceForeseenAfter(uint32_t t) const {
  if (t >= tokens_.size() || tokens_[t].pos != Pos::MD || !OneOf(tokens_[t].lower, {"could", "may", "might"})) {
    return false;
  }
  for (uint32_t k = t + 1; k < tokens_.size() && k < t + 9; ++k) {
    if (clause_break_[k] && !in_time_[k]) return false;
    if (IsNegator(tokens_[k].lower)) return false;
    if (IsVerb(tokens_[k].pos) && OneOf(tokens_[k].lemma, {"attack", "invade", "strike", "bomb", "annex"})) return true;
    if (tokens_[k].lemma == "use"sv && k + 3 < tokens_.size()) {
      for (uint32_t f = k + 1; f <= k + 3; ++f) {
        if (OneOf(tokens_[f].lemma, {"force", "weapon", "missile"})) return true;
      }
    }
  }
  return false;
}

// Whether the sentence threatens retaliation ("retaliate", "reprisals",
// "countermeasures") over trade (tariffs, taxes, imports, chips) with no
// word of force in it.
bool SentenceCoder::RetaliationOverTrade() const {
  bool retaliation = false, trade = false;
  for (const Token& t : tokens_) {
    const std::string& l = t.lower;
    if (l.compare(0, 8, "retaliat") == 0 || OneOf(l, {"reprisal", "reprisals", "countermeasure", "countermeasures"})) {
      retaliation = true;
    }
    if (OneOf(t.lemma, {"tariff", "tax", "duty", "import", "export", "trade", "subsidy", "quota", "levy",
                        "semiconductor", "microchip", "chip", "protectionism", "dumping"})) {
      trade = true;
    }
    if (OneOf(t.lemma, {"military", "force", "warship", "troop", "missile", "attack", "war", "navy", "army", "bomb",
                        "strike", "weapon", "nuclear"}) &&
        !(t.lemma == "war"sv && &t > tokens_.data() && (&t - 1)->lower == "trade"sv)) {
      return false;
    }
  }
  return retaliation && trade;
}

// The threat code of "… or face X" within the clause after `t`: 139
// with a deadline before it ("by Friday", "within 30 days"), 1312 for
// sanctions or trade, 138 for force, 130 otherwise; "" when none.
std::string SentenceCoder::OrFaceThreat(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  bool deadline = false;
  for (uint32_t k = t; k + 1 < n && k < t + 30; ++k) {
    if (tokens_[k].lower == ";"sv || (clause_break_[k] && tokens_[k].lower != ","sv && !in_time_[k])) return "";
    if (OneOf(tokens_[k].lower, {"deadline", "ultimatum"}) || (in_time_[k] && OneOf(tokens_[k].lower, {"by", "until", "within"}))) {
      deadline = true;
    }
    if (tokens_[k].lower != "or"sv || tokens_[k + 1].lower != "face"sv) continue;
    if (deadline) return "139";
    for (uint32_t w = k + 2; w < n && w < k + 10; ++w) {
      const std::string& l = tokens_[w].lemma;
      if (OneOf(l, {"sanction", "tariff", "trade", "trading", "embargo", "boycott", "retaliation", "duty", "penalty"})) {
        return "1312";
      }
      if (OneOf(l, {"military", "force", "attack", "war", "strike", "invasion", "bombing"})) return "138";
    }
    return "130";
  }
  return "";
}

}  // namespace coder_internal
}  // namespace statecraft
