#include "ingest/html_article.h"

#include <cctype>
#include <utility>
#include <vector>

#include "ingest/html_text.h"
#include "ingest/text_hygiene.h"

namespace statecraft {

namespace {

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? std::string() : std::string(attribute->value);
}

bool IsElement(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT; }

// Calls VISIT(node, inside_skipped) on every element under ROOT in document
// order, iteratively.
template <typename Visit>
void ForEachElement(const GumboNode* root, Visit visit) {
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  while (!stack.empty()) {
    const auto [node, inside_skipped] = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    bool skipped = inside_skipped;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (IsElement(node)) {
      visit(node, inside_skipped);
      skipped = skipped || IsSkippedElement(node);
      children = &node->v.element.children;
    }
    if (children == nullptr) continue;
    for (unsigned child_idx = children->length; child_idx-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(children->data[child_idx]), skipped);
    }
  }
}

// The raw text under a node (for <title>, which holds only text).
std::string RawText(const GumboNode* node) {
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned child_idx = 0; child_idx < children.length; ++child_idx) {
    const auto* child = static_cast<const GumboNode*>(children.data[child_idx]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
      out += child->v.text.text;
    }
  }
  return out;
}

std::string FirstTimeDatetime(const GumboNode* root) {
  std::string found;
  ForEachElement(root, [&found](const GumboNode* node, bool) {
    if (found.empty() && node->v.element.tag == GUMBO_TAG_TIME) {
      found = Attribute(node, "datetime");
    }
  });
  return found;
}

}  // namespace

HtmlArticle ExtractHtmlArticle(std::string_view html) {
  HtmlArticle article;
  GumboOutput* output = ParseHtml(html);

  std::string og_title, title_element, first_h1, published, og_url, canonical;
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* role_main = nullptr;
  const GumboNode* body = nullptr;

  ForEachElement(output->document, [&](const GumboNode* node, bool inside_skipped) {
    switch (node->v.element.tag) {
      case GUMBO_TAG_META: {
        const std::string key =
            Lower(!Attribute(node, "property").empty() ? Attribute(node, "property")
                  : !Attribute(node, "name").empty()   ? Attribute(node, "name")
                                                       : Attribute(node, "itemprop"));
        const std::string content = Attribute(node, "content");
        if (content.empty()) break;
        if (key == "og:title" && og_title.empty()) {
          og_title = content;
        } else if (key == "og:url" && og_url.empty()) {
          og_url = content;
        } else if (key == "og:site_name" && article.site_name.empty()) {
          article.site_name = content;
        } else if (published.empty() &&
                   (key == "article:published_time" || key == "datepublished" || key == "date" ||
                    key == "pubdate" || key == "dc.date" || key == "dcterms.date")) {
          published = content;
        }
        break;
      }
      case GUMBO_TAG_TITLE:
        if (title_element.empty()) title_element = RawText(node);
        break;
      case GUMBO_TAG_LINK:
        if (canonical.empty() && Lower(Attribute(node, "rel")) == "canonical") {
          canonical = Attribute(node, "href");
        }
        break;
      case GUMBO_TAG_H1:
        if (first_h1.empty() && !inside_skipped) first_h1 = GumboNodeText(node);
        break;
      case GUMBO_TAG_ARTICLE:
        if (!inside_skipped) articles.push_back(node);
        break;
      case GUMBO_TAG_MAIN:
        if (main == nullptr && !inside_skipped) main = node;
        break;
      case GUMBO_TAG_BODY:
        if (body == nullptr) body = node;
        break;
      default:
        break;
    }
    if (role_main == nullptr && !inside_skipped && Lower(Attribute(node, "role")) == "main") {
      role_main = node;
    }
  });

  const GumboNode* root = nullptr;
  if (!articles.empty()) {
    std::size_t best_size = 0;
    for (const GumboNode* candidate : articles) {
      std::string text = GumboNodeText(candidate);
      if (root == nullptr || text.size() > best_size) {
        root = candidate;
        best_size = text.size();
        article.text = std::move(text);
      }
    }
  } else if (main != nullptr || role_main != nullptr) {
    root = main != nullptr ? main : role_main;
    article.text = GumboNodeText(root);
  }
  if (article.text.empty()) {
    root = body != nullptr ? body : output->root;
    article.text = GumboNodeText(root);
  }

  article.title = CollapseWhitespace(!og_title.empty()        ? og_title
                                     : !title_element.empty() ? title_element
                                                              : first_h1);
  article.url = CollapseWhitespace(!canonical.empty() ? canonical : og_url);
  article.site_name = CollapseWhitespace(article.site_name);
  article.date_text = published;
  if (article.date_text.empty()) article.date_text = FirstTimeDatetime(root);
  if (article.date_text.empty()) article.date_text = FirstTimeDatetime(output->document);
  article.date_text = CollapseWhitespace(article.date_text);

  DestroyGumboOutput(output);
  return article;
}

}  // namespace statecraft
