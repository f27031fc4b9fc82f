// festival's WSJ part-of-speech lexicon (Debian package festlex-poslex,
// /usr/share/festival/dicts/wsj.wp39.poslexR): for ~33,000 lowercase words,
// the tags each was seen with and ln P(word | tag), estimated from the Wall
// Street Journal part of the Penn Treebank.
//
// File format (one entry a line after a first "MNCL" line):
//   ("word" ((tag1 logprob1) (tag2 logprob2) ... ) () )
// Tags are festival's (see lex_tag.h); entries with festival's placeholder
// tags "1" and "2" are skipped.
#ifndef STATECRAFT_NORMALIZE_TAG_LEXICON_H_
#define STATECRAFT_NORMALIZE_TAG_LEXICON_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/lex_tag.h"
#include "normalize/string_table.h"
#include "statecraft/status.h"

namespace statecraft {

class TagLexicon {
 public:
  struct Entry {
    LexTag tag = LexTag::NN;
    float log_prob = 0;  // ln P(word | tag)
  };

  // Parses the lexicon at `path`. Errors name the file and line.
  static Result<TagLexicon> Load(const std::string& path);
  // Parses lexicon text (for tests); `name` is used in error messages.
  static Result<TagLexicon> Parse(std::string_view content, const std::string& name);

  // The entries of `word` (lowercase, with dots: "u.s."); empty when unknown.
  std::span<const Entry> Find(std::string_view word) const {
    const uint32_t id = words_.Find(word);
    if (id == StringTable::kNotFound) return {};
    return Entries(id);
  }

  size_t size() const { return words_.size(); }
  std::string_view Word(uint32_t id) const { return words_.key(id); }
  std::span<const Entry> Entries(uint32_t id) const {
    return std::span<const Entry>(entries_).subspan(first_entry_[id],
                                                    first_entry_[id + 1] - first_entry_[id]);
  }

 private:
  StringTable words_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> first_entry_ = {
      0};  // word id i owns entries_[first_entry_[i], first_entry_[i+1])
};

// Estimated corpus count of `word` with each of its tags: P(word|tag) times
// the tag's corpus count (`tag_counts`, from the tag n-gram).
double WordCount(std::span<const TagLexicon::Entry> entries,
                 const std::array<double, kLexTagCount>& tag_counts);

}  // namespace statecraft

#endif  // STATECRAFT_NORMALIZE_TAG_LEXICON_H_
