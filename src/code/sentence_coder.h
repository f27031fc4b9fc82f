// The clause coder behind EventCoder (private to src/code): one SentenceCoder
// per sentence reads its actor groups, tries every verb and noun as the anchor
// of a verb pattern and emits the events found. The class is declared here and
// defined by concern, one file each: sentence_coder.cc (the sentence pass and
// the post-passes over its events), anchor.cc (coding one anchor, phase by
// phase), pattern_match.cc (matching a pattern's elements and the gaps between
// them), verb_chain.cc (the verbs around an anchor: voice, negation, modality,
// background, time), subject_finder.cc (a clause's subject), source_finder.cc
// (who does an act otherwise), target_finder.cc (whom it is aimed at) and
// emit.cc (from a decided act to an Event).
#ifndef STATECRAFT_CODE_SENTENCE_CODER_H_
#define STATECRAFT_CODE_SENTENCE_CODER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/actor_groups.h"
#include "code/event_coder.h"
#include "code/verb_index.h"
#include "dict/dictionary.h"
#include "model/date.h"
#include "model/token.h"
#include "recognize/mention.h"
#include "statecraft/event.h"

namespace statecraft {
namespace coder_internal {

constexpr int kNone = -1;
// How FindSubject explains a subject shared with the verb before "and":
// FindTargets reads it to let such a verb share that verb's target too.
constexpr std::string_view kSharedSubjectWhy = "subject shared with the verb before";
// An act dated this many days or more before its story is background.
constexpr int kBackgroundDays = 180;
// List commas and "and" that a pattern gap may pass besides its own words
// ("flew rescue teams, medical staff and relief supplies to …").
constexpr int kListGap = 4;
// Words of an amount beyond its first that a pattern gap may pass besides.
constexpr int kQuantityGap = 6;
// Words of an unknown name beyond its first that a pattern gap may pass besides.
constexpr int kNameGap = 5;
// Words of "for the first time (in seven years)" a pattern gap may pass besides.
constexpr int kTimeGap = 8;

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
  int control_verb = kNone;      // "ordered" in "ordered its forces to go on alert", "prompted"
  int control_object = kNone;    // the group between ("its forces")
  bool conditional_order = false;  // "ordered its forces to shoot down X if …": readied, not done
  // A clause that anchors the story in the past ("five years after crowds
  // trashed its embassy", "since Russia invaded Ukraine"): coded, marked.
  bool background = false;
  std::optional<Date> background_date;  // "five years after": the story date less five years
  std::string background_precision;
  bool own_year = false;  // background_date is the year the act's own noun names ("the 2008 war")
};

// Codes one sentence: Run() appends its events to *out. Built and run once
// per sentence by EventCoder::Code; not shared between threads.
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

  void Run();

 private:
  void MarkOrdinalTimes();
  // A pattern matched around an anchor: its extent, the groups in its
  // slots and how well it fits.
  struct Match {
    uint32_t pattern = 0;
    uint32_t begin = 0, end = 0;
    int target = kNone, source = kNone;
    bool target_unfilled = false;
    bool target_possessive = false;  // '+' filled by "his"/"its"/"their" and nothing else
    int word_group = kNone;  // an actor a pattern word fell in ("open fire on protesters")
    int fronted_word = kNone;  // a pattern word found before a passive ("sanctions … were lifted")
    int site_owner = kNone;  // an actor before the pattern's site word ("raided Hezbollah positions in …")
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

  // What TryAnchor's phases hand on to each other about one anchor, each
  // field set by the phase named.
  struct AnchorState {
    uint32_t a = 0;     // the anchor token
    bool noun = false;  // a noun anchor ("Russia's invasion"), not a verb
    // ScreenAnchor: the patterns indexed under the anchor.
    std::vector<uint32_t> candidates;
    // ReadChain: the anchor's verb chain (begin = a for a noun) and where a
    // fronted object may stand.
    Chain chain;
    uint32_t fronted_begin = 0, fronted_end = 0;
    // ChoosePattern: the match that won, its pattern, and whether the
    // pattern writes a negation of its own.
    Match best;
    const VerbPattern* pattern = nullptr;
    bool pattern_negation = false;
    // FindSources: who does the act and why (for the trace); how far a
    // passive verb enacting a noun, or the attack a passive happened in,
    // reaches; whether a noun is the purpose of a trip still ahead.
    std::vector<ActorMention> sources;
    std::string source_why;
    uint32_t enacted_until = 0;
    bool purpose_ahead = false;
    bool forces_moved = false;  // "forces had been moved to …": the passive's subject is its source
    int envoy_host = kNone;     // "the Valdorian ambassador to Karsovia was recalled": the state he leaves
    int adjunct_verb = kNone;    // the verb of the clause an "at|during …" phrase belongs to
    bool adjunct_partner = false;  // that verb's object is the other side ("In a meeting, X told Y")
    // FindTargets: whom the act is aimed at; whether it rejects the charge
    // the main clause made (", a charge Israel rejected": a denial, 016).
    std::vector<ActorMention> targets;
    bool denies_charge = false;
    // DecideCode, then ReadThreatsAndDemands: the CAMEO code and modality.
    std::string code;
    std::string modality;
    bool scheduled = false;  // the intent is a plan fixed ahead ("will", "tomorrow"), not a wish
    // ReadThreatsAndDemands: past the purpose a threat of force names.
    uint32_t purpose_end = 0;
    // ReadThreatsAndDemands: the charge denied was coded in a sentence before
    // (no paired accusation again).
    bool earlier_charge = false;
    // ReadChain: the act is asked of another actor ("urged Israel to
    // stop …"): no event; SpecifyAppeal makes the appeal specific.
    bool requested = false;
  };

  void Trace(std::string line) {
    if (trace_) trace_->lines.push_back(std::move(line));
  }

  // sentence_coder.cc: post-passes over the sentence's events, tracing.
  void TargetFromAdmittedAct(size_t first_event);
  void TargetFromCondemnedAct(size_t first_event);
  void TargetOfUnaimedConflict(size_t first_event);
  static std::string EventId(const Event& e);
  void SetCode(Event* e, const std::string& code) const;
  void DropIntentVerbEvents(size_t first_event);
  void DropRegionTargetsCovered(size_t first_event);
  void DropStatementsOfActs(size_t first_event);
  void DropEchoes(size_t first_event);
  // A journey to the state that grants the traveller asylum in the same
  // sentence is a flight into exile, not a visit.
  void DropRefugeJourneys(size_t first_event);
  // A hunger strike with no target is against the state whose prisons the
  // sentence names ("prisoners in Israeli jails began a hunger strike").
  void TargetJailerOfHungerStrike(size_t first_event);
  bool OwnedMeetingNoun(uint32_t a) const;
  bool RepelledAttack(uint32_t a) const;
  void MarkScareQuotes();
  void SameActByOthers(size_t first_event);
  std::string Describe(const ActorGroup& g) const;

  // anchor.cc: coding one anchor, phase by phase.
  void TryAnchor(uint32_t a, bool noun);
  bool ScreenAnchor(AnchorState* st);
  bool ReadChain(AnchorState* st);
  bool ChoosePattern(AnchorState* st);
  void SpecifyAppeal(const AnchorState& st);
  // VerbIndex::SentenceWords of this sentence, computed on first use.
  const std::vector<uint64_t>& PatternWords();
  bool FindSources(AnchorState* st);
  bool FindTargets(AnchorState* st);
  bool DecideCode(AnchorState* st);
  int AgreedThatBefore(uint32_t b) const;
  int WarnerOfClause(uint32_t b) const;
  const Event* EarlierChargeAgainst(const std::string& country, uint32_t a, uint32_t end) const;
  const Event* ActNamedFromSentenceBefore(uint32_t a, const std::string& code, const std::string& own_country) const;
  const Event* LatestEarlierEvent(int back, const std::function<bool(const Event&)>& wanted) const;
  bool ReadThreatsAndDemands(AnchorState* st);
  void EmitAct(AnchorState* st);
  void RememberPair(const std::vector<ActorMention>& sources, const std::vector<ActorMention>& targets);
  void Continuation(uint32_t a, const Match& first, const VerbPattern& pattern,
                    const std::vector<ActorMention>& sources, const Chain& chain,
                    const std::string& code, const std::string& modality);
  std::string OrFaceThreat(uint32_t t) const;
  bool RetaliationOverTrade() const;
  bool ForceForeseenAfter(uint32_t t) const;
  std::string SaidOfAnotherState(int g, const std::string& speaker_country) const;
  int NamedActOfEarlierEvent(uint32_t a, const std::string& own_country) const;
  int ReactionTarget(uint32_t begin, uint32_t end) const;

  // pattern_match.cc: a pattern's elements around the anchor, the gaps
  // between them and what a gap may pass.
  bool WordMatches(uint32_t t, const PatternElement& el) const;
  bool NumberAtLeast(uint32_t t, std::string_view bound) const;
  uint32_t SkipAdjunctsForward(uint32_t pos) const;
  int RecentSpanBegin(int k) const;
  int SkipAdjunctsBack(int k) const;
  bool ListComma(uint32_t t) const;
  bool PossessiveCoreference(uint32_t t) const;
  int MembersBodyAt(uint32_t t) const;
  bool Skippable(uint32_t t) const;
  static bool IsPlace(const ActorGroup& g);
  static bool IsForum(const ActorGroup& g);
  bool HeadNamesPeople(int g) const;
  bool NicknameQuote(uint32_t t) const;
  bool AsMuchAs(uint32_t t) const;
  uint32_t ClaimedAsEnd(uint32_t t) const;
  int PassiveSubject(const Chain& chain, uint32_t a) const;
  int EnvoyHost(int g, uint32_t verb) const;
  int DescribedByCommaParticiple(uint32_t a) const;
  uint32_t RelativeAuxiliariesEnd(uint32_t t, const PatternElement& el) const;
  uint32_t ObjectAsideEnd(uint32_t t, uint32_t pos) const;
  uint32_t TimeAsideEnd(uint32_t t) const;
  int AdmittingVerbBefore(uint32_t begin) const;
  int GroupOfActorBefore(const std::string& code, uint32_t before) const;
  int OwnedActorAfter(int g) const;
  bool ProtestNounBefore(uint32_t to) const;
  bool ObjectParticiple(uint32_t t) const;
  bool ParticipleAdjectiveOfActor(uint32_t t) const;
  bool ParticipleAfterOwnVerb(uint32_t t) const;
  int WeaponBeforeLauncher(int t) const;
  bool PrenominalParticiple(uint32_t t) const;
  bool MatchForward(const std::vector<PatternElement>& elements, uint32_t start, const Voice& voice,
                    Match* m, std::string* why) const;
  static bool LedByAdjective(const std::string& lower);
  bool NewClauseAfter(uint32_t t) const;
  bool BetweenBefore(uint32_t t) const;
  bool ChainWordBefore(int pos, uint32_t anchor) const;
  bool MatchBackward(const std::vector<PatternElement>& elements, uint32_t anchor, Match* m,
                     std::string* why) const;
  bool NamesOrganization(int g) const;
  bool ClauseEndsAt(uint32_t t) const;
  int TimeAsideOpening(uint32_t t) const;
  bool ActDoneBefore(uint32_t begin) const;
  int OrganizationInApposition(int g) const;
  uint32_t ObjectStartPastJoinedVerb(uint32_t a) const;

  // verb_chain.cc: the verbs around an anchor and what they say of the
  // act (voice, negation, modality, background), and its time.
  bool ObligedChain(uint32_t begin, uint32_t a) const;
  Chain AnalyzeChain(uint32_t a) const;
  int BeforeNounModifiers(uint32_t noun, int max_steps) const;
  void MarkBackground(uint32_t begin, bool noun, Chain* c) const;
  bool AfterVerbOfSaying(uint32_t begin) const;
  static bool PastMonthWithoutYear(const TimeRef& time);
  bool NounDatedAhead(uint32_t end, uint32_t noun) const;
  bool CalledOffAfter(uint32_t end, bool lifted = false) const;
  bool TimeAhead(uint32_t a, uint32_t end, bool strictly = false) const;
  bool MeansOfTheAct(uint32_t to) const;
  bool ArmedArrivalBeforeInfinitive(uint32_t to, const std::vector<ActorMention>& sources) const;
  bool ProtectsAnActor(const Match& m) const;
  int VerbBeforeInfinitive(uint32_t to) const;
  int AuthorizingVerbBefore(uint32_t to) const;
  bool OnlyTimesAndAdverbs(uint32_t begin, uint32_t end) const;
  int PastVerbBeforeInfinitive(uint32_t to) const;
  bool FutureActBeforeInfinitive(uint32_t to) const;

  // subject_finder.cc: a clause's subject, and who reports a clause.
  int SpeakerOfClause(uint32_t begin, uint32_t end) const;
  bool ObjectOfVerbOrPreposition(int g) const;
  int SubjectBeforeAdjunct(int g) const;
  bool TitleOfApposition(int begin, int end) const;
  int FindSubject(uint32_t begin, std::string* why) const;
  int OwnerOfNoun(uint32_t noun) const;
  bool NamedAsCause(uint32_t b) const;
  int SubjectOfClauseBefore(int comma, int* verb) const;
  bool InPrepositionalPhrase(int g) const;
  bool PlaceAfterSubjectNoun(int g) const;
  bool PartnerOfSubjectNoun(int g) const;
  int SpeakerBefore(uint32_t p) const;
  int HeadOfNounPhrase(int g) const;
  bool InsideCommonNounSubject(int g) const;
  int ReporterOf(uint32_t p) const;
  int ToldBefore(int k) const;
  int SubjectOfVerbBefore(int p) const;

  // source_finder.cc: who does an act when it is not simply its clause's
  // subject (a noun's possessor, a passive's agent, an inherited subject),
  // and whether the clause only alleges or asks for it.
  int AttackAdjunct(uint32_t from, uint32_t* noun_end) const;
  int AttackersOfTimeClause(uint32_t from, uint32_t* verb) const;
  int FirstOfItsKind(uint32_t to) const;
  int DocumentIssuer(uint32_t participle) const;
  bool AskedInThatClause(int g, const Chain& c) const;
  int AllegationVerbBefore(int g) const;
  bool AllegedInThatClause(int g) const { return AllegationVerbBefore(g) != kNone; }
  bool DeniedByVerbBefore(int g) const;
  int NominalSource(uint32_t a, uint32_t match_end, std::string* why) const;
  int AdjunctSource(uint32_t a, std::string* why, int* object, bool* ahead, int* verb, bool* addressed) const;
  int PassiveEnactor(uint32_t a, uint32_t end, std::string* why, uint32_t* verb_end) const;
  bool AgreementBefore(uint32_t to) const;
  int ResponsibleForSource(uint32_t noun, std::string* why) const;
  int JoinedInAct(uint32_t a, int* partner) const;
  int PassiveBetweenSides(uint32_t from, int* other) const;
  bool InFrameAdjunct(uint32_t a) const;
  bool InAccusationContent(uint32_t a) const;
  int FrontedObjectOwner(const Match& m, uint32_t chain_begin) const;
  bool RumoredInThatClause(int g) const;
  int ByAgent(uint32_t from) const;
  int ByAgentPastApposition(uint32_t from) const;
  bool InfinitiveOfOpposedProposal(uint32_t to, std::string* why) const;
  std::vector<ActorMention> InheritedSubject(const Chain& c, std::string* why) const;
  std::vector<ActorMention> InheritedSubjectOrNone(const Chain& c, std::string* why) const;

  // target_finder.cc: whom an act is aimed at when the pattern's '+'
  // names no one.
  std::optional<ActorMention> VictimsByPlace(uint32_t a, uint32_t end, bool seizure,
                                            const std::vector<ActorMention>& sources) const;
  int ObjectRelativeAntecedent(uint32_t begin) const;
  int ApposedActorAfterName(uint32_t pos) const;
  int AccusedInThatClause(uint32_t from) const;
  bool ReactsToMainAct(uint32_t begin, int* noun) const;
  int ModifierBeforeParticiple(uint32_t begin) const;
  int OtherSideBeforeTheir(uint32_t a, int g) const;
  int AuthorOfObject(uint32_t t) const;
  int OtherStateBeforePossessive(uint32_t a, uint32_t end, const std::vector<ActorMention>& sources,
                                 bool accused = false) const;
  int ThingCodedBefore(uint32_t a, const ActorMention& source, uint32_t* noun) const;
  // "at the start of a two-day visit": the group of the place its clause
  // happens in, a state other than the visitors', or kNone.
  int HostOfVisit(uint32_t a, const std::vector<ActorMention>& sources) const;
  bool StateBuildingAt(uint32_t t) const;
  int AnsweredActor(uint32_t begin, uint32_t end, const std::string& own_country) const;
  int PreparedOffensiveTarget(uint32_t end, const std::string& own_country) const;
  int SeizedShipOwner(uint32_t end, const std::string& own_country) const;
  int DeterredActor(uint32_t end, const std::string& own_country) const;
  int BorderedState(uint32_t end, const std::string& own_country) const;
  int LinkedState(uint32_t end, const std::string& own_country) const;
  int OtherCountryGroupAt(uint32_t k, const std::string& own_country, bool states_only) const;

  // emit.cc: from a decided act to an Event.
  static bool SameActor(const ActorMention& s, const ActorMention& t);
  static bool StateOrGovernment(const std::string& code, const std::string& country);
  EventActor ToEventActor(const ActorMention& m) const;
  bool ByTelephone(uint32_t anchor) const;
  bool AttackOnThing(uint32_t anchor) const;
  const ActorMention* PlaceOfAttack(uint32_t anchor, const ActorMention& source, bool abduction) const;
  bool MetInThirdCountry(const ActorMention& s, const ActorMention& t) const;
  const ActorMention* HostOfTalks(uint32_t anchor, const ActorMention& s) const;
  void Emit(const ActorMention& s, const ActorMention* t, const std::string& code_in,
            const VerbPattern& pattern, uint32_t anchor, const Match& match, const Chain& chain,
            const std::string& modality);

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
  std::vector<bool> in_time_;
  std::vector<bool> ordinal_time_;  // "for the first time (in seven years)"       // token is part of a time expression
  std::vector<bool> in_quantity_;   // token is part of an amount ("as much as 300 mln dlrs")
  std::vector<bool> clause_break_;  // IsClauseBreak, once per token
  std::vector<bool> scare_quote_;   // a quotation mark around a few words inside a clause (MarkScareQuotes)
  std::vector<bool> list_comma_;    // ListComma, once per token
  std::vector<uint64_t> pattern_words_;  // see PatternWords()
  bool pattern_words_ready_ = false;
  std::vector<ActorMention> last_participants_;
  uint32_t last_participants_anchor_ = 0;   // the anchor of the act they took part in
  std::vector<ActorMention> last_sources_;  // the sources alone of the last coded act
  std::vector<ActorMention> last_targets_;  // and its targets
  bool last_act_joint_ = false;             // that act was done together (05/06, mutual)
  uint32_t covered_until_ = 0;
  bool covered_by_meeting_ = false;  // the pattern covering up to covered_until_ coded a meeting (04)
  int joined_verb_ = kNone;  // "rejected" in "condemned and rejected X": not covered by the first verb's match
  int joined_until_ = kNone;  // … up to the shared object ("attacked, seized, and sank X")
  int infinitive_in_match_ = kNone;  // "warn" in "called Miyazawa to warn him": not covered either
  int last_subject_ = kNone;  // the group last found as a verb's subject
  uint32_t last_subject_verb_ = 0;  // that verb
  int last_requested_ = kNone;  // anchor of the last infinitive asked of another actor
  int last_request_verb_ = kNone;  // the verb that asked it ("urged")
  bool subject_remembered_ = false;  // StoryMemory::last_subject set by this sentence
  uint32_t asked_until_ = 0;          // a demanded clause reaches about this far
  uint32_t alleged_until_ = 0;        // an accusation's alleged clause reaches about this far
  std::vector<ActorMention> first_act_sources_;  // sources of the sentence's first coded act
  std::string last_event_root_;      // root of the last event coded in this sentence
  size_t last_act_begin_ = 0;        // index in out_ of that act's first event
  std::vector<uint32_t> intent_verbs_used_;  // "agreed" in "agreed to meet", once the complement coded
};

}  // namespace coder_internal
}  // namespace statecraft

#endif  // STATECRAFT_CODE_SENTENCE_CODER_H_
