// The article in an HTML page: its text and the metadata a news page carries.
#ifndef STATECRAFT_INGEST_HTML_ARTICLE_H_
#define STATECRAFT_INGEST_HTML_ARTICLE_H_

#include <string>
#include <string_view>

namespace statecraft {

struct HtmlArticle {
  // The visible text (html_text.h rules) of the article's root element:
  // the <article> with the most text when there is one, else <main>, else
  // the element with role="main", else <body>. When that root holds no text,
  // the whole body is used.
  std::string text;
  // <meta property="og:title">, else <title>, else the first <h1>;
  // whitespace collapsed.
  std::string title;
  // The publication time as written: <meta property="article:published_time">
  // (or itemprop="datePublished", name="date"/"pubdate"/"dc.date"), else the
  // datetime of the first <time> in the article root, else of the first
  // <time> anywhere. Empty when none. Parse with timestamp_parser.h.
  std::string date_text;
  // <link rel="canonical" href>, else <meta property="og:url">.
  std::string url;
  // <meta property="og:site_name">.
  std::string site_name;
};

// REQUIRES: `html` is valid UTF-8 (repair it first). Never fails: a page
// with nothing in it gives an article with empty fields.
HtmlArticle ExtractHtmlArticle(std::string_view html);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_HTML_ARTICLE_H_
