#include "dict/coverage.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

Dictionary TwoCodes() {
  Dictionary d;
  d.codes.push_back({"04", "Consult", 1, 1, "CONSULT", "", ""});
  d.codes.push_back({"042", "Make a visit", 1.9, 1, "CONSULT", "visit", ""});
  d.codes.push_back({"043", "Host a visit", 2.8, 1, "CONSULT", "host", ""});
  VerbPattern visit;
  visit.code = "042";
  d.patterns.push_back(visit);
  d.patterns.push_back(visit);
  VerbPattern host;
  host.code = "043";
  d.patterns.push_back(host);
  return d;
}

TEST(CoverageTest, CountsPatternsPerEventCodeAndSkipsRoots) {
  std::vector<CodeCoverage> cov = Coverage(TwoCodes(), nullptr);
  ASSERT_EQ(cov.size(), 2u);
  EXPECT_EQ(cov[0].code, "042");
  EXPECT_EQ(cov[0].patterns, 2);
  EXPECT_TRUE(cov[0].shortfalls.empty());
  EXPECT_EQ(cov[1].code, "043");
  EXPECT_EQ(cov[1].patterns, 1);
  ASSERT_EQ(cov[1].shortfalls.size(), 1u);
  EXPECT_EQ(cov[1].shortfalls[0], "1 pattern (needs 2)");
}

TEST(CoverageTest, GoldenEvidenceIsRequiredWhenGiven) {
  GoldenCounts golden;
  golden.expected["042"] = 3;
  golden.near_misses["042"] = 1;
  golden.expected["043"] = 1;
  std::vector<CodeCoverage> cov = Coverage(TwoCodes(), &golden);
  EXPECT_TRUE(cov[0].shortfalls.empty());
  EXPECT_EQ(cov[0].golden, 3);
  ASSERT_EQ(cov[1].shortfalls.size(), 2u);
  EXPECT_EQ(cov[1].shortfalls[1], "no golden near miss");
}

}  // namespace
}  // namespace statecraft
