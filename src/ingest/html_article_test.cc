#include "ingest/html_article.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Leaders meet in Tokyo - Example News</title>
<meta property="og:title" content="Leaders meet in Tokyo">
<meta property="article:published_time" content="2025-08-23T09:30:00+09:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/2025/08/23/tokyo">
<script>window.tracking = "Lee met nobody";</script>
<style>body { font-family: serif; }</style>
</head><body>
<header><a href="/">Example News</a><nav><a>World</a><a>Politics</a></nav></header>
<div class="layout">
<article>
  <h1>Leaders meet in Tokyo</h1>
  <p>South Korean President Lee met Japanese Prime Minister Ishiba on Saturday.</p>
  <p>The two leaders agreed to deepen <a href="#">cooperation</a>.</p>
  <aside>Read also: something else</aside>
</article>
<aside><article><p>Related: a short teaser</p></article></aside>
</div>
<footer>Copyright 2025</footer>
</body></html>)";

TEST(ExtractHtmlArticleTest, ArticleTextAndMetadata) {
  const HtmlArticle article = ExtractHtmlArticle(kPage);
  EXPECT_EQ(article.text,
            "Leaders meet in Tokyo\n"
            "South Korean President Lee met Japanese Prime Minister Ishiba on Saturday.\n"
            "The two leaders agreed to deepen cooperation.");
  EXPECT_EQ(article.title, "Leaders meet in Tokyo");
  EXPECT_EQ(article.date_text, "2025-08-23T09:30:00+09:00");
  EXPECT_EQ(article.url, "https://news.example.org/2025/08/23/tokyo");
  EXPECT_EQ(article.site_name, "Example News");
}

TEST(ExtractHtmlArticleTest, MainWhenNoArticleAndTimeElement) {
  const HtmlArticle article = ExtractHtmlArticle(
      "<html><head><title> Plain   title </title></head><body>"
      "<nav>Menu</nav><main><p>Story body.</p><p>Posted <time datetime=\"2025-06-17\">June 17"
      "</time></p></main><div>Sidebar outside main</div></body></html>");
  EXPECT_EQ(article.text, "Story body.\nPosted June 17");
  EXPECT_EQ(article.title, "Plain title");
  EXPECT_EQ(article.date_text, "2025-06-17");
  EXPECT_TRUE(article.url.empty());
}

TEST(ExtractHtmlArticleTest, BodyWhenNoArticleOrMain) {
  const HtmlArticle article = ExtractHtmlArticle(
      "<body><nav>Menu</nav><h1>Headline</h1><div><p>First.</p>Second.</div>"
      "<script>x()</script></body>");
  EXPECT_EQ(article.text, "Headline\nFirst.\nSecond.");
  EXPECT_EQ(article.title, "Headline");
}

TEST(ExtractHtmlArticleTest, LargestArticleWins) {
  const HtmlArticle article = ExtractHtmlArticle(
      "<body><article><p>Short teaser.</p></article>"
      "<article><p>The full story, which is clearly much longer than the teaser.</p></article>"
      "</body>");
  EXPECT_EQ(article.text, "The full story, which is clearly much longer than the teaser.");
}

TEST(ExtractHtmlArticleTest, EmptyPage) {
  const HtmlArticle article = ExtractHtmlArticle("");
  EXPECT_TRUE(article.text.empty());
  EXPECT_TRUE(article.title.empty());
}

}  // namespace
}  // namespace statecraft
