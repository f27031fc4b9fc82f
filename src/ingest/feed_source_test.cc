#include "ingest/feed_source.h"

#include <gtest/gtest.h>

#include "ingest/document_finalizer.h"
#include "ingest/ingest_test_util.h"

namespace statecraft {
namespace {

using testing::ReadAll;
using testing::ReadResult;
using testing::TempDir;

ReadResult ReadFeed(const std::string& xml, IngestOptions options = {}) {
  auto source = FeedSource::FromString(xml, "feed.xml", options);
  return ReadAll(source.get());
}

constexpr const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Wire</title>
  <link>https://wire.example.org/</link>
  <image><title>Logo title</title></image>
  <item>
    <title>Leaders meet in Tokyo</title>
    <link>https://wire.example.org/1</link>
    <guid isPermaLink="false">wire-1</guid>
    <pubDate>Sat, 23 Aug 2025 10:00:00 +0900</pubDate>
    <description>&lt;p&gt;South Korean President Lee &lt;b&gt;met&lt;/b&gt; Ishiba.&lt;/p&gt;&lt;p&gt;They agreed.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Second story</title>
    <link>https://wire.example.org/2</link>
    <dc:date>2025-08-24T08:00:00Z</dc:date>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The full text of the <i>second</i> story.</p><script>x()</script>]]></content:encoded>
  </item>
  <item>
    <title>Headline only: talks resume</title>
  </item>
  <item>
    <description>No link, no guid, bad date.</description>
    <pubDate>Sun, 30 Feb 2025 10:00:00 GMT</pubDate>
  </item>
</channel>
</rss>
)";

TEST(FeedSourceTest, Rss) {
  const ReadResult result = ReadFeed(kRss);
  ASSERT_EQ(result.docs.size(), 4u);
  const Document& first = result.docs[0];
  EXPECT_EQ(first.id, "wire-1");
  EXPECT_EQ(first.title, "Leaders meet in Tokyo");
  EXPECT_EQ(first.url, "https://wire.example.org/1");
  EXPECT_EQ(first.date->ToString(), "2025-08-23");
  EXPECT_EQ(first.text, "South Korean President Lee met Ishiba.\nThey agreed.");
  EXPECT_EQ(first.source, "Example Wire");
  EXPECT_EQ(first.origin, "feed.xml:8");

  const Document& second = result.docs[1];
  EXPECT_EQ(second.id, "https://wire.example.org/2");  // no guid: the link
  EXPECT_EQ(second.text, "The full text of the second story.");
  EXPECT_EQ(second.date->ToString(), "2025-08-24");

  EXPECT_EQ(result.docs[2].text, "Headline only: talks resume");

  const Document& fourth = result.docs[3];
  EXPECT_EQ(fourth.text, "No link, no guid, bad date.");
  EXPECT_EQ(fourth.id, ContentId(fourth.text));
  EXPECT_FALSE(fourth.date.has_value());
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].reason, "bad-date");
  EXPECT_EQ(result.problems[0].kind, InputProblem::Kind::kWarning);
}

TEST(FeedSourceTest, Atom) {
  const ReadResult result = ReadFeed(R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <entry>
    <title type="html">Lee &amp;amp; Ishiba</title>
    <id>tag:desk.example.org,2025:1</id>
    <link rel="self" href="https://desk.example.org/self/1"/>
    <link rel="alternate" href="https://desk.example.org/1"/>
    <updated>2025-08-25T00:00:00Z</updated>
    <published>2025-08-23T09:00:00+09:00</published>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;Full &lt;em&gt;content&lt;/em&gt;.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:2</id>
    <updated>2025-08-26T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First para.</p><p>Second <b>para</b>.</p></div></content>
  </entry>
  <entry>
    <id>urn:3</id>
    <summary type="text">Plain   text
      on two lines &lt;not a tag&gt;</summary>
  </entry>
</feed>
)");
  ASSERT_EQ(result.docs.size(), 3u);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.docs[0].id, "tag:desk.example.org,2025:1");
  EXPECT_EQ(result.docs[0].title, "Lee & Ishiba");
  EXPECT_EQ(result.docs[0].url, "https://desk.example.org/1");
  EXPECT_EQ(result.docs[0].date->ToString(), "2025-08-23");  // published, not updated
  EXPECT_EQ(result.docs[0].text, "Full content.");
  EXPECT_EQ(result.docs[0].source, "Atom Desk");
  EXPECT_EQ(result.docs[1].text, "First para.\nSecond para.");
  EXPECT_EQ(result.docs[1].date->ToString(), "2025-08-26");
  EXPECT_EQ(result.docs[2].text, "Plain text\non two lines <not a tag>");
}

TEST(FeedSourceTest, Rss1Rdf) {
  const ReadResult result = ReadFeed(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel><title>RDF Wire</title></channel>
  <item><title>T</title><link>https://rdf.example.org/1</link><description>RDF story.</description></item>
</rdf:RDF>)");
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "RDF story.");
  EXPECT_EQ(result.docs[0].source, "RDF Wire");
}

TEST(FeedSourceTest, MalformedFeedKeepsItemsReadBefore) {
  std::string xml = "<?xml version=\"1.0\"?>\n<rss><channel><title>W</title>\n";
  for (int item_idx = 0; item_idx < 30; ++item_idx) {
    xml += "<item><guid>g" + std::to_string(item_idx) + "</guid><description>Story number " +
           std::to_string(item_idx) + " is here.</description></item>\n";
  }
  // Line 33: a mismatched end tag.
  xml += "<item><guid>bad</guid><description>Broken</title></item>\n";
  xml += "<item><guid>after</guid><description>Never read.</description></item>\n";
  xml += "</channel></rss>\n";
  const ReadResult result = ReadFeed(xml);
  ASSERT_EQ(result.docs.size(), 30u);
  EXPECT_EQ(result.docs.back().id, "g29");
  const auto malformed = result.With("malformed-feed");
  ASSERT_EQ(malformed.size(), 1u);
  EXPECT_EQ(malformed[0].kind, InputProblem::Kind::kSkipped);
  EXPECT_EQ(malformed[0].origin, "feed.xml:33");
  EXPECT_NE(malformed[0].message.find("mismatch"), std::string::npos) << malformed[0].message;
}

TEST(FeedSourceTest, TruncatedFeed) {
  const ReadResult result = ReadFeed(
      "<rss><channel><item><guid>a</guid><description>Complete.</description></item>\n"
      "<item><guid>b</guid><description>Cut off in the mid");
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, "a");
  ASSERT_EQ(result.With("malformed-feed").size(), 1u);
  EXPECT_EQ(result.With("malformed-feed")[0].origin, "feed.xml:2");
}

TEST(FeedSourceTest, ErrorInSmallFileKeepsCompleteItemsAndWarnsOnNamespaces) {
  // All in one small buffer: the complete first item must survive the error
  // (an undefined HTML entity) in the second; the third is never read.
  const ReadResult result = ReadFeed(
      "<rss><channel><item><guid>a</guid><dc:creator>X</dc:creator>"
      "<description>The first story.</description></item>\n"
      "<item><guid>b</guid><description>Second&nbsp;story.</description></item>"
      "<item><guid>c</guid><description>Third.</description></item></channel></rss>");
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, "a");
  const auto malformed = result.With("malformed-feed");
  ASSERT_EQ(malformed.size(), 2u);
  EXPECT_EQ(malformed[0].kind, InputProblem::Kind::kWarning);  // undeclared prefix "dc"
  EXPECT_EQ(malformed[0].origin, "feed.xml:1");
  EXPECT_EQ(malformed[1].kind, InputProblem::Kind::kSkipped);
  EXPECT_EQ(malformed[1].origin, "feed.xml:2");
  EXPECT_NE(malformed[1].message.find("nbsp"), std::string::npos) << malformed[1].message;
}

TEST(FeedSourceTest, JunkAfterTheRootKeepsAllItems) {
  const ReadResult result = ReadFeed(
      "<rss><channel><item><guid>a</guid><description>One.</description></item>"
      "<item><guid>b</guid><description>Two.</description></item></channel></rss>\n<junk/>");
  ASSERT_EQ(result.docs.size(), 2u);
  ASSERT_EQ(result.With("malformed-feed").size(), 1u);
  EXPECT_EQ(result.With("malformed-feed")[0].origin, "feed.xml:2");
}

TEST(FeedSourceTest, NotAFeed) {
  const ReadResult result = ReadFeed("<?xml version=\"1.0\"?><catalog><book>x</book></catalog>");
  EXPECT_TRUE(result.docs.empty());
  ASSERT_EQ(result.With("not-a-feed").size(), 1u);
}

TEST(FeedSourceTest, EmptyFile) {
  const ReadResult result = ReadFeed("");
  EXPECT_TRUE(result.docs.empty());
  EXPECT_EQ(result.With("malformed-feed").size(), 1u);
}

TEST(FeedSourceTest, EntitiesAreNotExpandedAndNothingIsFetched) {
  TempDir dir;
  const std::string secret = dir.Write("secret.txt", "TOP-SECRET-CONTENT");
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
      "<!ENTITY local SYSTEM \"file://" +
      secret +
      "\">\n"
      "<!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">\n"
      "<!ENTITY a \"lol\">\n"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
      "]>\n<rss><channel><item><guid>x</guid>"
      "<description>Before &local; &net; &b; after.</description></item>"
      "</channel></rss>";
  const ReadResult result = ReadFeed(xml);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text.find("TOP-SECRET"), std::string::npos);
  EXPECT_EQ(result.docs[0].text.find("lol"), std::string::npos);
  EXPECT_NE(result.docs[0].text.find("Before"), std::string::npos);
  EXPECT_NE(result.docs[0].text.find("after."), std::string::npos);
}

TEST(FeedSourceTest, InvalidUtf8AndControlBytesAreRepaired) {
  const ReadResult result = ReadFeed(
      "<rss><channel><item><guid>u</guid><description>Talks in M\xFCnchen\x01 ended."
      "</description></item></channel></rss>");
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Talks in M\xEF\xBF\xBDnchen ended.");
  EXPECT_EQ(result.With("invalid-utf8").size(), 1u);
  EXPECT_EQ(result.With("control-chars").size(), 1u);
  EXPECT_TRUE(result.With("malformed-feed").empty());
}

TEST(FeedSourceTest, DeclaredLatin1IsConverted) {
  const ReadResult result = ReadFeed(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
      "<rss><channel><item><guid>l</guid><description>Talks in M\xFCnchen ended."
      "</description></item></channel></rss>");
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "Talks in M\xC3\xBCnchen ended.");
  EXPECT_TRUE(result.problems.empty());
}

TEST(FeedSourceTest, OpensFiles) {
  TempDir dir;
  const std::string path = dir.Write("wire.rss", kRss);
  auto source = FeedSource::Open(path, {});
  ASSERT_TRUE(source.ok());
  const ReadResult result = ReadAll(source->get());
  ASSERT_EQ(result.docs.size(), 4u);
  EXPECT_EQ(result.docs[0].origin, path + ":8");
}

}  // namespace
}  // namespace statecraft
