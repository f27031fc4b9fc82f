// Reads a directory of PETRARCH2-format dictionaries (the TABARI-derived
// formats of the Open Event Data Alliance: verbs, actors, agents, discards,
// issues) into the same Dictionary the team's reader builds, so that one
// coder runs on either. Only facts of the formats are used here; nothing of
// their content is part of statecraft (the files are read at run time).
//
// Files are chosen by name, in the directory itself (not below it), in name
// order; names are compared without regard to case:
//   CAMEO*.txt, *verbs*   verb dictionaries
//   *actors*              actor dictionaries (every one)
//   *agents*              agent dictionaries
//   *discards*            discard lists
//   *issue*               issue lists (checked and counted; issue coding is
//                         not a statecraft feature, so one warning says so)
// Other files (licences, records) are ignored.
//
// How the formats map onto the Dictionary:
//  - Comments: '#' and the legacy ';' to the end of the line; "<!-- … -->"
//    (also over several lines, and the sloppy "<! --" opener).
//  - Phrases: '_' and ' ' both separate words; a trailing '_' (TABARI's
//    "whole word") is dropped: statecraft matches whole words only, as
//    PETRARCH2 does. Matching ignores case (Phrase::exact_case is false).
//  - An actor record (primary phrase, "+synonyms", "[CODE]" and indented
//    date restrictions "[CODE <D]", "[CODE >D]", "[CODE D-D]", D being
//    YYYYMMDD or YYMMDD with YY < 30 read as 20YY) becomes one Actor:
//      * without dated restrictions, a state-like Actor (Kind::kCountry) with
//        that code, so agents compose with it ("Gondor police" → GONCOP);
//      * with them, a person-like Actor (Kind::kPerson) whose Roles are the
//        restrictions in file order (the first valid on the story date wins,
//        as in PETRARCH), followed by an open-ended role for the default code
//        (the undated one, or the null code "---"). Office keys are
//        "PETR.<file>:<line>", unique per actor, so no overlap lint fires.
//    Actor::country is the first three letters of the (default) code.
//    "[A/B]" (one phrase, several actors) keeps A only, with a warning.
//  - Agents "PHRASE {PLURALS} [~ROLE]" / "[ROLE~]" become Agents (prefix for
//    ROLE~) with kAgent phrases for the phrase and its plurals (regular ones
//    unless {…} lists them; "{}" none); "!NAME! = A, B" substitution sets are
//    expanded. PETRARCH lets other words come between words separated by a
//    space in an agent phrase; statecraft matches them as consecutive words
//    (one warning per file says how many entries this concerns).
//  - Discards become PhraseKind::kDiscard phrases, "+" ones voiding the story
//    (kDiscardStory), the others the sentence. PETRARCH matches a discard as
//    the start of a word unless it ends with '_'; statecraft matches the
//    phrase and the regular plural of its last word (one warning per file).
//  - Verb blocks ("--- NAME [CODE] ---", verb lines "VERB {FORMS} [CODE]",
//    multi-word verbs "+CORDON_OFF", "WIRE_+TAP", and "- … * … [CODE]"
//    patterns) become VerbPatterns: the anchor is the verb with its forms
//    (regular ones generated unless {…} lists them); the words of a
//    multi-word verb become adjacent elements around it; each verb alone
//    codes the block's (or its own) code. In patterns, ' ' lets up to the
//    coder's gap of words come between two elements and '_' none
//    (PatternElement::adjacent, on the side facing the anchor); "+" is the
//    target and "$" the source; "%" before the verb makes the act mutual
//    (VerbPattern::recip) and after it is the target; "^" (skip a phrase) is
//    left to the coder's gap; "{ }" and "( )" (PETRARCH2's noun and
//    prepositional phrases) are read as plain words; "&SYNSET"s expand to
//    word lists (members of several words, and synsets nested in synsets,
//    expand into one pattern per member). A pattern without "+" gets one in
//    every place after the verb where PETRARCH looks for its target (the
//    first actor after the verb, also as the object of a preposition), as
//    separate patterns, each "(preposition) +": an optional element listing
//    the prepositions (not "by") before the '+'. Codes: "[A:B]" sets
//    VerbPattern::paired_code (and "[A:A]" makes the act mutual, recip),
//    "[---]" is the null code, "[:B]" codes only the paired event; codes
//    outside CAMEO ("174K") pass through.
// Every construct that is not supported (transformations "~ …", malformed
// codes and dates, undefined synsets, …) is reported as a warning with its
// file:line and the entry is left out; nothing is dropped silently.
#ifndef STATECRAFT_DICT_PETRARCH_READER_H_
#define STATECRAFT_DICT_PETRARCH_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/diagnostic.h"
#include "dict/dictionary.h"
#include "dict/team_reader.h"
#include "model/date.h"
#include "statecraft/status.h"

namespace statecraft {

struct PetrarchReaderOptions {
  std::string dir;             // the directory holding the PETRARCH2 files
  std::string display_prefix;  // prefix for locations ("" → the full path)
  PhraseKeyFn key_of;          // REQUIRED: phrase → normalized key
};

// What a read found, for reports and tests.
struct PetrarchReadStats {
  int files = 0;
  int actors = 0;         // actor records read
  int dated_actors = 0;   // of which with dated restrictions
  int agents = 0;         // agent entries (after substitution)
  int verbs = 0;          // verbs (with their forms) in verb blocks
  int verb_patterns = 0;  // "- …" pattern lines read
  int synsets = 0;
  int discards = 0;
  int issues = 0;  // issue phrases (read, not used)
};

// Appends what DIR holds to *dict. Problems go to *diagnostics (with
// file:line); the reader never stops at the first. Returns NotFound when DIR
// is not a directory or holds no verb, actor or agent file. Appends every
// file's name and bytes to *hashed for the artifact's source hash. `stats`
// may be null.
Status ReadPetrarchDictionary(const PetrarchReaderOptions& options, Dictionary* dict,
                              std::vector<Diagnostic>* diagnostics, std::string* hashed,
                              PetrarchReadStats* stats = nullptr);

// A PETRARCH date: "YYYYMMDD", or "YYMMDD" with YY < 30 meaning 20YY and
// the others 19YY. nullopt when malformed or impossible.
std::optional<Date> ParsePetrarchDate(std::string_view text);

// Regular English forms used for verbs and plurals ("ATTORNEY" →
// "ATTORNEYS", "PARTY" → "PARTIES", "BOSS" → "BOSSES"), on upper- or
// lowercase words.
std::string RegularPlural(std::string_view word);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_PETRARCH_READER_H_
