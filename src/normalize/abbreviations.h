// Which words keep their period ("Mr.", "U.S.", "Sept.") and which
// capitalized words typically begin a sentence. Fixed English lists; no
// state.
#ifndef STATECRAFT_NORMALIZE_ABBREVIATIONS_H_
#define STATECRAFT_NORMALIZE_ABBREVIATIONS_H_

#include <string_view>

namespace statecraft {

enum class AbbreviationKind {
  kNone,       // the period is a separate token
  kMayEnd,     // keeps its period and may end a sentence ("U.S.", "Inc.", "J.", "a.m.")
  kNeverEnds,  // keeps its period and never ends a sentence ("Mr.", "Lt.", "No. 2", "Sept. 23")
};

// Classifies `word` (the text before a period, without it). `next_is_digit`:
// the next visible character after the period is a digit ("No. 2").
//  - dotted letter groups of at most three letters each ("U.S", "a.m", "Ph.D"): kMayEnd
//    ("e.g", "i.e": kNeverEnds);
//  - a single uppercase letter (an initial): kMayEnd;
//  - titles ("Mr", "Gen", "Lt", "Sen", "St"): kNeverEnds;
//  - "No", "Nos", "Art", "Vol", "Fig": kNeverEnds before a digit, else kNone;
//  - months ("Jan", "Sept"; not "May"): kNeverEnds before a digit, else kMayEnd;
//  - company and other words ("Inc", "Corp", "Co", "Ltd", "Jr", "etc", US state
//    abbreviations): kMayEnd ("vs", "approx": kNeverEnds).
// Case-insensitive.
AbbreviationKind ClassifyAbbreviation(std::string_view word, bool next_is_digit);

// Whether `word` (any case) is a closed-class word that commonly begins a
// sentence ("The", "He", "But", "In"); used after an abbreviation that may
// end a sentence.
bool IsSentenceStarter(std::string_view word);

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_ABBREVIATIONS_H_
