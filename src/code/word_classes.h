// The closed word classes the clause coder reads: clause breaks, negators,
// verbs of intent, saying, asking and refusing, time nouns, counts and spans
// of time. Lowercase words and WordNet lemmas in; no state.
#ifndef STATECRAFT_CODE_WORD_CLASSES_H_
#define STATECRAFT_CODE_WORD_CLASSES_H_

#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#include "model/token.h"

namespace statecraft {

// Whether `a` and `b` are the same word. Most words differ in length or in
// their first letter, so most tests end before memcmp.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

// Whether `w` is one of `words`. Inline, and the literals' lengths known when
// compiled (this is the coder's most frequent call).
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (SameWord(w, x)) return true;
  }
  return false;
}
bool OneOf(Pos p, std::initializer_list<Pos> tags);

// Words that end the reach of a pattern gap or a subject search: sentence
// and clause punctuation, complementizers, relative pronouns, subordinators.
bool IsClauseBreak(const Token& t);

// "not", "n't", "never", "no", "neither", "nor".
bool IsNegator(const std::string& w);

// Verbs whose infinitive complement states an intention of the subject
// ("plans to visit", "vowed to deepen").
bool IsIntentVerb(const std::string& lemma);

// Verbs of saying and reporting ("said", "announced", "warned").
bool IsVerbOfSaying(const std::string& lemma);

// A verb of saying or of holding a view ("feel", "think", "believe", "fear"):
// what stands between a relative pronoun and its verb as a parenthesis
// ("which he said had forced …", "which they feel forces …").
bool IsVerbOfSayingOrThinking(const std::string& lemma);

// Verbs whose object noun is the act they perform ("launched an offensive
// against", "ordered a siege of", "resuming attacks on"): the verb's
// subject is the noun's source.
bool PerformsNominalAct(const std::string& lemma);

// Verbs whose infinitive complement did not happen ("refused to").
bool IsNegatingVerb(const std::string& lemma);

// Verbs and adjectives whose infinitive complement is merely expected ("is
// expected to", "is set to").
bool IsFutureVerb(const std::string& lemma);

// Nouns of time that stand as adverbials ("Monday", "last week", "tonight").
bool IsTimeNoun(const std::string& w);

// Verbs whose object is asked to do what the infinitive says ("urged Israel
// to stop").
bool IsObjectControlVerb(const std::string& lemma);
// "prompted Trump to threaten …": the object is moved to act, and acts.
bool IsCausativeVerb(const std::string& lemma);

// Nouns of an occasion an act happens at ("debate", "meeting", "interview"):
// "charged during the Council debate that …".
bool IsOccasionNoun(const std::string& lemma);

// Land a force seizes or holds: "seized the city", "captured two towns".
bool IsTerritoryNoun(const std::string& lemma);

// Things an armed attack is made on, that name no actor: "hit a vessel",
// "shelled oil platforms", "attacked several ships".
bool IsAttackedThing(const std::string& lemma);

// Nouns for a settled agreement: "an accord to supply …".
bool IsAgreementNoun(const std::string& lemma);

// An attack, offensive, raid, incursion or advance: what a force repels.
bool IsAttackNoun(const std::string& lemma);

// Goods and money a state's adjective may describe ("Venezuelan crude oil",
// "Japanese exports"), which never act for the state.
bool IsCommodityNoun(const std::string& lemma);

// People, or a public place people fill, as the object of violence
// ("dozens of villagers", "a shopping mall"): its victims are civilians.
bool IsPeopleOrPublicPlace(const std::string& lemma);
// A state's own installations ("sites", "bases", "facilities"): an attack on
// them in a country is an attack on that state.
bool IsStateSite(const std::string& lemma);
// States named as a class ("the major industrial nations", "creditor
// countries"): a place after them ("in Paris") is where they are, not who.
bool IsStatesClassNoun(const std::string& lemma);
// Employers named by a common noun ("West German engineering companies",
// "the state steel mills"): what workers at or of them strike against.
bool IsCompanyNoun(const std::string& lemma);

// "five", "5", "a" → 5, 5, 1; 0 when the word is no count.
int CountWord(const std::string& w);

// A span of time long enough that an act that far back is background, with
// its length in months ("years" 12, "decade" 120); 0 for shorter spans
// ("hours after", "days after" tell the sequence of the news itself).
int BackgroundSpanMonths(const std::string& w);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_WORD_CLASSES_H_
