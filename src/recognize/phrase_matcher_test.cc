#include "recognize/phrase_matcher.h"

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace statecraft {
namespace {

Token Word(const std::string& text) {
  Token t;
  t.text = text;
  t.lower = text;
  for (char& c : t.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

std::vector<Token> Words(const std::string& sentence) {
  std::vector<Token> tokens;
  std::istringstream in(sentence);
  for (std::string w; in >> w;) tokens.push_back(Word(w));
  return tokens;
}

// Each match as "begin-end:first phrase's key".
std::vector<std::string> Spans(const Dictionary& dict, const std::vector<PhraseMatch>& matches) {
  std::vector<std::string> out;
  for (const PhraseMatch& m : matches) {
    out.push_back(std::to_string(m.token_begin) + "-" + std::to_string(m.token_end) + ":" +
                  (m.phrases.empty() ? std::string("?") : dict.phrases[m.phrases[0]].key));
  }
  return out;
}

// Each match as "begin-end:" and the keys of all its phrases, joined by '+'.
std::vector<std::string> AllKeys(const Dictionary& dict, const std::vector<PhraseMatch>& matches) {
  std::vector<std::string> out;
  for (const PhraseMatch& m : matches) {
    std::string keys;
    for (uint32_t p : m.phrases) keys += (keys.empty() ? "" : "+") + dict.phrases[p].key;
    out.push_back(std::to_string(m.token_begin) + "-" + std::to_string(m.token_end) + ":" + keys);
  }
  return out;
}

class PhraseMatcherTest : public ::testing::Test {
 protected:
  void Add(const std::string& key, PhraseKind kind = PhraseKind::kName) {
    Phrase p;
    p.key = key;
    p.kind = kind;
    dict_.phrases.push_back(p);
  }
  // Two countries, each by its name and its demonym (actors 0 and 1).
  void AddTwoCountries(const std::string& first, const std::string& second) {
    dict_.actors.resize(2);
    Add(first);
    Add(first + "n", PhraseKind::kDemonym);
    Add(second);
    Add(second + "n", PhraseKind::kDemonym);
    dict_.phrases[2].target = dict_.phrases[3].target = 1;
  }
  Dictionary dict_;
};

TEST_F(PhraseMatcherTest, LongestKeyAtEachPositionLeftToRight) {
  Add("korea");
  Add("south korea");
  Add("south korean army");
  Add("seoul");
  PhraseMatcher matcher(dict_);
  EXPECT_EQ(matcher.size(), 4u);
  // "south korean" is only the beginning of a key: the walk goes on past it
  // and takes the longest whole key.
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("the south korean army left seoul"))),
            (std::vector<std::string>{"1-4:south korean army", "5-6:seoul"}));
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("south korea and north korea"))),
            (std::vector<std::string>{"0-2:south korea", "4-5:korea"}));
  // A beginning that is no key matches nothing by itself.
  EXPECT_TRUE(matcher.Match(Words("the south korean navy")).empty());
}

TEST_F(PhraseMatcherTest, AKeyListsEveryPhraseWithIt) {
  Add("kim");
  Add("kim", PhraseKind::kTitle);
  PhraseMatcher matcher(dict_);
  const std::vector<PhraseMatch> matches = matcher.Match(Words("Kim spoke"));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].phrases, (std::vector<uint32_t>{0, 1}));
}

TEST_F(PhraseMatcherTest, CapitalsOnlyAndLedCompounds) {
  Add("us");
  dict_.phrases.back().exact_case = true;
  Add("saudi arabia");
  Add("saudi");
  PhraseMatcher matcher(dict_);
  EXPECT_TRUE(matcher.Match(Words("let us go")).empty());
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("the US said"))), (std::vector<std::string>{"1-2:us"}));
  // "Saudi-led": the first part of a hyphenated compound, looked up alone.
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("the Saudi-led coalition"))), (std::vector<std::string>{"1-2:saudi"}));
  // "-based": the home of a group of people, not of a bank or of rumours.
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("a Saudi-based charity group"))), (std::vector<std::string>{"1-2:saudi"}));
  EXPECT_TRUE(matcher.Match(Words("the Saudi-based bank refused")).empty());
}

TEST_F(PhraseMatcherTest, StatePairsBeforeANounOfTheirDealings) {
  dict_.actors.resize(2);  // two countries
  Add("valdoria");
  Add("valdorian", PhraseKind::kDemonym);
  Add("karsovia");
  dict_.phrases[2].target = 1;
  PhraseMatcher matcher(dict_);
  // Both states, by their names, over the one word.
  EXPECT_EQ(AllKeys(dict_, matcher.Match(Words("Valdorian-Karsovia border talks resumed"))),
            std::vector<std::string>({"0-1:valdoria+karsovia"}));
  // Not in a name, not before a war, not one state twice.
  EXPECT_TRUE(matcher.Match(Words("the Valdoria-Karsovia Railway Authority")).empty());
  EXPECT_TRUE(matcher.Match(Words("the Valdoria-Karsovia war")).empty());
  EXPECT_TRUE(matcher.Match(Words("the Valdoria-Valdorian talks")).empty());
}

TEST_F(PhraseMatcherTest, StatePairBeforeDrillsReachesACompassName) {
  AddTwoCountries("valdoria", "south karsovia");
  PhraseMatcher matcher(dict_);
  // "Valdorian-South" and "Karsovian": both states over two words.
  EXPECT_EQ(AllKeys(dict_, matcher.Match(Words("joint Valdorian-South Karsovian air drills began"))),
            std::vector<std::string>({"1-3:valdoria+south karsovia"}));
  // Not before a thing that is no dealing of theirs.
  EXPECT_TRUE(matcher.Match(Words("the Valdorian-South Karsovian trade grew")).empty());
}

TEST_F(PhraseMatcherTest, DualNationalityBeforeAPersonIsOneState) {
  AddTwoCountries("valdoria", "karsovia");
  PhraseMatcher matcher(dict_);
  // The first nationality, by its name; the second where the sentence names it too.
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("a Valdorian-Karsovian activist was freed"))),
            std::vector<std::string>({"1-2:valdoria"}));
  EXPECT_EQ(Spans(dict_, matcher.Match(Words("a Valdorian-Karsovian novelist left Karsovia"))),
            std::vector<std::string>({"1-2:karsovia", "4-5:karsovia"}));
  // Not before a thing: "Valdorian-Karsovian trade".
  EXPECT_TRUE(matcher.Match(Words("the Valdorian-Karsovian trade grew")).empty());
}

}  // namespace
}  // namespace statecraft
