// Verb patterns indexed by their anchor word, for the coder's lookups.
#ifndef STATECRAFT_CODE_VERB_INDEX_H_
#define STATECRAFT_CODE_VERB_INDEX_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/dictionary.h"

namespace statecraft {

// Immutable; thread-safe. REQUIRES: dict outlives it.
class VerbIndex {
 public:
  explicit VerbIndex(const Dictionary& dict);
  // Patterns whose anchor is `word` (a lemma or lowercase form); empty if none.
  const std::vector<uint32_t>& Find(std::string_view word) const;
  bool Has(std::string_view word) const { return !Find(word).empty(); }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> by_anchor_;
  std::vector<uint32_t> empty_;
};

}  // namespace statecraft

#endif  // STATECRAFT_CODE_VERB_INDEX_H_
