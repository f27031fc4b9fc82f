#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace statecraft {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("sc-static-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "web" / "js");
    Write(base_ / "web" / "index.html", "<h1>dash</h1>");
    Write(base_ / "web" / "js" / "app.js", "console.log(1)");
    Write(base_ / "web" / "style.CSS", "body{}");
    Write(base_ / "secret.txt", "do not serve");
    fs::create_symlink(base_ / "secret.txt", base_ / "web" / "leak.txt");
    Result<StaticFiles> files = StaticFiles::Open((base_ / "web").string());
    ASSERT_TRUE(files.ok()) << files.status().message();
    files_.emplace(std::move(files.value()));
  }
  void TearDown() override { fs::remove_all(base_); }
  static void Write(const fs::path& p, const std::string& content) { std::ofstream(p) << content; }

  fs::path base_;
  std::optional<StaticFiles> files_;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirTypes) {
  Result<StaticFile> index = files_->Read("/");
  ASSERT_TRUE(index.ok()) << index.status().message();
  EXPECT_EQ(index->content, "<h1>dash</h1>");
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  Result<StaticFile> js = files_->Read("/js/app.js");
  ASSERT_TRUE(js.ok()) << js.status().message();
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(files_->Read("/style.CSS")->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(files_->Read("/index.html")->content, "<h1>dash</h1>");
}

TEST_F(StaticFilesTest, MissingFilesAreNotFound) {
  EXPECT_EQ(files_->Read("/nope.js").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files_->Read("/js/").status().code(), StatusCode::kNotFound) << "a directory without index.html";
}

TEST_F(StaticFilesTest, RefusesTraversal) {
  for (const char* path : {"/../secret.txt", "/js/../../secret.txt", "/..", "/js/..\\..\\secret.txt", "/leak.txt"}) {
    Result<StaticFile> r = files_->Read(path);
    ASSERT_FALSE(r.ok()) << path;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << path << ": " << r.status().message();
  }
  EXPECT_FALSE(files_->Read(std::string("/index.html\0.js", 15)).ok()) << "a NUL byte";
  EXPECT_FALSE(files_->Read("index.html").ok()) << "a path must start with /";
}

TEST_F(StaticFilesTest, OpenNeedsADirectory) {
  EXPECT_EQ(StaticFiles::Open((base_ / "missing").string()).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(StaticFiles::Open((base_ / "secret.txt").string()).ok());
}

TEST(MimeTypeTest, KnownAndUnknownExtensions) {
  EXPECT_EQ(MimeTypeFor("a.svg"), "image/svg+xml");
  EXPECT_EQ(MimeTypeFor("a.mjs"), "text/javascript; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("a.json"), "application/json; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("a.woff2"), "font/woff2");
  EXPECT_EQ(MimeTypeFor("Makefile"), "application/octet-stream");
  EXPECT_EQ(MimeTypeFor("a.js.bak"), "application/octet-stream");
}

}  // namespace
}  // namespace statecraft
