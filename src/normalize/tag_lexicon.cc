#include "normalize/tag_lexicon.h"

#include <charconv>
#include <cmath>

#include "base/files.h"

namespace statecraft {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

Result<TagLexicon> TagLexicon::Load(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

Result<TagLexicon> TagLexicon::Parse(std::string_view content, const std::string& name) {
  TagLexicon lexicon;
  lexicon.words_.Reserve(content.size() / 32, content.size() / 3);
  lexicon.entries_.reserve(content.size() / 20);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    if (line.empty() || line == "MNCL") continue;
    auto error = [&](const char* what) {
      return Status::Corruption(name + ":" + std::to_string(line_no) + ": " + what);
    };
    if (line.size() < 4 || line[0] != '(' || line[1] != '"') return error("expected (\"word\" ...");
    const size_t close = line.find('"', 2);
    if (close == std::string_view::npos || close == 2) return error("unterminated word");
    const std::string_view word = line.substr(2, close - 2);
    size_t p = line.find("((", close);
    if (p == std::string_view::npos) return error("expected a tag list");
    p += 1;  // at the first '('
    const size_t first = lexicon.entries_.size();
    while (true) {
      while (p < line.size() && IsSpace(line[p])) ++p;
      if (p >= line.size()) return error("unterminated tag list");
      if (line[p] == ')') break;
      if (line[p] != '(') return error("expected (tag logprob)");
      ++p;
      const size_t tag_end = line.find(' ', p);
      if (tag_end == std::string_view::npos) return error("expected a tag");
      const std::string_view tag_name = line.substr(p, tag_end - p);
      p = tag_end + 1;
      float log_prob = 0;
      const auto [ptr, ec] = std::from_chars(line.data() + p, line.data() + line.size(), log_prob);
      if (ec != std::errc()) return error("expected a log probability");
      p = static_cast<size_t>(ptr - line.data());
      while (p < line.size() && IsSpace(line[p])) ++p;
      if (p >= line.size() || line[p] != ')') return error("expected ) after the log probability");
      ++p;
      const LexTag tag = LexTagFromName(tag_name);
      if (tag != LexTag::kCount) lexicon.entries_.push_back(Entry{tag, log_prob});
    }
    if (lexicon.entries_.size() == first) continue;  // only placeholder tags
    const uint32_t id = lexicon.words_.Insert(word);
    if (id + 1 != lexicon.first_entry_.size()) return error("duplicate word");
    lexicon.first_entry_.push_back(static_cast<uint32_t>(lexicon.entries_.size()));
  }
  if (lexicon.size() == 0) return Status::Corruption(name + ": no entries");
  return lexicon;
}

double WordCount(std::span<const TagLexicon::Entry> entries,
                 const std::array<double, kLexTagCount>& tag_counts) {
  double total = 0;
  for (const TagLexicon::Entry& e : entries)
    total += std::exp(e.log_prob) * tag_counts[static_cast<size_t>(e.tag)];
  return total;
}

}  // namespace statecraft
