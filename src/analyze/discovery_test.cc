#include "analyze/discovery.h"

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>

namespace statecraft {
namespace {

// Builds a sentence from "word/TAG" items; "word/TAG/lemma" sets the lemma.
// Phrase(begin, end, kind) marks tokens [begin, end) as one dictionary phrase.
struct SentenceBuilder {
  SentenceAnalysis s;
  std::string text;

  explicit SentenceBuilder(const std::string& tagged) {
    std::istringstream in(tagged);
    std::string item;
    while (in >> item) {
      size_t slash = item.find('/', 1);
      std::string word = item.substr(0, slash);
      std::string rest = slash == std::string::npos ? "NN" : item.substr(slash + 1);
      std::string pos = rest, lemma;
      if (size_t second = rest.find('/'); second != std::string::npos) {
        pos = rest.substr(0, second);
        lemma = rest.substr(second + 1);
      }
      std::string lower;
      for (char c : word) {
        if (c != '.') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
      if (lower.empty()) lower = word;
      if (lemma.empty()) lemma = lower;
      if (!text.empty()) text.push_back(' ');
      text += word;
      s.tokens.push_back({word, lower, lemma, pos, false});
    }
    s.info.end = static_cast<uint32_t>(text.size());
  }
  SentenceBuilder& Phrase(uint32_t begin, uint32_t end, const std::string& kind = "name") {
    s.phrases.push_back({begin, end, kind});
    return *this;
  }
  SentenceBuilder& Actors(int actors, int events) {
    s.actors = actors;
    s.events = events;
    return *this;
  }
  SentenceBuilder& Anchor(size_t token_idx) {
    s.tokens[token_idx].anchor = true;
    return *this;
  }
};

// A one-sentence story and its findings.
DocumentFindings FindIn(SentenceBuilder b, const std::string& doc_id = "doc-1") {
  Document doc;
  doc.id = doc_id;
  doc.text = b.text;
  StoryAnalysis a;
  a.sentences.push_back(b.s);
  return FindUnknowns(doc, a);
}

std::vector<std::string> Keys(const DocumentFindings& f) {
  std::vector<std::string> keys;
  for (const NameHit& h : f.names) keys.push_back(h.key);
  return keys;
}

using Keys_ = std::vector<std::string>;

TEST(FindUnknownsTest, TitleBlockIsCutAndMakesAPerson) {
  DocumentFindings f = FindIn(SentenceBuilder(
      "U.S./NNP Treasury/NNP Secretary/NNP James/NNP Baker/NNP met/VBD/meet Japanese/JJ officials/NNS ./.")
                                  .Phrase(0, 1)
                                  .Phrase(6, 7, "demonym")
                                  .Phrase(7, 8, "agent"));
  ASSERT_EQ(f.names.size(), 1u) << ::testing::PrintToString(Keys(f));
  EXPECT_EQ(f.names[0].key, "james baker");
  EXPECT_EQ(f.names[0].surface, "James Baker");
  EXPECT_EQ(f.names[0].hint, NameKind::kPerson);
  ASSERT_EQ(f.texts.size(), 1u);
  EXPECT_EQ(f.texts[0], "U.S. Treasury Secretary James Baker met Japanese officials .");
}

TEST(FindUnknownsTest, KnownActorsTitlesAndCommonWordsAreNoNames) {
  // "President Reagan" is covered by two phrases; "Analysts" opens the
  // sentence and is a common noun; Monday is a weekday.
  DocumentFindings f = FindIn(SentenceBuilder(
      "Analysts/NNS said/VBD/say President/NNP Reagan/NNP spoke/VBD/speak on/IN Monday/NNP in/IN March/NNP ./.")
                                  .Phrase(2, 3)
                                  .Phrase(3, 4));
  EXPECT_TRUE(f.names.empty()) << ::testing::PrintToString(Keys(f));
}

TEST(FindUnknownsTest, SentenceInitialProperNounCounts) {
  DocumentFindings f = FindIn(SentenceBuilder("Nakasone/NNP said/VBD/say the/DT talks/NNS went/VBD/go well/RB ./."));
  EXPECT_EQ(Keys(f), Keys_{"nakasone"});
}

TEST(FindUnknownsTest, KindHints) {
  DocumentFindings f = FindIn(SentenceBuilder(
      "The/DT Liberal/NNP Democratic/NNP Party/NNP met/VBD/meet in/IN Geneva/NNP with/IN Mr./NNP Takeshita/NNP "
      "and/CC spokesman/NN Larry/NNP Speakes/NNP ./."));
  ASSERT_EQ(Keys(f), (Keys_{"liberal democratic party", "geneva", "takeshita", "larry speakes"}));
  EXPECT_EQ(f.names[0].hint, NameKind::kOrganization);
  EXPECT_EQ(f.names[1].hint, NameKind::kPlace);
  EXPECT_EQ(f.names[2].hint, NameKind::kPerson);  // honorific inside the run, cut off
  EXPECT_EQ(f.names[3].hint, NameKind::kPerson);  // lowercase title before it
}

TEST(FindUnknownsTest, RunSplitsAtATitleAndKeepsConnectors) {
  // "Japan" is a dictionary name; "Bank of Japan" is not.
  DocumentFindings f = FindIn(SentenceBuilder(
      "Bank/NNP of/IN Japan/NNP Governor/NNP Satoshi/NNP Sumita/NNP warned/VBD/warn traders/NNS ./.")
                                  .Phrase(2, 3));
  ASSERT_EQ(Keys(f), (Keys_{"bank of japan", "satoshi sumita"}));
  EXPECT_EQ(f.names[0].hint, NameKind::kUnknown);
  EXPECT_EQ(f.names[1].hint, NameKind::kPerson);
}

TEST(FindUnknownsTest, TitleComplementsAndGeneral) {
  DocumentFindings f = FindIn(SentenceBuilder(
      "Secretary/NNP of/IN State/NNP George/NNP Shultz/NNP met/VBD/meet Attorney/NNP General/NNP Edwin/NNP "
      "Meese/NNP and/CC General/NNP Motors/NNPS ./."));
  ASSERT_EQ(Keys(f), (Keys_{"george shultz", "edwin meese", "general motors"}));
  EXPECT_EQ(f.names[0].hint, NameKind::kPerson);
  EXPECT_EQ(f.names[1].hint, NameKind::kPerson);
  EXPECT_EQ(f.names[2].hint, NameKind::kUnknown);
}

TEST(FindUnknownsTest, AndJoinsOnlyOrganizations) {
  DocumentFindings f = FindIn(SentenceBuilder(
      "Baker/NNP and/CC Volcker/NNP told/VBD/tell the/DT Securities/NNPS and/CC Exchange/NNP Commission/NNP "
      "that/IN the/DT Bank/NNP agreed/VBD/agree ./."));
  EXPECT_EQ(Keys(f), (Keys_{"baker", "volcker", "securities and exchange commission"}));
  EXPECT_EQ(f.names[2].hint, NameKind::kOrganization);
}

TEST(FindUnknownsTest, CountryBeforeALongerNameIsDropped) {
  DocumentFindings f = FindIn(SentenceBuilder(
      "the/DT U.S./NNP Federal/NNP Reserve/NNP Board/NNP and/CC Japan/NNP Airlines/NNPS agreed/VBD/agree with/IN "
      "General/NNP Motors/NNPS Corp/NNP ./.")
                                  .Phrase(1, 2)
                                  .Phrase(6, 7)
                                  .Phrase(10, 11, "title"));
  EXPECT_EQ(Keys(f), (Keys_{"federal reserve board", "japan airlines", "general motors corp"}));
}

TEST(FindUnknownsTest, TablesAndHeadlinesAreSkipped) {
  EXPECT_TRUE(FindIn(SentenceBuilder("Payable/JJ March/NNP 31/CD Record/NNP Smith/NNP")).names.empty());
  EXPECT_TRUE(FindIn(SentenceBuilder("SHR/NNP PROFIT/NNP ROSE/VBD/rise AT/IN ACME/NNP CORP/NNP")).names.empty());
  EXPECT_TRUE(FindIn(SentenceBuilder("Revs/NNP 291.8/CD mln/NN vs/VBZ 151.1/CD mln/NN")).names.empty());
  EXPECT_TRUE(FindIn(SentenceBuilder("Avg/NNP shrs/VBZ 51.7/CD mln/NN vs/IN 43.4/CD mln/NN")).names.empty());
}

TEST(FindUnknownsTest, QuietVerbsOnlyFromSentencesWithAnActorAndNoEvent) {
  auto sentence = [] {
    return SentenceBuilder(
        "Japan/NNP has/VBZ/have curbed/VBN/curb imports/NNS and/CC is/VBZ/be expected/VBN/expect to/TO "
        "retaliate/VB/retaliate ./.");
  };
  DocumentFindings quiet = FindIn(sentence().Phrase(0, 1).Actors(1, 0).Anchor(6));
  ASSERT_EQ(quiet.verbs.size(), 3u);
  EXPECT_EQ(quiet.verbs[0].lemma, "curb");
  EXPECT_EQ(quiet.verbs[1].lemma, "expect");
  EXPECT_TRUE(quiet.verbs[1].anchor);
  EXPECT_EQ(quiet.verbs[2].lemma, "retaliate");
  EXPECT_FALSE(quiet.verbs[2].anchor);
  EXPECT_EQ(quiet.quiet_sentences, 1u);
  EXPECT_TRUE(FindIn(sentence().Phrase(0, 1).Actors(1, 1)).verbs.empty());  // an event came of it
  EXPECT_TRUE(FindIn(sentence().Actors(0, 0)).verbs.empty());               // no actor
}

TEST(FindUnknownsTest, ExamplesCollapseWhitespaceAndAreCapped) {
  Document doc;
  doc.id = "d";
  doc.text = "Yeutter   met\n    Japan ";
  SentenceBuilder b("Yeutter/NNP met/VBD/meet Japan/NNP");
  b.s.phrases = {{2, 3, "name"}};
  b.s.info.begin = 0;
  b.s.info.end = static_cast<uint32_t>(doc.text.size());
  StoryAnalysis a;
  a.sentences.push_back(b.s);
  DocumentFindings f = FindUnknowns(doc, a);
  ASSERT_EQ(f.texts.size(), 1u);
  EXPECT_EQ(f.texts[0], "Yeutter met Japan");
  DiscoveryOptions small;
  small.example_bytes = 6;
  EXPECT_EQ(FindUnknowns(doc, a, small).texts[0], "Yeutte…");
}

// Findings with the given names (hint unknown), each in its own sentence.
DocumentFindings Names(const std::string& doc_id, const std::vector<std::string>& keys,
                       NameKind hint = NameKind::kUnknown) {
  DocumentFindings f;
  f.doc_id = doc_id;
  for (const std::string& k : keys) {
    f.texts.push_back("sentence with " + k + " in " + doc_id);
    f.names.push_back({k, k, hint, static_cast<uint32_t>(f.texts.size() - 1)});
  }
  f.sentences = keys.size();
  return f;
}

TEST(DiscoveryTallyTest, CountsOrdersAndKeepsExamplesFromDistinctDocuments) {
  DiscoveryTally tally;
  tally.Add(Names("a", {"baker", "baker", "yeutter"}));
  tally.Add(Names("b", {"baker", "nakasone", "yeutter"}));
  tally.Add(Names("c", {"baker", "nakasone"}));
  std::vector<const DiscoveryTally::Entry*> top = tally.TopNames(10);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0]->key, "baker");
  EXPECT_EQ(top[0]->count, 4u);
  EXPECT_EQ(top[1]->key, "nakasone");  // ties: key order
  EXPECT_EQ(top[2]->key, "yeutter");
  ASSERT_EQ(top[0]->examples.size(), 2u);
  EXPECT_EQ(top[0]->examples[0].doc_id, "a");
  EXPECT_EQ(top[0]->examples[1].doc_id, "b");
  EXPECT_EQ(tally.TopNames(1).size(), 1u);
  EXPECT_EQ(tally.stories(), 3u);
  EXPECT_EQ(tally.sentences(), 8u);
  EXPECT_EQ(tally.MaxNameError(), 0u);
}

TEST(DiscoveryTallyTest, GuessNeedsEnoughVotes) {
  DiscoveryTally tally;
  tally.Add(Names("a", {"geneva", "geneva"}, NameKind::kPlace));
  tally.Add(Names("b", {"geneva"}, NameKind::kPerson));
  tally.Add(Names("c", {"smith"}, NameKind::kPerson));
  for (int i = 0; i < 20; ++i) tally.Add(Names("d" + std::to_string(i), {"smith"}));
  tally.Add(Names("e", {"acme corp"}, NameKind::kOrganization));
  for (const DiscoveryTally::Entry* e : tally.TopNames(10)) {
    if (e->key == "geneva") EXPECT_EQ(DiscoveryTally::Guess(*e), NameKind::kPlace);
    if (e->key == "smith") EXPECT_EQ(DiscoveryTally::Guess(*e), NameKind::kUnknown);  // 1 vote in 21
    if (e->key == "acme corp") EXPECT_EQ(DiscoveryTally::Guess(*e), NameKind::kOrganization);
  }
}

TEST(DiscoveryTallyTest, PruningBoundsKeysAndReportsTheError) {
  DiscoveryOptions options;
  options.max_keys = 8;
  DiscoveryTally tally(options);
  DiscoveryTally again(options);
  size_t most = 0;
  for (int doc = 0; doc < 200; ++doc) {
    // "frequent" in every document, and three names never seen before.
    std::vector<std::string> keys = {"frequent"};
    for (int k = 0; k < 3; ++k) keys.push_back("rare" + std::to_string(doc * 3 + k));
    DocumentFindings f = Names("d" + std::to_string(doc), keys);
    tally.Add(f);
    again.Add(f);
    most = std::max(most, tally.DistinctNames());
  }
  EXPECT_LE(most, options.max_keys);
  EXPECT_GT(tally.MaxNameError(), 0u);
  std::vector<const DiscoveryTally::Entry*> top = tally.TopNames(1);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0]->key, "frequent");
  EXPECT_LE(top[0]->count, 200u);
  EXPECT_GE(top[0]->count + tally.MaxNameError(), 200u);
  // The same sequence gives the same tally.
  std::vector<const DiscoveryTally::Entry*> a = tally.TopNames(100), b = again.TopNames(100);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]->key, b[i]->key);
    EXPECT_EQ(a[i]->count, b[i]->count);
  }
}

TEST(DiscoveryTallyTest, VerbsKeepTheirAnchorFlag) {
  DocumentFindings f;
  f.doc_id = "a";
  f.texts = {"Japan curbed imports."};
  f.verbs = {{"curb", false, 0}, {"say", true, 0}, {"curb", false, 0}};
  f.quiet_sentences = 1;
  DiscoveryTally tally;
  tally.Add(f);
  std::vector<const DiscoveryTally::Entry*> top = tally.TopVerbs(5);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0]->key, "curb");
  EXPECT_EQ(top[0]->count, 2u);
  EXPECT_FALSE(top[0]->anchor);
  EXPECT_TRUE(top[1]->anchor);
  EXPECT_EQ(tally.quiet_sentences(), 1u);
  EXPECT_TRUE(UntargetedStatementVerb("say"));
  EXPECT_FALSE(UntargetedStatementVerb("curb"));
}

// The engine end to end, with the team's dictionaries read from data/.
class DiscoverEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EngineOptions options;
    options.dictionaries = std::string(STATECRAFT_SOURCE_DIR) + "/data";
    Result<std::unique_ptr<Engine>> engine = Engine::Create(options);
    if (engine.ok()) {
      engine_ = std::move(engine.value());
    } else {
      error_ = engine.status().message();
    }
  }
  static void TearDownTestSuite() { engine_.reset(); }
  void SetUp() override {
    if (!engine_) GTEST_SKIP() << "no engine (dictionaries or language data missing): " << error_;
  }
  static std::unique_ptr<Engine> engine_;
  static std::string error_;
};
std::unique_ptr<Engine> DiscoverEngineTest::engine_;
std::string DiscoverEngineTest::error_;

TEST_F(DiscoverEngineTest, AnalyzeTagsEverySentenceAndMarksPhrases) {
  Document doc;
  doc.id = "t";
  doc.date = Date::Parse("2024-03-01");
  doc.text = "Zorblat Vexington praised the harvest. France praised Germany.";
  StoryAnalysis a = engine_->Analyze(doc);
  ASSERT_EQ(a.sentences.size(), 2u);
  const SentenceAnalysis& first = a.sentences[0];
  EXPECT_FALSE(first.info.analyzed);  // no actor: the prefilter skips coding it
  ASSERT_FALSE(first.tokens.empty());
  EXPECT_EQ(first.tokens[0].pos, "NNP");  // but it is tagged
  EXPECT_EQ(first.tokens[2].lemma, "praise");
  EXPECT_TRUE(first.phrases.empty());
  const SentenceAnalysis& second = a.sentences[1];
  EXPECT_TRUE(second.info.analyzed);
  EXPECT_EQ(second.actors, 2);
  EXPECT_EQ(second.events, 1);
  ASSERT_EQ(second.phrases.size(), 2u);
  EXPECT_EQ(second.phrases[0].token_begin, 0u);
  EXPECT_EQ(second.phrases[0].token_end, 1u);
  EXPECT_EQ(second.phrases[0].kind, "name");
  EXPECT_TRUE(second.tokens[1].anchor);  // "praise" anchors patterns
  DocumentFindings f = FindUnknowns(doc, a);
  EXPECT_EQ(Keys(f), Keys_{"zorblat vexington"});
}

TEST_F(DiscoverEngineTest, BatchesGiveTheSameTallyOnAnyThreadCount) {
  std::vector<Document> docs;
  const char* names[] = {"Zorblat Vexington", "Quillan Marsh", "the Obsidian Party", "Tarvel Oonk"};
  for (int i = 0; i < 24; ++i) {
    Document d;
    d.id = "doc-" + std::to_string(i);
    d.date = Date::Parse("2024-03-01");
    d.text = std::string(names[i % 4]) + " visited France. " + names[(i * 7) % 4] +
             " met officials in Mordavia. Germany hailed the weather.";
    docs.push_back(d);
  }
  DiscoveryOptions options;
  options.max_keys = 4;  // prune as we go: order must still not matter
  DiscoveryTally one(options), three(options);
  DiscoverBatch(*engine_, docs, 1, &one, options);
  DiscoverBatch(*engine_, docs, 3, &three, options);
  std::vector<const DiscoveryTally::Entry*> a = one.TopNames(100), b = three.TopNames(100);
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]->key, b[i]->key);
    EXPECT_EQ(a[i]->count, b[i]->count);
    ASSERT_EQ(a[i]->examples.size(), b[i]->examples.size());
    for (size_t x = 0; x < a[i]->examples.size(); ++x) EXPECT_EQ(a[i]->examples[x].doc_id, b[i]->examples[x].doc_id);
  }
  std::vector<const DiscoveryTally::Entry*> va = one.TopVerbs(100), vb = three.TopVerbs(100);
  ASSERT_EQ(va.size(), vb.size());
  for (size_t i = 0; i < va.size(); ++i) EXPECT_EQ(va[i]->key, vb[i]->key);
  EXPECT_EQ(one.stories(), 24u);
}

}  // namespace
}  // namespace statecraft
