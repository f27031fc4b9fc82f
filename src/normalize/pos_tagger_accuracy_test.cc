// Tagging accuracy on the hand-tagged news set test/pos/news_tagged.txt
// (format in its header). Prints the tagger's accuracy, the
// most-frequent-tag baseline and the commonest confusions; fails below
// 0.93. Also checks that the set's tokens are what the tokenizer makes of
// the detokenized sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/token.h"
#include "normalize/pos_tagger.h"
#include "normalize/token_text.h"
#include "normalize/tokenizer.h"
#include "normalize/wordnet.h"

namespace statecraft {
namespace {

constexpr char kDicts[] = "/usr/share/festival/dicts";
constexpr char kWordNet[] = "/usr/share/wordnet";

struct GoldSentence {
  int line = 0;
  std::vector<std::string> words;
  std::vector<std::string> tags;  // Penn names as written
};

std::vector<GoldSentence> ReadGold(const std::string& path) {
  std::vector<GoldSentence> sentences;
  std::ifstream in(path);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    GoldSentence sentence;
    sentence.line = line_no;
    size_t pos = 0;
    while (pos < line.size()) {
      size_t end = line.find(' ', pos);
      if (end == std::string::npos) end = line.size();
      const std::string item = line.substr(pos, end - pos);
      pos = end + 1;
      if (item.empty()) continue;
      const size_t slash = item.rfind('/');
      sentence.words.push_back(slash == std::string::npos ? item : item.substr(0, slash));
      sentence.tags.push_back(slash == std::string::npos ? "" : item.substr(slash + 1));
    }
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

// Joins gold tokens back into running text with the spacing news uses.
std::string Detokenize(const GoldSentence& s) {
  std::string text;
  bool glue_next = true;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const std::string& w = s.words[i];
    const std::string& tag = s.tags[i];
    const bool glue_left = w == "," || w == "." || w == "?" || w == "!" || w == ";" || w == ":" ||
                           w == "%" || w == "'s" || w == "n't" || w == "'re" || w == "'ve" ||
                           w == "'ll" || w == "'d" || w == "'m" || w == ")" || tag == "''" ||
                           tag == "POS";
    if (!text.empty() && !glue_next && !glue_left) text += ' ';
    text += w;
    glue_next = w == "$" || w == "(" || tag == "``";
  }
  return text;
}

TEST(PosTaggerAccuracyTest, NewsTaggedSet) {
  const std::string gold_path = std::string(STATECRAFT_SOURCE_DIR) + "/test/pos/news_tagged.txt";
  ASSERT_TRUE(std::filesystem::exists(gold_path)) << gold_path;
  if (!std::filesystem::exists(std::string(kDicts) + "/wsj.wp39.poslexR")) {
    GTEST_SKIP() << "festlex-poslex is not installed";
  }
  auto wordnet = WordNet::Load(kWordNet);
  auto tagger = PosTagger::Load(kDicts, wordnet.ok() ? *wordnet : nullptr);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();

  const std::vector<GoldSentence> gold = ReadGold(gold_path);
  ASSERT_GE(gold.size(), 60u);

  size_t total = 0, correct = 0, baseline = 0, words = 0, words_correct = 0;
  std::map<std::pair<std::string, std::string>, int> confusions;
  const Tokenizer tokenizer;
  for (const GoldSentence& s : gold) {
    // The gold tokens are the tokenizer's.
    const std::string text = Detokenize(s);
    std::vector<RawToken> raw;
    tokenizer.Tokenize(text, &raw);
    std::vector<std::string> tokenized;
    for (const RawToken& r : raw) {
      std::string t, l;
      MakeTokenText(r.span.Of(text), &t, &l);
      tokenized.push_back(t);
    }
    EXPECT_EQ(tokenized, s.words) << "line " << s.line << ": " << text;

    const std::vector<Pos> predicted = (*tagger)->TagWords(s.words);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const Pos gold_pos = PosFromName(s.tags[i]);
      ASSERT_NE(gold_pos, Pos::kUnknown) << "line " << s.line << ": bad tag " << s.tags[i];
      ++total;
      const bool is_word = gold_pos != Pos::kPunct && gold_pos != Pos::kPeriod;
      if (predicted[i] == gold_pos) {
        ++correct;
        if (is_word) ++words_correct;
      } else {
        ++confusions[{PosName(gold_pos), PosName(predicted[i])}];
      }
      if (is_word) ++words;
      if ((*tagger)->MostFrequentTag(s.words[i]) == gold_pos) ++baseline;
    }
  }
  const double accuracy = static_cast<double>(correct) / static_cast<double>(total);
  std::printf("news_tagged.txt: %zu sentences, %zu tokens (%zu words)\n", gold.size(), total,
              words);
  std::printf("tagger accuracy:                 %.4f (%zu/%zu)\n", accuracy, correct, total);
  std::printf("tagger accuracy, words only:     %.4f\n",
              static_cast<double>(words_correct) / static_cast<double>(words));
  std::printf("most-frequent-tag baseline:      %.4f\n",
              static_cast<double>(baseline) / static_cast<double>(total));
  std::vector<std::pair<int, std::pair<std::string, std::string>>> sorted;
  for (const auto& [k, v] : confusions) sorted.push_back({v, k});
  std::sort(sorted.rbegin(), sorted.rend());
  std::printf("commonest confusions (gold -> tagged):\n");
  for (size_t i = 0; i < sorted.size() && i < 12; ++i) {
    std::printf("  %-5s -> %-5s %d\n", sorted[i].second.first.c_str(),
                sorted[i].second.second.c_str(), sorted[i].first);
  }
  EXPECT_GE(accuracy, 0.93);
}

}  // namespace
}  // namespace statecraft
