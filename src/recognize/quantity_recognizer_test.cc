#include "recognize/quantity_recognizer.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace statecraft {
namespace {

std::vector<Quantity> Quantities(const std::string& text) {
  static Normalizer* normalizer = Normalizer::Create().value().release();
  std::vector<Quantity> out;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (const Sentence& s : normalizer->Split(text, NormalizeOptions{})) {
    RecognizeQuantities(s.tokens, text, &out, &ranges);
  }
  return out;
}

TEST(QuantityRecognizerTest, Percent) {
  auto q = Quantities("amid tensions over a 50% tariff on Indian goods");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "50%");
  EXPECT_EQ(q[0].kind, "percent");
  EXPECT_DOUBLE_EQ(q[0].value, 50);
  q = Quantities("a tariff of 25 percent");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 25);
}

TEST(QuantityRecognizerTest, Money) {
  auto q = Quantities("to double their bilateral trade to $150 billion by 2030");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "$150 billion");
  EXPECT_EQ(q[0].kind, "money");
  EXPECT_EQ(q[0].unit, "USD");
  EXPECT_DOUBLE_EQ(q[0].value, 150e9);
  q = Quantities("an aid package of 2.5 billion euros");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].unit, "EUR");
  EXPECT_DOUBLE_EQ(q[0].value, 2.5e9);
}

TEST(QuantityRecognizerTest, WireDollarsPastTheirCountry) {
  // "dlrs" is the wire's dollars; a country before the unit names whose.
  auto money = [](const std::string& text) {
    std::string out;
    for (const Quantity& q : Quantities(text)) out += q.text + "=" + q.unit + ";";
    return out;
  };
  EXPECT_EQ(money("a grant equivalent to 47 mln U.S. Dlrs from the Netherlands"), "47 mln U.S. Dlrs=USD;");
  EXPECT_EQ(money("shipped 2.48 billion Canadian dlrs worth of gas"), "2.48 billion Canadian dlrs=CAD;");
  // Near miss: a country before a word that is no currency stays out.
  EXPECT_EQ(money("sent 300 Canadian troops"), "");
}

TEST(QuantityRecognizerTest, CountsButNotYearsOrDays) {
  auto q = Quantities("Ukraine's military retook two villages and 1,200 troops advanced in 2024 on September 23.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "two villages");
  EXPECT_DOUBLE_EQ(q[0].value, 2);
  EXPECT_EQ(q[0].unit, "village");
  EXPECT_DOUBLE_EQ(q[1].value, 1200);
}

TEST(QuantityRecognizerTest, ParseNumber) {
  EXPECT_EQ(ParseNumber("1,200"), 1200);
  EXPECT_EQ(ParseNumber("3.5"), 3.5);
  EXPECT_EQ(ParseNumber("twelve"), 12);
  EXPECT_FALSE(ParseNumber("village").has_value());
}

}  // namespace
}  // namespace statecraft
