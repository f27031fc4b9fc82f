#include "dict/petrarch_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/strings.h"
#include "dict/artifact.h"
#include "dict/dictionary_loader.h"

namespace statecraft {
namespace {

namespace fs = std::filesystem;

// Lowercases and splits on spaces: enough tokenization for these tests.
std::string SimpleKey(std::string_view phrase) {
  std::string key;
  for (const std::string& w : SplitWhitespace(phrase))
    key += (key.empty() ? "" : " ") + AsciiLower(w);
  return key;
}

// Fixtures written for these tests: a tiny world of two river states.
constexpr char kVerbs[] = R"(<!-- test verbs
     over two lines -->
&CURRENCY
+CROWNS
+SILVER MARKS
+&METALS

&METALS_
+GOLD
+COPPER

&NEGAUX
+DID N'T

--- MEET  [031:032] ---
MEET {MET MEETING MEETS}
+SIT_DOWN {+SAT_DOWN +SITS_DOWN}
- % HOLD * [040]
- * IN_SECRET [046:046]
- $ * WITH + AGAINST ^ OVER [050:051]
- &NEGAUX * [---]
- * NOWHERE [:190]

--- GRANT  [070] ---
GRANT
WIRE_+TAP [171]
- * &CURRENCY [071]
- * NOTHING [xx?]
- * BROKEN [072
~ a (a b GRANT) SAY = a b 010
)";

constexpr char kActors[] = R"(# test actors
VELORIA_ [VLR]
+VELPORT
+VELORIAN

KARVANIA [krv]
RIVER PEOPLE [RVP/KRV]

ANA VEL  [VLR]
	[VLRGOV 20100101-20151231]  # president
	[VLRELI >160101]
	[VLRREB 2011-01-01]

BORIS KAR
	[KRVGOV <950630]
NULLAND
)";

constexpr char kAgents[] = R"(!PERSON! = MAN, WOMAN
GOVERNMENT [~GOV]
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
RELIEF_GROUP [NGO~]
ALDER!PERSON! [~LEG]
SECURITY SERVICE [~SPY]
BROKEN AGENT
)";

constexpr char kDiscards[] = R"(# discards
+TYPHOON
BASEBALL
GOLF CLUB_
)";

constexpr char kIssues[] = R"(<ISSUE CATEGORY="X">
n:river [RIVERS]
~river dance
</ISSUE>
)";

class PetrarchReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sc_petrarch_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("Test.verbs.txt", kVerbs);
    Write("Test.actors.txt", kActors);
    Write("Test.agents.txt", kAgents);
    Write("Test.discards.txt", kDiscards);
    Write("Test.IssueCoding.txt", kIssues);
    Write("LICENSE", "not a dictionary\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }

  Dictionary Read(std::vector<Diagnostic>* diagnostics, PetrarchReadStats* stats = nullptr) {
    Dictionary dict;
    std::string hashed;
    PetrarchReaderOptions options{dir_.string(), "pet", SimpleKey};
    Status st = ReadPetrarchDictionary(options, &dict, diagnostics, &hashed, stats);
    EXPECT_TRUE(st.ok()) << st.message();
    EXPECT_NE(hashed.find("Test.verbs.txt"), std::string::npos);
    EXPECT_EQ(hashed.find("not a dictionary"), std::string::npos);
    dict.BuildLookups();
    return dict;
  }

  static const Phrase* FindPhrase(const Dictionary& dict, const std::string& key, PhraseKind kind) {
    for (const Phrase& p : dict.phrases) {
      if (p.key == key && p.kind == kind) return &p;
    }
    return nullptr;
  }

  // Patterns read from the given line of the verb file.
  static std::vector<const VerbPattern*> PatternsAt(const Dictionary& dict, int line) {
    std::vector<const VerbPattern*> out;
    for (const VerbPattern& p : dict.patterns) {
      if (p.loc == "pet/Test.verbs.txt:" + std::to_string(line)) out.push_back(&p);
    }
    return out;
  }

  static bool HasWarning(const std::vector<Diagnostic>& diagnostics, const std::string& loc,
                         const std::string& fragment) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
      return d.severity == Diagnostic::Severity::kWarning && d.loc == loc &&
             d.message.find(fragment) != std::string::npos;
    });
  }

  fs::path dir_;
};

TEST(PetrarchDateTest, ReadsEightAndSixDigitDates) {
  EXPECT_EQ(ParsePetrarchDate("20121109"), Date::FromYmd(2012, 11, 9));
  EXPECT_EQ(ParsePetrarchDate("950601"), Date::FromYmd(1995, 6, 1));
  EXPECT_EQ(ParsePetrarchDate("070723"), Date::FromYmd(2007, 7, 23));
  EXPECT_EQ(ParsePetrarchDate("310101"), Date::FromYmd(1931, 1, 1));
  EXPECT_FALSE(ParsePetrarchDate("2004017"));
  EXPECT_FALSE(ParsePetrarchDate("20120230"));
  EXPECT_FALSE(ParsePetrarchDate("2012-11-09"));
}

TEST(PetrarchPluralTest, RegularForms) {
  EXPECT_EQ(RegularPlural("MINISTER"), "MINISTERS");
  EXPECT_EQ(RegularPlural("PARTY"), "PARTIES");
  EXPECT_EQ(RegularPlural("ATTORNEY"), "ATTORNEYS");
  EXPECT_EQ(RegularPlural("BOSS"), "BOSSES");
  EXPECT_EQ(RegularPlural("church"), "churches");
}

TEST(JoinAgentCodeTest, SuffixPrefixAndNoRepeats) {
  Agent gov{"GOV", "government", "", false};
  Agent ngo{"NGO", "relief group", "", true};
  Agent govmed{"GOVMED", "state press", "", false};
  EXPECT_EQ(JoinAgentCode("ARN", gov), "ARNGOV");
  EXPECT_EQ(JoinAgentCode("USAGOV", gov), "USAGOV");
  EXPECT_EQ(JoinAgentCode("HGWGOVMED", govmed), "HGWGOVMED");
  EXPECT_EQ(JoinAgentCode("ARN", govmed), "ARNGOVMED");
  EXPECT_EQ(JoinAgentCode("ARN", ngo), "NGOARN");
  EXPECT_EQ(JoinAgentCode("NGOARN", ngo), "NGOARN");
  EXPECT_EQ(JoinAgentCode(JoinAgentCode("ARN", ngo), gov), "NGOARNGOV");
  EXPECT_EQ(JoinAgentCode("---", gov), "---GOV");
  // The head (first three letters) is the actor, not a role: GOVGOV stays.
  EXPECT_EQ(JoinAgentCode("GOV", gov), "GOVGOV");
}

TEST_F(PetrarchReaderTest, ActorsWithCodesAndDatedRestrictions) {
  std::vector<Diagnostic> diagnostics;
  PetrarchReadStats stats;
  Dictionary dict = Read(&diagnostics, &stats);
  EXPECT_EQ(CountErrors(diagnostics), 0);
  EXPECT_EQ(stats.actors, 7);  // six records, one of them naming two actors
  EXPECT_EQ(stats.dated_actors, 2);
  ASSERT_NE(dict.FindCountry("VLR"), nullptr);
  EXPECT_EQ(dict.FindCountry("VLR")->name, "VELORIA");
  const Phrase* velport = FindPhrase(dict, "velport", PhraseKind::kName);
  ASSERT_NE(velport, nullptr);
  EXPECT_FALSE(velport->exact_case);
  EXPECT_EQ(dict.actors[velport->target].code, "VLR");
  EXPECT_NE(FindPhrase(dict, "veloria", PhraseKind::kName), nullptr);  // trailing '_' dropped
  EXPECT_NE(dict.FindCountry("KRV"), nullptr);                         // lower-case code raised

  // "[RVP/KRV]": one phrase, several actors: one actor each, the phrase twice.
  std::vector<std::string> river_codes;
  for (const Phrase& ph : dict.phrases) {
    if (ph.key == "river people" && ph.kind == PhraseKind::kName) river_codes.push_back(dict.actors[ph.target].code);
  }
  EXPECT_EQ(river_codes, (std::vector<std::string>{"RVP", "KRV"}));
  EXPECT_FALSE(HasWarning(diagnostics, "pet/Test.actors.txt:7", "only the first"));

  // Dated restrictions: a person-like actor, restrictions in file order, then the default.
  const Phrase* ana = FindPhrase(dict, "ana vel", PhraseKind::kName);
  ASSERT_NE(ana, nullptr);
  const Actor& a = dict.actors[ana->target];
  EXPECT_EQ(a.kind, Actor::Kind::kPerson);
  EXPECT_EQ(a.country, "VLR");
  ASSERT_EQ(a.roles.size(), 3u);  // the malformed third restriction is left out
  EXPECT_EQ(a.roles[0].code, "VLRGOV");
  EXPECT_EQ(a.roles[0].from, *Date::FromYmd(2010, 1, 1));
  EXPECT_EQ(a.roles[0].to, Date::FromYmd(2015, 12, 31));
  EXPECT_EQ(a.roles[1].code, "VLRELI");
  EXPECT_EQ(a.roles[1].from, *Date::FromYmd(2016, 1, 1));
  EXPECT_FALSE(a.roles[1].to);
  EXPECT_EQ(a.roles[2].code, "VLR");
  EXPECT_TRUE(a.roles[2].ValidOn(*Date::FromYmd(1990, 5, 5)));
  EXPECT_EQ(a.roles[0].office, a.roles[2].office);
  EXPECT_TRUE(StartsWith(a.roles[0].office, "PETR."));
  EXPECT_TRUE(
      HasWarning(diagnostics, "pet/Test.actors.txt:12", "is not a YYYYMMDD or YYMMDD date"));

  // No default code: the null actor after the restriction.
  const Actor& boris = dict.actors[FindPhrase(dict, "boris kar", PhraseKind::kName)->target];
  ASSERT_EQ(boris.roles.size(), 2u);
  EXPECT_EQ(boris.roles[0].to, Date::FromYmd(1995, 6, 30));
  EXPECT_EQ(boris.roles[1].code, "---");
  const Actor& nulland = dict.actors[FindPhrase(dict, "nulland", PhraseKind::kName)->target];
  EXPECT_EQ(nulland.code, "---");
  EXPECT_EQ(nulland.kind, Actor::Kind::kCountry);
}

TEST_F(PetrarchReaderTest, AgentsWithPluralsPrefixesAndSubstitutions) {
  std::vector<Diagnostic> diagnostics;
  PetrarchReadStats stats;
  Dictionary dict = Read(&diagnostics, &stats);
  EXPECT_EQ(stats.agents, 6);
  const Phrase* governments = FindPhrase(dict, "governments", PhraseKind::kAgent);
  ASSERT_NE(governments, nullptr);
  EXPECT_EQ(dict.agents[governments->target].role, "GOV");
  EXPECT_FALSE(dict.agents[governments->target].prefix);
  EXPECT_NE(FindPhrase(dict, "police", PhraseKind::kAgent), nullptr);
  EXPECT_EQ(FindPhrase(dict, "polices", PhraseKind::kAgent), nullptr);  // "{}": no plural
  EXPECT_NE(FindPhrase(dict, "golden geese", PhraseKind::kAgent), nullptr);
  EXPECT_EQ(FindPhrase(dict, "golden gooses", PhraseKind::kAgent), nullptr);
  const Phrase* relief = FindPhrase(dict, "relief groups", PhraseKind::kAgent);
  ASSERT_NE(relief, nullptr);
  EXPECT_TRUE(dict.agents[relief->target].prefix);
  EXPECT_EQ(dict.agents[relief->target].role, "NGO");
  EXPECT_NE(FindPhrase(dict, "alderman", PhraseKind::kAgent), nullptr);
  EXPECT_NE(FindPhrase(dict, "alderwoman", PhraseKind::kAgent), nullptr);
  EXPECT_EQ(FindPhrase(dict, "aldermans", PhraseKind::kAgent), nullptr);
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.agents.txt:7", "1 agent phrases"));
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.agents.txt:8", "without a [~CODE]"));
}

TEST_F(PetrarchReaderTest, DiscardsAndIssues) {
  std::vector<Diagnostic> diagnostics;
  PetrarchReadStats stats;
  Dictionary dict = Read(&diagnostics, &stats);
  EXPECT_EQ(stats.discards, 3);
  const Phrase* typhoons = FindPhrase(dict, "typhoons", PhraseKind::kDiscard);
  ASSERT_NE(typhoons, nullptr);
  EXPECT_EQ(typhoons->target, kDiscardStory);
  const Phrase* baseball = FindPhrase(dict, "baseball", PhraseKind::kDiscard);
  ASSERT_NE(baseball, nullptr);
  EXPECT_EQ(baseball->target, kDiscardSentence);
  EXPECT_NE(FindPhrase(dict, "golf club", PhraseKind::kDiscard), nullptr);
  EXPECT_EQ(FindPhrase(dict, "golf clubs", PhraseKind::kDiscard), nullptr);  // '_': whole word
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.discards.txt:2", "2 discard phrases"));
  EXPECT_EQ(stats.issues, 1);
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.IssueCoding.txt:2",
                         "1 issue phrases and 1 ignore phrases"));
}

TEST_F(PetrarchReaderTest, VerbBlocksBecomePatterns) {
  std::vector<Diagnostic> diagnostics;
  PetrarchReadStats stats;
  Dictionary dict = Read(&diagnostics, &stats);
  EXPECT_EQ(CountErrors(diagnostics), 0);
  EXPECT_EQ(stats.synsets, 3);
  EXPECT_EQ(stats.verbs, 4);
  EXPECT_EQ(stats.verb_patterns, 8);

  // The verb alone: its forms, the block's paired code, a '+' after it.
  std::vector<const VerbPattern*> meet = PatternsAt(dict, 16);
  ASSERT_EQ(meet.size(), 1u);
  EXPECT_EQ(meet[0]->code, "031");
  EXPECT_EQ(meet[0]->paired_code, "032");
  EXPECT_EQ(meet[0]->anchor, (std::vector<std::string>{"meet", "meeting", "meets", "met"}));
  EXPECT_FALSE(meet[0]->recip);
  // The implicit target: "(preposition) +".
  ASSERT_EQ(meet[0]->after.size(), 2u);
  EXPECT_TRUE(meet[0]->after[0].optional);
  EXPECT_NE(std::find(meet[0]->after[0].words.begin(), meet[0]->after[0].words.end(), "with"),
            meet[0]->after[0].words.end());
  EXPECT_EQ(std::find(meet[0]->after[0].words.begin(), meet[0]->after[0].words.end(), "by"),
            meet[0]->after[0].words.end());
  EXPECT_EQ(meet[0]->after[1].type, PatternElement::Type::kTarget);
  EXPECT_EQ(meet[0]->specificity, 2);
  // … the first actor after the verb, which may also follow "that"
  // ("allowed that Mordor …").
  EXPECT_TRUE(meet[0]->first_actor_target);
  EXPECT_NE(std::find(meet[0]->after[0].words.begin(), meet[0]->after[0].words.end(), "that"),
            meet[0]->after[0].words.end());

  // "+SIT_DOWN": anchor "sit" (and the listed forms), "down" right after it.
  std::vector<const VerbPattern*> sit = PatternsAt(dict, 17);
  ASSERT_EQ(sit.size(), 1u);
  EXPECT_EQ(sit[0]->anchor, (std::vector<std::string>{"sit", "sat", "sits"}));
  ASSERT_EQ(sit[0]->after.size(), 3u);
  EXPECT_EQ(sit[0]->after[0].words, std::vector<std::string>{"down"});
  EXPECT_TRUE(sit[0]->after[0].adjacent);

  // "- % HOLD * [040]": mutual, "hold" before the verb; one pattern per verb
  // group (MEET's forms; SIT_DOWN with its particle).
  std::vector<const VerbPattern*> hold = PatternsAt(dict, 18);
  ASSERT_EQ(hold.size(), 2u);
  EXPECT_TRUE(hold[0]->recip);
  EXPECT_TRUE(hold[0]->compound_subject);
  EXPECT_TRUE(hold[0]->first_actor_target);
  EXPECT_FALSE(sit[0]->compound_subject);
  EXPECT_EQ(hold[0]->code, "040");
  EXPECT_TRUE(hold[0]->paired_code.empty());
  ASSERT_EQ(hold[0]->before.size(), 1u);
  EXPECT_EQ(hold[0]->before[0].words, std::vector<std::string>{"hold"});
  EXPECT_FALSE(hold[0]->before[0].adjacent);
  EXPECT_EQ(hold[1]->anchor[0], "sit");
  ASSERT_EQ(hold[1]->after.size(), 3u);  // "down", then the target

  // "- * IN_SECRET [046:046]": the implicit target before "in" or after
  // "secret", never between the joined words; the same code both ways makes
  // the act mutual.
  std::vector<const VerbPattern*> secret = PatternsAt(dict, 19);
  ASSERT_EQ(secret.size(), 4u);
  const VerbPattern* p = secret[0];
  EXPECT_TRUE(p->recip);
  EXPECT_EQ(p->paired_code, "046");
  ASSERT_EQ(p->after.size(), 4u);
  EXPECT_EQ(p->after[1].type, PatternElement::Type::kTarget);
  EXPECT_EQ(p->after[2].words, std::vector<std::string>{"in"});
  EXPECT_FALSE(p->after[2].adjacent);
  EXPECT_TRUE(p->after[3].adjacent);
  EXPECT_EQ(secret[1]->after[3].type, PatternElement::Type::kTarget);
  EXPECT_EQ(p->specificity, 4);

  // "- $ * WITH + AGAINST ^ OVER [050:051]": explicit slots; '^' is a gap
  // that may hold a whole phrase before "over".
  std::vector<const VerbPattern*> with = PatternsAt(dict, 20);
  ASSERT_EQ(with.size(), 2u);
  EXPECT_EQ(with[0]->before[0].type, PatternElement::Type::kSource);
  ASSERT_EQ(with[0]->after.size(), 4u);
  EXPECT_EQ(with[0]->after[1].type, PatternElement::Type::kTarget);
  EXPECT_EQ(with[0]->after[2].words, std::vector<std::string>{"against"});
  EXPECT_FALSE(with[0]->after[2].skip_phrase);
  EXPECT_EQ(with[0]->after[3].words, std::vector<std::string>{"over"});
  EXPECT_TRUE(with[0]->after[3].skip_phrase);
  EXPECT_FALSE(with[0]->after[3].adjacent);
  EXPECT_EQ(with[0]->paired_code, "051");
  EXPECT_FALSE(with[0]->first_actor_target);  // its '+' is where it is written

  // A synset of a several-word member: the member's words, adjacent.
  std::vector<const VerbPattern*> neg = PatternsAt(dict, 21);
  ASSERT_EQ(neg.size(), 4u);  // two members ("did n't", its plural) × two verb groups
  EXPECT_EQ(neg[0]->code, "---");
  ASSERT_EQ(neg[0]->before.size(), 2u);
  EXPECT_EQ(neg[0]->before[0].words, std::vector<std::string>{"did"});
  EXPECT_TRUE(neg[0]->before[0].adjacent);
  EXPECT_EQ(neg[0]->before[1].words, std::vector<std::string>{"n't"});
  EXPECT_FALSE(neg[0]->before[1].adjacent);

  // "[:190]": only the paired event.
  std::vector<const VerbPattern*> nowhere = PatternsAt(dict, 22);
  ASSERT_FALSE(nowhere.empty());
  EXPECT_EQ(nowhere[0]->code, "---");
  EXPECT_EQ(nowhere[0]->paired_code, "190");

  // A verb with its own code; a multi-word verb marked with '+'.
  std::vector<const VerbPattern*> wiretap = PatternsAt(dict, 26);
  ASSERT_EQ(wiretap.size(), 1u);
  EXPECT_EQ(wiretap[0]->code, "171");
  EXPECT_EQ(wiretap[0]->anchor[0], "tap");
  ASSERT_EQ(wiretap[0]->before.size(), 1u);
  EXPECT_EQ(wiretap[0]->before[0].words, std::vector<std::string>{"wire"});
  EXPECT_TRUE(wiretap[0]->before[0].adjacent);

  // Nested synsets, plurals (not for '&METALS_'), several-word members.
  std::vector<const VerbPattern*> currency = PatternsAt(dict, 27);
  ASSERT_FALSE(currency.empty());
  std::vector<std::string> single;
  bool silver_marks = false;
  for (const VerbPattern* v : currency) {
    for (const PatternElement& el : v->after) {
      if (el.words.size() > 1 && !el.optional) single = el.words;
      if (el.words == std::vector<std::string>{"silver"}) silver_marks = true;
    }
  }
  EXPECT_EQ(single, (std::vector<std::string>{"crowns", "crownses", "gold", "copper"}));
  EXPECT_TRUE(silver_marks);

  // Unsupported or malformed lines: warnings at their lines, nothing else.
  EXPECT_TRUE(PatternsAt(dict, 28).empty());
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.verbs.txt:28", "not an event code"));
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.verbs.txt:29", "without a [code]"));
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.verbs.txt:30", "transformations"));
}

TEST_F(PetrarchReaderTest, UndefinedSynsetIsReported) {
  Write("Test.verbs.txt", "--- ASK [090] ---\nASK\n- * FOR &NOPE [172]\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  EXPECT_TRUE(HasWarning(diagnostics, "pet/Test.verbs.txt:3", "synset &NOPE is not defined"));
  EXPECT_TRUE(PatternsAt(dict, 3).empty());
  EXPECT_EQ(PatternsAt(dict, 2).size(), 1u);
}

TEST_F(PetrarchReaderTest, LoaderReadsPetrarchLayersAndArtifactKeepsTheirFields) {
  Result<Dictionary> dict = LoadDictionaries("petrarch:" + dir_.string(), SimpleKey);
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_EQ(dict->sources, std::vector<std::string>{"petrarch:" + dir_.string()});
  EXPECT_TRUE(StartsWith(dict->source_hash, "sha256:"));
  Result<Dictionary> back = DeserializeDictionary(SerializeDictionary(*dict), "memory");
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->agents.size(), dict->agents.size());
  int prefixes = 0;
  for (const Agent& a : back->agents) prefixes += a.prefix;
  EXPECT_EQ(prefixes, 1);
  int paired = 0, compound = 0, exact = 0, lemma = 0, implicit = 0;
  for (const VerbPattern& p : back->patterns) {
    paired += !p.paired_code.empty();
    compound += p.compound_subject;
    implicit += p.first_actor_target;
    for (const auto* part : {&p.before, &p.after}) {
      for (const PatternElement& el : *part) {
        // (The optional preposition statecraft puts before an implicit
        // target is its own: "to|with|…".)
        if (el.type != PatternElement::Type::kWord || el.optional) continue;
        (el.exact_form ? exact : lemma)++;
      }
    }
  }
  EXPECT_GT(paired, 0);
  EXPECT_GT(compound, 0);  // '%' before the verb survives the artifact
  EXPECT_GT(implicit, 0);  // so does the implicit target's reach
  EXPECT_GT(exact, 0);     // PETRARCH's words match their listed forms only
  EXPECT_EQ(lemma, 0);
  int discards = 0;
  for (const Phrase& p : back->phrases) discards += p.kind == PhraseKind::kDiscard;
  EXPECT_EQ(discards, 5);

  // A second layer: discard scopes are not shifted like actor indexes.
  Result<Dictionary> twice =
      LoadDictionaries("petrarch:" + dir_.string() + ",petrarch:" + dir_.string(), SimpleKey);
  ASSERT_TRUE(twice.ok());
  for (const Phrase& p : twice->phrases) {
    if (p.kind == PhraseKind::kDiscard) EXPECT_LE(p.target, kDiscardStory);
  }
}

TEST(PetrarchReaderErrorsTest, NotADictionaryDirectory) {
  Dictionary dict;
  std::vector<Diagnostic> diagnostics;
  std::string hashed;
  PetrarchReaderOptions options{"/nonexistent/petrarch", "", SimpleKey};
  EXPECT_EQ(ReadPetrarchDictionary(options, &dict, &diagnostics, &hashed).code(),
            StatusCode::kNotFound);
  Result<Dictionary> layer = LoadDictionaries("petrarch:/nonexistent/petrarch", SimpleKey);
  EXPECT_FALSE(layer.ok());
}

// The real PETRARCH2 dictionaries, when ../shared holds them: they load
// without errors (warnings are expected: they test odd constructs).
void LoadShared(const std::string& rel, int min_actors, int min_patterns) {
  std::string dir = std::string(STATECRAFT_SOURCE_DIR) + "/../shared/data/" + rel;
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  std::vector<Diagnostic> diagnostics;
  PetrarchReadStats stats;
  Result<Dictionary> dict = CompilePetrarchDirectory(dir, rel, SimpleKey, &diagnostics, &stats);
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_EQ(CountErrors(diagnostics), 0);
  std::printf(
      "%s: %d files, %d actors (%d dated), %d agents, %d verbs, %d pattern lines → %zu patterns, "
      "%d synsets, %d discards, %d issues; %zu phrases; %zu warnings\n",
      rel.c_str(), stats.files, stats.actors, stats.dated_actors, stats.agents, stats.verbs,
      stats.verb_patterns, dict->patterns.size(), stats.synsets, stats.discards, stats.issues,
      dict->phrases.size(), diagnostics.size());
  EXPECT_GE(stats.actors, min_actors);
  EXPECT_GE(static_cast<int>(dict->patterns.size()), min_patterns);
}

TEST(PetrarchSharedTest, LoadsTheUnitTestValidateDictionaries) {
  LoadShared("petrarch2-unittest", 100, 400);
}

TEST(PetrarchSharedTest, LoadsThePhoenixDictionaries) {
  LoadShared("phoenix-dictionaries", 10000, 5000);
}

}  // namespace
}  // namespace statecraft
