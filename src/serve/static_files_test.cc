#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

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

// Text long and repetitive enough that compressing it pays.
std::string Compressible() {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "function f" + std::to_string(i % 7) + "() { return 1; }\n";
  return text;
}

std::string Gunzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

TEST_F(StaticFilesTest, GetCompressesTextOnceAndServesTheCopy) {
  const std::string script = Compressible();
  Write(base_ / "web" / "js" / "big.js", script);
  Result<StaticRepresentation> plain = files_->Get("/js/big.js", "");
  ASSERT_TRUE(plain.ok()) << plain.status().message();
  EXPECT_EQ(*plain->body, script);
  EXPECT_EQ(plain->content_encoding, "");
  EXPECT_EQ(plain->content_type, "text/javascript; charset=utf-8");
  EXPECT_TRUE(plain->varies_by_encoding);

  Result<StaticRepresentation> gzip = files_->Get("/js/big.js", "gzip, deflate");
  ASSERT_TRUE(gzip.ok());
  EXPECT_EQ(gzip->content_encoding, "gzip");
  EXPECT_LT(gzip->body->size(), script.size());
  EXPECT_EQ(Gunzip(*gzip->body), script);

  Result<StaticRepresentation> br = files_->Get("/js/big.js", "gzip, deflate, br");
  ASSERT_TRUE(br.ok());
  EXPECT_EQ(br->content_encoding, "br");
  EXPECT_LT(br->body->size(), script.size());
  EXPECT_NE(*br->body, *gzip->body);

  // The copies are kept: the same bytes, not compressed again.
  EXPECT_EQ(files_->Get("/js/big.js", "br")->body.get(), br->body.get());
  EXPECT_EQ(files_->Get("/js/big.js", "gzip")->body.get(), gzip->body.get());
  // One entity tag per coding of the same bytes.
  EXPECT_NE(plain->etag, gzip->etag);
  EXPECT_NE(gzip->etag, br->etag);
  EXPECT_EQ(plain->etag.front(), '"');
  EXPECT_EQ(plain->etag.back(), '"');
  EXPECT_EQ(files_->Get("/js/big.js", "")->etag, plain->etag);
}

TEST_F(StaticFilesTest, GetServesAChangedFileAnew) {
  Write(base_ / "web" / "js" / "big.js", Compressible());
  Result<StaticRepresentation> before = files_->Get("/js/big.js", "gzip");
  ASSERT_TRUE(before.ok());
  const std::string changed = Compressible() + "// more\n";
  Write(base_ / "web" / "js" / "big.js", changed);  // another size
  Result<StaticRepresentation> after = files_->Get("/js/big.js", "gzip");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(Gunzip(*after->body), changed);
  EXPECT_NE(after->etag, before->etag);
  EXPECT_EQ(files_->Get("/nope.js", "gzip").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files_->Get("/../secret.txt", "gzip").status().code(), StatusCode::kInvalidArgument);
}

TEST_F(StaticFilesTest, GetSendsAsTheyAreWhatDoesNotShrinkOrIsNotText) {
  // Tiny text: its compressed copy would be larger.
  Result<StaticRepresentation> tiny = files_->Get("/js/app.js", "br, gzip");
  ASSERT_TRUE(tiny.ok());
  EXPECT_EQ(tiny->content_encoding, "");
  EXPECT_EQ(*tiny->body, "console.log(1)");
  EXPECT_TRUE(tiny->varies_by_encoding);
  Write(base_ / "web" / "logo.png", Compressible());
  Result<StaticRepresentation> png = files_->Get("/logo.png", "br, gzip");
  ASSERT_TRUE(png.ok());
  EXPECT_EQ(png->content_encoding, "");
  EXPECT_FALSE(png->varies_by_encoding);
  Write(base_ / "web" / "empty.css", "");
  Result<StaticRepresentation> empty = files_->Get("/empty.css", "gzip");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->content_encoding, "");
  EXPECT_TRUE(empty->body->empty());
}

TEST(PreferredEncodingTest, BrotliThenGzipUnlessRefused) {
  EXPECT_EQ(PreferredEncoding(""), "");
  EXPECT_EQ(PreferredEncoding("identity"), "");
  EXPECT_EQ(PreferredEncoding("deflate"), "");
  EXPECT_EQ(PreferredEncoding("gzip"), "gzip");
  EXPECT_EQ(PreferredEncoding("gzip, deflate, br"), "br");
  EXPECT_EQ(PreferredEncoding("GZIP ; q=0.5 , BR;q=1.0"), "br");
  EXPECT_EQ(PreferredEncoding("br;q=0, gzip"), "gzip");
  EXPECT_EQ(PreferredEncoding("br;q=0.0, gzip;q=0"), "");
  EXPECT_EQ(PreferredEncoding("*"), "br");
  EXPECT_EQ(PreferredEncoding("*;q=0, gzip"), "gzip");
  EXPECT_EQ(PreferredEncoding("x-gzip"), "gzip");
  EXPECT_EQ(PreferredEncoding("brotli"), "") << "a word that merely contains br";
}

TEST(EtagMatchesTest, ListsStarsAndWeakTags) {
  EXPECT_TRUE(EtagMatches("\"a1\"", "\"a1\""));
  EXPECT_TRUE(EtagMatches("\"x\", \"a1\"", "\"a1\""));
  EXPECT_TRUE(EtagMatches("W/\"a1\"", "\"a1\""));
  EXPECT_TRUE(EtagMatches("*", "\"a1\""));
  EXPECT_FALSE(EtagMatches("", "\"a1\""));
  EXPECT_FALSE(EtagMatches("\"a1-br\"", "\"a1\""));
  EXPECT_FALSE(EtagMatches("a1", "\"a1\""));
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
