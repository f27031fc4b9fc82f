#include "ingest/html_text.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(HtmlFragmentToTextTest, BlocksBecomeLinesInlineStaysTogether) {
  EXPECT_EQ(HtmlFragmentToText("<p>Lee <b>met</b> Ishiba.</p><p>They   agreed.</p>"),
            "Lee met Ishiba.\nThey agreed.");
  EXPECT_EQ(HtmlFragmentToText("Seo<i>ul</i> talks<br>resumed"), "Seoul talks\nresumed");
  EXPECT_EQ(HtmlFragmentToText("<ul><li>one</li><li>two</li></ul>"), "one\ntwo");
}

TEST(HtmlFragmentToTextTest, EntitiesDecodedAndWhitespaceCollapsed) {
  EXPECT_EQ(HtmlFragmentToText("AT&amp;T&nbsp;and&#160;the&nbsp;&nbsp;EU &eacute;"),
            "AT&T and the EU \xC3\xA9");
  EXPECT_EQ(HtmlFragmentToText("  \n  "), "");
  EXPECT_EQ(HtmlFragmentToText("plain text, no tags"), "plain text, no tags");
}

TEST(HtmlFragmentToTextTest, DropsScriptsStylesNavigationAndHidden) {
  const std::string html =
      "<nav>Home | World</nav><script>var x = '<p>no</p>';</script><style>p{color:red}</style>"
      "<p>Kept.</p><form><input value=q><button>Go</button></form>"
      "<div hidden>hidden</div><div aria-hidden=\"true\">aria</div>"
      "<div style=\"display: none\">styled</div><div role=\"navigation\">role nav</div>"
      "<noscript>enable js</noscript><aside>Related</aside><footer>(c) 2025</footer>";
  EXPECT_EQ(HtmlFragmentToText(html), "Kept.");
}

TEST(HtmlFragmentToTextTest, TableCellsAreSeparated) {
  EXPECT_EQ(HtmlFragmentToText("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
            "a b\nc");
}

TEST(HtmlFragmentToTextTest, DeepNestingDoesNotOverflow) {
  std::string html;
  for (int depth = 0; depth < 20000; ++depth) html += "<span>";
  html += "deep";
  EXPECT_EQ(HtmlFragmentToText(html), "deep");
}

}  // namespace
}  // namespace statecraft
