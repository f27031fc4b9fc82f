#include "dict/team_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "base/strings.h"
#include "dict/artifact.h"
#include "dict/dictionary_loader.h"
#include "dict/lint.h"

namespace statecraft {
namespace {

namespace fs = std::filesystem;

// Lowercases and splits on spaces: enough tokenization for these tests.
std::string SimpleKey(std::string_view phrase) {
  std::string key;
  for (const std::string& w : SplitWhitespace(phrase)) key += (key.empty() ? "" : " ") + AsciiLower(w);
  return key;
}

// Each diagnostic as the user reads it ("data/verbs/…:3: error: …").
std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics) messages.push_back(d.ToString());
  return messages;
}

class TeamReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sc_dict_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "actors" / "people");
    fs::create_directories(dir_ / "verbs");
    fs::create_directories(dir_ / "cameo");
    Write("cameo/codes.txt", "042 | Make a visit | 1.9 | 1 | CONSULT | visit |\n040 | Consult | 1.0 | 1 | CONSULT | |\n");
    Write("actors/countries.txt", "VLR | Veloria; Republic of Veloria | Velorian | Velport\nKRV | Karvania | Karvanian |\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) { std::ofstream(dir_ / rel) << text; }
  Dictionary Read(std::vector<Diagnostic>* diagnostics) {
    Dictionary dict;
    std::string hashed;
    TeamReaderOptions options{dir_.string(), "data", SimpleKey};
    EXPECT_TRUE(ReadTeamDictionary(options, &dict, diagnostics, &hashed).ok());
    dict.BuildLookups();
    return dict;
  }
  // Writes a file of one state's sector (companies.txt, parties.txt) whose
  // second line carries a wrong code, and checks the one error it reports
  // and the actor `name` of the first line: an organization of VLR coded
  // `code`. Returns the dictionary read.
  Dictionary ExpectSectorFile(const std::string& rel, const std::string& text, const std::string& error,
                              const std::string& name, const std::string& code) {
    Write(rel, text);
    std::vector<Diagnostic> diagnostics;
    Dictionary dict = Read(&diagnostics);
    const std::vector<std::string> messages = Messages(diagnostics);
    EXPECT_EQ(CountErrors(diagnostics), 1) << ::testing::PrintToString(messages);
    EXPECT_TRUE(!messages.empty() && messages[0].find("data/" + rel + ":2: error: " + error) != std::string::npos)
        << ::testing::PrintToString(messages);
    const Actor* actor = nullptr;
    for (const Actor& a : dict.actors) {
      if (a.name == name) actor = &a;
    }
    EXPECT_NE(actor, nullptr) << name;
    if (actor) {
      EXPECT_EQ(actor->kind, Actor::Kind::kOrganization);
      EXPECT_EQ(actor->code, code);
      EXPECT_EQ(actor->country, "VLR");
    }
    return dict;
  }
  fs::path dir_;
};

TEST_F(TeamReaderTest, ReadsCountriesWithDemonymsAndMetonyms) {
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  EXPECT_EQ(CountErrors(diagnostics), 0);
  ASSERT_NE(dict.FindCountry("VLR"), nullptr);
  EXPECT_EQ(dict.FindCountry("VLR")->name, "Veloria");
  int demonyms = 0, metonyms = 0;
  for (const Phrase& p : dict.phrases) {
    demonyms += p.kind == PhraseKind::kDemonym;
    metonyms += p.kind == PhraseKind::kMetonym && p.key == "velport";
  }
  EXPECT_EQ(demonyms, 2);
  EXPECT_EQ(metonyms, 1);
  EXPECT_NE(dict.FindCode("042"), nullptr);
  EXPECT_DOUBLE_EQ(dict.FindCode("042")->goldstein, 1.9);
}

TEST_F(TeamReaderTest, ErrorsNameFileAndLine) {
  Write("verbs/04_consult.txt", "&TRIP = visit | trip\n042 visit +\n042 visit to + [nonsense]\n9x9 meet\n042 pay &NOPE to +\n");
  Write("actors/people/a.txt", "person: Ana Vel\ncountry: VLR\nrole: VLR.president | VLRGOV | 2020-02-30 |\n");
  std::vector<Diagnostic> diagnostics;
  Read(&diagnostics);
  const std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 4) << ::testing::PrintToString(messages);
  EXPECT_NE(messages[0].find("data/actors/people/a.txt:3: error:"), std::string::npos) << messages[0];
  EXPECT_NE(messages[1].find("data/verbs/04_consult.txt:3: error: unknown flag [nonsense]"), std::string::npos) << messages[1];
  EXPECT_NE(messages[2].find("data/verbs/04_consult.txt:4:"), std::string::npos);
  EXPECT_NE(messages[3].find("synset &NOPE"), std::string::npos);
}

TEST_F(TeamReaderTest, SynsetMembersAreOneWordEach) {
  // A synset line pasted into another: "standards&NEEDS = complaints" is no word.
  Write("verbs/04_consult.txt", "&NEEDS = needs | standards&NEEDS = complaints | targets\n--- meet &NEEDS\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  const std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 1) << ::testing::PrintToString(messages);
  EXPECT_NE(messages[0].find("data/verbs/04_consult.txt:1: error: synset member 'standards&NEEDS = complaints'"),
            std::string::npos)
      << messages[0];
  EXPECT_NE(messages[0].find("is not one word"), std::string::npos) << messages[0];
  ASSERT_EQ(dict.patterns.size(), 1u);  // the line still loads, with its good members
}

TEST_F(TeamReaderTest, ReadsInstitutionsAsNationalActors) {
  Write("actors/regions.txt", "EUR | Europe | European |\n");
  Write("actors/institutions.txt",
        "# central banks\n"
        "VLRGOV | VLR | Central Bank of Veloria; VCB\n"
        "KRVLEG | KRV | Karvanian Assembly\n"
        "VLRBUS | VLR | Velorian Oil\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 0);
  const Actor* bank = nullptr;
  for (const Actor& a : dict.actors) {
    if (a.name == "Central Bank of Veloria") bank = &a;
  }
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->kind, Actor::Kind::kOrganization);
  EXPECT_EQ(bank->code, "VLRGOV");
  EXPECT_EQ(bank->country, "VLR");  // national: a state's ISO3, not IGO/NGO/IMG
  EXPECT_EQ(bank->loc, "data/actors/institutions.txt:2");
  int names = 0;
  bool acronym_exact = false, name_capitalized = false;
  for (const Phrase& p : dict.phrases) {
    if (p.kind != PhraseKind::kName || dict.actors[p.target].name != "Central Bank of Veloria") continue;
    ++names;
    if (p.key == "vcb") acronym_exact = p.exact_case;
    if (p.key != "vcb") name_capitalized = p.capitalized;
  }
  EXPECT_EQ(names, 2);
  EXPECT_TRUE(acronym_exact);
  EXPECT_TRUE(name_capitalized);  // matches "Central Bank of …", not "a central bank of …"
  for (const Phrase& p : dict.phrases) {
    if (p.kind == PhraseKind::kName && dict.actors[p.target].kind != Actor::Kind::kOrganization) {
      EXPECT_FALSE(p.capitalized) << p.key;  // country names keep matching in any case
    }
  }
}

TEST(RegionCodeTest, NamesCameosRegionsNotStates) {
  EXPECT_TRUE(IsRegionCode("EUR"));
  EXPECT_TRUE(IsRegionCode("MEA"));
  EXPECT_FALSE(IsRegionCode("DEU"));
  EXPECT_FALSE(IsRegionCode("IGO"));
}

TEST_F(TeamReaderTest, ReadsPartiesAsTheirCountrysPartySector) {
  ExpectSectorFile("actors/parties.txt",
                   "VLRPTY | VLR | Velorian Unity Party; VUP\n"
                   "VLROPP | VLR | Velorian Freedom Front\n",  // 2: a party is PTY
                   "party code 'VLROPP' must be its country followed by PTY (VLRPTY)", "Velorian Unity Party",
                   "VLRPTY");
}

TEST_F(TeamReaderTest, ReadsPeoplesAsTheirStatesCivilians) {
  ExpectSectorFile("actors/peoples.txt",
                   "VLRCVL | VLR | Orkani; Orkanis\n"
                   "VLRREB | VLR | Orkani Front\n",  // 2: a people is CVL
                   "people code 'VLRREB' must be its country followed by CVL (VLRCVL)", "Orkani", "VLRCVL");
}

TEST_F(TeamReaderTest, ReadsCompaniesAsTheirCountrysBusinessSector) {
  Dictionary dict = ExpectSectorFile("actors/companies.txt",
                                     "VLRBUS | VLR | Velorian Air; Velorian Airlines\n"
                                     "VLRGOV | VLR | Velorian Ministry of Oil\n",  // 2: a company is BUS
                                     "company code 'VLRGOV' must be its country followed by BUS (VLRBUS)",
                                     "Velorian Air", "VLRBUS");
  bool found = false;
  for (const Phrase& p : dict.phrases) {
    if (p.key != "velorian air") continue;
    found = true;
    EXPECT_TRUE(p.capitalized);
    EXPECT_EQ(p.capital_words, 0b11);  // both words: "Velorian air force" is no airline
  }
  EXPECT_TRUE(found);
}

TEST_F(TeamReaderTest, RecordsWhichWordsAnOrganizationCapitalizes) {
  Write("actors/organizations.txt", "IGOVLRBOC | IGO | Bank of the Commons; the Commons Fund\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 0);
  std::map<std::string, uint16_t> words;
  for (const Phrase& p : dict.phrases) words[p.key] = p.capital_words;
  EXPECT_EQ(words["bank of the commons"], 0b1001);  // "of" and "the" stay lower case
  EXPECT_EQ(words["the commons fund"], 0u);  // a name that starts in lower case is not checked
}

TEST_F(TeamReaderTest, ReadsTheDaysAnOrganizationExisted) {
  Write("actors/organizations.txt",
        "IGOVLRBOC | IGO | Bank of the Commons\n"
        "IGOVLRCRT | IGO | Commons Court; CC | 2002-07-01\n"
        "IGOVLRPCT | IGO | Old Pact | 1955-05-14 | 1991-07-01\n"
        "IGOVLRBAD | IGO | Bad Date | 2002-02-30\n"      // 4: no such day
        "IGOVLRBKW | IGO | Backwards | 2002-01-01 | 2001-01-01\n");  // 5: ends before it starts
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  const std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 2) << ::testing::PrintToString(messages);
  EXPECT_NE(messages[0].find("data/actors/organizations.txt:4: error: start date '2002-02-30'"), std::string::npos)
      << messages[0];
  EXPECT_NE(messages[1].find("data/actors/organizations.txt:5: error: end date '2001-01-01'"), std::string::npos)
      << messages[1];
  std::map<std::string, const Actor*> by_code;
  for (const Actor& a : dict.actors) by_code[a.code] = &a;
  ASSERT_TRUE(by_code.count("IGOVLRBOC") && by_code.count("IGOVLRCRT") && by_code.count("IGOVLRPCT"));
  EXPECT_TRUE(by_code["IGOVLRBOC"]->roles.empty());  // no dates: always
  ASSERT_EQ(by_code["IGOVLRCRT"]->roles.size(), 1u);
  EXPECT_FALSE(by_code["IGOVLRCRT"]->roles[0].ValidOn(*Date::Parse("1987-06-01")));
  EXPECT_TRUE(by_code["IGOVLRCRT"]->roles[0].ValidOn(*Date::Parse("2024-06-01")));
  ASSERT_EQ(by_code["IGOVLRPCT"]->roles.size(), 1u);
  EXPECT_TRUE(by_code["IGOVLRPCT"]->roles[0].ValidOn(*Date::Parse("1987-06-01")));
  EXPECT_FALSE(by_code["IGOVLRPCT"]->roles[0].ValidOn(*Date::Parse("1991-07-02")));
  EXPECT_FALSE(by_code.count("IGOVLRBAD") || by_code.count("IGOVLRBKW"));
}

TEST_F(TeamReaderTest, ReadsPlacesAsCapitalizedPlacePhrasesOfTheirState) {
  Write("actors/places.txt",
        "VLR | Northport; Ostvale\n"
        "ZZZ | Nowhere City\n");  // 2: unknown country
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  const std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 1) << ::testing::PrintToString(messages);
  EXPECT_NE(messages[0].find("data/actors/places.txt:2: error: place country 'ZZZ' is not in countries.txt"),
            std::string::npos)
      << messages[0];
  int places = 0;
  for (const Phrase& p : dict.phrases) {
    if (p.kind != PhraseKind::kPlace) continue;
    ++places;
    EXPECT_EQ(dict.actors[p.target].code, "VLR");
    EXPECT_TRUE(p.capitalized) << p.key;
  }
  EXPECT_EQ(places, 2);
}

TEST_F(TeamReaderTest, InstitutionErrorsNameFileAndLine) {
  Write("actors/regions.txt", "EUR | Europe | European |\n");
  Write("actors/institutions.txt",
        "VLRGOV | VLR | Central Bank of Veloria\n"
        "ZZZGOV | ZZZ | Bank of Nowhere\n"       // 2: unknown country
        "EURGOV | EUR | European Thing\n"        // 3: a region, not a state
        "KRVGOV | VLR | Velorian Treasury\n"     // 4: code of another country
        "VLRXYZ | VLR | Velorian Office\n"       // 5: unknown role
        "VLR | VLR | Veloria Itself\n"           // 6: no role
        "VLRGOV | VLR\n"                         // 7: two fields
        "VLRGOV | VLR | ;\n");                   // 8: no name
  std::vector<Diagnostic> diagnostics;
  Read(&diagnostics);
  const std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 7) << ::testing::PrintToString(messages);
  const char* expected[] = {":2: error: institution country 'ZZZ' is not in countries.txt",
                            ":3: error: institution country 'EUR' is not in countries.txt",
                            ":4: error: institution code 'KRVGOV' must be its country VLR",
                            ":5: error: institution code 'VLRXYZ': 'XYZ' is not a role code",
                            ":6: error: institution code 'VLR' must be its country VLR",
                            ":7: error: expected 3 fields",
                            ":8: error: institution VLRGOV has no name"};
  for (size_t i = 0; i < 7; ++i) {
    EXPECT_NE(messages[i].find(std::string("data/actors/institutions.txt") + expected[i]), std::string::npos)
        << messages[i];
  }
}

TEST_F(TeamReaderTest, LintRejectsOverlappingTermsForOneOffice) {
  Write("actors/people/a.txt",
        "person: Ana Vel\ncountry: VLR\nrole: VLR.president | VLRGOV | 2010-01-01 | 2015-06-30\n\n"
        "person: Boris Kar\ncountry: VLR\nrole: VLR.president | VLRGOV | 2015-06-30 |\n\n"
        "person: Cara Nor\ncountry: VLR\nrole: VLR.prime_minister | VLRGOV | 2015-06-30 |\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 0);
  LintDictionary(dict, &diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 1);
  EXPECT_NE(diagnostics[0].loc.find("a.txt:7"), std::string::npos) << diagnostics[0].ToString();
  EXPECT_NE(diagnostics[0].message.find("overlaps the term of Ana Vel"), std::string::npos);
}

TEST_F(TeamReaderTest, LintWarnsWhenAPlaceNamesAnotherCountry) {
  Write("actors/places.txt", "KRV | Velport; Karvan Falls\n");  // "Velport" is Veloria's capital
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  ASSERT_EQ(CountErrors(diagnostics), 0);
  diagnostics.clear();
  LintDictionary(dict, &diagnostics);
  bool warned = false;
  for (const Diagnostic& d : diagnostics) {
    warned = warned || (d.message.find("'velport' names both") != std::string::npos &&
                        d.loc.find("places.txt:1") != std::string::npos);
  }
  EXPECT_TRUE(warned) << ::testing::PrintToString(diagnostics.size());
}

TEST_F(TeamReaderTest, LintRequiresKnownCodesAndEveryRoot) {
  Write("verbs/04_consult.txt", "049 visit +\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary dict = Read(&diagnostics);
  LintDictionary(dict, &diagnostics);
  int unknown_code = 0, missing_roots = 0;
  for (const Diagnostic& d : diagnostics) {
    unknown_code += d.message.find("049 is not in") != std::string::npos;
    missing_roots += d.message.find("has no verb pattern") != std::string::npos;
  }
  EXPECT_EQ(unknown_code, 1);
  EXPECT_EQ(missing_roots, 19);  // every root but 04
}

TEST(PatternLineTest, ParsesElementsAndFlags) {
  std::vector<std::pair<std::string, std::vector<std::string>>> synsets = {{"&TRIP", {"visit", "trip"}}};
  VerbPattern p;
  ASSERT_TRUE(ParsePatternLine("042  pay (state) &TRIP =to + [recip]", synsets, &p).ok());
  EXPECT_EQ(p.code, "042");
  EXPECT_EQ(p.anchor, std::vector<std::string>{"pay"});
  ASSERT_EQ(p.after.size(), 4u);
  EXPECT_TRUE(p.after[0].optional);
  EXPECT_EQ(p.after[1].words, (std::vector<std::string>{"visit", "trip"}));
  EXPECT_TRUE(p.after[2].adjacent);
  EXPECT_EQ(p.after[3].type, PatternElement::Type::kTarget);
  EXPECT_TRUE(p.recip);
  EXPECT_EQ(p.specificity, 4);  // anchor, &TRIP, to, +

  // An '=' on every alternative: the element is adjacent, and no
  // alternative keeps the '=' as part of its word.
  ASSERT_TRUE(ParsePatternLine("141  pour =into|=onto =streets|=square", synsets, &p).ok());
  ASSERT_EQ(p.after.size(), 2u);
  EXPECT_TRUE(p.after[0].adjacent);
  EXPECT_EQ(p.after[0].words, (std::vector<std::string>{"into", "onto"}));
  EXPECT_EQ(p.after[1].words, (std::vector<std::string>{"streets", "square"}));

  ASSERT_TRUE(ParsePatternLine("120 not *rule out +", synsets, &p).ok());
  EXPECT_EQ(p.anchor, std::vector<std::string>{"rule"});
  EXPECT_EQ(p.before.size(), 1u);
  // A number bound: ">=" and digits, nothing else.
  ASSERT_TRUE(ParsePatternLine("202 kill >=100 +", synsets, &p).ok());
  EXPECT_EQ(p.after[0].words, std::vector<std::string>{">=100"});
  EXPECT_FALSE(ParsePatternLine("202 kill >=a +", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("202 kill >= +", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("202 kill >=1e3 +", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("120 + reject", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("12a reject", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("120 reject $ $", synsets, &p).ok());

  ASSERT_TRUE(ParsePatternLine("0841 release + [target]", synsets, &p).ok());
  EXPECT_TRUE(p.needs_target);
  EXPECT_FALSE(ParsePatternLine("0841 release [target]", synsets, &p).ok());  // [target] without '+'
  ASSERT_TRUE(ParsePatternLine("071 receive grant from + [reverse]", synsets, &p).ok());
  EXPECT_TRUE(p.reverse_roles);
  EXPECT_FALSE(ParsePatternLine("071 receive grant [reverse]", synsets, &p).ok());  // no '+'
  ASSERT_TRUE(ParsePatternLine("120 leave|quit &TRIP|requests", synsets, &p).ok());
  EXPECT_EQ(p.after[0].words.back(), "requests");
  EXPECT_EQ(p.after[0].words.size(), 3u);  // "visit", "trip" and "requests"
  EXPECT_FALSE(ParsePatternLine("120 leave &NOPE|requests", synsets, &p).ok());
  EXPECT_FALSE(ParsePatternLine("120 leave (the =bloc)", synsets, &p).ok());  // one element per parentheses
  ASSERT_TRUE(ParsePatternLine("120 leave + [org]", synsets, &p).ok());
  EXPECT_TRUE(p.needs_org);
  EXPECT_FALSE(ParsePatternLine("120 leave [org]", synsets, &p).ok());  // no '+'
  ASSERT_TRUE(ParsePatternLine("040 discuss [recip] [compound]", synsets, &p).ok());
  EXPECT_TRUE(p.compound_subject);
  EXPECT_FALSE(p.clause_end);
  ASSERT_TRUE(ParsePatternLine("041 call + [recip] [target] [end]", synsets, &p).ok());
  EXPECT_TRUE(p.clause_end);
  EXPECT_FALSE(ParsePatternLine("041 call + [ends]", synsets, &p).ok());  // unknown flag
  ASSERT_TRUE(ParsePatternLine("--- meet demands", synsets, &p).ok());  // a null pattern
  EXPECT_EQ(p.code, "---");
  EXPECT_FALSE(ParsePatternLine("-- meet demands", synsets, &p).ok());
}

TEST_F(TeamReaderTest, ArtifactRoundTripsAndDetectsDamage) {
  Write("verbs/04_consult.txt", "042 visit + [target]\n042 visit to + [noun]\n120 leave + [org]\n041 call + [end]\n");
  Write("actors/people/a.txt", "person: Ana Vel\nalias: Vel\ncountry: VLR\nrole: VLR.president | VLRGOV | 2010-01-01 |\n");
  Write("actors/companies.txt", "VLRBUS | VLR | Velorian Air\n");
  std::vector<Diagnostic> diagnostics;
  Result<Dictionary> dict = CompileDirectory(dir_.string(), "data", SimpleKey, &diagnostics);
  ASSERT_TRUE(dict.ok());
  std::string bytes = SerializeDictionary(*dict);
  Result<Dictionary> back = DeserializeDictionary(bytes, "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->source_hash, dict->source_hash);
  EXPECT_EQ(back->patterns.size(), 4u);
  EXPECT_TRUE(back->patterns[1].noun);
  EXPECT_TRUE(back->patterns[2].needs_org);
  EXPECT_FALSE(back->patterns[0].needs_org);
  EXPECT_TRUE(back->patterns[0].needs_target);
  EXPECT_FALSE(back->patterns[1].needs_target);
  EXPECT_TRUE(back->patterns[3].clause_end);
  EXPECT_FALSE(back->patterns[2].clause_end);
  EXPECT_EQ(back->phrases.size(), dict->phrases.size());
  for (size_t i = 0; i < back->phrases.size(); ++i) {
    EXPECT_EQ(back->phrases[i].capital_words, dict->phrases[i].capital_words) << back->phrases[i].key;
  }
  EXPECT_EQ(SerializeDictionary(*back), bytes);  // stable
  EXPECT_EQ(back->actors.back().roles[0].from.ToString(), "2010-01-01");

  EXPECT_EQ(DeserializeDictionary(bytes.substr(0, bytes.size() / 2), "half").status().code(), StatusCode::kCorruption);
  std::string wrong_version = bytes;
  wrong_version[8] = 99;
  Result<Dictionary> old = DeserializeDictionary(wrong_version, "old.scd");
  EXPECT_EQ(old.status().code(), StatusCode::kCorruption);
  EXPECT_NE(old.status().message().find("recompile"), std::string::npos);
  EXPECT_FALSE(DeserializeDictionary("not a dictionary", "x").ok());
}

TEST_F(TeamReaderTest, LaterLayersWin) {
  Write("actors/people/a.txt", "person: Ana Vel\ncountry: VLR\nrole: VLR.president | VLRGOV | 2010-01-01 |\n");
  std::vector<Diagnostic> diagnostics;
  Dictionary base = *CompileDirectory(dir_.string(), "data", SimpleKey, &diagnostics);
  Dictionary layer;
  layer.codes.push_back({"042", "Make a visit (local meaning)", 2.5, 1, "CONSULT", "", ""});
  layer.source_hash = "sha256:abc";
  size_t actors = base.actors.size();
  MergeDictionary(layer, &base);
  EXPECT_EQ(base.actors.size(), actors);
  EXPECT_DOUBLE_EQ(base.FindCode("042")->goldstein, 2.5);
  EXPECT_NE(base.source_hash, "sha256:abc");
}

// A user's layer with one root's patterns and no code table loads on top of
// a whole dictionary; a code no layer's table has is an error with its line.
TEST_F(TeamReaderTest, PartialLayerIsCheckedAgainstTheMergedCodes) {
  std::string verbs, codes;  // one code and one pattern per root
  for (int root = 1; root <= 20; ++root) {
    char code[4];
    std::snprintf(code, sizeof(code), "%02d0", root);
    verbs += std::string(code) + " verb" + std::to_string(root) + " +\n";
    codes += std::string(code) + " | Root " + std::to_string(root) + " | 0 | 1 | | |\n";
  }
  Write("verbs/all.txt", verbs);
  Write("cameo/codes.txt", codes);
  fs::path extra = dir_.string() + "_extra";
  fs::create_directories(extra / "verbs");
  std::ofstream(extra / "verbs" / "mine.txt") << "040 confer =with +\n";
  Result<Dictionary> ok = LoadDictionaries(dir_.string() + "," + extra.string(), SimpleKey);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->patterns.back().anchor, std::vector<std::string>{"confer"});
  std::ofstream(extra / "verbs" / "mine.txt") << "049 confer =with +\n";
  Result<Dictionary> bad = LoadDictionaries(dir_.string() + "," + extra.string(), SimpleKey);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("mine.txt:1"), std::string::npos) << bad.status().ToString();
  fs::remove_all(extra);
}

}  // namespace
}  // namespace statecraft
