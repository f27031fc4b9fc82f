#include "code/event_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "base/files.h"
#include "code/counterpart.h"
#include "code/demand_map.h"
#include "code/intent_map.h"
#include "code/word_classes.h"
#include "recognize/quantity_recognizer.h"

namespace statecraft {

namespace {

constexpr int kNone = -1;
// An act dated this many days or more before its story is background.
constexpr int kBackgroundDays = 180;
// List commas and "and" that a pattern gap may pass besides its own words
// ("flew rescue teams, medical staff and relief supplies to …").
constexpr int kListGap = 4;
// Words of an amount beyond its first that a pattern gap may pass besides.
constexpr int kQuantityGap = 6;
// Words of an unknown name beyond its first that a pattern gap may pass besides.
constexpr int kNameGap = 5;

// The verbs around an anchor: auxiliaries, modals, adverbs and the "to" of
// an infinitive, with what they say about the act.
struct Chain {
  uint32_t begin = 0;
  bool negated = false;
  bool passive = false;
  bool reduced_passive = false;  // "tariffs imposed by the US"
  bool infinitive = false;       // chain starts with "to"
  bool participle = false;       // ", vowing to …", "including capturing …"
  std::string modality;          // "", "intent", "future", "possible"
  int intent_verb = kNone;       // token of "plans" in "plans to visit"
  bool requested = false;        // "urged Israel to stop …": asked of another, not done
  int control_verb = kNone;      // "ordered" in "ordered its forces to go on alert"
  int control_object = kNone;    // the group between ("its forces")
  // A clause that anchors the story in the past ("five years after crowds
  // trashed its embassy", "since Russia invaded Ukraine"): coded, marked.
  bool background = false;
  std::optional<Date> background_date;  // "five years after": the story date less five years
  std::string background_precision;
};

class SentenceCoder {
 public:
  SentenceCoder(const Dictionary& dict, const VerbIndex& index, const CoderOptions& options, const StoryInfo& story,
                int sentence_idx, const Sentence& sentence, const SentenceMentions& mentions, StoryMemory* memory,
                std::vector<Event>* out, CodeTrace* trace)
      : dict_(dict),
        index_(index),
        options_(options),
        story_(story),
        sentence_idx_(sentence_idx),
        sentence_(sentence),
        tokens_(sentence.tokens),
        mentions_(mentions),
        memory_(memory),
        out_(out),
        trace_(trace) {}

  void Run() {
    groups_ = BuildActorGroups(tokens_, mentions_.actors, memory_);
    group_at_.assign(tokens_.size(), kNone);
    in_time_.assign(tokens_.size(), false);
    clause_break_.resize(tokens_.size());
    for (size_t t = 0; t < tokens_.size(); ++t) clause_break_[t] = IsClauseBreak(tokens_[t]);
    for (const auto& [tb, te] : mentions_.time_tokens) {
      for (uint32_t t = tb; t < te && t < tokens_.size(); ++t) in_time_[t] = true;
    }
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
      if (a < covered_until_) continue;  // inside a longer pattern that already coded
      TryAnchor(a, noun);
    }
    DropIntentVerbEvents(first_event);
    TargetFromCondemnedAct(first_event);
    TargetFromAdmittedAct(first_event);
  }

  // "Israel's military admitted … that its warplanes had destroyed a
  // reactor in Syria", "Japan denied breaking a pact with the U.S.": an
  // admission or a denial with no target is aimed at the target of the act
  // admitted or denied, the next act of the same side after it.
  void TargetFromAdmittedAct(size_t first_event) {
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
  void TargetFromCondemnedAct(size_t first_event) {
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

  static std::string EventId(const Event& e) {
    std::string id_basis = e.doc_id + "|" + std::to_string(e.sentence) + "|" + std::to_string(e.source.begin) + "|" +
                           (e.target ? std::to_string(e.target->begin) + "|" + e.target->code : "-") + "|" + e.cameo +
                           "|" + std::to_string(e.verb_begin) + "|" + e.source.code + (e.negated ? "|neg" : "");
    return Sha256Hex(id_basis).substr(0, 20);
  }

  // "agreed to meet", "vowed to visit": when the complement was coded as an
  // intent (036), the intent verb's own general intent event (030 for
  // "agree") says the same thing less precisely and goes.
  void DropIntentVerbEvents(size_t first_event) {
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

 private:
  void Trace(std::string line) {
    if (trace_) trace_->lines.push_back(std::move(line));
  }

  std::string Describe(const ActorGroup& g) const {
    std::string s;
    for (const ActorMention& m : g.members) {
      if (!s.empty()) s += ", ";
      s += m.code + " (" + m.name + ")";
    }
    if (!g.why.empty()) s += " [" + g.why + "]";
    return s;
  }

  std::string TokenText(uint32_t t) const { return tokens_[t].text; }

  bool WordMatches(uint32_t t, const PatternElement& el) const {
    const Token& tok = tokens_[t];
    for (const std::string& w : el.words) {
      if (tok.lower == w || (!el.exact_form && tok.lemma == w)) return true;
      if (w[0] == '>' && NumberAtLeast(t, w)) return true;
    }
    return false;
  }

  // A pattern's ">=N" alternative: a number of at least N ("260", "15,000",
  // "2 million", "2.5 mln").
  bool NumberAtLeast(uint32_t t, std::string_view bound) const {
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
  uint32_t SkipAdjunctsForward(uint32_t pos) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    while (pos < n) {
      if (in_time_[pos] && group_at_[pos] == kNone) {
        ++pos;
        continue;
      }
      if (OneOf(tokens_[pos].lower, {"in", "at"}) && pos + 1 < n && !in_time_[pos + 1]) {
        uint32_t k = pos + 1;
        if (k < n && tokens_[k].lower == "the") ++k;  // "at the U.N. Security Council"
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

  // "in recent days", "over the past two weeks" ending at token k: a span
  // of time up to the story, which the time recognizer leaves undated.
  // Returns the token of its preposition, or kNone.
  int RecentSpanBegin(int k) const {
    if (k < 2 || !IsTimeNoun(tokens_[k].lower) || group_at_[k] != kNone) return kNone;
    int j = k - 1;
    while (j >= 0 && (tokens_[j].pos == Pos::CD || CountWord(tokens_[j].lower) > 1 ||
                      OneOf(tokens_[j].lower, {"few", "several"}))) {
      --j;
    }
    if (j < 1 || !OneOf(tokens_[j].lower, {"recent", "past", "last"})) return kNone;
    --j;
    if (j >= 1 && tokens_[j].lower == "the") --j;
    return j >= 0 && OneOf(tokens_[j].lower, {"in", "over", "during"}) ? j : kNone;
  }

  // The same backwards from token k: the last token before the adjuncts.
  int SkipAdjunctsBack(int k) const {
    while (k >= 0) {
      if ((in_time_[k] || OneOf(tokens_[k].lower, {"today", "tonight", "yesterday"})) && group_at_[k] == kNone) {
        --k;
        continue;
      }
      // "confirmed for the first time on Monday that …".
      if (k >= 3 && tokens_[k].lower == "time" && tokens_[k - 2].lower == "the" && tokens_[k - 3].lower == "for") {
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
      if (j < k && j >= 1 && tokens_[j].lower == "the" && OneOf(tokens_[j - 1].lower, {"in", "at"})) --j;
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
  bool ListComma(uint32_t t) const {
    if (tokens_[t].lower != "," || t == 0 || t + 2 >= tokens_.size()) return false;
    auto plain_noun = [&](uint32_t k) { return group_at_[k] == kNone && IsNoun(tokens_[k].pos); };
    if (!plain_noun(t - 1) || !(plain_noun(t + 1) || IsAdjective(tokens_[t + 1].pos))) return false;
    for (uint32_t k = t + 1; k < tokens_.size() && k < t + 6; ++k) {
      if (OneOf(tokens_[k].lower, {"and", "or"})) {
        return k + 1 < tokens_.size() && (plain_noun(k + 1) || IsAdjective(tokens_[k + 1].pos));
      }
      if (group_at_[k] != kNone || IsVerb(tokens_[k].pos) || (clause_break_[k] && tokens_[k].lower != ",")) return false;
    }
    return false;
  }

  // "their" / "his" standing for actors named before: a determiner inside a
  // pattern's gap ("renewed their friendship treaty"), never its target.
  bool PossessiveCoreference(uint32_t t) const {
    return group_at_[t] != kNone && groups_[group_at_[t]].coreference && tokens_[t].pos == Pos::PRPS &&
           groups_[group_at_[t]].end == t + 1;
  }

  bool Skippable(uint32_t t) const {
    if (PossessiveCoreference(t)) return true;
    if (group_at_[t] != kNone) return false;
    if (in_time_[t]) return true;  // "met on Tuesday with", "delivered in June to"
    if (list_comma_[t]) return true;
    if (AsMuchAs(t) || NicknameQuote(t)) return true;
    const Token& tok = tokens_[t];
    if (clause_break_[t] || tok.pos == Pos::MD || IsVerb(tok.pos)) return false;
    if (tok.pos == Pos::kPunct && !OneOf(tok.lower, {"%", "$", "-", "'s", "'"})) return false;
    if (tok.pos == Pos::CC) {
      // "steel and aluminium imports": "and" inside a noun phrase, not
      // between clauses or actors.
      return t > 0 && t + 1 < tokens_.size() && group_at_[t - 1] == kNone && group_at_[t + 1] == kNone &&
             (IsNoun(tokens_[t - 1].pos) || IsAdjective(tokens_[t - 1].pos)) &&
             (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos));
    }
    return true;
  }

  // "was killed in a U.S. drone strike", "was destroyed during an Israeli
  // raid": the actor modifying an attack named in an adjunct after a
  // passive verb; `*noun_end` is set past the attack noun.
  int AttackAdjunct(uint32_t from, uint32_t* noun_end) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t t = from; t < n && t < from + 6; ++t) {
      if (in_time_[t]) continue;
      if (clause_break_[t]) return kNone;
      if (!OneOf(tokens_[t].lower, {"in", "during"})) continue;
      uint32_t k = t + 1;
      if (k < n && OneOf(tokens_[k].lower, {"a", "an", "the"})) ++k;
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

  // A state or its capital named alone, as a place can be ("in Washington").
  static bool IsPlace(const ActorGroup& g) {
    return g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kState &&
           g.members[0].code == g.members[0].country && !g.members[0].demonym_only;
  }

  // An organization named alone, as a forum can be ("at the U.N. Security
  // Council", "at NATO").
  static bool IsForum(const ActorGroup& g) {
    return g.members.size() == 1 && g.members[0].kind == ActorMention::Kind::kOrganization;
  }

  // A quotation mark around a nickname inside a name: Joaquin "El Chapo"
  // Guzman.
  bool NicknameQuote(uint32_t t) const {
    const Token& q = tokens_[t];
    if (q.lower != "\"" && q.text != "\u201c" && q.text != "\u201d") return false;
    auto name = [&](int k) {
      return k >= 0 && k < static_cast<int>(tokens_.size()) && !tokens_[k].text.empty() &&
             tokens_[k].text[0] >= 'A' && tokens_[k].text[0] <= 'Z';
    };
    return name(static_cast<int>(t) - 1) && name(static_cast<int>(t) + 1);
  }

  // The "as" of "as much as 300 mln dlrs", "as many as 40 people": part of
  // an amount, not a clause.
  bool AsMuchAs(uint32_t t) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    auto degree = [&](uint32_t k) {
      return k < n && OneOf(tokens_[k].lower, {"much", "many", "high", "low", "long", "few", "little", "far"});
    };
    if (tokens_[t].lower != "as") return false;
    if (t + 3 < n && degree(t + 1) && tokens_[t + 2].lower == "as" && tokens_[t + 3].pos == Pos::CD) return true;
    return t >= 2 && t + 1 < n && tokens_[t - 2].lower == "as" && degree(t - 1) && tokens_[t + 1].pos == Pos::CD;
  }

  // When the object after the anchor is people the dictionary does not name
  // ("thousands of Yazidi men", "276 schoolgirls"), the civilians of the
  // state named as the place later in the clause ("in Iraq's Sinjar
  // region", "in the Damascus suburbs").
  std::optional<ActorMention> VictimsByPlace(uint32_t a, uint32_t end) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    bool people = false;
    bool sites = false;
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
    }
    if (!people && !sites) return std::nullopt;
    for (uint32_t k = std::max(t, end); k + 1 < n && k < t + 14; ++k) {
      if (clause_break_[k] && !list_comma_[k] && !in_time_[k]) break;
      if (!OneOf(tokens_[k].lower, {"in", "at", "near", "outside", "across", "from"})) continue;
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
    return std::nullopt;
  }

  // "cordoned off the roads leading into Mordor", "shelled the bridge
  // linking Kherson to": a participle modifying the object noun, before a
  // preposition or an actor.
  bool ObjectParticiple(uint32_t t) const {
    // (A past form before "by" is a participle, whatever its tag.)
    const bool participle = tokens_[t].pos == Pos::VBG || tokens_[t].pos == Pos::VBN ||
                            (tokens_[t].pos == Pos::VBD && t + 1 < tokens_.size() && tokens_[t + 1].lower == "by");
    return participle && t > 0 && t + 1 < tokens_.size() &&
           IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone &&
           (tokens_[t + 1].pos == Pos::IN || tokens_[t + 1].pos == Pos::TO ||
            (group_at_[t + 1] != kNone && groups_[group_at_[t + 1]].begin == t + 1));
  }

  // "told visiting U.S. Secretary of State George Shultz", "the visiting
  // minister": a present participle used as an adjective of the actor after
  // it.
  bool ParticipleAdjectiveOfActor(uint32_t t) const {
    return tokens_[t].pos == Pos::VBG && t > 0 && t + 1 < tokens_.size() && group_at_[t + 1] != kNone &&
           groups_[group_at_[t + 1]].begin == t + 1 &&
           (OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::PRPS}) ||
            (IsVerb(tokens_[t - 1].pos) &&
             OneOf(tokens_[t - 1].lemma, {"tell", "meet", "welcome", "receive", "greet", "host", "thank", "brief"})));
  }

  // "four partly occupied Ukrainian regions", "on selected Japanese goods":
  // a participle between a determiner, number, adverb or preposition and
  // its noun is an adjective.
  // (A past form tagged VBD right after a determiner or possessive is one
  // too: "its promised program".)
  // "handed captured Indian pilot …": a participle right after a verb of
  // its own (not an auxiliary or a copula), an adjective of its object.
  bool ParticipleAfterOwnVerb(uint32_t t) const {
    return tokens_[t].pos == Pos::VBN && t > 0 && OneOf(tokens_[t - 1].pos, {Pos::VBD, Pos::VBZ, Pos::VBP, Pos::VB}) &&
           !OneOf(tokens_[t - 1].lemma, {"be", "have", "get", "become", "remain", "seem", "appear", "feel", "stay", "keep"});
  }

  bool PrenominalParticiple(uint32_t t) const {
    const bool past_after_determiner = tokens_[t].pos == Pos::VBD && t > 0 &&
                                       OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::PRPS});
    return (tokens_[t].pos == Pos::VBN || past_after_determiner) && t > 0 && t + 1 < tokens_.size() &&
           (OneOf(tokens_[t - 1].pos, {Pos::DT, Pos::CD, Pos::PRPS, Pos::IN}) || IsAdverb(tokens_[t - 1].pos) ||
            IsAdjective(tokens_[t - 1].pos) || ParticipleAfterOwnVerb(t)) &&
           (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos) || group_at_[t + 1] != kNone);
  }

  // Matches `elements` rightwards from token `start`. Fills the extent and
  // the slots of *m. A trailing `+` may stay empty.
  struct Match {
    uint32_t pattern = 0;
    uint32_t begin = 0, end = 0;
    int target = kNone, source = kNone;
    bool target_unfilled = false;
    bool target_possessive = false;  // '+' filled by "his"/"its"/"their" and nothing else
    int word_group = kNone;  // an actor a pattern word fell in ("open fire on protesters")
    int fronted_word = kNone;  // a pattern word found before a passive ("sanctions … were lifted")
    bool exact_form = false;  // the anchor was written as the token's form, not its lemma
    int words = 0;  // word elements found in the sentence
    int score = 0;
  };

  // How MatchForward may bend the pattern to the clause.
  struct Voice {
    bool passive = false;   // the "by" agent is the source, never the target
    bool nominal = false;   // "attack by X on Y": the "by" agent may sit inside
    // Tokens before the clause where the pattern's object words may stand:
    // "sanctions imposed on Iran", "the tariff that the US imposed on India".
    uint32_t fronted_begin = 0, fronted_end = 0;
    // PETRARCH's implicit target: a clause's auxiliaries and "not" between
    // the target and the pattern's next word ("allowed that Mordor isn't a
    // really pleasant place").
    bool auxiliaries_in_gap = false;
  };

  bool MatchForward(const std::vector<PatternElement>& elements, uint32_t start, const Voice& voice, Match* m,
                    std::string* why) const {
    uint32_t pos = start;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    int extra_gap = 0;  // after an empty '+', the words it would have covered
    for (size_t e = 0; e < elements.size(); ++e) {
      const PatternElement& el = elements[e];
      int limit = el.adjacent ? 0 : options_.max_gap + extra_gap;
      extra_gap = 0;
      // A time between two adjacent elements does not part them: "demanded
      // on Monday that Hamas …".
      if (el.adjacent && el.type == PatternElement::Type::kWord && pos < n && !WordMatches(pos, el)) {
        pos = SkipAdjunctsForward(pos);
      }
      // A nominal's agent inside the pattern: "an attack by Karsovia on Valdoria".
      if (voice.nominal && pos + 1 < n && tokens_[pos].lower == "by" && group_at_[pos + 1] != kNone) {
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
          // "paused all U.S. military aid to …": an actor modifying the
          // pattern's next word is passed over.
          if (!el.optional && group_at_[t] != kNone && groups_[group_at_[t]].begin == t &&
              !(groups_[group_at_[t]].members.size() == 1 && groups_[group_at_[t]].members[0].demonym_only) &&
              groups_[group_at_[t]].end < n && IsNoun(tokens_[groups_[group_at_[t]].end].pos) &&
              WordMatches(groups_[group_at_[t]].end, el)) {
            found = static_cast<int>(groups_[group_at_[t]].end);
            break;
          }
          // "at Pyongyang's airport", "Gorbachev's offer": the pattern's word
          // after a possessor (its head: not "Karsovia's election result"),
          // who is the word's actor.
          if (!el.optional && group_at_[t] != kNone && groups_[group_at_[t]].begin == t) {
            const uint32_t word = groups_[group_at_[t]].end + 1;
            if (word < n && tokens_[word - 1].lower == "'s" && IsNoun(tokens_[word].pos) && WordMatches(word, el) &&
                !(word + 1 < n && (tokens_[word + 1].pos == Pos::NN || tokens_[word + 1].pos == Pos::NNS))) {
              found = static_cast<int>(word);
              if (m->word_group == kNone) m->word_group = group_at_[t];
              break;
            }
          }
          // "was received by Velkor at his residence": the passive's empty
          // '+' stands before the verb; its "by" agent is passed to reach
          // the pattern's next words.
          if (voice.passive && tokens_[t].lower == "by" && e > 0 &&
              elements[e - 1].type == PatternElement::Type::kTarget && m->target_unfilled && t + 1 < n &&
              group_at_[t + 1] != kNone && groups_[group_at_[t + 1]].begin == t + 1) {
            pass(t, groups_[group_at_[t + 1]].end, 0, &gap);
            continue;
          }
          // PETRARCH's '^': a phrase before the word may name an actor
          // ("EID AT ^ WITH +" over "at Osgiliath with Gondor").
          if (el.skip_phrase && group_at_[t] != kNone && groups_[group_at_[t]].begin == t) {
            pass(t, groups_[group_at_[t]].end, 1, &gap);
            continue;
          }
          // "paid a call in Washington to …", "demanded at the U.N. Security
          // Council … that": a place or a forum passed on the way.
          uint32_t at = t + 1 < n && tokens_[t + 1].lower == "the" ? t + 2 : t + 1;
          if (OneOf(tokens_[t].lower, {"in", "at"}) && at < n && group_at_[at] != kNone &&
              groups_[group_at_[at]].begin == at &&
              (IsPlace(groups_[group_at_[at]]) || (tokens_[t].lower == "at" && IsForum(groups_[group_at_[at]])))) {
            pass(t, groups_[group_at_[at]].end, 1, &gap);
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
          if ((!Skippable(t) && !PrenominalParticiple(t)) || (voice.passive && tokens_[t].lower == "by")) break;
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
          if (found == -2) continue;
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
        // The "by" agent of a passive is its source, never its object.
        if (voice.passive && tokens_[t].lower == "by") break;
        // … except inside a count: "deported more than 200 Venezuelan migrants", "up to 300".
        bool in_count = t > 0 && ((tokens_[t].lower == "than" && OneOf(tokens_[t - 1].lower, {"more", "less", "fewer"})) ||
                                  (tokens_[t].lower == "to" && tokens_[t - 1].lower == "up") ||
                                  (tokens_[t].lower == "up" && t + 1 < n && tokens_[t + 1].lower == "to") ||
                                  (tokens_[t].lower == "at" && t + 1 < n && OneOf(tokens_[t + 1].lower, {"least", "most"})) ||
                                  (OneOf(tokens_[t].lower, {"about", "around", "nearly", "almost", "over", "some"}) &&
                                   t + 1 < n && tokens_[t + 1].pos == Pos::CD) ||
                                  (tokens_[t].lower == "of" &&
                                   OneOf(tokens_[t - 1].lower, {"dozens", "hundreds", "thousands", "millions", "scores",
                                                                "tens", "dozen", "hundred", "thousand", "million"})) ||
                                  // "warned members of ASEAN": the members stand for their body.
                                  (tokens_[t].lower == "of" && t + 1 < n &&
                                   OneOf(tokens_[t - 1].lower, {"members", "leaders", "representatives", "delegates",
                                                                "envoys", "ministers", "officials", "governments"}) &&
                                   (group_at_[t + 1] != kNone ||
                                    (tokens_[t + 1].lower == "the" && t + 2 < n && group_at_[t + 2] != kNone))));
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
        if (tokens_[t].lower == "," && t > pos && tokens_[t - 1].pos == Pos::NNP && group_at_[t - 1] == kNone &&
            t + 1 < n && OneOf(tokens_[t + 1].lower, {"the", "a", "an"})) {
          for (uint32_t k = t + 2; k < n && k < t + 10; ++k) {
            if (clause_break_[k] && !list_comma_[k]) break;
            if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
              found = group_at_[k];
              break;
            }
          }
          if (found != kNone) break;
        }
        // "asked at least four countries, including the United States, the
        // Soviet Union, Britain and China, for …": the actors the noun
        // phrase includes.
        if (tokens_[t].lower == "," && t > pos && t + 2 < n && IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone &&
            OneOf(tokens_[t + 1].lower, {"including", "notably"})) {
          const uint32_t k = tokens_[t + 2].lower == "the" && t + 3 < n ? t + 3 : t + 2;
          if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
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
      }
      if (found == kNone && possessive != kNone && el.type == PatternElement::Type::kTarget) {
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

  // The antecedent of an object relative clause whose verb chain starts at
  // `begin`: "Iran, which the Americans blame …" → Iran; kNone otherwise.
  int ObjectRelativeAntecedent(uint32_t begin) const {
    if (begin < 3) return kNone;
    int k = static_cast<int>(begin) - 1;
    while (k >= 0 && IsAdverb(tokens_[k].pos)) --k;
    if (k < 0 || group_at_[k] == kNone) return kNone;  // the clause's subject is an actor
    int r = static_cast<int>(groups_[group_at_[k]].begin) - 1;
    if (r >= 0 && tokens_[r].pos == Pos::DT) --r;
    if (r < 1 || !OneOf(tokens_[r].lower, {"which", "whom"})) return kNone;
    int a = r - 1;
    if (a >= 0 && tokens_[a].lower == ",") --a;
    if (a < 0 || group_at_[a] == kNone || groups_[group_at_[a]].end != static_cast<uint32_t>(a) + 1) return kNone;
    return group_at_[a];
  }

  // "the first (senior UAE) official to": the token of "first|last|only|
  // second|latest" within the noun phrase before the infinitive at `to`,
  // or kNone.
  int FirstOfItsKind(uint32_t to) const {
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

  // A verb chain from `begin` to the anchor `a` with "must" or "should".
  bool ObligedChain(uint32_t begin, uint32_t a) const {
    for (uint32_t t = begin; t < a; ++t) {
      if (tokens_[t].pos == Pos::MD && OneOf(tokens_[t].lower, {"must", "should"})) return true;
    }
    return false;
  }

  // Who reports the clause whose verb chain starts at `begin` and ends near
  // `end`: "Obama said (that) Gaddafi must …" or "Gaddafi must …, Obama
  // said"; kNone when no one does.
  int SpeakerOfClause(uint32_t begin, uint32_t end) const {
    if (begin > 0 && group_at_[begin - 1] != kNone) {
      int g = ReporterOf(groups_[group_at_[begin - 1]].begin);
      if (g != kNone) return g;
    }
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t t = end; t + 2 < n && t < end + 25; ++t) {
      if (tokens_[t].lower == ";" || (clause_break_[t] && tokens_[t].lower != ",")) return kNone;
      if (tokens_[t].lower != ",") continue;
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

  // The threat code of "… or face X" within the clause after `t`: 139
  // with a deadline before it ("by Friday", "within 30 days"), 1312 for
  // sanctions or trade, 138 for force, 130 otherwise; "" when none.
  std::string OrFaceThreat(uint32_t t) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    bool deadline = false;
    for (uint32_t k = t; k + 1 < n && k < t + 30; ++k) {
      if (tokens_[k].lower == ";" || (clause_break_[k] && tokens_[k].lower != "," && !in_time_[k])) return "";
      if (OneOf(tokens_[k].lower, {"deadline", "ultimatum"}) || (in_time_[k] && OneOf(tokens_[k].lower, {"by", "until", "within"}))) {
        deadline = true;
      }
      if (tokens_[k].lower != "or" || tokens_[k + 1].lower != "face") continue;
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

  static bool LedByAdjective(const std::string& lower) {
    for (const char* suffix : {"-led", "-backed", "-brokered", "-sponsored", "-based", "-funded", "-drafted", "-owned"}) {
      const size_t k = std::char_traits<char>::length(suffix);
      if (lower.size() > k && lower.compare(lower.size() - k, k, suffix) == 0) return true;
    }
    return false;
  }

  // A clause opening at `t`: a noun phrase (an actor or not) followed by a
  // verb ("and Mexican finance minister Gustavo Petricioli merely said").
  bool NewClauseAfter(uint32_t t) const {
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
  bool BetweenBefore(uint32_t t) const {
    for (uint32_t k = t; k > 0 && t - k < 5; --k) {
      if (OneOf(tokens_[k - 1].lower, {"between", "among"})) return true;
      if (clause_break_[k - 1]) return false;
    }
    return false;
  }

  bool MatchBackward(const std::vector<PatternElement>& elements, uint32_t anchor, Match* m, std::string* why) const {
    int pos = static_cast<int>(anchor) - 1;
    // "death toll has risen": the verb's auxiliaries stand between the
    // pattern's words and its anchor.
    // (Unless the pattern names them: PETRARCH's "% HAVE *".)
    // Not past a word joined to the anchor: "RECENTLY_*" is not "recently did allow".
    // So do a verb of intent and its "to": "won't try to clash".
    while (pos >= 0 && !elements.empty() && !elements.back().adjacent && group_at_[pos] == kNone &&
           (tokens_[pos].pos == Pos::MD || (IsVerb(tokens_[pos].pos) && OneOf(tokens_[pos].lemma, {"be", "have", "do"})) ||
            (tokens_[pos].pos == Pos::TO && pos == static_cast<int>(anchor) - 1 && pos >= 1 &&
             IsVerb(tokens_[pos - 1].pos) && IsIntentVerb(tokens_[pos - 1].lemma)) ||
            (pos + 1 < static_cast<int>(anchor) && tokens_[pos + 1].pos == Pos::TO && IsVerb(tokens_[pos].pos) &&
             IsIntentVerb(tokens_[pos].lemma))) &&
           !(elements.back().type == PatternElement::Type::kWord && WordMatches(static_cast<uint32_t>(pos), elements.back()))) {
      --pos;
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
        const bool auxiliary = tokens_[t].pos == Pos::MD || tokens_[t].pos == Pos::TO || IsVerb(tokens_[t].pos);
        if (!Skippable(static_cast<uint32_t>(t)) && !(auxiliary && el.type != PatternElement::Type::kWord)) break;
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

  Chain AnalyzeChain(uint32_t a) const {
    Chain c;
    uint32_t t = a;
    while (t > 0) {
      // ", however," between auxiliaries and the verb.
      if (t >= 4 && tokens_[t - 1].lower == "," && IsAdverb(tokens_[t - 2].pos) && tokens_[t - 3].lower == "," &&
          (IsVerb(tokens_[t - 4].pos) || tokens_[t - 4].pos == Pos::MD || IsNegator(tokens_[t - 4].lower))) {
        t -= 3;
        continue;
      }
      const Token& prev = tokens_[t - 1];
      bool in_chain = prev.pos == Pos::MD || IsVerb(prev.pos) || prev.pos == Pos::TO || IsNegator(prev.lower) ||
                      (IsAdverb(prev.pos) && !OneOf(prev.lower, {"as", "so", "then", "how", "when", "where"}));
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
      if (IsNegator(tok.lower)) c.negated = true;
      if (tok.pos == Pos::MD) {
        // "will visit" states an intention (CAMEO 03); "would" does so only in
        // reported speech ("said it would retaliate"), else it is a condition.
        if (c.modality.empty() && OneOf(tok.lower, {"will", "shall", "'ll"})) {
          c.modality = options_.future_is_intent ? "intent" : "future";
          if (options_.future_is_intent) c.intent_verb = k;
        } else if (c.modality.empty() && tok.lower == "would") {
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
      }
      if (IsVerb(tok.pos) && k + 1 < static_cast<int>(a) + 1) {
        bool followed_by_to = k + 1 <= static_cast<int>(a) && tokens_[k + 1].pos == Pos::TO;
        if (followed_by_to && IsIntentVerb(tok.lemma)) {
          c.modality = "intent";
          c.intent_verb = k;
        } else if (followed_by_to && IsNegatingVerb(tok.lemma)) {
          c.negated = true;
        } else if (followed_by_to && IsFutureVerb(tok.lemma) && c.modality.empty()) {
          // "is expected to visit", "is set to meet": a planned act, coded as intent.
          c.modality = "intent";
          c.intent_verb = k;
        }
      }
    }
    if (tokens_[a].pos == Pos::VBN) {
      for (int k = static_cast<int>(a) - 1; k >= static_cast<int>(c.begin); --k) {
        if (IsVerb(tokens_[k].pos)) {
          c.passive = tokens_[k].lemma == "be" || tokens_[k].lemma == "get";
          break;
        }
      }
      // A participle right after a noun phrase: "tariffs imposed by the US".
      // Followed by an object ("Poland's ministry summoned Russia's envoy") it
      // is a past tense the tagger read as a participle.
      // (Also past a particle: "Ethiopia broken down a treaty".)
      uint32_t o = a + 1;
      if (o + 1 < tokens_.size() && (tokens_[o].pos == Pos::RP || OneOf(tokens_[o].lower, {"down", "off", "up", "out"}))) ++o;
      bool object_follows = o < tokens_.size() &&
                            (group_at_[o] != kNone || OneOf(tokens_[o].pos, {Pos::DT, Pos::PRPS, Pos::NNP, Pos::CD}));
      if (!c.passive && c.begin == a && a > 0 && (IsNoun(tokens_[a - 1].pos) || group_at_[a - 1] != kNone) &&
          !object_follows) {
        c.passive = c.reduced_passive = true;
      }
    }
    // "… if Moscow agreed to a ceasefire": a condition, not an act.
    // "until Karsovia withdraws", "once talks resume", "as soon as Zambia
    // reaches an agreement": a present tense after a conjunction of time is
    // a condition still ahead; after "before" ("before Nakasone leaves for
    // Washington") it is a plan.
    for (int k = static_cast<int>(c.begin) - 1; k >= 0; --k) {
      if (OneOf(tokens_[k].lower, {"if", "unless", "whether", "lest"})) {
        c.modality = "possible";
        break;
      }
      const Pos verb = tokens_[c.begin].pos;
      if (OneOf(tokens_[k].lower, {"before", "until", "till", "once"}) || (tokens_[k].lower == "soon" && k >= 1 &&
                                                                            tokens_[k - 1].lower == "as")) {
        if (verb == Pos::VBZ || verb == Pos::VBP) {
          if (tokens_[k].lower != "before") {
            c.modality = "possible";
          } else if (c.modality.empty() && options_.future_is_intent) {
            c.modality = "intent";
            c.intent_verb = k;
          }
        }
        break;
      }
      if (clause_break_[k] || tokens_[k].pos == Pos::kPeriod || IsVerb(tokens_[k].pos)) break;
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
                                           "due", "unwilling", "reluctant", "loath", "loth"})) {
      int be = static_cast<int>(c.begin) - 2;
      while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;
      if (be >= 0 && tokens_[be].lemma == "be") {
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
    // "are likely to reaffirm the accords": a forecast, not an act.
    if (c.infinitive && c.intent_verb == kNone && c.begin >= 2 && tokens_[c.begin - 1].pos == Pos::JJ &&
        OneOf(tokens_[c.begin - 1].lower, {"likely", "unlikely"})) {
      int be = static_cast<int>(c.begin) - 2;
      while (be >= 0 && IsAdverb(tokens_[be].pos)) --be;
      if (be >= 0 && tokens_[be].lemma == "be") {
        c.modality = "possible";
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
    if (c.infinitive && c.intent_verb == kNone) {
      bool object_between = false;
      int object = kNone;
      for (int k = static_cast<int>(c.begin) - 1; k >= 0 && static_cast<int>(c.begin) - k <= 8; --k) {
        if (clause_break_[k]) break;
        if (group_at_[k] != kNone) {
          object_between = true;
          object = group_at_[k];
          k = static_cast<int>(groups_[group_at_[k]].begin);
          continue;
        }
        if (!IsVerb(tokens_[k].pos)) continue;
        // ("called Miyazawa to warn him" is a telephone call; "called on
        // Iran to stop" asks.)
        const bool bare_call = tokens_[k].lemma == "call" && k + 1 < static_cast<int>(tokens_.size()) &&
                               tokens_[k + 1].pos != Pos::IN && tokens_[k + 1].pos != Pos::TO &&
                               tokens_[k + 1].pos != Pos::RP;
        if (object_between && IsObjectControlVerb(tokens_[k].lemma) && !bare_call) {
          c.requested = true;
          c.control_verb = k;
          c.control_object = object;
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
      if (c.begin > 0 && tokens_[c.begin - 1].lower == "without") c.negated = true;
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
  int BeforeNounModifiers(uint32_t noun, int max_steps) const {
    int k = static_cast<int>(noun) - 1;
    for (int steps = 0; k >= 0 && steps < max_steps; ++steps) {
      if (group_at_[k] != kNone) {
        k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
        continue;
      }
      const Token& w = tokens_[k];
      if (!(w.pos == Pos::DT || w.pos == Pos::CD || IsAdjective(w.pos) || IsNoun(w.pos) || w.lower == "'s" ||
            w.lower == "'" || w.pos == Pos::PRPS)) {
        break;
      }
      --k;
    }
    return k;
  }

  void MarkBackground(uint32_t begin, bool noun, Chain* c) const {
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
    }
    // "Regan, who resigned last week, said …", "Iraq, which invaded Kuwait,
    // …": a past act in a relative clause about an actor is what the
    // sentence presupposes, not what it reports.
    if (!noun && begin >= 2 && OneOf(tokens_[begin - 1].lower, {"who", "which"}) &&
        (tokens_[begin].pos == Pos::VBD || (tokens_[begin].lower == "had" && begin + 1 < tokens_.size())) &&
        (group_at_[begin - 2] != kNone || (tokens_[begin - 2].lower == "," && begin >= 3 && group_at_[begin - 3] != kNone))) {
      c->background = true;
      return;
    }
    int k = static_cast<int>(begin) - 1;
    for (int steps = 0; k >= 0 && steps < 10; ++steps) {
      if (group_at_[k] != kNone) {
        k = static_cast<int>(groups_[group_at_[k]].begin) - 1;
        continue;
      }
      const Token& tok = tokens_[k];
      if (OneOf(tok.lower, {"after", "before", "following", "since"})) break;
      if (clause_break_[k] || IsVerb(tok.pos) || tok.pos == Pos::MD) return;
      --k;
    }
    if (k < 0 || !OneOf(tokens_[k].lower, {"after", "before", "following", "since"})) return;
    const Token& anchor = tokens_[begin];
    bool past_act = noun || anchor.pos == Pos::VBD;
    if (tokens_[k].lower == "since") {
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
    if (count == 0 || !story_.date || tokens_[k].lower != "after") return;
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

  // "signed an executive order pulling …", "issued an interim report
  // praising …": for a participle right after a document noun that is the
  // object of a verb of issuing, the subject of that verb, or kNone.
  int DocumentIssuer(uint32_t participle) const {
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
    for (int v = d - 1; v >= 0 && d - v <= 5; --v) {
      const Token& w = tokens_[v];
      if (clause_break_[v] || group_at_[v] != kNone) return kNone;
      if (IsVerb(w.pos)) {
        if (!OneOf(w.lemma, {"sign", "issue", "adopt", "pass", "publish", "release", "approve", "unveil", "enact",
                             "submit", "present", "send", "draft", "introduce", "table", "ratify"})) {
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

  // For `[org]`: the group names an international organization and is not
  // a modifier of the noun after it ("the Arab League summit").
  bool NamesOrganization(int g) const {
    if (g == kNone) return false;
    const uint32_t end = groups_[g].end;
    if (end < tokens_.size() && IsNoun(tokens_[end].pos)) return false;
    for (const ActorMention& m : groups_[g].members) {
      if (m.code.compare(0, 3, "IGO") == 0) return true;
    }
    return false;
  }

  // From `pos`: a name the dictionary does not know (capitalized words),
  // then ", the|a|an …" naming an actor within the apposition; that actor,
  // or kNone.
  int ApposedActorAfterName(uint32_t pos) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    uint32_t t = pos;
    while (t < n && t - pos < 5 && tokens_[t].pos == Pos::NNP && group_at_[t] == kNone) ++t;
    if (t == pos || t + 2 >= n || tokens_[t].lower != "," || !OneOf(tokens_[t + 1].lower, {"the", "a", "an"})) {
      return kNone;
    }
    for (uint32_t k = t + 2; k < n && k < t + 10; ++k) {
      if ((clause_break_[k] && !list_comma_[k]) || IsVerb(tokens_[k].pos)) return kNone;
      if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) return group_at_[k];
    }
    return kNone;
  }

  // "told reporters after a meeting": a group right after a verb or a
  // preposition is an object, no subject an adjunct could interrupt.
  bool ObjectOfVerbOrPreposition(int g) const {
    uint32_t b = groups_[g].begin;
    if (b > 0 && OneOf(tokens_[b - 1].lower, {"the", "a", "an"})) --b;
    return b > 0 && (IsVerb(tokens_[b - 1].pos) || tokens_[b - 1].pos == Pos::IN || tokens_[b - 1].pos == Pos::TO);
  }

  // For a group inside an adjunct that opens with "during|on|at|after|in"
  // right after another group ("Jopling during a visit to Washington",
  // "Steinmeier, on a state visit to Tanzania,"): that group, or kNone.
  int SubjectBeforeAdjunct(int g) const {
    if (!InPrepositionalPhrase(g)) return kNone;
    for (int k = static_cast<int>(groups_[g].begin) - 1, steps = 0; k >= 1 && steps < 8; --k, ++steps) {
      if (group_at_[k] != kNone || IsVerb(tokens_[k].pos) || (clause_break_[k] && !in_time_[k])) return kNone;
      if (!OneOf(tokens_[k].lower, {"during", "on", "at", "after", "in"})) continue;
      if (k + 1 >= static_cast<int>(groups_[g].begin) ||
          !(tokens_[k + 1].pos == Pos::DT || tokens_[k + 1].pos == Pos::PRPS)) {
        return kNone;
      }
      int p = k - 1;
      if (tokens_[p].lower == "," && p >= 1) --p;
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
  bool TitleOfApposition(int begin, int end) const {
    if (!IsNoun(tokens_[begin].pos) && !IsAdjective(tokens_[begin].pos)) return false;
    for (int k = begin + 1; k < end && k <= begin + 4; ++k) {
      if (group_at_[k] != kNone) return false;
      if (OneOf(tokens_[k].lower, {"of", "at"})) return true;
      if (!IsNoun(tokens_[k].pos) && !IsAdjective(tokens_[k].pos)) return false;
    }
    return false;
  }

  // The group to the left that is the subject of a chain starting at
  // `begin`, or kNone when the subject is not an actor.
  int FindSubject(uint32_t begin, std::string* why) const {
    int t = static_cast<int>(begin) - 1;
    // "X met Y but refused to …", "X condemned Y and expelled …": a verb
    // conjoined to the previous one shares its subject ("… and afterwards
    // spoke": past the chain's adverbs).
    uint32_t head = begin;
    while (head + 1 < tokens_.size() && IsAdverb(tokens_[head].pos) && group_at_[head] == kNone) ++head;
    const bool modal = tokens_[head].pos == Pos::MD;
    if (t >= 0 && OneOf(tokens_[t].lower, {"and", "but", "or"}) && last_subject_ != kNone &&
        (IsVerb(tokens_[head].pos) || modal)) {
      *why = "subject shared with the verb before '" + tokens_[t].text + "'";
      return last_subject_;
    }
    // The same when the verb before coded nothing: "revised and extended
    // their agreement", "arrived … and went into a meeting with …".
    // "Taiwan and the U.S. Have revised and extended their agreement": a
    // participle joined by "and" to one after an auxiliary shares its chain.
    if (t >= 1 && tokens_[t].lower == "and" && tokens_[begin].pos == Pos::VBN && begin == static_cast<uint32_t>(t) + 1) {
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
    // "Chinese coast guard personnel armed with knives and axes attacked
    // …": a participle phrase right after the subject (a reduced relative
    // clause) lies between it and its verb.
    if (t >= 2 && (IsNoun(tokens_[t].pos) || tokens_[t].pos == Pos::CD) && group_at_[t] == kNone) {
      for (int k = t - 1; k >= 1 && t - k <= 8; --k) {
        const Token& w = tokens_[k];
        if (clause_break_[k] || w.lower == "," || (IsVerb(w.pos) && w.pos != Pos::VBN && w.pos != Pos::VBG)) break;
        if (w.pos == Pos::VBN || w.pos == Pos::VBG) {
          const int g = group_at_[k - 1];
          if (g != kNone && groups_[g].end == static_cast<uint32_t>(k) &&
              OneOf(tokens_[k + 1].lower, {"with", "by", "in", "from", "on", "at", "into", "near"})) {
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
      if (k >= 1 && k < t && tokens_[k].lower == "whose") {
        int o = k - 1;
        if (o >= 0 && tokens_[o].lower == ",") --o;
        if (o >= 0 && group_at_[o] != kNone && groups_[group_at_[o]].end == static_cast<uint32_t>(o) + 1) {
          *why = "the owner the 'whose' clause is about";
          return group_at_[o];
        }
      }
    }
    // "Karsovian officials whose embassy was attacked condemned …": the
    // noun a "whose" clause describes, past the clause.
    for (int k = t; k >= 1 && t - k <= 10; --k) {
      if (tokens_[k].lower == "whose") {
        if (group_at_[k - 1] != kNone) {
          *why = "subject, before its 'whose' clause";
          return group_at_[k - 1];
        }
        break;
      }
      if (tokens_[k].lower == "," || group_at_[k] != kNone || tokens_[k].pos == Pos::MD ||
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
        if (b >= 0 && tokens_[b].lower == "the") --b;
        // (A ceasefire's sides do what it does: "a ceasefire between Israel
        // and Hezbollah took effect, halting …".)
        if (b >= 1 && OneOf(tokens_[b].lower, {"between", "among"}) && IsNoun(tokens_[b - 1].pos) &&
            group_at_[b - 1] == kNone && !OneOf(tokens_[b - 1].lemma, {"ceasefire", "truce", "armistice"})) {
          return fallback;
        }
        // "Jopling during a visit to Washington this week endorsed …": the
        // object of an adjunct's preposition is not the subject before it.
        if (int before = SubjectBeforeAdjunct(group_at_[t]); before != kNone) {
          *why = "subject, before the adjunct '" + tokens_[groups_[before].end].text + " …'";
          return HeadOfNounPhrase(before);
        }
        int head = HeadOfNounPhrase(group_at_[t]);
        if (PlaceAfterSubjectNoun(head)) return kNone;
        *why = head == group_at_[t] ? "subject" : "subject (the head of the phrase, not the object of its preposition)";
        return head;
      }
      const Token& tok = tokens_[t];
      if (OneOf(tok.lower, {"who", "which", "that"}) && (tok.pos == Pos::WP || tok.pos == Pos::WDT || tok.pos == Pos::IN)) {
        int k = t - 1;
        if (k >= 0 && tokens_[k].lower == ",") --k;
        if (k >= 0 && group_at_[k] != kNone) {
          // "… a venue outside Moscow, which killed 130 people": a place is
          // no antecedent that acts.
          int b = static_cast<int>(groups_[group_at_[k]].begin) - 1;
          if (b >= 0 && tokens_[b].lower == "the") --b;
          if (b >= 0 && OneOf(tokens_[b].lower, {"in", "outside", "near", "at", "inside", "across"})) return kNone;
          // "a drone attack on Israel that killed one man": the antecedent is
          // the noun the prepositional phrase hangs from, not its object.
          // ("who" stands for a person: "talks with Moi, who afterwards …").
          if (tok.lower != "who" && b >= 1 && OneOf(tokens_[b].lower, {"on", "against", "of", "by", "from", "with"}) &&
              IsNoun(tokens_[b - 1].pos) && group_at_[b - 1] == kNone) {
            return kNone;
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
        return kNone;
      }
      if (tok.lower == ")") {
        // "China and the European Community (EC) signed …": a parenthesis.
        int p = t - 1;
        while (p >= 0 && t - p <= 8 && tokens_[p].lower != "(") --p;
        if (p >= 0 && tokens_[p].lower == "(") {
          t = p - 1;
          continue;
        }
        return fallback;
      }
      if (tok.lower == ",") {
        // Skip an apposition or a relative clause between subject and verb.
        int p = t - 1;
        while (p >= 0 && tokens_[p].lower != "," && t - p < 20) --p;
        if (p < 0 || tokens_[p].lower != ",") return fallback;
        // ", in remarks published on Monday,": an adjunct, even with a participle.
        // (also a participial apposition: "Shultz, accompanied by advisers, arrived")
        bool relative = p + 1 < t && (OneOf(tokens_[p + 1].lower, {"who", "which"}) ||
                                      tokens_[p + 1].pos == Pos::VBN || tokens_[p + 1].pos == Pos::VBG ||
                                      (tokens_[p + 1].pos == Pos::IN && !OneOf(tokens_[p + 1].lower, {"that", "if", "because", "although", "while", "after", "before", "since", "as"})));
        bool including = p + 1 < t && OneOf(tokens_[p + 1].lower, {"including", "among", "such", "notably", "led"});
        bool has_verb = false;
        // ("Pope Francis, the first pontiff to address Congress, urged …": a
        // noun phrase's infinitive is no verb of a clause.)
        const bool noun_phrase = p + 1 < t && tokens_[p + 1].pos == Pos::DT;
        for (int k = p + 1; k < t; ++k) {
          const bool infinitive = noun_phrase && tokens_[k].pos == Pos::VB && k > 0 && tokens_[k - 1].lower == "to";
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
      if (IsAdverb(tok.pos) || tok.pos == Pos::MD || in_time_[t]) {
        --t;  // "Putin on Thursday thanked …"
        continue;
      }
      if (int span = RecentSpanBegin(t); span != kNone) {
        t = span - 1;  // "Gollum in recent days did allow …"
        continue;
      }
      // "Israel's military said it had killed …": a pronoun after a verb of
      // saying is the one who says it.
      if (fallback == kNone && tok.pos == Pos::PRP && OneOf(tok.lower, {"it", "he", "she", "they", "we"})) {
        int g = ReporterOf(t);
        if (g != kNone) *why = "'" + tok.text + "': the subject of the verb of saying before it";
        return g;
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
        if (k >= 2 && tokens_[k - 1].lower == "and" && group_at_[k - 2] != kNone &&
            groups_[group_at_[k - 2]].members.size() == 1 &&
            groups_[group_at_[k - 2]].members[0].kind == ActorMention::Kind::kPerson) {
          *why = "the known member of the compound subject";
          return group_at_[k - 2];
        }
      }
      // "French economists agreed", "Japanese dealers said": people of a
      // trade, not the state their adjective names.
      if (fallback == kNone && IsNoun(tok.pos) && group_at_[t] == kNone &&
          OneOf(tok.lower, {"economists", "analysts", "bankers", "dealers", "traders", "brokers", "investors",
                            "experts", "observers", "executives", "economist", "analyst", "banker", "dealer",
                            "trader", "broker", "investor", "executive"})) {
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
            // Also a person: "the Reagan administration", "Navalny supporters".
            if (adjacent && (g.members[0].demonym_only || g.members[0].kind == ActorMention::Kind::kOrganization ||
                             g.members[0].kind == ActorMention::Kind::kState ||
                             g.members[0].kind == ActorMention::Kind::kPerson)) {
              // "Russia's annexation of four Ukrainian regions was condemned":
              // a noun inside a prepositional object; the phrase's head.
              int head = HeadOfNounPhrase(group_at_[k]);
              if (PlaceAfterSubjectNoun(head)) return kNone;
              *why = head == group_at_[k] ? "modifier of the subject noun '" + tok.text + "'"
                                          : "subject (the head of the phrase, not the object of its preposition)";
              return head;
            }
            break;
          }
          if ((tokens_[k].lower == "'s" || tokens_[k].lower == "'") && k > 0 && group_at_[k - 1] != kNone &&
              groups_[group_at_[k - 1]].members.size() == 1) {
            *why = "possessor of the subject noun '" + tok.text + "'";
            return group_at_[k - 1];
          }
          // "The Soviet Union and its allies have provided …", "Iran and
          // other countries": an actor opening the clause, joined by "and"
          // to a noun phrase that names no actor, acts.
          const Pos vp = tokens_[begin].pos;
          const bool finite = vp == Pos::VBD || vp == Pos::VBZ || vp == Pos::VBP || vp == Pos::MD;
          if (tokens_[k].lower == "and" && k >= 1 && group_at_[k - 1] != kNone && finite) {
            const int g = group_at_[k - 1];
            int before = static_cast<int>(groups_[g].begin) - 1;
            if (before >= 0 && tokens_[before].lower == "the") --before;
            if (before < 0 || (tokens_[before].lower == "," && !list_comma_[before]) ||
                (clause_break_[before] && tokens_[before].pos != Pos::IN && tokens_[before].lower != ",")) {
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
            if (k >= 2 && tokens_[k - 1].lower == "and" && group_at_[k - 2] != kNone) continue;
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

  // "demanded (on Monday) that Hamas free …", "insisted that Israel should
  // withdraw": a clause in the present or subjunctive after a verb of asking
  // states what is asked, not what was done.
  bool AskedInThatClause(int g, const Chain& c) const {
    int k = static_cast<int>(groups_[g].begin) - 1;
    // "that Venezuela's Nicolas Maduro step down": past the possessor.
    if (k >= 1 && OneOf(tokens_[k].lower, {"'s", "'"}) && group_at_[k - 1] != kNone) {
      k = static_cast<int>(groups_[group_at_[k - 1]].begin) - 1;
    }
    if (k >= 0 && tokens_[k].pos == Pos::DT) --k;  // "that the government resign"
    if (k < 0 || tokens_[k].lower != "that") return false;
    Pos first = tokens_[c.begin].pos;
    if (!(first == Pos::VB || first == Pos::VBP || first == Pos::VBZ ||
          (first == Pos::MD && OneOf(tokens_[c.begin].lower, {"should", "must"})))) {
      return false;
    }
    k = SkipAdjunctsBack(k - 1);
    return k >= 0 && IsVerb(tokens_[k].pos) &&
           OneOf(tokens_[k].lemma, {"demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend",
                                    "order", "require", "stipulate", "call"});
  }

  // Whether group g is the object of a preposition ("at the ICJ").
  bool InPrepositionalPhrase(int g) const {
    int k = static_cast<int>(groups_[g].begin) - 1;
    // "in the Kenyan capital, Nairobi,": an apposition to a prepositional
    // object is inside the phrase too.
    if (k >= 1 && tokens_[k].lower == ",") {
      int j = k - 1;
      while (j >= 0 && (group_at_[j] != kNone || IsNoun(tokens_[j].pos) || IsAdjective(tokens_[j].pos) ||
                        tokens_[j].pos == Pos::DT) && k - j < 8) {
        j = group_at_[j] != kNone ? static_cast<int>(groups_[group_at_[j]].begin) - 1 : j - 1;
      }
      if (j >= 0 && (tokens_[j].pos == Pos::IN || tokens_[j].pos == Pos::TO) && j < k - 1) return true;
    }
    if (k >= 0 && tokens_[k].lower == "the") --k;
    // Not "with Oman acting as mediator": there the actor is the participle's subject.
    return k >= 0 && (tokens_[k].pos == Pos::IN || tokens_[k].pos == Pos::TO) &&
           !OneOf(tokens_[k].lower,
                  {"that", "if", "because", "although", "while", "as", "whether", "than", "with", "without"});
  }

  // "Two car bombs set off by al-Shabaab militants outside Somalia's
  // education ministry … killed", "a blast in Kabul killed": the place of a
  // subject that is an attack, or that a participle's agent made, is not
  // what acts.
  bool PlaceAfterSubjectNoun(int g) const {
    for (int places = 0; places < 3; ++places) {  // "outside Somalia's education ministry in Mogadishu"
      int b = static_cast<int>(groups_[g].begin) - 1;
      if (b >= 0 && tokens_[b].pos == Pos::DT) --b;
      if (b < 1 || !OneOf(tokens_[b].lower, {"in", "outside", "near", "at", "inside", "across"})) return false;
      const int p = b - 1;
      if (group_at_[p] == kNone) {  // ("Shelling near …": a gerund as the noun)
        const std::string& noun = tokens_[p].pos == Pos::VBG ? tokens_[p].lower : tokens_[p].lemma;
        return (IsNoun(tokens_[p].pos) || tokens_[p].pos == Pos::VBG) &&
               OneOf(noun, {"bomb", "blast", "explosion", "attack", "strike", "airstrike", "raid", "shelling",
                            "bombing", "fire", "violence", "fighting", "clash", "crash", "bombardment"});
      }
      g = group_at_[p];
      int by = static_cast<int>(groups_[g].begin) - 1;
      if (by >= 1 && tokens_[by].lower == "by") {
        int v = by - 1;
        if (v >= 1 && tokens_[v].pos == Pos::RP) --v;  // "set off by"
        return tokens_[v].pos == Pos::VBN;
      }
    }
    return false;
  }

  // "An Egyptian plan for the reconstruction of Gaza was rejected", "the U.S.
  // ambassador to Russia said": a group inside a prepositional phrase yields
  // to the group that opens the noun phrase the preposition hangs from.
  int HeadOfNounPhrase(int g) const {
    int k = static_cast<int>(groups_[g].begin) - 1;
    // "of four partly occupied Ukrainian regions": past the modifiers.
    for (int steps = 0; k >= 0 && steps < 4 && group_at_[k] == kNone &&
                        (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD || IsAdverb(tokens_[k].pos) ||
                         IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::VBN);
         ++steps) {
      --k;
    }
    if (k < 0 || !(tokens_[k].pos == Pos::IN || tokens_[k].pos == Pos::TO) ||
        !OneOf(tokens_[k].lower, {"of", "for", "to", "in", "on", "from", "with", "against"})) {
      return g;
    }
    for (int j = k - 1, steps = 0; j >= 0 && steps < 8; --j, ++steps) {
      if (group_at_[j] != kNone) {
        const ActorGroup& h = groups_[group_at_[j]];
        int before = static_cast<int>(h.begin) - 1;
        bool opens = before < 0 || tokens_[before].pos == Pos::DT || clause_break_[before] ||
                     IsVerb(tokens_[before].pos) || tokens_[before].pos == Pos::CD;
        return opens ? group_at_[j] : g;
      }
      const Token& w = tokens_[j];
      bool np = IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::DT || w.pos == Pos::CD ||
                w.lower == "'s" || (w.pos == Pos::IN && OneOf(w.lower, {"of", "for", "to", "in", "on"}));
      if (!np || clause_break_[j]) return g;
    }
    return g;
  }

  // Whether the clause whose verb chain starts at `begin` is reported by a
  // verb of saying before it: "Japan said (that) it would retaliate".
  bool AfterVerbOfSaying(uint32_t begin) const {
    int k = static_cast<int>(begin) - 1;
    for (int steps = 0; k >= 0 && steps < 10; ++steps, --k) {
      const Token& tok = tokens_[k];
      if (group_at_[k] != kNone) {
        k = static_cast<int>(groups_[group_at_[k]].begin);
        continue;
      }
      if (IsVerb(tok.pos)) return IsVerbOfSaying(tok.lemma);
      if (in_time_[k] || tok.lower == "that" || tok.pos == Pos::PRP || tok.pos == Pos::DT || IsNoun(tok.pos) ||
          IsAdjective(tok.pos) || IsAdverb(tok.pos) || tok.pos == Pos::PRPS || tok.lower == "'s") {
        continue;
      }
      return false;
    }
    return false;
  }

  // For a pronoun at token p: "X said (on Monday) (that) it …" gives X's group.
  int ReporterOf(uint32_t p) const {
    int k = static_cast<int>(p) - 1;
    if (k >= 0 && tokens_[k].lower == "that") --k;
    k = SkipAdjunctsBack(k);
    if (k < 0 || !IsVerb(tokens_[k].pos) || !IsVerbOfSaying(tokens_[k].lemma)) return kNone;
    std::string ignored;
    return FindSubject(AnalyzeChain(static_cast<uint32_t>(k)).begin, &ignored);
  }

  // The verb of alleging before the "that" clause whose subject is group g
  // ("complained to the UN that planes from Afghanistan attacked …"), or kNone.
  int AllegationVerbBefore(int g) const {
    int k = static_cast<int>(groups_[g].begin) - 1;
    if (k >= 1 && OneOf(tokens_[k].lower, {"'s", "'"}) && group_at_[k - 1] != kNone) {
      k = static_cast<int>(groups_[group_at_[k - 1]].begin) - 1;
    }
    // "that planes from Afghanistan attacked": past the noun the actor is of.
    while (k >= 0 && (tokens_[k].pos == Pos::DT || IsNoun(tokens_[k].pos) || IsAdjective(tokens_[k].pos) ||
                      OneOf(tokens_[k].lower, {"from", "of"})) &&
           group_at_[k] == kNone && tokens_[k].lower != "that") {
      --k;
    }
    if (k < 0 || tokens_[k].lower != "that") return kNone;
    // Past "to the United Nations", times and places.
    for (int v = k - 1, steps = 0; v >= 0 && steps < 8; --v, ++steps) {
      if (group_at_[v] != kNone) {
        v = static_cast<int>(groups_[group_at_[v]].begin);
        continue;
      }
      if (IsVerb(tokens_[v].pos)) {
        return OneOf(tokens_[v].lemma, {"allege", "complain", "charge", "accuse", "protest"}) ? v : kNone;
      }
      if (clause_break_[v]) return kNone;
    }
    return kNone;
  }
  bool AllegedInThatClause(int g) const { return AllegationVerbBefore(g) != kNone; }

  // The subject group of a "that" clause soon after `from` ("… to the UN
  // today that planes from Afghanistan attacked"), or kNone.
  int AccusedInThatClause(uint32_t from) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    uint32_t t = from;
    for (int steps = 0; t < n && steps < 10 && tokens_[t].lower != "that"; ++t, ++steps) {
      if (group_at_[t] != kNone) t = groups_[group_at_[t]].end - 1;
      else if (IsVerb(tokens_[t].pos) || (clause_break_[t] && !in_time_[t])) return kNone;
    }
    if (t >= n || tokens_[t].lower != "that") return kNone;
    for (uint32_t k = t + 1; k < n && k < t + 6; ++k) {
      if (group_at_[k] != kNone) return AllegationVerbBefore(group_at_[k]) != kNone ? group_at_[k] : kNone;
      if (IsVerb(tokens_[k].pos) || clause_break_[k]) return kNone;
    }
    return kNone;
  }

  // A noun anchor's source: its possessor ("Russia's invasion"), an actor
  // modifier ("US tariffs"), or the agent that follows ("imposed by the US").
  int NominalSource(uint32_t a, uint32_t match_end, std::string* why) const {
    int t = static_cast<int>(a) - 1;
    int skipped = 0;
    while (t >= 0 && skipped <= 3) {
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
      if (tok.lower == "'s" || tok.lower == "'") {
        if (t > 0 && group_at_[t - 1] != kNone) {
          *why = "possessor of the noun";
          return group_at_[t - 1];
        }
        return kNone;
      }
      if (tok.pos == Pos::PRPS && OneOf(tok.lower, {"its", "their", "his", "her"})) {
        // "… as part of their inquiry", "conducted its sixth test": the
        // subject of the clause's verb.
        int g = SubjectOfVerbBefore(t);
        if (g != kNone) *why = "'" + tok.text + "': the subject of the verb before the noun";
        return g;
      }
      // ("approved a four-year, $17.5 billion loan": the comma between two
      // modifiers.)
      const bool modifier_comma = tok.lower == "," && t > 0 && static_cast<size_t>(t) + 1 < tokens_.size() &&
                                  (IsAdjective(tokens_[t - 1].pos) || tokens_[t - 1].pos == Pos::CD) &&
                                  (IsAdjective(tokens_[t + 1].pos) || tokens_[t + 1].pos == Pos::CD ||
                                   tokens_[t + 1].lower == "$");
      if (!(IsAdjective(tok.pos) || tok.pos == Pos::CD || IsNoun(tok.pos) || OneOf(tok.lower, {"%", "-", "$"}) ||
            modifier_comma)) {
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
    // "ordered a complete siege of …", "launched an offensive against …":
    // the object of a verb that performs it, whose subject is the source.
    if (t >= 0 && OneOf(tokens_[t].lower, {"a", "an", "the", "new", "fresh"})) --t;
    if (t >= 0 && tokens_[t].pos == Pos::RP) --t;  // "winding up a visit"
    if (t >= 0 && IsVerb(tokens_[t].pos) &&
        OneOf(tokens_[t].lemma, {"order", "launch", "begin", "start", "conduct", "carry", "stage", "mount", "impose",
                                 "announce", "declare", "unleash", "intensify", "escalate", "continue", "resume",
                                 "expand", "step", "lay", "open", "deliver", "issue", "carry", "make", "give",
                                 "provide", "send", "offer", "extend", "pledge", "approve", "sign", "initiate",
                                 "complete", "finish", "hold", "host", "stage", "wage", "wind", "repeat", "renew",
                                 "reiterate"})) {
      std::string ignored;
      Chain c = AnalyzeChain(static_cast<uint32_t>(t));
      // "Clark, winding up a visit to Washington, said": the participle's
      // subject stands before the comma (not the object of a preposition).
      if (c.participle && c.begin >= 2 && tokens_[c.begin - 1].lower == "," && group_at_[c.begin - 2] != kNone &&
          !InPrepositionalPhrase(group_at_[c.begin - 2])) {
        *why = "the actor before the participle '" + tokens_[t].text + "' whose object the noun is";
        return group_at_[c.begin - 2];
      }
      if (!c.passive && !c.infinitive) {
        int g = FindSubject(c.begin, &ignored);
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
  int AdjunctSource(uint32_t a, std::string* why, int* object, bool* ahead, int* verb) const {
    int k = static_cast<int>(a) - 1;
    for (int skipped = 0; k >= 0 && skipped < 4 && group_at_[k] == kNone &&
                          (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || IsNoun(tokens_[k].pos) ||
                           tokens_[k].pos == Pos::CD);
         ++skipped) {
      --k;
    }
    // "After a day of meetings with …", "after two rounds of talks": a
    // measure of the act before it.
    if (k >= 2 && tokens_[k].lower == "of" && group_at_[k - 1] == kNone &&
        OneOf(tokens_[k - 1].lemma, {"day", "week", "hour", "round", "series", "month", "year"})) {
      k -= 2;
      while (k >= 0 && group_at_[k] == kNone && (tokens_[k].pos == Pos::DT || tokens_[k].pos == Pos::CD ||
                                                 IsAdjective(tokens_[k].pos))) {
        --k;
      }
    }
    if (k < 0 ||
        !OneOf(tokens_[k].lower, {"in", "during", "at", "on", "amid", "into", "after", "following", "before", "for"})) {
      return kNone;
    }
    const bool purpose = tokens_[k].lower == "for";
    // "Kuwait has backed Iraq in the seven-year war against Iran": a war the
    // clause happens in is its setting, not an act of its subject.
    if (OneOf(tokens_[k].lower, {"in", "during", "amid"}) &&
        OneOf(tokens_[a].lemma, {"war", "conflict", "fighting", "hostility", "crisis"})) {
      return kNone;
    }
    // "In a 30-minute meeting, Tanaka told …", "Speaking after a meeting
    // with Baker, Miyazawa said …": an adjunct opening the sentence belongs
    // to the main clause after its comma.
    if (!purpose && (k == 0 || (k == 1 && tokens_[0].pos == Pos::VBG))) {
      const uint32_t n = static_cast<uint32_t>(tokens_.size());
      for (uint32_t t = a + 1, inside = 0; t + 2 < n && t < a + 16 + inside; ++t) {
        if (group_at_[t] != kNone && groups_[group_at_[t]].end > t + 1) {  // a list's commas
          inside += groups_[group_at_[t]].end - 1 - t;
          t = groups_[group_at_[t]].end - 1;
          continue;
        }
        if (tokens_[t].lower != ",") continue;
        const uint32_t start = tokens_[t + 1].lower == "the" ? t + 2 : t + 1;
        int g = group_at_[start];
        if (g == kNone || groups_[g].begin != start || groups_[g].end >= n) return kNone;
        uint32_t past = groups_[g].end;  // past a name its title stands before
        while (past + 1 < n && tokens_[past].pos == Pos::NNP && group_at_[past] == kNone && past - groups_[g].end < 3) ++past;
        const Token& after = tokens_[past];
        if (!IsVerb(after.pos) && !IsAdverb(after.pos) && after.pos != Pos::MD) return kNone;
        *why = "subject of the main clause the opening '" + tokens_[k].text + "' phrase belongs to";
        return g;
      }
      return kNone;
    }
    // "Jopling during a visit to Washington this week endorsed …",
    // "Steinmeier, on a state visit to Tanzania, asked …": an adjunct
    // between the subject and its verb.
    if (!purpose) {
      int p = k - 1;
      const bool comma_before = p >= 0 && tokens_[p].lower == ",";
      if (comma_before) --p;
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
          if (tokens_[t].lower == ",") {
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
    int first_group = kNone;
    for (int v = k - 1, aside = 0; v >= 0 && k - v <= 12 + aside; --v) {
      // "freed 14 prisoners, among them opposition figure X, after talks":
      // an aside about the object between the verb and the phrase.
      if (tokens_[v].lower == "," && v == k - 1) {
        int c = v - 1;
        while (c >= 0 && v - c < 12 && tokens_[c].lower != "," && !IsVerb(tokens_[c].pos)) --c;
        if (c >= 0 && tokens_[c].lower == "," && c + 1 < v && OneOf(tokens_[c + 1].lower, {"among", "including"})) {
          aside += v - c + 1;
          v = c;
          continue;
        }
        // "pledged … to invest 5 trillion yen in India over the next five
        // years, after talks in New Delhi with …": a phrase of time after
        // the comma closes the clause before it.
        if (OneOf(tokens_[k].lower, {"after", "following", "during"})) {
          aside += 8;
          continue;
        }
      }
      if (clause_break_[v] && !in_time_[v]) return kNone;
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
      if (tokens_[k].lower == "on" &&
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
      if ((c.passive && !(purpose && expected)) || c.infinitive) return kNone;
      // Only a purpose of going, sending or coming: "pressed for talks" is not.
      if (purpose && !expected &&
          !OneOf(tokens_[v].lemma, {"send", "travel", "go", "come", "fly", "head", "arrive", "leave", "visit",
                                    "return", "dispatch", "invite", "meet", "gather", "convene"})) {
        return kNone;
      }
      // "would take part in talks with X if …", "did not attend the talks
      // with X": the clause's condition or negation is the noun's too (not
      // its intent: "offered to mediate during a visit to Kyiv" visited).
      if (c.modality == "possible" || c.negated) return kNone;
      std::string ignored;
      int g = FindSubject(c.begin, &ignored);
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
  int PassiveEnactor(uint32_t a, uint32_t end, std::string* why, uint32_t* verb_end) const {
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
        if (tokens_[t].lower != "by") continue;
        int g = ByAgent(t);
        if (g != kNone) *why = "agent of the passive '" + tokens_[main].text + "' that enacts it ('by')";
        *verb_end = main + 1;
        return g;
      }
      return kNone;
    }
    return kNone;
  }

  // A month named after "in" without a year ("rejected in July"), which the
  // recognizer placed in the nearest year; for a past act it is the one
  // before. (Not a date, which is often a deadline: "set a March 26
  // deadline", "after April 1".)
  static bool PastMonthWithoutYear(const TimeRef& time) {
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
  // (within three tokens, "visit to Washington starting April 29"), not one
  // further on that dates another noun ("talks … ahead of her visit next week").
  bool NounDatedAhead(uint32_t end) const {
    if (!story_.date) return false;
    for (size_t i = 0; i < mentions_.times.size(); ++i) {
      auto [tb, te] = mentions_.time_tokens[i];
      if (tb < end || tb > end + 3) continue;
      bool broken = false;
      for (uint32_t t = end; t < tb; ++t) broken = broken || clause_break_[t];
      std::optional<Date> begins = Date::Parse(mentions_.times[i].from);
      if (!broken && begins && *story_.date < *begins) return true;
    }
    return false;
  }

  // Whether a time of the clause around [a, end) lies wholly after the
  // story date ("tomorrow", "next week", "on March 3" when it is ahead).
  // `strictly`: only a time that begins after the story date, not the week
  // that runs past it.
  bool TimeAhead(uint32_t a, uint32_t end, bool strictly = false) const {
    if (!story_.date) return false;
    for (size_t i = 0; i < mentions_.times.size(); ++i) {
      auto [tb, te] = mentions_.time_tokens[i];
      uint32_t from = te <= a ? te : end, to = te <= a ? a : tb;
      if (tb < a && te > a) continue;
      if (to < from || to - from > 8) continue;
      bool broken = false;
      for (uint32_t t = from; t < to; ++t) {
        // ("This week when Miyazawa visits …": the "when" the time introduces.)
        if (t == te && tokens_[t].lower == "when") continue;
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

  // Whether the clause whose verb chain starts at `begin` is a relative
  // clause on a noun in apposition to the main clause, naming its act:
  // ", a move that Netanyahu denounced", ", a charge Israel rejected".
  // `*noun` is set to the noun that names the act.
  bool ReactsToMainAct(uint32_t begin, int* noun) const {
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
    return t >= 1 && tokens_[t - 1].lower == ",";
  }

  // Whether an agreement noun stands before the infinitive at `to`, past
  // times and places: "an agreement at the White House on Tuesday to …".
  bool AgreementBefore(uint32_t to) const {
    int k = static_cast<int>(to) - 1;
    for (int steps = 0; k >= 0 && steps < 10; ++steps) {
      if (in_time_[k]) {
        --k;
        continue;
      }
      if (group_at_[k] != kNone) {  // "at the White House", "in Istanbul"
        int b = static_cast<int>(groups_[group_at_[k]].begin) - 1;
        if (b >= 0 && tokens_[b].lower == "the") --b;
        if (b >= 0 && OneOf(tokens_[b].lower, {"in", "at"})) {
          k = b - 1;
          continue;
        }
        return false;
      }
      break;
    }
    return k >= 0 && k + 1 < static_cast<int>(to) && IsAgreementNoun(tokens_[k].lemma);
  }

  // "used drones to strike bombers", "employed tanks to crush the
  // protests": the purpose of using a means is the act done with it.
  bool MeansOfTheAct(uint32_t to) const {
    for (int v = static_cast<int>(to) - 1; v >= 0 && static_cast<int>(to) - v <= 8; --v) {
      if (clause_break_[v] && !list_comma_[v]) return false;
      if (!IsVerb(tokens_[v].pos)) continue;
      if (OneOf(tokens_[v].lemma, {"use", "employ", "utilize", "utilise"})) return true;
      if (tokens_[v].pos != Pos::VBN) return false;  // "drones smuggled into Russia": a participle of the object
    }
    return false;
  }

  // Whether the noun at `a` heads an "in" or "during" phrase ("in an
  // investigation into …"), the frame of an act rather than its purpose.
  bool InFrameAdjunct(uint32_t a) const {
    int k = static_cast<int>(a) - 1;
    while (k >= 0 && group_at_[k] == kNone &&
           (tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) || IsNoun(tokens_[k].pos))) {
      --k;
    }
    return k >= 0 && OneOf(tokens_[k].lower, {"in", "during"});
  }

  // The subject of the nearest verb before token p in the same clause.
  int SubjectOfVerbBefore(int p) const {
    for (int v = p - 1; v >= 0 && p - v <= 12; --v) {
      // "Iran announced that its offensive …": the one who says it.
      if (tokens_[v].lower == "that") {
        return ReporterOf(static_cast<uint32_t>(v + 1));
      }
      if (clause_break_[v] && tokens_[v].lower != "as") return kNone;
      if (!IsVerb(tokens_[v].pos) || group_at_[v] != kNone) continue;
      Chain c = AnalyzeChain(static_cast<uint32_t>(v));
      if (c.passive || c.infinitive) return kNone;
      std::string ignored;
      return FindSubject(c.begin, &ignored);
    }
    return kNone;
  }

  // "… imposed by the US": the group after "by" within a few tokens.
  // The actor that modifies or possesses the pattern's own object words
  // fronted as a passive's subject: "U.S. sanctions on Syria were lifted",
  // "Russia's tariffs on X were cut" (not the '+' target inside them).
  int FrontedObjectOwner(const Match& m, uint32_t chain_begin) const {
    if (m.fronted_word == kNone || static_cast<uint32_t>(m.fronted_word) + 1 >= chain_begin) return kNone;
    // A measure aimed through a preposition ("sanctions on"), not a title
    // before a name ("Hamas official Saleh al-Arouri was killed").
    const Token& prep = tokens_[m.fronted_word + 1];
    if (prep.pos != Pos::IN && prep.pos != Pos::TO) return kNone;
    int k = m.fronted_word - 1;
    while (k >= 0 && group_at_[k] == kNone && (IsAdjective(tokens_[k].pos) || tokens_[k].pos == Pos::JJS)) --k;
    if (k >= 1 && (tokens_[k].lower == "'s" || tokens_[k].lower == "'")) --k;
    if (k < 0 || group_at_[k] == kNone || group_at_[k] == m.target) return kNone;
    const ActorGroup& g = groups_[group_at_[k]];
    if (g.end != static_cast<uint32_t>(k) + 1 || InPrepositionalPhrase(group_at_[k])) return kNone;
    return group_at_[k];
  }

  int ByAgent(uint32_t from) const {
    for (uint32_t t = from; t < tokens_.size() && t < from + 4; ++t) {
      if (tokens_[t].lower == "by") {
        uint32_t k = t + 1;
        // "by a squad of mostly Colombian mercenaries".
        while (k < tokens_.size() && k < t + 6 && group_at_[k] == kNone && Skippable(k)) ++k;
        if (k < tokens_.size() && group_at_[k] != kNone) return group_at_[k];
        // "were lifted by an executive order signed by President Trump": the
        // instrument's author.
        for (uint32_t v = t + 1; v + 2 < tokens_.size() && v < t + 6; ++v) {
          if (group_at_[v] != kNone || clause_break_[v]) break;
          if (!OneOf(tokens_[v].lemma, {"order", "decree", "law", "directive", "proclamation", "resolution", "ruling",
                                        "memorandum", "bill", "act"}) ||
              !IsNoun(tokens_[v].pos)) {
            continue;
          }
          if ((tokens_[v + 1].pos == Pos::VBN || tokens_[v + 1].pos == Pos::VBD) && tokens_[v + 2].lower == "by") {
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

  // "A U.N. Security Council resolution demanding a ceasefire in Gaza was
  // vetoed": the subject is the noun the participle modifies; the actor
  // modifying that noun, or kNone.
  int ModifierBeforeParticiple(uint32_t begin) const {
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

  // "were imposed on Russia's two largest oil companies, Rosneft and
  // Lukoil, by the United States": the 'by' agent of a passive verb past an
  // apposition to its object.
  int ByAgentPastApposition(uint32_t from) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t t = from; t < n && t < from + 14; ++t) {
      if (tokens_[t].lower == "by") return ByAgent(t);
      if (IsVerb(tokens_[t].pos) || tokens_[t].pos == Pos::kPeriod ||
          OneOf(tokens_[t].lower, {"that", "which", "who", ";", ":", "while", "but", "after", "before"})) {
        return kNone;
      }
    }
    return kNone;
  }

  // A subject for a clause that has none of its own: an infinitive of
  // purpose or a participle inherits from the clause before it.
  std::vector<ActorMention> InheritedSubject(const Chain& c, std::string* why) const {
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
      bool by_agent = static_cast<size_t>(v) + 1 < tokens_.size() && tokens_[v + 1].lower == "by";
      if (governing.reduced_passive && after_actor && !by_agent) {
        *why = "the actor before '" + tokens_[v].text + "', the verb the infinitive of purpose belongs to";
        return groups_[group_at_[v - 1]].members;
      }
      if (governing.passive || governing.infinitive) break;
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

  std::vector<ActorMention> InheritedSubjectOrNone(const Chain& c, std::string* why) const {
    // "Shultz, travelling to China for a visit, refused …": a participle
    // right after its subject and a comma.
    // Not the object of a preposition: "… for a visit to Iraq, defying …".
    if (c.participle && c.begin >= 2 && tokens_[c.begin - 1].lower == "," && group_at_[c.begin - 2] != kNone &&
        !InPrepositionalPhrase(group_at_[c.begin - 2])) {
      *why = "the actor before the comma (a participle in apposition)";
      return groups_[group_at_[c.begin - 2]].members;
    }
    // "Baker holds talks with counterparts from Europe and Japan to urge
    // them …": a purpose is the subject's, not its partners'.
    // (Acting together is shared: "teamed up with Ostrevia to criticize".)
    if (c.infinitive && !last_sources_.empty() && !last_act_joint_) {
      *why = "inherited from the subject of the preceding clause";
      return last_sources_;
    }
    if (!last_participants_.empty()) {
      *why = "inherited from the preceding clause";
      return last_participants_;
    }
    if (!c.participle) return {};
    // ", capturing …" after a clause that coded nothing: that clause's subject.
    for (int v = static_cast<int>(c.begin) - 1; v >= 0; --v) {
      if (tokens_[v].pos == Pos::kPeriod || tokens_[v].lower == ";") break;
      if (!IsVerb(tokens_[v].pos) || group_at_[v] != kNone) continue;
      Chain previous = AnalyzeChain(static_cast<uint32_t>(v));
      std::string ignored;
      int g = previous.infinitive || previous.participle ? kNone : FindSubject(previous.begin, &ignored);
      if (g != kNone) {
        *why = "subject of the verb before the participle ('" + tokens_[v].text + "')";
        return groups_[g].members;
      }
      break;
    }
    // A fronted participle: the subject of the main clause after it.
    for (uint32_t t = c.begin; t + 1 < tokens_.size(); ++t) {
      // (", the Valdorian president called": past "the".)
      const bool after_comma = t > 0 && (tokens_[t - 1].lower == "," ||
                                         (tokens_[t - 1].lower == "the" && t > 1 && tokens_[t - 2].lower == ","));
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
    }
    return {};
  }

  void TryAnchor(uint32_t a, bool noun) {
    const Token& tok = tokens_[a];
    std::vector<uint32_t> candidates = index_.Find(tok.lemma);
    if (tok.lower != tok.lemma) {
      for (uint32_t p : index_.Find(tok.lower)) {
        if (std::find(candidates.begin(), candidates.end(), p) == candidates.end()) candidates.push_back(p);
      }
    }
    if (candidates.empty()) return;
    // "told visiting U.S. Secretary of State George Shultz": a participle
    // used as an adjective of the actor after it is no clause of its own.
    if (!noun && ParticipleAdjectiveOfActor(a)) {
      Trace("anchor '" + tok.text + "': an adjective of the actor after it, not coded");
      return;
    }
    // "handed captured Indian pilot Abhinandan Varthaman back", "freed
    // detained activists": a participle right after a verb of its own (not
    // an auxiliary) is an adjective of the object.
    if (ParticipleAfterOwnVerb(a) && a + 1 < tokens_.size() &&
        (IsAdjective(tokens_[a + 1].pos) || IsNoun(tokens_[a + 1].pos) || tokens_[a + 1].pos == Pos::NNP)) {
      Trace("anchor '" + tok.text + "': an adjective of the object of '" + tokens_[a - 1].text + "', not coded");
      return;
    }
    // "the soybean crushing industry", "the oil refining sector": a
    // participle inside a compound noun names a trade, not an act.
    if (tok.pos == Pos::VBG && a > 0 && a + 1 < tokens_.size() && tokens_[a - 1].pos == Pos::NN &&
        group_at_[a - 1] == kNone && (tokens_[a + 1].pos == Pos::NN || tokens_[a + 1].pos == Pos::NNS)) {
      Trace("anchor '" + tok.text + "': part of a compound noun ('" + tokens_[a - 1].text + " " + tok.text + " " +
            tokens_[a + 1].text + "'), not coded");
      return;
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
        return;
      }
    }
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
    MarkBackground(chain.begin, noun, &chain);
    // "called on Belarus to hold an election and to free …": the second
    // infinitive belongs to the same appeal.
    if (!chain.requested && chain.infinitive && last_requested_ != kNone && chain.begin >= 1 &&
        OneOf(tokens_[chain.begin - 1].lower, {"and", "or"}) && static_cast<int>(chain.begin) - last_requested_ <= 10) {
      chain.requested = true;
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
      }
    }
    if (chain.requested) {
      last_requested_ = static_cast<int>(a);
      Trace("anchor '" + tok.text + "': asked of another actor ('… to " + tok.text + "'), part of the appeal, not coded");
      return;
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
      if (edge > 0) {
        fronted_end = edge;
        fronted_begin = edge >= 4 ? edge - 4 : 0;
      }
    }
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
      if (pattern.compound_subject) {
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
      if (!MatchBackward(pattern.before, a, &m, &why) || !MatchForward(pattern.after, a + 1, voice, &m, &why)) {
        if (++rejected <= kMaxRejectionsShown && trace_) {
          rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': " + why);
        }
        continue;
      }
      if (pattern.needs_target && m.target == kNone && m.word_group == kNone) {
        if (++rejected <= kMaxRejectionsShown && trace_) {
          rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text + "': its '+' names no actor ([target])");
        }
        continue;
      }
      if (pattern.needs_org && !NamesOrganization(m.target)) {
        if (++rejected <= kMaxRejectionsShown && trace_) {
          rejections.push_back("  rejected " + pattern.loc + " '" + pattern.text +
                               "': its '+' names no international organization on its own ([org])");
        }
        continue;
      }
      m.score = (pattern.specificity + (pattern.compound_subject ? 1 : 0)) * 2 - (m.target_unfilled ? 2 : 0) -
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
      return;
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

    // Source and target.
    std::vector<ActorMention> sources, targets;
    uint32_t enacted_until = 0;  // past a passive verb enacting this noun, or the attack a passive happened in
    bool purpose_ahead = false;  // the noun is the purpose of a trip still ahead
    std::string source_why;
    if (best.source != kNone) {
      sources = groups_[best.source].members;
      source_why = "explicit '$' slot";
    } else if (noun) {
      int g = NominalSource(a, best.end, &source_why);
      int object = kNone;
      // "made progress with Xi at their four-hour meeting": a mutual act
      // owned by "their" is between the clause's subject and the other
      // actor named before it.
      if (g != kNone && pattern.recip && best.target == kNone) object = OtherSideBeforeTheir(a, g);
      if (g == kNone) {
        int clause_verb = kNone;
        g = AdjunctSource(a, &source_why, &object, &purpose_ahead, &clause_verb);
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
        if (g != kNone && ((OneOf(pattern.code.substr(0, 2), {"18", "19", "20"}) &&
                            OneOf(last_event_root_, {"18", "19", "20"})) ||
                           (pattern.code.substr(0, 2) == last_event_root_ && InFrameAdjunct(a)))) {
          Trace("  the means or frame of the act coded before it: part of that act, not coded");
          return;
        }
      }
      if (g == kNone) {
        g = PassiveEnactor(a, best.end, &source_why, &enacted_until);
        if (g == kNone) enacted_until = 0;
      }
      if (g != kNone) sources = groups_[g].members;
      // "Biden warned Putin in a telephone call": a mutual act in an adjunct
      // is between the clause's subject and its object.
      if (g != kNone && best.target == kNone && object != kNone && pattern.recip) best.target = object;
    } else if (chain.passive) {
      int g = ByAgent(best.end);
      if (g == kNone) g = ByAgent(a + 1);
      if (g == kNone) g = ByAgentPastApposition(best.end);
      uint32_t instrument_end = 0;
      int instrument = g == kNone ? AttackAdjunct(best.end, &instrument_end) : kNone;
      if (g != kNone) {
        sources = groups_[g].members;
        source_why = "agent of the passive ('by')";
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
      } else if (OneOf(tok.lemma, {"expel", "deport", "ban", "bar", "oust", "evict", "banish", "eject", "exclude"})) {
        // "Russian diplomats were expelled from Poland": the country they
        // are sent out of did it.
        for (uint32_t t = a + 1; t + 1 < tokens_.size() && t < a + 6; ++t) {
          if (clause_break_[t] || IsVerb(tokens_[t].pos)) break;
          if (tokens_[t].lower == "from" && group_at_[t + 1] != kNone) {
            sources = groups_[group_at_[t + 1]].members;
            source_why = "the country expelled from ('from')";
            break;
          }
        }
      }
    } else if (chain.infinitive) {
      // "visit the US … to discuss trade": the phrase before "to" is the
      // previous verb's object; the infinitive's subject is that verb's.
      // "a push to deny …" complements a noun and has no actor subject.
      bool noun_complement = chain.begin > 0 && IsNoun(tokens_[chain.begin - 1].pos) &&
                             group_at_[chain.begin - 1] == kNone && !in_time_[chain.begin - 1] &&
                             !IsTimeNoun(tokens_[chain.begin - 1].lower) && !MeansOfTheAct(chain.begin);
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
          if (IsVerb(tokens_[v].pos) && (tokens_[v].lemma == "become" || tokens_[v].lemma == "be")) {
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
      // "the decision by Karsovia to close the border": the noun's agent.
      if (!noun_complement && chain.begin > 0 && group_at_[chain.begin - 1] != kNone) {
        int b = static_cast<int>(groups_[group_at_[chain.begin - 1]].begin);
        noun_complement = b >= 2 && OneOf(tokens_[b - 1].lower, {"by", "of"}) && IsNoun(tokens_[b - 2].pos) &&
                          group_at_[b - 2] == kNone;
      }
      if (!noun_complement && sources.empty()) sources = InheritedSubject(chain, &source_why);
    } else {
      int g = FindSubject(chain.begin, &source_why);
      // "filed a case at the ICJ on Friday accusing Israel …": a bare
      // participle after a prepositional object belongs to the main clause.
      if (g != kNone && tokens_[a].pos == Pos::VBG && chain.begin == a && InPrepositionalPhrase(g)) {
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
      } else if (g != kNone && AllegedInThatClause(g)) {
        Trace("  the clause is what '" + tokens_[AllegationVerbBefore(g)].text +
              "' alleges ('complained that X …'): an allegation, not coded as a fact");
        return;
      } else if (g != kNone && AskedInThatClause(g, chain)) {
        Trace("  the clause says what '" + tokens_[groups_[g].begin - 1].text +
              "' asks for ('demanded that X …'): part of the demand, not coded");
        asked_until_ = best.end + 12;
        return;
      } else if (chain.begin >= 1 && OneOf(tokens_[chain.begin - 1].lower, {"and", "or"}) &&
                 chain.begin < asked_until_ && tokens_[chain.begin].pos != Pos::VBD &&
                 tokens_[chain.begin].pos != Pos::VBZ) {
        // "demanded that Russia stop its war and withdraw its forces" (not
        // "…, and asked Zelensky to …": the subject's own next act).
        Trace("  a second act of the same demand: not coded");
        return;
      }
      if (g != kNone) {
        last_subject_ = g;
        sources = groups_[g].members;
      } else if (chain.participle && sources.empty()) {
        sources = InheritedSubject(chain, &source_why);
      } else if (sources.empty() && tokens_[a].pos == Pos::VBG && chain.begin == 0) {
        // "Accusing the French of overfishing, Canada said …": a participle
        // opening the sentence is the main clause subject's.
        chain.participle = true;
        sources = InheritedSubject(chain, &source_why);
      }
    }
    // "opened fire on protesters": the pattern named its target by a word
    // that is an actor of the sentence.
    // Another state's actor, or the people of one's own (civilians, press,
    // opposition …); one's own forces or police are the means, not a target.
    if (best.target == kNone && best.word_group != kNone && best.source == kNone) {
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
    if (best.target != kNone) targets = groups_[best.target].members;
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
      int budget = 10;  // words, not counting times ("in Tbilisi on Sunday for a fourth night against …")
      for (uint32_t t = best.end; t + 1 < n && budget > 0; ++t) {
        if (in_time_[t] && group_at_[t] == kNone) continue;
        --budget;
        // A participle after the object noun describes it ("the proposals
        // announced by the LDP", "sanctions imposed against Japan"): its
        // 'by' agent made the object; other phrases go on as the object's.
        const bool object_participle =
            (tokens_[t].pos == Pos::VBN || (tokens_[t].pos == Pos::VBD && tokens_[t + 1].lower == "by")) && t > 0 &&
            IsNoun(tokens_[t - 1].pos) && group_at_[t - 1] == kNone;
        if (object_participle) {
          if (t + 2 < n && tokens_[t + 1].lower == "by") {
            uint32_t k = t + 2;
            if (k < n && tokens_[k].lower == "the") ++k;
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
        const bool condition = root == 13 && OneOf(tokens_[t].lower, {"if", "unless"});
        if (!cooperative && !statement && root >= 10 && (tokens_[t].lower == "because" || condition) && t + 2 < n) {
          uint32_t k = tokens_[t + 1].lower == "the" ? t + 2 : t + 1;
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
        // "signed an accord to supply Gondor with wheat": the one the
        // agreement provides for, the object of what it provides.
        if (!statement && tokens_[t].pos == Pos::VB && t >= 2 && tokens_[t - 1].lower == "to" &&
            (IsAgreementNoun(tokens_[t - 2].lemma) || AgreementBefore(t - 1))) {
          uint32_t k = tokens_[t + 1].lower == "the" && t + 2 < n ? t + 2 : t + 1;
          if (group_at_[k] != kNone && groups_[group_at_[k]].begin == k) {
            targets = groups_[group_at_[k]].members;
            Trace("  target: the object of what the agreement provides ('" + tokens_[t].text + " …')");
          }
          break;
        }
        // PETRARCH's implicit target reaches past verbs to the next clause
        // break: the object's own participle ("the links leading into
        // Mordor"), a complement clause ("said he has deep satisfaction
        // toward Gondor").
        if ((clause_break_[t] && !list_comma_[t]) || (IsVerb(tokens_[t].pos) && !pattern.first_actor_target)) break;
        if (group_at_[t] != kNone) {
          // PETRARCH's implicit target is the first actor after the verb.
          if (pattern.first_actor_target) {
            targets = groups_[group_at_[t]].members;
            Trace("  target: the first actor after the verb (PETRARCH's implicit target)");
            break;
          }
          // A place ("rallied in Tbilisi") is passed over.
          uint32_t b = groups_[group_at_[t]].begin;
          uint32_t p = b > 0 && tokens_[b - 1].lower == "the" ? b - 1 : b;
          if (p > 0 && OneOf(tokens_[p - 1].lower, {"in", "at", "near", "outside", "across", "through", "throughout"})) {
            t = groups_[group_at_[t]].end - 1;
            continue;
          }
          break;
        }
        // "imposed penalties over Japan's failure to …", "criticized the
        // plan because of Iran's refusal": a conflictual act's reason names
        // whom it is aimed at through its possessor.
        if (!cooperative && !statement && root >= 10 && (OneOf(tokens_[t].lower, {"over", "for"}) ||
                                                         (tokens_[t].lower == "of" && t > 0 &&
                                                          tokens_[t - 1].lower == "because"))) {
          uint32_t k = t + 1;
          if (k < n && tokens_[k].lower == "the") ++k;
          if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].begin == k &&
              groups_[group_at_[k]].end < n && OneOf(tokens_[groups_[group_at_[k]].end].lower, {"'s", "'"})) {
            targets = groups_[group_at_[k]].members;
            Trace("  target: the possessor of the reason after '" + tokens_[t].text + "'");
            break;
          }
          continue;
        }
        if (!(tokens_[t].lower == "to" || (!statement && tokens_[t].lower == "with") ||
              (!statement && OneOf(tokens_[t].lower, {"on", "toward", "towards", "into", "alongside"})) ||
              (!statement && !cooperative && tokens_[t].lower == "against") ||
              (away && tokens_[t].lower == "from"))) {
          continue;
        }
        uint32_t k = t + 1;
        if (k + 1 < n && tokens_[k].lower == "the") ++k;
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
    }
    if (chain.passive && !noun && best.target == kNone) {
      // The subject of a passive is its target: "Ukraine was attacked by Russia".
      std::string ignored;
      int g = chain.reduced_passive ? (a > 0 ? group_at_[a - 1] : kNone) : FindSubject(chain.begin, &ignored);
      if (!chain.reduced_passive) {
        int head = ModifierBeforeParticiple(chain.begin);
        if (head != kNone) g = head;
      }
      // "a tariff on Indian goods imposed by …": the object phrase before the verb.
      for (uint32_t t = chain.begin; g == kNone && t > 0 && chain.begin - t < 6; --t) {
        if (clause_break_[t - 1]) break;
        g = group_at_[t - 1];
      }
      if (g != kNone) targets = groups_[g].members;
    }
    // "a response to Iran, which the Americans blame for two missile
    // attacks": the object of a verb in an object relative clause is the
    // clause's antecedent.
    if (targets.empty() && !noun && !chain.passive && !sources.empty() && !pattern.after.empty() &&
        pattern.after[0].type == PatternElement::Type::kTarget && best.target == kNone) {
      int antecedent = ObjectRelativeAntecedent(chain.begin);
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
    if (targets.empty() && (pattern.code == "045" || pattern.code == "039") && !last_participants_.empty()) {
      for (const ActorMention& p : last_participants_) {
        bool is_source = false;
        for (const ActorMention& s : sources) is_source = is_source || s.code == p.code;
        bool seen = false;
        for (const ActorMention& t : targets) seen = seen || t.code == p.code;
        if (!is_source && !seen) targets.push_back(p);
      }
      if (!targets.empty()) Trace("  mediation between the sides of the act before it");
    }
    // "massacred thousands of Yazidi men in Iraq's Sinjar region",
    // "abducted 276 schoolgirls … in the Nigerian town of Chibok": violence
    // against people the dictionary does not name is against the civilians
    // of the country where it happened.
    if (targets.empty() && !sources.empty() && OneOf(pattern.code.substr(0, 2), {"18", "19", "20"})) {
      std::optional<ActorMention> victims = VictimsByPlace(a, best.end);
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
    // "raised its tariffs": a possessive that stands for the subject itself
    // names no target.
    if (best.target_possessive && !targets.empty() && !sources.empty()) {
      bool own = false;
      for (const ActorMention& t : targets)
        for (const ActorMention& src : sources) own = own || SameActor(src, t);
      if (own) {
        Trace("  the possessive stands for the subject itself: no target");
        targets.clear();
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
      }
    }
    if (sources.empty()) {
      Trace("  no actor as source (" + std::string(noun ? "no possessor, modifier or 'by' agent" : "subject is not an actor") +
            "): no event");
      return;
    }
    Trace("  source: " + source_why);

    std::string code = pattern.code;
    if (denies_charge && code.compare(0, 2, "12") == 0) {
      Trace("  rejecting the charge the main clause made: a denial, " + code + " → 016");
      code = "016";
    }
    std::string modality = chain.modality;
    bool anchor_is_intent = chain.intent_verb == static_cast<int>(a);
    // "Tunisia has decided to break diplomatic relations with Iran": a
    // decision to reduce relations, announced, is the act.
    if (modality == "intent" && !anchor_is_intent && code.substr(0, 2) == "16" && chain.intent_verb != kNone &&
        OneOf(tokens_[chain.intent_verb].lemma, {"decide", "vote"}) &&
        (tokens_[chain.intent_verb].pos == Pos::VBD || tokens_[chain.intent_verb].pos == Pos::VBN) &&
        !(chain.intent_verb > 0 && (tokens_[chain.intent_verb - 1].pos == Pos::MD || tokens_[chain.intent_verb - 1].lower == "to"))) {
      modality.clear();
      Trace("  decided ('" + tokens_[chain.intent_verb].text + " to'): the decision is the act");
    }
    if (modality == "intent" && !anchor_is_intent && code.substr(0, 2) != "03") {
      // "Malaysia agreed to limit its tin exports": agreeing to restrict
      // one's own trade, with no one named, is a pledge of economic
      // cooperation (0311), not a threat (1312).
      if (code.substr(0, 2) == "16" && targets.empty() && chain.intent_verb != kNone &&
          OneOf(tokens_[chain.intent_verb].lemma, {"agree", "pledge", "promise", "undertake", "offer", "commit"})) {
        code = "0311";
      } else {
        code = IntentCode(code);
      }
      Trace("  intent ('" + tokens_[chain.intent_verb].text + " to'): " + pattern.code + " → " + code);
    }
    // "U.S. and Japanese officials meet tomorrow": a present tense with a
    // time still ahead is a plan.
    if (modality.empty() && !noun && options_.future_is_intent && code.substr(0, 2) != "03" &&
        (tok.pos == Pos::VBP || tok.pos == Pos::VBZ) && chain.begin == a && TimeAhead(a, best.end)) {
      modality = "intent";
      std::string intent = IntentCode(code);
      Trace("  present tense with a time still ahead: " + code + " → " + intent);
      code = intent;
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
    if (modality == "intent" && options_.future_is_intent && IntentCode(code) == code && !decided &&
        OneOf(code.substr(0, 2), {"01", "02", "10", "11", "12"})) {
      Trace("  a verbal act still to be made (" + code + "): no event");
      return;
    }
    // "completed the withdrawal of its troops from Niger, ending a decade of
    // operations": a participle after a comma that says the same kind of
    // act again is its consequence, not a second event.
    // (Accusing after filing a lawsuit is a second act: only withdrawals,
    // sanctions and force repeat themselves this way.)
    if (chain.participle && tok.pos == Pos::VBG && chain.begin > 0 && tokens_[chain.begin - 1].lower == "," &&
        !last_event_root_.empty() && code.substr(0, 2) == last_event_root_ &&
        OneOf(last_event_root_, {"08", "16", "17", "19", "20"}) && !noun) {
      Trace("  the same kind of act as the one before the comma: its consequence, not coded");
      return;
    }
    // "marched through Belgrade, demanding that the government resign": a
    // participle after a protest says what it is about, like an infinitive.
    const bool participle_of_protest = chain.participle && tok.pos == Pos::VBG && last_event_root_ == "14" &&
                                       chain.begin > 0 && tokens_[chain.begin - 1].lower == ",";
    if ((chain.infinitive || participle_of_protest) && chain.intent_verb == kNone && modality.empty() && !noun) {
      // "rallied … to demand the resignation", "blocked border crossings to
      // protest": the purpose of a protest or a deployment is what it is
      // about, not an act of its own.
      if (OneOf(last_event_root_, {"14", "15"})) {
        Trace("  purpose of the " + last_event_root_ + " act before it: part of that act, not coded");
        // "blocked roads … to protest against the government's plans": what
        // the protest is against is whom the act before it was aimed at.
        if (!targets.empty()) {
          size_t end = out_->size();
          for (size_t k = last_act_begin_; k < end; ++k) {
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
        return;
      }
      if (MeansOfTheAct(chain.begin)) {
        Trace("  the purpose of using a means ('used drones to strike'): the act itself");
      } else if (!options_.future_is_intent && FutureActBeforeInfinitive(chain.begin)) {
        // TABARI's convention codes a future act as the act; so is its
        // purpose ("will be hosting Osgiliath to celebrate …").
        modality = "future";
        Trace("  the purpose of a future act, coded as the act (future as act)");
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
          return;
        }
      }
    }
    if (noun && code.compare(0, 2, "16") == 0) {
      uint32_t from = a >= 4 ? a - 4 : 0;
      uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), best.end + 4);
      for (uint32_t t = from; t < to; ++t) {
        if (IsVerb(tokens_[t].pos) &&
            OneOf(tokens_[t].lemma, {"lift", "ease", "remove", "scrap", "suspend", "drop", "relax", "waive", "end",
                                     "cancel", "revoke", "loosen", "unfreeze"})) {
          Trace("  the measure is being taken back ('" + tokens_[t].text + "'): not coded as imposed");
          return;
        }
      }
    }
    if (noun) {
      // "a meeting … was unlikely", "no plans for a meeting", "the prospect of talks".
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
      // Moscow by U.S. Secretary of State George Shultz was under …").
      uint32_t to = best.end;
      for (int words = 0; to < tokens_.size() && words < 6; ++words) {
        to = group_at_[to] != kNone && groups_[group_at_[to]].begin == to ? groups_[group_at_[to]].end : to + 1;
      }
      for (uint32_t t = best.end; t < to; ++t) {
        if (clause_break_[t] && !in_time_[t] && !OneOf(tokens_[t].lower, {"if"})) {
          to = t;
          break;
        }
      }
      for (uint32_t t = from; t < to; ++t) {
        // "an investigation into possible war crimes": after the noun, an
        // adjective before another noun qualifies that noun.
        bool attributive_after = t > a && t + 1 < tokens_.size() &&
                                 OneOf(tokens_[t].lower, {"possible", "potential", "planned", "proposed"}) &&
                                 (IsNoun(tokens_[t + 1].pos) || IsAdjective(tokens_[t + 1].pos));
        if (!attributive_after &&
            OneOf(tokens_[t].lower, {"unlikely", "possible", "possibility", "prospect", "prospects", "potential",
                                     "plans", "planned", "proposed", "would", "could", "might", "may", "if"})) {
          modality = "possible";
        }
        // "Their second meeting is set to take place …": a noun scheduled
        // after it is a plan.
        if (t > a && modality.empty() && t + 1 < tokens_.size() && tokens_[t + 1].lower == "to" &&
            OneOf(tokens_[t].lower, {"set", "scheduled", "expected", "due", "slated"}) && code.substr(0, 2) != "03") {
          modality = "intent";
          std::string intent = IntentCode(code);
          Trace("  the noun is scheduled ('" + tokens_[t].text + " to'): " + code + " → " + intent);
          code = intent;
        }
        // "his visit to Washington starting April 29": a noun dated after
        // the story is a plan.
        if (t == from && modality.empty() && code.substr(0, 2) != "03" && NounDatedAhead(best.end)) {
          modality = "intent";
          std::string intent = IntentCode(code);
          Trace("  the noun is dated after the story: " + code + " → " + intent);
          code = intent;
        }
        // "any Iranian attack on Soviet ships will bring …", "a visit … was
        // under consideration": a hypothetical or a considered act.
        if ((t < a && a - t <= 4 && tokens_[t].lower == "any") ||
            (tokens_[t].lower == "consideration" && t > 0 && tokens_[t - 1].lower == "under")) {
          modality = "possible";
        }
        if (t < a && a - t <= 4 && OneOf(tokens_[t].lower, {"no", "not", "never", "without"}) && !pattern_negation) {
          chain.negated = true;
        }
      }
    }
    if (chain.negated) Trace("  negated");
    if (modality == "possible" && !options_.speculative) {
      Trace("  speculative ('" + tokens_[chain.begin].text + "' …): may not happen, no event");
      return;
    }

    // "refused to rule out using military force to take control of the
    // Panama Canal": a threat of force with no target is aimed at what its
    // purpose names, and that purpose is part of the threat.
    uint32_t purpose_end = 0;
    uint32_t to = best.end;
    if (to > 0 && tokens_[to - 1].lower == "to") --to;  // a '+' after "to" left empty
    if (!noun && targets.empty() && code.compare(0, 3, "138") == 0 && to + 2 < tokens_.size() &&
        tokens_[to].lower == "to" && IsVerb(tokens_[to + 1].pos)) {
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
    if (const std::string demand = DemandCode(code); !noun && !sources.empty() && !demand.empty() && ObligedChain(chain.begin, a)) {
      int speaker = SpeakerOfClause(chain.begin, best.end);
      if (speaker != kNone && groups_[speaker].members[0].country != sources[0].country) {
        Trace("  what " + groups_[speaker].members[0].code + " says " + sources[0].code + " must do: a demand, " + code +
              " → " + demand);
        targets = sources;
        sources = groups_[speaker].members;
        code = demand;
        chain.negated = false;
      }
    }
    // "Biden told Putin in a telephone call that Moscow must act against
    // ransomware gangs": telling someone what must be done demands it.
    // (An actor must be what must act: "the government should draw up …",
    // not "the dollar's fall should be …"; and the press is told nothing.)
    const bool press_told = !targets.empty() && targets[0].code.size() > 3 &&
                            targets[0].code.compare(targets[0].code.size() - 3, 3, "MED") == 0;
    if (!noun && !targets.empty() && !press_told && code == "010" && OneOf(tok.lemma, {"tell", "inform", "warn"})) {
      for (uint32_t t = best.end; t < tokens_.size() && t < best.end + 15; ++t) {
        if (tokens_[t].lower == ";" || (clause_break_[t] && !OneOf(tokens_[t].lower, {",", "that"}) && !in_time_[t])) break;
        if (tokens_[t].pos == Pos::MD && OneOf(tokens_[t].lower, {"must", "should"}) && t > 0 && group_at_[t - 1] != kNone) {
          Trace("  told what must be done ('" + tokens_[t].text + "'): a demand, 010 → 100");
          code = "100";
          break;
        }
      }
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
    // Mutual acts: both ways.
    bool mutual = pattern.recip;
    for (uint32_t t = a; t < std::min<uint32_t>(tokens_.size(), best.end + 6); ++t) {
      if (OneOf(tokens_[t].lower, {"bilateral", "mutual", "jointly", "together", "each", "between"})) mutual = true;
      // "… between the two countries" (not a possessive "their").
      // Not "said they were …": the subject of another clause.
      if (group_at_[t] != kNone && groups_[group_at_[t]].coreference && !PossessiveCoreference(t)) {
        int p = static_cast<int>(groups_[group_at_[t]].begin) - 1;
        if (p >= 0 && tokens_[p].lower == "the") --p;
        if (p >= 0 && (tokens_[p].pos == Pos::IN || tokens_[p].pos == Pos::TO) && tokens_[p].lower != "that") {
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
    if (targets.empty() && ((info && info->quad_class <= 2 &&
                             (OneOf(act.substr(0, 2), {"03", "04", "06"}) || OneOf(act, {"050", "054", "057"}))) ||
                            OneOf(act, {"190", "193", "194"}) || act.compare(0, 3, "087") == 0)) {
      mutual = true;
    }
    // Only the subject intends: "X wants to hold talks with Y" is X's intent.
    bool reverse = pattern.recip && code == pattern.code;
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
        for (const ActorMention& t : targets)
          for (const ActorMention& s : sources) pairs.emplace_back(&t, &s);
      }
    }
    size_t before = out_->size();
    for (const auto& [s, t] : pairs) Emit(*s, t, code, pattern, a, best, chain, modality);
    // A paired code (PETRARCH's "[032:033]"): the target's act toward the source.
    if (!pattern.paired_code.empty() && code == pattern.code) {
      for (const ActorMention& s : sources)
        for (const ActorMention& t : targets) Emit(t, &s, pattern.paired_code, pattern, a, best, chain, modality);
    }
    if (out_->size() > before) {
      if (first_act_sources_.empty()) first_act_sources_ = sources;
      last_event_root_ = out_->back().root;
      last_act_begin_ = before;
      // "demanded that X stop … and withdraw …": what follows "and" is asked too.
      // ("called on the U.S. to remove curbs on its exports, to give it
      // favourable trading status and ease restrictions on …": a list of
      // requests runs on.)
      if (OneOf(code.substr(0, 2), {"10", "02"})) asked_until_ = std::max(asked_until_, best.end + 20);
      // The sentence's first coded subject, when one state or organization,
      // is what a next sentence's "It …" stands for.
      if (!subject_remembered_ && memory_ && sources.size() == 1 &&
          sources[0].kind != ActorMention::Kind::kPerson) {
        memory_->last_subject = sources;
        subject_remembered_ = true;
      }
      // Anchors inside this pattern ("deepen" in "vow to deepen ties") belong to it.
      covered_until_ = std::max({covered_until_, best.end, enacted_until, purpose_end});
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
      last_participants_ = sources;
      last_sources_ = sources;
      last_act_joint_ = (pattern.recip || mutual) && OneOf(code.substr(0, 2), {"05", "06"});
      if (pattern.recip || mutual) {
        for (const ActorMention& t : targets) last_participants_.push_back(t);
        // "Xi held talks with Putin. The two leaders pledged …": the two
        // sides of a mutual act are what a later "the two" stands for.
        if (memory_ && CountCountries(last_participants_) >= 2) memory_->last_plural = last_participants_;
      }
    }
    Continuation(a, best, pattern, sources, chain, code, modality);
  }

  // "accepted a bilateral meeting with Putin, but not a trilateral meeting
  // with Putin and Zelenskiyy": the same act continued after and/but [not].
  void Continuation(uint32_t a, const Match& first, const VerbPattern& pattern, const std::vector<ActorMention>& sources,
                    const Chain& chain, const std::string& code, const std::string& modality) {
    uint32_t t = first.end;
    if (t < tokens_.size() && tokens_[t].lower == ",") ++t;
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
    if (pattern.after.empty() || !MatchForward(pattern.after, t, Voice{}, &m, &why) || m.target == kNone) return;
    Chain c = chain;
    c.negated = chain.negated != negated;
    Trace("  continued after '" + tokens_[first.end].text + "'" + (negated ? " (negated)" : ""));
    for (const ActorMention& s : sources)
      for (const ActorMention& tg : groups_[m.target].members) Emit(s, &tg, code, pattern, a, m, c, modality);
  }

  // One actor on both sides: the same code, the same person, or a state and
  // its own government ("Kim … the North"). A state and its other sectors
  // are different actors: ZRNGOV 173 ZRNCVL is a domestic event.
  static bool SameActor(const ActorMention& s, const ActorMention& t) {
    if (s.code == t.code || (s.kind == ActorMention::Kind::kPerson && s.name == t.name)) return true;
    if (s.country != t.country) return false;
    return StateOrGovernment(s.code, s.country) && StateOrGovernment(t.code, t.country);
  }

  static bool StateOrGovernment(const std::string& code, const std::string& country) {
    return code == country || code == country + "GOV";
  }

  EventActor ToEventActor(const ActorMention& m) const {
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

  // The group before a "their" that stands within four tokens before the
  // anchor `a`, nearest first, other than the owner `g` (its country), or
  // kNone.
  int OtherSideBeforeTheir(uint32_t a, int g) const {
    int their = kNone;
    for (int t = static_cast<int>(a) - 1; t >= 0 && static_cast<int>(a) - t <= 4; --t) {
      if (tokens_[t].lower == "their") {
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
  int AuthorOfObject(uint32_t t) const {
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
      if (e < n && (tokens_[e].lower == "'s" || tokens_[e].lower == "'")) ++e;
      while (e < n && e < groups_[g].end + 4 && group_at_[e] == kNone && IsAdjective(tokens_[e].pos)) ++e;
      while (e + 1 < n && group_at_[e] == kNone && IsNoun(tokens_[e].pos) && IsNoun(tokens_[e + 1].pos) &&
             group_at_[e + 1] == kNone) {
        ++e;  // "U.S. trade sanctions"
      }
      return authored(e) ? g : kNone;
    }
    uint32_t e = t;
    while (e < n && e < t + 5 && group_at_[e] == kNone && (IsAdjective(tokens_[e].pos) || tokens_[e].pos == Pos::CD ||
                                                            (IsNoun(tokens_[e].pos) && !authored(e)))) {
      ++e;
    }
    if (!authored(e)) return kNone;
    uint32_t by = e + 1;
    if (by + 1 < n && tokens_[by].lower == "by") {
      uint32_t k = by + 1;
      if (tokens_[k].pos == Pos::DT) ++k;
      if (k < n && group_at_[k] != kNone && groups_[group_at_[k]].members.size() == 1) return group_at_[k];
    }
    return kNone;
  }

  // With `accused` (an accusation or a criticism): also the people "its|their"
  // names ("accused a dozen of its employees of …": the employer is the
  // target), a state or an organization.
  int OtherStateBeforePossessive(uint32_t a, uint32_t end, const std::vector<ActorMention>& sources,
                                 bool accused = false) const {
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
                                                     "offensive", "attack", "invasion", "incursion", "ultimatum"});
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

  // The verb an infinitive at `to` hangs from ("voted … to cut"), within 12
  // tokens of its clause, or kNone.
  int VerbBeforeInfinitive(uint32_t to) const {
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
  int PastVerbBeforeInfinitive(uint32_t to) const {
    const int v = VerbBeforeInfinitive(to);
    return v != kNone && tokens_[v].pos == Pos::VBD ? v : kNone;
  }

  // Whether that verb is a future act ("will be hosting Osgiliath to celebrate").
  bool FutureActBeforeInfinitive(uint32_t to) const {
    const int v = VerbBeforeInfinitive(to);
    return v != kNone && AnalyzeChain(static_cast<uint32_t>(v)).modality == "future";
  }

  // "over the telephone", "by phone", "in a telephone call" within the
  // clause after the anchor.
  bool ByTelephone(uint32_t anchor) const {
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

  // A country or capital named as a place ("in Canada", "at Geneva") that is
  // neither side of a meeting makes it a meeting at a third location (044).
  bool MetInThirdCountry(const ActorMention& s, const ActorMention& t) const {
    for (uint32_t k = 0; k + 1 < tokens_.size(); ++k) {
      if (!OneOf(tokens_[k].lower, {"in", "at"}) || group_at_[k + 1] == kNone) continue;
      // "talks with Putin about the war in Ukraine": the place of another
      // noun is not where they met.
      if (k > 0 && (tokens_[k - 1].pos == Pos::NN || tokens_[k - 1].pos == Pos::NNS) && group_at_[k - 1] == kNone &&
          !IsOccasionNoun(tokens_[k - 1].lemma) && tokens_[k - 1].lemma != "place") {
        continue;
      }
      const ActorGroup& g = groups_[group_at_[k + 1]];
      if (g.begin != k + 1 || g.coreference) continue;
      for (const ActorMention& place : g.members) {
        if (place.kind == ActorMention::Kind::kState && place.code == place.country && place.country != s.country &&
            place.country != t.country) {
          return true;
        }
      }
    }
    return false;
  }

  void Emit(const ActorMention& s, const ActorMention* t, const std::string& code_in, const VerbPattern& pattern,
            uint32_t anchor, const Match& match, const Chain& chain, const std::string& modality) {
    std::string code = code_in;
    if (code == "040" && t && MetInThirdCountry(s, *t)) code = "044";
    // "talked with Baker over the telephone": a remote talk (041).
    if (code == "040" && ByTelephone(anchor)) {
      Trace("  by telephone: 040 → 041");
      code = "041";
    }
    if (t && SameActor(s, *t)) {
      Trace("  " + s.code + " → " + t->code + ": the same actor on both sides, no event");
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
    if (code.compare(0, 2, "19") == 0 && tokens_[anchor].lemma == "strike" && civilian(s)) {
      Trace("  a strike by " + s.code + ": a work stoppage, " + code + " → 143");
      code = "143";
    }
    // "anti-government protesters stormed Bangkok's main airport": storming
    // by civilians is a violent protest (145), not the use of force.
    if (code.compare(0, 2, "19") == 0 && OneOf(tokens_[anchor].lemma, {"storm", "overrun", "ransack"}) && civilian(s)) {
      Trace("  stormed by " + s.code + ": a violent protest, " + code + " → 145");
      code = "145";
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
    // "charged the United States with breaking trade rules": a state or an
    // organization is accused, not arrested.
    // (Not "two Karsovian officials": people.)
    if (code.compare(0, 3, "173") == 0 && tokens_[anchor].lemma == "charge" && t && !t->plural_agent &&
        ((t->kind == ActorMention::Kind::kState && StateOrGovernment(t->code, t->country)) ||
         t->kind == ActorMention::Kind::kOrganization)) {
      Trace("  a state or an organization charged: accused, 173 → 112");
      code = "112";
    }
    // A state or its government protesting lodges a protest (114); it does
    // not take to the streets (141).
    if (code.compare(0, 3, "141") == 0 && (s.code == s.country || s.code == s.country + "GOV")) {
      Trace("  a state protests: 141 → 114");
      code = "114";
    }
    // Statements, intents to cooperate and two-sided acts need their
    // counterpart: "will host the World Cup" or "X said …" alone is none
    // (decisions 0003, 0009).
    if (!t && !options_.untargeted_acts && NeedsCounterpart(code)) {
      Trace("  '" + tokens_[anchor].text + "' (" + code + ") is done to someone and no target was found: no event");
      return;
    }
    // Business with business, or a firm acting alone, is commerce, not an
    // interaction of political actors ("Japanese banks joined the
    // financing"; decision 0011).
    auto business = [](const ActorMention& m) {
      return m.code.size() > 3 && m.code.compare(m.code.size() - 3, 3, "BUS") == 0;
    };
    if (business(s) && (!t || business(*t))) {
      Trace("  business with business: commerce, no event");
      return;
    }
    const CameoCode* info = dict_.FindCode(code);
    Event e;
    e.doc_id = story_.doc_id;
    e.sentence = sentence_idx_;
    e.source = ToEventActor(s);
    if (t) e.target = ToEventActor(*t);
    e.cameo = code;
    e.root = code.substr(0, 2);
    if (info) {
      e.quad_class = info->quad_class;
      e.goldstein = info->goldstein;
      e.plover = info->plover;
      e.plover_mode = info->plover_mode;
      e.plover_context = info->plover_context;
    }
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
    if (!past && chain.intent_verb != kNone && static_cast<size_t>(chain.intent_verb) < tokens_.size() &&
        tokens_[chain.intent_verb].pos == Pos::VBD) {
      past = true;  // "last year … vowed to attack": the intent is dated
    } else if (!past && tokens_[chain.begin].pos == Pos::TO) {
      int governing = PastVerbBeforeInfinitive(chain.begin);
      if (governing != kNone) {
        past = true;
        clause_begin = AnalyzeChain(static_cast<uint32_t>(governing)).begin;
      }
    }
    e.background = chain.background;
    bool dated = false;
    if (past && story_.date) {
      auto broken = [&](uint32_t from, uint32_t to) {
        for (uint32_t t = from; t < to; ++t) {
          if (!in_time_[t] && clause_break_[t]) return true;
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
        bool spans_story = to && *to >= *story_.date;  // "this year", "since January"
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
    if (chain.background_date && !dated) {
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
    out_->push_back(std::move(e));
  }

  const Dictionary& dict_;
  const VerbIndex& index_;
  const CoderOptions& options_;
  const StoryInfo& story_;
  int sentence_idx_;
  const Sentence& sentence_;
  const std::vector<Token>& tokens_;
  const SentenceMentions& mentions_;
  StoryMemory* memory_;
  std::vector<Event>* out_;
  CodeTrace* trace_;
  std::vector<ActorGroup> groups_;
  std::vector<int> group_at_;
  std::vector<bool> in_time_;       // token is part of a time expression
  std::vector<bool> in_quantity_;   // token is part of an amount ("as much as 300 mln dlrs")
  std::vector<bool> clause_break_;  // IsClauseBreak, once per token
  std::vector<bool> list_comma_;    // ListComma, once per token
  std::vector<ActorMention> last_participants_;
  std::vector<ActorMention> last_sources_;  // the sources alone of the last coded act
  bool last_act_joint_ = false;             // that act was done together (05/06, mutual)
  uint32_t covered_until_ = 0;
  int last_subject_ = kNone;  // the group last found as a verb's subject
  int last_requested_ = kNone;  // anchor of the last infinitive asked of another actor
  bool subject_remembered_ = false;  // StoryMemory::last_subject set by this sentence
  uint32_t asked_until_ = 0;          // a demanded clause reaches about this far
  std::vector<ActorMention> first_act_sources_;  // sources of the sentence's first coded act
  std::string last_event_root_;      // root of the last event coded in this sentence
  size_t last_act_begin_ = 0;        // index in out_ of that act's first event
  std::vector<uint32_t> intent_verbs_used_;  // "agreed" in "agreed to meet", once the complement coded
};

}  // namespace

void EventCoder::Code(const StoryInfo& story, int sentence_idx, const Sentence& sentence,
                      const SentenceMentions& mentions, StoryMemory* memory, std::vector<Event>* out,
                      CodeTrace* trace) const {
  SentenceCoder coder(dict_, index_, options_, story, sentence_idx, sentence, mentions, memory, out, trace);
  coder.Run();
}

bool EventCoder::HasAnchor(const Sentence& sentence) const {
  for (const Token& t : sentence.tokens) {
    if (index_.Has(t.lemma) || index_.Has(t.lower)) return true;
  }
  return false;
}

}  // namespace statecraft
