#include "serve/bearer_auth.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace statecraft {
namespace {

namespace fs = std::filesystem;

const char kToken[] = "s3cret-token-0123456789";

TEST(BearerAuthTest, AllowsOnlyTheRightToken) {
  BearerAuth auth(kToken);
  EXPECT_EQ(auth.Check(std::string("Bearer ") + kToken), AuthOutcome::kAllowed);
  EXPECT_EQ(auth.Check(std::string("bearer  ") + kToken + " "), AuthOutcome::kAllowed) << "scheme is case-insensitive";
  EXPECT_EQ(auth.Check(std::string("Bearer ") + kToken + "x"), AuthOutcome::kWrong);
  EXPECT_EQ(auth.Check("Bearer s3cret-token-012345678"), AuthOutcome::kWrong) << "a prefix";
  EXPECT_EQ(auth.Check("Bearer nope"), AuthOutcome::kWrong);
}

TEST(BearerAuthTest, MissingOrOtherSchemes) {
  BearerAuth auth(kToken);
  EXPECT_EQ(auth.Check(""), AuthOutcome::kMissing);
  EXPECT_EQ(auth.Check("Bearer"), AuthOutcome::kMissing);
  EXPECT_EQ(auth.Check("Bearer   "), AuthOutcome::kMissing);
  EXPECT_EQ(auth.Check(std::string("Basic ") + kToken), AuthOutcome::kMissing);
  EXPECT_EQ(auth.Check(std::string("Bearerx") + kToken), AuthOutcome::kMissing);
  EXPECT_EQ(auth.Check(kToken), AuthOutcome::kMissing);
}

TEST(BearerAuthTest, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals("abcd", "abc"));
  EXPECT_FALSE(ConstantTimeEquals(std::string_view("a\0", 2), "a"));
}

TEST(BearerAuthTest, FromFile) {
  fs::path dir = fs::temp_directory_path() / ("sc-auth-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "good") << "  " << kToken << "  \nsecond line ignored\n";
  std::ofstream(dir / "short") << "abc\n";
  std::ofstream(dir / "spaces") << "a token with spaces in it\n";
  Result<BearerAuth> good = BearerAuth::FromFile((dir / "good").string());
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ(good->Check(std::string("Bearer ") + kToken), AuthOutcome::kAllowed);
  EXPECT_EQ(BearerAuth::FromFile((dir / "short").string()).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BearerAuth::FromFile((dir / "spaces").string()).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BearerAuth::FromFile((dir / "missing").string()).status().code(), StatusCode::kIoError);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace statecraft
