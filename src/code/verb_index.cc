#include "code/verb_index.h"

#include <algorithm>

namespace statecraft {

namespace {

// Whether a pattern cannot match without finding one of `el`'s words.
bool Required(const PatternElement& el) {
  if (el.type != PatternElement::Type::kWord || el.optional || el.words.empty()) return false;
  for (const std::string& w : el.words) {
    // ">=N" matches a number, and "and" may be matched by a coordinated
    // group ("talks between $ and +" over "A and B").
    if (w.empty() || w[0] == '>' || w == "and") return false;
  }
  return true;
}

}  // namespace

VerbIndex::VerbIndex(const Dictionary& dict) {
  first_requirement_.reserve(dict.patterns.size() + 1);
  for (uint32_t idx = 0; idx < dict.patterns.size(); ++idx) {
    const VerbPattern& pattern = dict.patterns[idx];
    for (const std::string& anchor : pattern.anchor) {
      const uint32_t id = anchors_.Insert(anchor);
      if (id == by_anchor_.size()) by_anchor_.emplace_back();
      by_anchor_[id].push_back(idx);
    }
    first_requirement_.push_back(static_cast<uint32_t>(first_alternative_.size()));
    for (const std::vector<PatternElement>* side : {&pattern.before, &pattern.after}) {
      for (const PatternElement& el : *side) {
        if (!Required(el)) continue;
        first_alternative_.push_back(static_cast<uint32_t>(alternatives_.size()));
        for (const std::string& w : el.words) alternatives_.push_back(words_.Insert(w));
      }
    }
  }
  first_requirement_.push_back(static_cast<uint32_t>(first_alternative_.size()));
  first_alternative_.push_back(static_cast<uint32_t>(alternatives_.size()));
}

const std::vector<uint32_t>& VerbIndex::Find(std::string_view word) const {
  const uint32_t id = anchors_.Find(word);
  return id == StringTable::kNotFound ? empty_ : by_anchor_[id];
}

std::vector<uint64_t> VerbIndex::SentenceWords(const std::vector<Token>& tokens) const {
  std::vector<uint64_t> bits(words_.size() / 64 + 1, 0);
  auto add = [&](std::string_view word) {
    const uint32_t id = words_.Find(word);
    if (id != StringTable::kNotFound) bits[id / 64] |= uint64_t{1} << (id % 64);
  };
  for (const Token& t : tokens) {
    add(t.lower);
    if (t.lemma != t.lower) add(t.lemma);
  }
  return bits;
}

bool VerbIndex::MayMatch(uint32_t p, const std::vector<uint64_t>& sentence_words) const {
  for (uint32_t r = first_requirement_[p]; r < first_requirement_[p + 1]; ++r) {
    const auto begin = alternatives_.begin() + first_alternative_[r];
    const auto end = alternatives_.begin() + first_alternative_[r + 1];
    const bool present = std::any_of(begin, end, [&](uint32_t id) {
      return (sentence_words[id / 64] >> (id % 64)) & 1;
    });
    if (!present) return false;
  }
  return true;
}

}  // namespace statecraft
