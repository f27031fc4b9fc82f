#include "ingest/language_filter.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

constexpr const char* kEnglish =
    "South Korean President Lee met Japanese Prime Minister Ishiba in Tokyo on Saturday, "
    "and the two leaders agreed to deepen cooperation on trade and security.";
constexpr const char* kFrench =
    "Le gouvernement a annonc\xC3\xA9 mardi une nouvelle s\xC3\xA9rie de mesures pour soutenir "
    "les agriculteurs touch\xC3\xA9s par la s\xC3\xA9"
    "cheresse, a d\xC3\xA9"
    "clar\xC3\xA9 le "
    "ministre lors d'une conf\xC3\xA9rence de presse \xC3\xA0 Paris.";
constexpr const char* kGerman =
    "Die Bundesregierung hat am Dienstag neue Ma\xC3\x9Fnahmen zur Unterst\xC3\xBCtzung der "
    "Landwirte angek\xC3\xBCndigt, die von der anhaltenden D\xC3\xBCrre betroffen sind, "
    "sagte der Minister in Berlin.";

TEST(GuessLanguageTest, EnglishIsKept) {
  const LanguageGuess guess = GuessLanguage(kEnglish);
  EXPECT_EQ(guess.code, "en");
  EXPECT_FALSE(guess.non_english);
}

TEST(GuessLanguageTest, FrenchAndGermanAreNonEnglish) {
  const LanguageGuess french = GuessLanguage(kFrench);
  EXPECT_EQ(french.code, "fr");
  EXPECT_TRUE(french.reliable);
  EXPECT_TRUE(french.non_english);
  const LanguageGuess german = GuessLanguage(kGerman);
  EXPECT_EQ(german.code, "de");
  EXPECT_TRUE(german.non_english);
}

TEST(GuessLanguageTest, ShortTextIsAlwaysKept) {
  const LanguageGuess guess = GuessLanguage("Le ministre a parl\xC3\xA9.");
  EXPECT_LT(guess.letter_bytes, kMinLetterBytes);
  EXPECT_FALSE(guess.non_english);
}

TEST(GuessLanguageTest, NumbersAndSymbolsAreKept) {
  EXPECT_FALSE(GuessLanguage("1234 5678 91011 1213 1415 1617 1819 2021 2223 2425 2627 2829 3031")
                   .non_english);
}

TEST(GuessLanguageTest, MostlyEnglishMixedStoryIsKept) {
  const std::string mixed = std::string(kEnglish) + " " + kEnglish + " " + kEnglish + " " +
                            "Le ministre a parl\xC3\xA9 de la paix.";
  EXPECT_FALSE(GuessLanguage(mixed).non_english);
}

TEST(GuessLanguageTest, EnglishFullOfForeignNamesIsKept) {
  const LanguageGuess guess = GuessLanguage(
      "The state holding company Istituto per la Ricostruzione Industriale and Fiat Spa said "
      "they would form a joint venture with Telecomunicazioni Italiane Spa.");
  EXPECT_GE(guess.english_function_word_percent, kEnglishFunctionWordPercent);
  EXPECT_FALSE(guess.non_english);
}

TEST(GuessLanguageTest, HugeTextIsSampled) {
  std::string big;
  while (big.size() < (4u << 20)) big += std::string(kFrench) + " ";
  const LanguageGuess guess = GuessLanguage(big);
  EXPECT_TRUE(guess.non_english);
  EXPECT_LE(guess.letter_bytes, kMaxLanguageSampleBytes);
}

}  // namespace
}  // namespace statecraft
