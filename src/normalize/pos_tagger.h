// Part-of-speech tagger: a second-order hidden Markov model (as TnT) over
// festival's WSJ tag set, seeded entirely from data Debian's festlex-poslex
// ships:
//  - emissions P(word | tag) from the lexicon (tag_lexicon.h);
//  - unknown words from a suffix model trained on the lexicon's rare words
//    (unknown_word_model.h), plus fixed shapes: numbers → CD, "1980s" →
//    NNS/CD, "21st" → JJ, pure punctuation → punctuation;
//  - capitalization, which the lowercase lexicon cannot know, as a separate
//    factor: a capitalized word inside a sentence is most likely a proper
//    noun (unless it looks like a nationality adjective: "Japanese",
//    "Ukrainian", "US-China"), an all-caps word ("US", "NATO") more so, and
//    a lowercase word rarely is one;
//  - tag trigrams from the binary n-gram (tag_transitions.h).
// Viterbi runs over each token's candidate tags only (at most
// kMaxCandidates). Hand-written contextual corrections (Brill-style) follow:
//  - a past form after "be"/"have" (adverbs between) is VBN;
//  - VBN/VB/VBP (or an -ed JJ before an object) right after "and"/"but"
//    whose nearest finite verb is a past-tense lexical verb is VBD
//    ("lasted six hours but ended ...", "shot and wounded the minister");
//  - VBN right after a noun or pronoun (an adverb between or not), with no
//    auxiliary or finite verb in its clause and no "by" after it, is VBD
//    ("residents complained that"); a finite verb after "and" or in a
//    reporting clause (", officials said") does not count. So is a regular
//    past form tagged NN or JJ ("soldiers abducted", "fighters
//    massacred"), a word seen more often as VBD ("a gunman shot"), and a
//    capitalized past form right after "U.S." ("the U.S. Criticised");
//  - a sentence that opens with a noun phrase, ends with a period and has
//    no finite verb takes its first VBN after a noun or comma as VBD;
//  - unknown capitalized words right after "U.S." are less likely names
//    (wire copy capitalizes any word there: "U.S. Chipmakers");
//  - a nationality adjective tagged NNP before a common noun or before a
//    title + name is JJ ("Polish Prime Minister Donald Tusk"); "North"/
//    "South"/"East"/"West" before such an adjective is JJ too;
//  - an adjective heading a noun phrase ("the military seized", "in the
//    south .") is NN when the lexicon knows it as a noun;
//  - VBZ after a number or adjective is NNS ("three summits");
//  - a capitalized adjective between proper nouns is NNP ("International
//    Atomic Energy Agency").
// Accuracy on test/pos/news_tagged.txt is printed by pos_tagger_accuracy_test.
#ifndef STATECRAFT_NORMALIZE_POS_TAGGER_H_
#define STATECRAFT_NORMALIZE_POS_TAGGER_H_

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/token.h"
#include "normalize/lex_tag.h"
#include "normalize/tag_lexicon.h"
#include "normalize/tag_transitions.h"
#include "normalize/unknown_word_model.h"
#include "normalize/wordnet.h"
#include "statecraft/status.h"

namespace statecraft {

// Immutable after Load; Tag is thread-safe.
class PosTagger {
 public:
  // File names inside festival's dictionary folder.
  static constexpr std::string_view kLexiconFile = "wsj.wp39.poslexR";
  static constexpr std::string_view kNgramFile = "wsj.wp39.tri.ngrambin";

  // Loads the lexicon and tag n-gram from `dicts_dir`
  // (normally /usr/share/festival/dicts). Errors name the missing or
  // malformed file and the Debian package that ships it. `wordnet` (may be
  // null) tells which word classes an unknown word can belong to
  // ("recalcitrance" is only a noun; "Nigerian" can be an adjective).
  static Result<std::unique_ptr<PosTagger>> Load(const std::string& dicts_dir,
                                                 std::shared_ptr<const WordNet> wordnet = nullptr);

  // Sets Token::pos of every token from Token::text (and Token::lower for
  // non-ASCII words). Tokens are expected as the tokenizer makes them.
  void Tag(Sentence* sentence) const;

  // The same on bare token texts; returns one Pos per word.
  std::vector<Pos> TagWords(const std::vector<std::string>& words) const;

  // The most-frequent-tag baseline: the word's commonest tag in the
  // lexicon; unknown words NN, or NNP when capitalized; numbers CD;
  // punctuation as punctuation.
  Pos MostFrequentTag(std::string_view text) const;

  const TagLexicon& lexicon() const { return lexicon_; }

 private:
  struct Candidate {
    LexTag tag;
    float score;  // log emission (up to a per-token constant) plus case factors
  };
  static constexpr int kMaxCandidates = 10;
  struct Column {
    int size = 0;
    Candidate items[kMaxCandidates];
    bool demonym = false;         // capitalized and may be a nationality adjective ("Polish")
    bool demonym_shape = false;   // capitalized unknown word ending like one ("Zeranian")
    bool jj_unpenalized = false;  // JJ escapes the capitalization penalty (demonyms, "US-China")
    bool wire_capital = false;    // capitalized right after "U.S.": maybe only by wire style
  };
  struct TokenContext {
    bool initial = false;   // first word of the sentence or right after a quote
    bool after_dotted = false;  // right after "U.S.": wire copy capitalizes any word there
    bool headline = false;  // the sentence is mostly in capitals: case says nothing
  };

  PosTagger(TagLexicon lexicon, TagTransitions transitions, std::shared_ptr<const WordNet> wordnet);

  void Candidates(std::string_view text, std::string_view lower, const TokenContext& context,
                  Column* column) const;
  void KnownCandidates(std::string_view key, std::span<const TagLexicon::Entry> entries,
                       Column* column) const;
  // `name_share`: the probability mass a capitalized word gives to NNP/NNPS.
  void UnknownCandidates(std::string_view key, bool capitalized, bool demonym, float name_share,
                         Column* column) const;
  // Whether WordNet lists `key` (or a form it inflects from) as an adjective.
  bool WordNetAdjective(std::string_view key) const;
  // Whether `lower` is a form of a verb an infinitive follows ("decided to").
  bool TakesInfinitive(std::string_view lower) const;
  std::vector<LexTag> Viterbi(const std::vector<Column>& columns) const;
  void Correct(const std::vector<std::string_view>& texts,
               const std::vector<std::string_view>& lowers, const std::vector<Column>& columns,
               std::vector<LexTag>* tags) const;
  // Whether the lexicon knows `lower` only as a proper noun, or not at all.
  bool IsPersonNameLike(std::string_view lower) const;
  // The lexicon's estimated count of `lower` with `tag` (0 when unknown).
  double LexiconCount(std::string_view lower, LexTag tag) const;
  std::vector<Pos> TagTexts(const std::vector<std::string_view>& texts,
                            const std::vector<std::string_view>& lowers) const;

  TagLexicon lexicon_;
  TagTransitions transitions_;
  UnknownWordModel unknown_;
  std::shared_ptr<const WordNet> wordnet_;
  std::array<float, kLexTagCount> log_prior_{};  // ln P(tag)
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_POS_TAGGER_H_
