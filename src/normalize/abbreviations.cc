#include "normalize/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace statecraft {

namespace {

// All lists are lowercase and sorted (checked at compile time) for binary search.

// Titles and name prefixes: always followed by a name.
constexpr auto kTitles = std::to_array<std::string_view>(
    {"adm",  "amb", "brig", "capt", "cdr", "cmdr", "col",  "comdr", "cpl",  "det",  "dr",
     "fr",   "ft",  "gen",  "gens", "gov", "hon",  "insp", "lieut", "lt",   "maj",  "messrs",
     "mlle", "mme", "mmes", "mr",   "mrs", "ms",   "msgr", "mt",    "pfc",  "pres", "prof",
     "pvt",  "rep", "reps", "rev",  "sen", "sens", "sgt",  "st",    "supt", "vs"});

// Prefixes of numbers: abbreviations only when a number follows.
constexpr auto kNumberPrefixes =
    std::to_array<std::string_view>({"art", "fig", "no", "nos", "nr", "pp", "vol"});

// Month abbreviations ("May" is a word, so it is not one).
constexpr auto kMonths = std::to_array<std::string_view>(
    {"apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept"});

// Other abbreviations that may end a sentence.
constexpr auto kOthers = std::to_array<std::string_view>(
    {"ala",  "approx", "ariz", "ark",  "assn", "ave",  "blvd", "bros", "calif", "cf",
     "co",   "colo",   "conn", "corp", "dept", "esp",  "est",  "etc",  "fla",   "ga",
     "govt", "inc",    "intl", "jr",   "kan",  "ky",   "la",   "ltd",  "md",    "mich",
     "minn", "mo",     "mont", "neb",  "nev",  "okla", "pa",   "plc",  "pty",   "rd",
     "sr",   "tenn",   "tex",  "univ", "va",   "vt",   "wis",  "wyo",  "sq",    "yr"});

// Of kOthers, those that never end a sentence.
constexpr auto kOthersNeverEnd = std::to_array<std::string_view>({"approx", "cf", "esp"});

// Dotted forms that never end a sentence.
constexpr auto kDottedNeverEnd = std::to_array<std::string_view>({"e.g", "eg", "i.e", "ie"});

// Closed-class words that commonly start a sentence.
constexpr auto kStarters = std::to_array<std::string_view>(
    {"a",       "after",   "also",      "although", "among",   "an",         "and",     "as",
     "at",      "because", "before",    "both",     "but",     "by",         "despite", "during",
     "each",    "earlier", "for",       "from",     "he",      "her",        "his",     "how",
     "however", "i",       "if",        "in",       "instead", "it",         "its",     "last",
     "later",   "many",    "meanwhile", "more",     "most",    "my",         "no",      "now",
     "on",      "one",     "or",        "other",    "our",     "separately", "she",     "since",
     "so",      "some",    "still",     "such",     "that",    "the",        "their",   "then",
     "there",   "these",   "they",      "this",     "those",   "though",     "thus",    "to",
     "under",   "we",      "what",      "when",     "where",   "while",      "who",     "with",
     "yet",     "you"});

template <size_t N>
constexpr bool IsSortedUnique(const std::array<std::string_view, N>& list) {
  for (size_t i = 1; i < N; ++i) {
    if (!(list[i - 1] < list[i])) return false;
  }
  return true;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

// Lowercases ASCII `word` into `buf`; false when it is too long or not ASCII.
template <size_t N>
bool LowerAscii(std::string_view word, std::array<char, N>* buf, std::string_view* out) {
  if (word.empty() || word.size() > N) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    (*buf)[i] = c;
  }
  *out = std::string_view(buf->data(), word.size());
  return true;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word, bool next_is_digit) {
  static_assert(IsSortedUnique(kNumberPrefixes) && IsSortedUnique(kMonths) &&
                IsSortedUnique(kOthersNeverEnd) && IsSortedUnique(kDottedNeverEnd) &&
                IsSortedUnique(kStarters));
  if (word.empty()) return AbbreviationKind::kNone;
  std::array<char, 12> buf;
  std::string_view lower;
  if (!LowerAscii(word, &buf, &lower)) return AbbreviationKind::kNone;

  if (lower.find('.') != std::string_view::npos) {
    // Dotted groups: every segment one to three letters.
    size_t segment = 0;
    for (char c : lower) {
      if (c == '.') {
        if (segment == 0) return AbbreviationKind::kNone;
        segment = 0;
      } else if (IsAsciiLetter(c) && segment < 3) {
        ++segment;
      } else {
        return AbbreviationKind::kNone;
      }
    }
    if (segment == 0) return AbbreviationKind::kNone;
    return Contains(kDottedNeverEnd, lower) ? AbbreviationKind::kNeverEnds
                                            : AbbreviationKind::kMayEnd;
  }
  for (char c : lower) {
    if (!IsAsciiLetter(c)) return AbbreviationKind::kNone;
  }
  if (word.size() == 1) {
    return (word[0] >= 'A' && word[0] <= 'Z') ? AbbreviationKind::kMayEnd : AbbreviationKind::kNone;
  }
  // kTitles and kOthers are small; a linear scan avoids a second sort order.
  if (std::find(kTitles.begin(), kTitles.end(), lower) != kTitles.end())
    return AbbreviationKind::kNeverEnds;
  if (Contains(kNumberPrefixes, lower)) {
    return next_is_digit ? AbbreviationKind::kNeverEnds : AbbreviationKind::kNone;
  }
  if (Contains(kMonths, lower))
    return next_is_digit ? AbbreviationKind::kNeverEnds : AbbreviationKind::kMayEnd;
  if (std::find(kOthers.begin(), kOthers.end(), lower) != kOthers.end()) {
    return Contains(kOthersNeverEnd, lower) ? AbbreviationKind::kNeverEnds
                                            : AbbreviationKind::kMayEnd;
  }
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  std::array<char, 12> buf;
  std::string_view lower;
  if (!LowerAscii(word, &buf, &lower)) return false;
  return Contains(kStarters, lower);
}

}  // namespace statecraft
