#include "normalize/pos_tagger.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "normalize/tag_lexicon.h"
#include "normalize/tag_transitions.h"
#include "normalize/wordnet.h"

namespace statecraft {
namespace {

constexpr char kDicts[] = "/usr/share/festival/dicts";

std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < sentence.size()) {
    size_t end = sentence.find(' ', pos);
    if (end == std::string::npos) end = sentence.size();
    if (end > pos) words.push_back(sentence.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

class PosTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(std::string(kDicts) + "/wsj.wp39.poslexR")) return;
    auto wordnet = WordNet::Load("/usr/share/wordnet");
    auto tagger = PosTagger::Load(kDicts, wordnet.ok() ? *wordnet : nullptr);
    if (tagger.ok()) tagger_ = std::move(tagger).value().release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }
  void SetUp() override {
    if (tagger_ == nullptr) GTEST_SKIP() << "festlex-poslex is not installed";
  }

  // "word/TAG word/TAG ..." for a space-separated sentence.
  static std::string Tag(const std::string& sentence) {
    const std::vector<std::string> words = Words(sentence);
    const std::vector<Pos> tags = tagger_->TagWords(words);
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out += ' ';
      out += words[i] + "/" + PosName(tags[i]);
    }
    return out;
  }

  // The tag of the first occurrence of `word` in `sentence`.
  static std::string TagOf(const std::string& sentence, const std::string& word) {
    const std::vector<std::string> words = Words(sentence);
    const std::vector<Pos> tags = tagger_->TagWords(words);
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == word) return PosName(tags[i]);
    }
    return "(missing)";
  }

  static PosTagger* tagger_;
};

PosTagger* PosTaggerTest::tagger_ = nullptr;

TEST_F(PosTaggerTest, NewsSentences) {
  EXPECT_EQ(Tag("The US imposed a 50 % tariff on Indian goods ."),
            "The/DT US/NNP imposed/VBD a/DT 50/CD %/NN tariff/NN on/IN Indian/JJ goods/NNS ./.");
  EXPECT_EQ(Tag("Lee met Ishiba in Tokyo on Friday ."),
            "Lee/NNP met/VBD Ishiba/NNP in/IN Tokyo/NNP on/IN Friday/NNP ./.");
  EXPECT_EQ(Tag("She did n't accept the offer ."),
            "She/PRP did/VBD n't/RB accept/VB the/DT offer/NN ./.");
  EXPECT_EQ(
      Tag("Lt. Gen. Kyrylo Budanov has stated that North Korea gained experience ."),
      "Lt./NNP Gen./NNP Kyrylo/NNP Budanov/NNP has/VBZ stated/VBN that/IN North/NNP Korea/NNP "
      "gained/VBD experience/NN ./.");
  EXPECT_EQ(Tag("They pledged $ 150 billion by 2030 ."),
            "They/PRP pledged/VBD $/SYM 150/CD billion/CD by/IN 2030/CD ./.");
}

TEST_F(PosTaggerTest, PossessivesAndClitics) {
  EXPECT_EQ(Tag("Trump 's administration"), "Trump/NNP 's/POS administration/NN");
  EXPECT_EQ(Tag("It 's a deal ."), "It/PRP 's/VBZ a/DT deal/NN ./.");
  EXPECT_EQ(Tag("her country"), "her/PRP$ country/NN");
  EXPECT_EQ(Tag("They met her ."), "They/PRP met/VBD her/PRP ./.");
  EXPECT_EQ(Tag("the state whose leader resigned"),
            "the/DT state/NN whose/WP$ leader/NN resigned/VBD");
}

TEST_F(PosTaggerTest, Capitalization) {
  // Unknown capitalized words are names; unknown lowercase ones are not.
  EXPECT_EQ(Tag("with Zelenskiyy and recalcitrance"),
            "with/IN Zelenskiyy/NNP and/CC recalcitrance/NN");
  // Titles before names, nationality adjectives before titles.
  EXPECT_EQ(Tag("German Chancellor Friedrich Merz spoke"),
            "German/JJ Chancellor/NNP Friedrich/NNP Merz/NNP spoke/VBD");
  EXPECT_EQ(Tag("the Japanese foreign minister"), "the/DT Japanese/JJ foreign/JJ minister/NN");
  // All-caps "US" is the country, not the pronoun.
  EXPECT_EQ(Tag("tariffs on US goods"), "tariffs/NNS on/IN US/NNP goods/NNS");
  EXPECT_EQ(Tag("they told us ."), "they/PRP told/VBD us/PRP ./.");
}

TEST_F(PosTaggerTest, ParticiplesAndPastTense) {
  EXPECT_EQ(Tag("a tariff imposed by the US"), "a/DT tariff/NN imposed/VBN by/IN the/DT US/NNP");
  EXPECT_EQ(Tag("Officials met in Doha and agreed on a truce ."),
            "Officials/NNS met/VBD in/IN Doha/NNP and/CC agreed/VBD on/IN a/DT truce/NN ./.");
  EXPECT_EQ(Tag("They have met and agreed on a truce ."),
            "They/PRP have/VBP met/VBN and/CC agreed/VBN on/IN a/DT truce/NN ./.");
  EXPECT_EQ(Tag("Residents complained that shelters were locked ."),
            "Residents/NNS complained/VBD that/IN shelters/NNS were/VBD locked/VBN ./.");
  // No finite verb right after a preposition.
  EXPECT_EQ(TagOf("a judge dismissed a lawsuit by fired White House aide Oliver North .", "fired"), "VBN");
  // A verb whose object comes before its preposition, with the
  // preposition right after it, is passive.
  EXPECT_EQ(TagOf("Trump became the first former president convicted of a crime .", "convicted"), "VBN");
  EXPECT_EQ(TagOf("The court convicted him of fraud .", "convicted"), "VBD");
  EXPECT_EQ(TagOf("a cleric whom he accused of masterminding the coup .", "accused"), "VBD");
  // A gerund opening the sentence or after an adjective, before the
  // finite verb, is its subject noun.
  EXPECT_EQ(TagOf("Heavy fighting broke out between the two armies .", "fighting"), "NN");
  EXPECT_EQ(TagOf("Fighting erupted in the capital .", "erupted"), "VBD");
}

TEST_F(PosTaggerTest, PastTenseAfterSubjectAndDay) {
  EXPECT_EQ(Tag("Britain today called on Japan to increase imports or risk the harm it would bring ."),
            "Britain/NNP today/NN called/VBD on/IN Japan/NNP to/TO increase/VB imports/NNS or/CC risk/VB "
            "the/DT harm/NN it/PRP would/MD bring/VB ./.");
}

TEST_F(PosTaggerTest, PastTenseAfterParticipialApposition) {
  EXPECT_EQ(Tag("Shultz , accompanied by advisers , arrived from Helsinki ."),
            "Shultz/NNP ,/, accompanied/VBN by/IN advisers/NNS ,/, arrived/VBD from/IN Helsinki/NNP ./.");
}

TEST_F(PosTaggerTest, CompoundNamingParticipleIsNoFiniteVerb) {
  EXPECT_EQ(Tag("The military launched large-scale live-fire drills on Monday , code-named Justice Mission ."),
            "The/DT military/NN launched/VBD large-scale/JJ live-fire/JJ drills/NNS on/IN Monday/NNP ,/, "
            "code-named/VBN Justice/NNP Mission/NNP ./.");
}

TEST_F(PosTaggerTest, UnhyphenatedCompoundParticipleIsNoFiniteVerb) {
  EXPECT_EQ(Tag("Reagan urged the Democratic controlled Congress to act ."),
            "Reagan/NNP urged/VBD the/DT Democratic/NNP controlled/VBN Congress/NNP to/TO act/VB ./.");
}

TEST_F(PosTaggerTest, BaseVerbAfterModalAndTime) {
  EXPECT_EQ(Tag("They will this week visit Britain ."),
            "They/PRP will/MD this/DT week/NN visit/VB Britain/NNP ./.");
  EXPECT_EQ(Tag("He will also visit Britain ."), "He/PRP will/MD also/RB visit/VB Britain/NNP ./.");
}

TEST_F(PosTaggerTest, PastTenseMistakenForNounOrAdjective) {
  // A regular past form right after its subject, with no other verb in
  // its clause, is the finite verb even where the lexicon or the suffix
  // model says noun or adjective.
  EXPECT_EQ(Tag("Russian soldiers abducted Ivan Fedorov , the mayor ."),
            "Russian/JJ soldiers/NNS abducted/VBD Ivan/NNP Fedorov/NNP ,/, the/DT mayor/NN ./.");
  EXPECT_EQ(TagOf("Islamic State fighters massacred thousands of men , officials said .",
                  "massacred"),
            "VBD");
  // A word seen more often as a past tense, and the adjective-looking past
  // form coordinated with it before an object.
  EXPECT_EQ(Tag("A gunman shot and wounded the prime minister ."),
            "A/DT gunman/NN shot/VBD and/CC wounded/VBD the/DT prime/JJ minister/NN ./.");
  // An adverb between subject and verb.
  EXPECT_EQ(TagOf("Wholesale turnover provisionally totalled 58 billion marks in February .",
                  "totalled"),
            "VBD");
  // The lexicon's rare participle-only entry is a past tense too.
  EXPECT_EQ(TagOf("North Korea test-fired a new missile on Thursday .", "test-fired"), "VBD");
  // A subject that opens with an approximate number.
  EXPECT_EQ(TagOf("About 1,000 Saudi troops crossed into Bahrain on Monday .", "crossed"), "VBD");
  // A sentence with no finite verb: its participle after an appositive.
  EXPECT_EQ(TagOf("The Arab League , meeting in Cairo , called on Assad to resign .", "called"),
            "VBD");
  // Near misses: a reduced relative before the real verb stays a participle,
  // also when a reporting clause or a list comes between.
  EXPECT_EQ(TagOf("An agreement reached in May , the minister said , will stand .", "reached"),
            "VBN");
  EXPECT_EQ(TagOf("Rebels armed with rifles , grenades and mortars attacked the town .", "armed"),
            "VBN");
  EXPECT_EQ(TagOf("Fishermen caught in the area , off the coast , would be arrested .", "caught"),
            "VBN");
  EXPECT_EQ(TagOf("The soldiers wounded in the attack were flown to Kyiv .", "wounded"), "VBN");
}

TEST_F(PosTaggerTest, PresentFormAfterANameAndDegreeAdverbs) {
  // A plural-looking present form right after a name, no other verb in the clause.
  EXPECT_EQ(TagOf("Ethiopia departs from Libya .", "departs"), "VBZ");
  EXPECT_EQ(TagOf("Karsovia visits Valdoria amid new tension .", "visits"), "VBZ");
  // Near misses: another finite verb follows; headline capitals.
  EXPECT_EQ(TagOf("U.S. exports to Japan rose 5 pct .", "exports"), "NNS");
  EXPECT_EQ(TagOf("U.S. Attacks on two Iranian oil platforms caused damage .", "Attacks"), "NNS");
  // A degree adverb grades an adjective, never a verb.
  EXPECT_EQ(TagOf("The troops marched very close to the border .", "close"), "JJ");
  EXPECT_EQ(TagOf("They will close the border .", "close"), "VB");
}

TEST_F(PosTaggerTest, PluralAfterPossessivePronoun) {
  // A possessive pronoun is followed by a noun, never by a present form.
  EXPECT_EQ(TagOf("Rafsanjani called the attacks on its platforms an escalation .", "platforms"), "NNS");
  // Near miss: a present form after a subject pronoun stays a verb.
  EXPECT_EQ(TagOf("It attacks shipping in the Gulf .", "attacks"), "VBZ");
}

TEST_F(PosTaggerTest, PluralVerbAfterTwoJoinedNames) {
  // Two names joined by "and", then a word that can be a plural verb and an
  // infinitive: the verb.
  EXPECT_EQ(TagOf("Foreign Secretary Geoffrey Howe and Secretary of State George Shultz plan to discuss trade .",
                  "plan"),
            "VBP");
  // Near miss: after a determiner the names modify a noun.
  EXPECT_EQ(TagOf("The Howe and Shultz plan to discuss trade failed .", "plan"), "NN");
}

TEST_F(PosTaggerTest, WireCapitalAfterUS) {
  // Wire copy capitalizes the word after "U.S.": a British past form there
  // is still a verb, and a plural there a common noun.
  EXPECT_EQ(Tag("the U.S. Criticised Japan 's fiscal policy ."),
            "the/DT U.S./NNP Criticised/VBD Japan/NNP 's/POS fiscal/JJ policy/NN ./.");
  EXPECT_EQ(TagOf("to open its markets to U.S. Chipmakers .", "Chipmakers"), "NNS");
  EXPECT_EQ(TagOf("the U.S. Officials said .", "Officials"), "NNS");
}

TEST_F(PosTaggerTest, NumbersAndShapes) {
  EXPECT_EQ(Tag("in the 1980s"), "in/IN the/DT 1980s/NNS");
  EXPECT_EQ(Tag("the 21st century"), "the/DT 21st/JJ century/NN");
  EXPECT_EQ(Tag("from September 23-29"), "from/IN September/NNP 23-29/CD");
  EXPECT_EQ(Tag("long-range missiles"), "long-range/JJ missiles/NNS");
}

TEST_F(PosTaggerTest, MostFrequentTagBaseline) {
  EXPECT_EQ(tagger_->MostFrequentTag("the"), Pos::DT);
  EXPECT_EQ(tagger_->MostFrequentTag("Zelenskiyy"), Pos::NNP);
  EXPECT_EQ(tagger_->MostFrequentTag("recalcitrancy"), Pos::NN);
  EXPECT_EQ(tagger_->MostFrequentTag("2030"), Pos::CD);
  EXPECT_EQ(tagger_->MostFrequentTag("."), Pos::kPeriod);
  EXPECT_EQ(tagger_->MostFrequentTag(","), Pos::kPunct);
}

TEST_F(PosTaggerTest, VerbAfterModalAndAttackNouns) {
  // A word that can be a bare verb, after a modal and before an object.
  EXPECT_NE(Tag("Venezuela will back Ecuador 's bid .").find("back/VB "), std::string::npos);
  // A plural attack noun after a nationality that follows a conjunction.
  EXPECT_NE(Tag("It acted after Israeli and U.S. strikes on the sites .").find("strikes/NNS"), std::string::npos);
  // An -ing word after "with" and a name, before an object: an absolute phrase.
  EXPECT_NE(Tag("They met , with Xi warning Washington not to act .").find("warning/VBG"), std::string::npos);
  // An -ing word after a preposition of time, before its object: a gerund; before "the" meeting, a noun.
  EXPECT_EQ(TagOf("After meeting Velkor , Dostan announced sanctions .", "meeting"), "VBG");
  EXPECT_EQ(TagOf("After the meeting , Dostan announced sanctions .", "meeting"), "NN");
  // A plural attack noun after a weapon's noun and an adjective; a present form after an article.
  EXPECT_EQ(TagOf("It was hit by a wave of Karsovian drone strikes overnight .", "strikes"), "NNS");
  EXPECT_EQ(TagOf("Valdoria handed the remains of the soldiers to Karsovia .", "remains"), "NNS");
  EXPECT_EQ(TagOf("The question remains open .", "remains"), "VBZ");
  // "call" after "phone": the noun, even before a participle.
  EXPECT_EQ(TagOf("He apologised in a phone call made from the White House .", "call"), "NN");
  // "given" after a noun, before a determiner: the preposition; after an auxiliary: the participle.
  EXPECT_EQ(TagOf("He was worried about exports given the dollar 's decline .", "given"), "IN");
  EXPECT_EQ(TagOf("The junta was given the job .", "given"), "VBN");
  EXPECT_EQ(TagOf("Israel has given Hamas three days .", "given"), "VBN");
  // An -ing word of going away after a verb, before a noun: the noun's adjective.
  EXPECT_EQ(TagOf("Iraqi forces were pursuing retreating Iranian troops .", "retreating"), "JJ");
  EXPECT_EQ(TagOf("Iranian troops were retreating from Basra .", "retreating"), "VBG");
  // "the" + a name + an attack word after the clause's verb: the object noun; opening the clause: the verb.
  EXPECT_EQ(TagOf("Iran called the U.S. attacks an escalation and promised retaliation .", "attacks"), "NNS");
  EXPECT_EQ(TagOf("The U.S. attacks Iran .", "attacks"), "VBZ");
  // An -ing word of office before a noun: its adjective.
  EXPECT_EQ(TagOf("IMF managing director Michel Camdessus left .", "managing"), "JJ");
  EXPECT_EQ(TagOf("He is managing the economy .", "managing"), "VBG");
  // After a verb of demanding, "that" and a name, a word that can be a verb, before its object: the subjunctive.
  EXPECT_EQ(TagOf("Leaders demanded on Monday that Belarus free dissident journalist Roman Protasevich .", "free"),
            "VB");
  EXPECT_EQ(TagOf("Russia demanded that Azerbaijan release two executives .", "release"), "VB");
  EXPECT_NE(TagOf("He said that Japan release figures were wrong .", "release"), "VB");
  // After the "to" of an infinitive (a verb that takes one or an adjective of readiness before it),
  // a word WordNet knows as a verb, before its object: the bare verb, though the lexicon knows it only
  // as a name ("escort").
  EXPECT_EQ(TagOf("Its warships were available to escort Kuwaiti tankers .", "escort"), "VB");
  EXPECT_EQ(TagOf("The Senate voted to sanction Japan .", "sanction"), "VB");
  EXPECT_EQ(TagOf("The Navy was told about an escort .", "escort"), "NN");
  // So after a modal: "will boycott the meeting".
  EXPECT_EQ(TagOf("Taiwan will boycott the meeting .", "boycott"), "VB");
  EXPECT_EQ(TagOf("The boycott will hurt the meeting .", "boycott"), "NN");
}

TEST_F(PosTaggerTest, EmptySentence) {
  Sentence sentence;
  tagger_->Tag(&sentence);
  EXPECT_TRUE(sentence.tokens.empty());
}

TEST(PosTaggerLoadTest, MissingDataNamesFileAndPackage) {
  auto tagger = PosTagger::Load("/nonexistent/dicts");
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kNotFound);
  EXPECT_NE(tagger.status().message().find("/nonexistent/dicts/wsj.wp39.poslexR"),
            std::string::npos);
  EXPECT_NE(tagger.status().message().find("festlex-poslex"), std::string::npos);
}

TEST(TagLexiconTest, ParsesEntriesAndSkipsPlaceholderTags) {
  auto lexicon = TagLexicon::Parse(
      "MNCL\n(\"run\" ((nn -8.5) (vb -6.25) ) () )\n(\"odd\" ((1 -3.0) ) () )\n(\"u.s.\" ((nnp "
      "-4.0) ) () )\n",
      "test");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  EXPECT_EQ(lexicon->size(), 2u);
  const auto run = lexicon->Find("run");
  ASSERT_EQ(run.size(), 2u);
  EXPECT_EQ(run[1].tag, LexTag::VB);
  EXPECT_FLOAT_EQ(run[1].log_prob, -6.25f);
  EXPECT_TRUE(lexicon->Find("odd").empty());
  EXPECT_EQ(lexicon->Find("u.s.").size(), 1u);
}

TEST(TagLexiconTest, ErrorsNameTheLine) {
  auto lexicon =
      TagLexicon::Parse("MNCL\n(\"run\" ((nn -8.5) ) () )\n(\"walk\" ((nn x) ) () )\n", "lex.txt");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), StatusCode::kCorruption);
  EXPECT_NE(lexicon.status().message().find("lex.txt:3:"), std::string::npos)
      << lexicon.status().message();
}

// Builds an EST binary trigram over `vocab` with the given 27 counts.
std::string BinaryNgram(const std::string& vocab, const std::vector<double>& values) {
  std::string out = "NgramBin_2 3\n" + vocab + " \n" + vocab + " \n";
  for (double v : values) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));
  }
  return out;
}

TEST(TagTransitionsTest, ParsesRunLengthCodedCounts) {
  // Vocabulary dt nn vb; contexts (a, b) in order a * 3 + b; after "dt dt",
  // nn is likely; everything else flat. "-8" repeats the previous value to
  // fill eight cells in all.
  std::vector<double> values = {1, 90, 9};  // context (dt, dt)
  values.push_back(5);
  values.push_back(-24);  // 24 cells of 5 for the other 8 contexts
  auto t = TagTransitions::Parse(BinaryNgram("dt nn vb", values), "tri");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_GT(t->LogProb(LexTag::DT, LexTag::DT, LexTag::NN),
            t->LogProb(LexTag::DT, LexTag::DT, LexTag::VB));
  EXPECT_GT(t->TagCounts()[static_cast<size_t>(LexTag::NN)], 100);
  const auto& l = t->Lambdas();
  EXPECT_NEAR(l[0] + l[1] + l[2], 1.0, 1e-9);
}

TEST(TagTransitionsTest, RejectsBadData) {
  EXPECT_FALSE(TagTransitions::Parse("NgramBin_2 2\nnn\nnn\n", "x").ok());
  EXPECT_FALSE(
      TagTransitions::Parse(BinaryNgram("dt nn vb", {1, 2, 3}), "x").ok());  // too few values
  EXPECT_FALSE(
      TagTransitions::Parse(BinaryNgram("dt nn vb", {-3}), "x").ok());  // run with nothing before
}

}  // namespace
}  // namespace statecraft
