// WordNet's word lists from Debian's wordnet-base (/usr/share/wordnet):
// which strings are lemmas of each part of speech (first column of
// index.noun/verb/adj/adv) and the irregular forms (noun/verb/adj/adv.exc:
// "met meet", "was be", "retaken retake"), with WordNet's morphy on top.
// Only these columns are loaded (about 0.1 s); glosses and relations are not.
#ifndef STATECRAFT_NORMALIZE_WORDNET_H_
#define STATECRAFT_NORMALIZE_WORDNET_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/string_table.h"
#include "statecraft/status.h"

namespace statecraft {

// Immutable after Load; thread-safe.
class WordNet {
 public:
  enum Class { kNoun = 0, kVerb, kAdj, kAdv, kClassCount };

  // Loads the eight files from `dir`. Errors name the missing or empty file
  // and the Debian package wordnet-base.
  static Result<std::shared_ptr<const WordNet>> Load(const std::string& dir);

  // Whether `word` (lowercase; collocations use '_') is a lemma of `cls`.
  bool IsLemma(Class cls, std::string_view word) const { return data_[cls].lemmas.Contains(word); }

  // morphy: the base form of `word` in `cls`, or empty when WordNet does not
  // know it. Order: the word itself when it is a lemma and not `inflected`;
  // the exception list; the detachment rules (nouns: -s -ses -xes -zes
  // -ches -shes -men -ies; verbs: -s -ies -es -ed -ing; adjectives: -er
  // -est), first candidate that is a lemma; the word itself when a lemma;
  // finally (an addition to morphy) a doubled final consonant undone
  // ("planning" → "plann" → "plan"). `inflected` is set for tags that mark
  // inflection (NNS, VBD, JJR...), so that "talks" becomes "talk" although
  // "talks" is itself a noun lemma. The result may point into `scratch`.
  std::string_view Morphy(std::string_view word, Class cls, bool inflected,
                          std::string* scratch) const;

 private:
  struct ClassData {
    StringTable lemmas;             // first column of index.<class>
    StringTable exception_forms;    // first column of <class>.exc
    StringTable base_forms;         // base forms named by the exceptions
    std::vector<uint32_t> base_of;  // exception form id → its first base form's id
  };

  WordNet() = default;

  std::array<ClassData, kClassCount> data_;
};

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_WORDNET_H_
