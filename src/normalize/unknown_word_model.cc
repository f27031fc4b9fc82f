#include "normalize/unknown_word_model.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace statecraft {

namespace {

constexpr double kRareCount = 10;

char ClassOf(std::string_view lower) {
  return lower.find('-') != std::string_view::npos ? 'h' : 'w';
}

}  // namespace

UnknownWordModel UnknownWordModel::Build(const TagLexicon& lexicon,
                                         const std::array<double, kLexTagCount>& tag_counts) {
  UnknownWordModel model;
  std::vector<double> counts;
  std::string key;
  model.suffixes_.Reserve(lexicon.size() * 2, lexicon.size() * 8);
  std::array<double, kLexTagCount> rare_tag_counts{};
  for (uint32_t id = 0; id < lexicon.size(); ++id) {
    const auto entries = lexicon.Entries(id);
    const double total = WordCount(entries, tag_counts);
    if (total > kRareCount) continue;
    const std::string_view word = lexicon.Word(id);
    const char cls = ClassOf(word);
    for (size_t len = 0; len <= kMaxSuffix && len <= word.size(); ++len) {
      key.assign(1, cls);
      key.append(word.substr(word.size() - len));
      const uint32_t sid = model.suffixes_.Insert(key);
      if (counts.size() < (sid + 1) * kLexTagCount) counts.resize((sid + 1) * kLexTagCount, 0);
      for (const TagLexicon::Entry& e : entries) {
        const double c = std::exp(e.log_prob) * tag_counts[static_cast<size_t>(e.tag)];
        counts[sid * kLexTagCount + static_cast<size_t>(e.tag)] += c;
        if (len == 0 && cls == 'w') rare_tag_counts[static_cast<size_t>(e.tag)] += c;
      }
    }
  }
  // theta: the standard deviation of the unconditioned tag distribution of
  // rare words (TnT).
  double n = 0;
  for (double c : rare_tag_counts) n += c;
  double mean = 1.0 / kLexTagCount, var = 0;
  for (double c : rare_tag_counts) {
    const double p = n > 0 ? c / n : 0;
    var += (p - mean) * (p - mean);
  }
  model.theta_ = static_cast<float>(std::sqrt(var / (kLexTagCount - 1)));

  model.probs_.assign(model.suffixes_.size() * kLexTagCount, 0);
  model.totals_.assign(model.suffixes_.size(), 0);
  for (uint32_t sid = 0; sid < model.suffixes_.size(); ++sid) {
    double total = 0;
    for (size_t t = 0; t < kLexTagCount; ++t) total += counts[sid * kLexTagCount + t];
    model.totals_[sid] = static_cast<float>(total);
    if (total <= 0) continue;
    for (size_t t = 0; t < kLexTagCount; ++t) {
      model.probs_[sid * kLexTagCount + t] =
          static_cast<float>(counts[sid * kLexTagCount + t] / total);
    }
  }
  return model;
}

std::array<float, kLexTagCount> UnknownWordModel::Probabilities(std::string_view lower,
                                                                bool whole_word) const {
  std::array<float, kLexTagCount> p{};
  char key_buf[kMaxSuffix + 1];
  const char cls = ClassOf(lower);
  key_buf[0] = cls;
  uint32_t sid = suffixes_.Find(std::string_view(key_buf, 1));
  if (sid == StringTable::kNotFound) {  // no hyphenated rare words: fall back to plain ones
    key_buf[0] = 'w';
    sid = suffixes_.Find(std::string_view(key_buf, 1));
  }
  if (sid == StringTable::kNotFound) {
    p.fill(1.0f / kLexTagCount);
    return p;
  }
  for (size_t t = 0; t < kLexTagCount; ++t) p[t] = probs_[sid * kLexTagCount + t];
  const size_t max_len = std::min(kMaxSuffix, whole_word ? lower.size() : lower.size() - 1);
  for (size_t len = 1; len <= max_len; ++len) {
    const std::string_view suffix = lower.substr(lower.size() - len);
    for (size_t i = 0; i < len; ++i) key_buf[1 + i] = suffix[i];
    const uint32_t id = suffixes_.Find(std::string_view(key_buf, len + 1));
    if (id == StringTable::kNotFound || totals_[id] < kMinSuffixCount) break;
    for (size_t t = 0; t < kLexTagCount; ++t) {
      p[t] = (probs_[id * kLexTagCount + t] + theta_ * p[t]) / (1 + theta_);
    }
  }
  return p;
}

}  // namespace statecraft
