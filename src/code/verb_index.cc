#include "code/verb_index.h"

namespace statecraft {

VerbIndex::VerbIndex(const Dictionary& dict) {
  for (uint32_t idx = 0; idx < dict.patterns.size(); ++idx) {
    for (const std::string& anchor : dict.patterns[idx].anchor) by_anchor_[anchor].push_back(idx);
  }
}

const std::vector<uint32_t>& VerbIndex::Find(std::string_view word) const {
  auto it = by_anchor_.find(std::string(word));
  return it == by_anchor_.end() ? empty_ : it->second;
}

}  // namespace statecraft
