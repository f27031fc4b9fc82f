#include "ingest/html_text.h"

#include <cctype>
#include <utility>
#include <vector>

#include "ingest/text_hygiene.h"

namespace statecraft {

namespace {

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t') continue;  // "display: none" == "display:none"
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Collects text into lines; whitespace is collapsed when a line ends, so
// "foo<b>bar</b>" stays one word and "foo <b>bar</b>" two.
class LineBuilder {
 public:
  void Append(std::string_view text) { line_.append(text); }
  void EndLine() {
    if (line_.empty()) return;
    std::string collapsed = CollapseWhitespace(line_);
    line_.clear();
    if (collapsed.empty()) return;
    if (!out_.empty()) out_.push_back('\n');
    out_ += collapsed;
  }
  std::string Finish() {
    EndLine();
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string line_;
};

}  // namespace

bool IsSkippedElement(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& element = node->v.element;
  if (IsSkippedTag(element.tag)) return true;
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
  if (const GumboAttribute* aria = gumbo_get_attribute(&element.attributes, "aria-hidden")) {
    if (Lower(aria->value) == "true") return true;
  }
  if (const GumboAttribute* role = gumbo_get_attribute(&element.attributes, "role")) {
    const std::string value = Lower(role->value);
    if (value == "navigation" || value == "banner" || value == "contentinfo" ||
        value == "complementary" || value == "search" || value == "menu" || value == "menubar") {
      return true;
    }
  }
  if (const GumboAttribute* style = gumbo_get_attribute(&element.attributes, "style")) {
    if (Lower(style->value).find("display:none") != std::string::npos) return true;
  }
  return false;
}

std::string GumboNodeText(const GumboNode* root) {
  LineBuilder lines;
  // (node, leaving): a block element is pushed twice, to end its line on the
  // way in and on the way out.
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  auto push_children = [&stack](const GumboVector& children) {
    for (unsigned child_idx = children.length; child_idx-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[child_idx]), false);
    }
  };
  while (!stack.empty()) {
    const auto [node, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      const GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        lines.Append(" ");
      } else {
        lines.EndLine();
      }
      continue;
    }
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        push_children(node->v.document.children);
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        lines.Append(node->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: {
        if (IsSkippedElement(node)) break;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_BR) {
          lines.EndLine();
          break;
        }
        if (IsBlockTag(tag)) {
          lines.EndLine();
          stack.emplace_back(node, true);
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
          stack.emplace_back(node, true);
        }
        push_children(node->v.element.children);
        break;
      }
      default:  // comments, templates
        break;
    }
  }
  return lines.Finish();
}

GumboOutput* ParseHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read gumbo's error list
  return gumbo_parse_with_options(&options, html.data(), html.size());
}

void DestroyGumboOutput(GumboOutput* output) {
  if (output != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output);
}

std::string HtmlFragmentToText(std::string_view html) {
  GumboOutput* output = ParseHtml(html);
  std::string text = GumboNodeText(output->root);
  DestroyGumboOutput(output);
  return text;
}

}  // namespace statecraft
