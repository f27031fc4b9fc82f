#include "normalize/tag_transitions.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "base/files.h"

namespace statecraft {

namespace {

constexpr size_t kT = kLexTagCount;

std::vector<std::string_view> SplitWords(std::string_view line) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    const size_t start = pos;
    while (pos < line.size() && line[pos] != ' ') ++pos;
    if (pos > start) words.push_back(line.substr(start, pos - start));
  }
  return words;
}

double BigEndianDouble(const char* p) {
  uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits = (bits << 8) | static_cast<unsigned char>(p[i]);
  return std::bit_cast<double>(bits);
}

// TnT's deleted interpolation weights for counts c3 (trigrams), c2 (bigram
// marginals), c1 (unigrams), n (total).
std::array<double, 3> DeletedInterpolation(const std::vector<double>& c3,
                                           const std::vector<double>& c2,
                                           const std::array<double, kT>& c1, double n) {
  std::vector<double> c12(kT * kT, 0);  // count of context (a, b)
  for (size_t ab = 0; ab < kT * kT; ++ab) {
    for (size_t c = 0; c < kT; ++c) c12[ab] += c3[ab * kT + c];
  }
  std::array<double, 3> lambdas{};
  auto ratio = [](double num, double den) { return den > 1 ? (num - 1) / (den - 1) : 0.0; };
  for (size_t a = 0; a < kT; ++a) {
    for (size_t b = 0; b < kT; ++b) {
      for (size_t c = 0; c < kT; ++c) {
        const double count = c3[(a * kT + b) * kT + c];
        if (count <= 0) continue;
        const double tri = ratio(count, c12[a * kT + b]);
        const double bi = ratio(c2[b * kT + c], c1[b]);
        const double uni = ratio(c1[c], n);
        if (tri >= bi && tri >= uni) {
          lambdas[2] += count;
        } else if (bi >= uni) {
          lambdas[1] += count;
        } else {
          lambdas[0] += count;
        }
      }
    }
  }
  const double total = lambdas[0] + lambdas[1] + lambdas[2];
  for (double& l : lambdas) l /= total;
  return lambdas;
}

}  // namespace

Result<TagTransitions> TagTransitions::Load(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

Result<TagTransitions> TagTransitions::Parse(std::string_view content, const std::string& name) {
  auto error = [&](const std::string& what) { return Status::Corruption(name + ": " + what); };
  const size_t l1 = content.find('\n');
  if (l1 == std::string_view::npos) return error("no header");
  const std::vector<std::string_view> magic = SplitWords(content.substr(0, l1));
  if (magic.size() != 2 || magic[0] != "NgramBin_2" || magic[1] != "3") {
    return error("not an EST binary trigram (expected \"NgramBin_2 3\")");
  }
  const size_t l2 = content.find('\n', l1 + 1);
  if (l2 == std::string_view::npos) return error("no vocabulary line");
  const size_t l3 = content.find('\n', l2 + 1);
  if (l3 == std::string_view::npos) return error("no predicted vocabulary line");
  const std::vector<std::string_view> vocab = SplitWords(content.substr(l1 + 1, l2 - l1 - 1));
  const std::vector<std::string_view> pred = SplitWords(content.substr(l2 + 1, l3 - l2 - 1));
  if (vocab.empty() || vocab != pred) return error("vocabulary and predicted vocabulary differ");
  const size_t v = vocab.size();
  std::vector<size_t> map(v);  // file index → LexTag, or kT to drop
  for (size_t i = 0; i < v; ++i) map[i] = static_cast<size_t>(LexTagFromName(vocab[i]));

  const std::string_view body = content.substr(l3 + 1);
  if (body.size() % 8 != 0) return error("data is not a whole number of doubles");
  const size_t expected = v * v * v;
  std::vector<double> c3(kT * kT * kT, 0);
  size_t cell = 0;
  double last = 0;
  bool have_last = false;
  auto put = [&](double value) {
    const size_t a = cell / (v * v), b = (cell / v) % v, c = cell % v;
    if (map[a] < kT && map[b] < kT && map[c] < kT) c3[(map[a] * kT + map[b]) * kT + map[c]] = value;
    ++cell;
  };
  for (size_t off = 0; off < body.size(); off += 8) {
    const double value = BigEndianDouble(body.data() + off);
    if (!std::isfinite(value)) return error("non-finite value");
    if (value < 0) {
      const double k = -value;
      if (!have_last || k != std::floor(k) || cell + static_cast<size_t>(k) - 1 > expected) {
        return error("bad run length");
      }
      for (size_t r = 1; r < static_cast<size_t>(k); ++r) put(last);
    } else {
      if (cell >= expected) return error("more values than contexts");
      put(value);
      last = value;
      have_last = true;
    }
  }
  if (cell != expected)
    return error("expected " + std::to_string(expected) + " values, got " + std::to_string(cell));

  TagTransitions t;
  std::vector<double> c2(kT * kT, 0);
  for (size_t a = 0; a < kT; ++a) {
    for (size_t bc = 0; bc < kT * kT; ++bc) c2[bc] += c3[a * kT * kT + bc];
  }
  double n = 0;
  for (size_t b = 0; b < kT; ++b) {
    for (size_t c = 0; c < kT; ++c) t.tag_counts_[c] += c2[b * kT + c];
  }
  for (double c : t.tag_counts_) n += c;
  if (n <= 0) return error("all counts are zero");
  t.lambdas_ = DeletedInterpolation(c3, c2, t.tag_counts_, n);

  std::array<double, kT> c1_context{};  // count of b as a context
  for (size_t b = 0; b < kT; ++b) {
    for (size_t c = 0; c < kT; ++c) c1_context[b] += c2[b * kT + c];
  }
  t.log_prob_.assign(kT * kT * kT, -std::numeric_limits<float>::infinity());
  for (size_t a = 0; a < kT; ++a) {
    for (size_t b = 0; b < kT; ++b) {
      double context = 0;
      for (size_t c = 0; c < kT; ++c) context += c3[(a * kT + b) * kT + c];
      for (size_t c = 0; c < kT; ++c) {
        const double p3 = context > 0 ? c3[(a * kT + b) * kT + c] / context : 0;
        const double p2 = c1_context[b] > 0 ? c2[b * kT + c] / c1_context[b] : 0;
        const double p1 = t.tag_counts_[c] / n;
        const double p = t.lambdas_[0] * p1 + t.lambdas_[1] * p2 + t.lambdas_[2] * p3;
        if (p > 0) t.log_prob_[(a * kT + b) * kT + c] = static_cast<float>(std::log(p));
      }
    }
  }
  return t;
}

}  // namespace statecraft
