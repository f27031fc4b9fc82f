#include "normalize/wordnet.h"

#include <filesystem>
#include <span>

#include "base/files.h"

namespace statecraft {

namespace {

constexpr std::array<const char*, WordNet::kClassCount> kClassNames = {"noun", "verb", "adj",
                                                                       "adv"};

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsConsonant(char c) {
  return c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

template <typename Fn>
void ForEachLine(std::string_view content, Fn fn) {
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    fn(content.substr(pos, eol - pos));
    pos = eol + 1;
  }
}

std::string_view FirstField(std::string_view line, size_t start = 0) {
  const size_t end = line.find(' ', start);
  return line.substr(start, (end == std::string_view::npos ? line.size() : end) - start);
}

Status ReadWordNetFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path +
                            ": WordNet data not found; install the Debian package wordnet-base "
                            "(apt-get install wordnet-base)");
  }
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  *out = std::move(content).value();
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const WordNet>> WordNet::Load(const std::string& dir) {
  std::shared_ptr<WordNet> wordnet(new WordNet());
  std::string content;
  for (int cls = 0; cls < kClassCount; ++cls) {
    ClassData& data = wordnet->data_[cls];
    const std::string index_path = dir + "/index." + kClassNames[cls];
    SC_RETURN_IF_ERROR(ReadWordNetFile(index_path, &content));
    data.lemmas.Reserve(content.size() / 40, content.size() / 4);
    ForEachLine(content, [&](std::string_view line) {
      if (line.empty() || line[0] == ' ') return;  // the licence header
      data.lemmas.Insert(FirstField(line));
    });
    if (data.lemmas.size() == 0) return Status::Corruption(index_path + ": no lemmas");

    const std::string exc_path = dir + "/" + kClassNames[cls] + ".exc";
    SC_RETURN_IF_ERROR(ReadWordNetFile(exc_path, &content));
    ForEachLine(content, [&](std::string_view line) {
      const std::string_view form = FirstField(line);
      if (form.empty() || form.size() + 1 >= line.size()) return;
      const std::string_view base = FirstField(line, form.size() + 1);
      if (base.empty()) return;
      const uint32_t id = data.exception_forms.Insert(form);
      if (id == data.base_of.size()) data.base_of.push_back(data.base_forms.Insert(base));
    });
  }
  return std::shared_ptr<const WordNet>(std::move(wordnet));
}

std::string_view WordNet::Morphy(std::string_view word, Class cls, bool inflected,
                                 std::string* scratch) const {
  const ClassData& data = data_[cls];
  const bool known = data.lemmas.Contains(word);
  if (!inflected && known) return word;
  const uint32_t exc = data.exception_forms.Find(word);
  if (exc != StringTable::kNotFound) return data.base_forms.key(data.base_of[exc]);
  std::span<const Rule> rules;
  if (cls == kNoun) rules = kNounRules;
  if (cls == kVerb) rules = kVerbRules;
  if (cls == kAdj) rules = kAdjRules;
  for (const Rule& rule : rules) {
    if (!EndsWith(word, rule.suffix)) continue;
    scratch->assign(word.substr(0, word.size() - rule.suffix.size()));
    scratch->append(rule.replacement);
    if (data.lemmas.Contains(*scratch)) return *scratch;
  }
  if (known) return word;
  for (const Rule& rule : rules) {
    if (!rule.replacement.empty() || !EndsWith(word, rule.suffix)) continue;
    const std::string_view stem = word.substr(0, word.size() - rule.suffix.size());
    if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
        IsConsonant(stem.back())) {
      scratch->assign(stem.substr(0, stem.size() - 1));
      if (data.lemmas.Contains(*scratch)) return *scratch;
    }
  }
  return {};
}

}  // namespace statecraft
