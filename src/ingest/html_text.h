// Visible text of HTML, as lines: what a reader of the page would read.
//
// Rules:
//   - dropped with everything inside: script, style, noscript, template,
//     head, nav, header, footer, aside, form, button, select, textarea,
//     iframe, object, embed, canvas, svg, math, dialog, menu; elements with
//     the `hidden` attribute, aria-hidden="true", or a landmark role
//     (navigation, banner, contentinfo, complementary, search, menu);
//   - block elements (p, div, li, h1..h6, blockquote, section, article, tr,
//     br, ...) end a line; lines are joined with "\n";
//   - inside a line, runs of whitespace (U+00A0 included) become one space;
//     lines are trimmed and empty lines dropped;
//   - table cells are separated by a space; entities are decoded by gumbo.
// The walk uses an explicit stack: input depth cannot overflow ours.
#ifndef STATECRAFT_INGEST_HTML_TEXT_H_
#define STATECRAFT_INGEST_HTML_TEXT_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace statecraft {

// The visible text under NODE (NODE itself included), by the rules above.
std::string GumboNodeText(const GumboNode* node);

// Parses HTML (a fragment or a page; REQUIRES valid UTF-8) and returns the
// visible text of its body.
std::string HtmlFragmentToText(std::string_view html);

// True when NODE is an element the rules above drop.
bool IsSkippedElement(const GumboNode* node);

// Parses HTML with the options ingest uses (error recording off). The caller
// owns the result: release it with DestroyGumboOutput.
GumboOutput* ParseHtml(std::string_view html);
void DestroyGumboOutput(GumboOutput* output);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_HTML_TEXT_H_
