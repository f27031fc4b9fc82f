// Reads the team's plain-text dictionaries (docs/dictionaries.md) from a
// directory laid out like data/ into a Dictionary.
#ifndef STATECRAFT_DICT_TEAM_READER_H_
#define STATECRAFT_DICT_TEAM_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/diagnostic.h"
#include "dict/dictionary.h"
#include "statecraft/status.h"

namespace statecraft {

// Turns a phrase as written ("U.S.", "Lee Jae-myung") into the key the
// recognizer matches: the normalized tokens joined by single spaces.
using PhraseKeyFn = std::function<std::string(std::string_view)>;

struct TeamReaderOptions {
  std::string dir;            // the directory to read (holds actors/, verbs/, cameo/)
  std::string display_prefix; // prefix for locations, e.g. "data" → "data/verbs/x.txt:3"
  PhraseKeyFn key_of;         // REQUIRED
};

// Appends what DIR holds to *dict. Problems (with file:line) go to
// *diagnostics; the reader never stops at the first. Returns an error only
// when DIR cannot be read at all. Files that are absent are skipped, so a
// user's extra directory may hold just one file (say people/mine.txt).
// Appends every file's bytes to *hashed for the artifact's source hash.
Status ReadTeamDictionary(const TeamReaderOptions& options, Dictionary* dict,
                          std::vector<Diagnostic>* diagnostics, std::string* hashed);

// Parses one verb-pattern line ("042 visit to + [noun]"); exposed for tests
// and for the PETRARCH front end, which builds the same VerbPattern.
// `synsets` maps "&NAME" to its words.
Status ParsePatternLine(std::string_view line,
                        const std::vector<std::pair<std::string, std::vector<std::string>>>& synsets,
                        VerbPattern* pattern);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_TEAM_READER_H_
