// Builds the Dictionary the coder uses from a layer spec:
//   "builtin"                 the compiled artifact shipped with the binary
//   "DIR"                     the team's text format, read at start-up
//   "ART.scd"                 another compiled artifact
//   "petrarch:DIR"            PETRARCH2-format dictionaries (petrarch_reader.h)
// comma-separated, later layers winning ("builtin,my-extra/").
#ifndef STATECRAFT_DICT_DICTIONARY_LOADER_H_
#define STATECRAFT_DICT_DICTIONARY_LOADER_H_

#include <string>
#include <vector>

#include "dict/diagnostic.h"
#include "dict/dictionary.h"
#include "dict/petrarch_reader.h"
#include "dict/team_reader.h"
#include "statecraft/status.h"

namespace statecraft {

class Normalizer;

// The phrase key the recognizer matches, made with the stories' own
// tokenizer: `normalizer` splits the phrase, its tokens' lowercase forms are
// joined by single spaces. REQUIRES: `normalizer` outlives the function.
PhraseKeyFn MakePhraseKeyFn(const Normalizer* normalizer);

// Where the builtin artifact is: $STATECRAFT_DICT, else statecraft.scd next
// to the executable, else ../share/statecraft/statecraft.scd beside it.
std::string FindBuiltinArtifact();

// Reads a directory in the team's format, lints it, and stamps its hash.
// Diagnostics are appended; the dictionary is returned even with errors (the
// caller decides: `dict compile` refuses, `dict lint` reports).
Result<Dictionary> CompileDirectory(const std::string& dir, const std::string& display_prefix,
                                    const PhraseKeyFn& key_of, std::vector<Diagnostic>* diagnostics);

// Reads a directory of PETRARCH2 dictionaries the same way: read, stamp.
// The team's lint rules (countries.txt, role codes, a pattern for every
// CAMEO root, cameo/codes.txt) do not apply to PETRARCH data and are not
// run; the reader checks what does (its office keys cannot overlap). Only
// the reader's errors (an unreadable file) make the layer fail. `stats` may
// be null.
Result<Dictionary> CompilePetrarchDirectory(const std::string& dir, const std::string& display_prefix,
                                            const PhraseKeyFn& key_of, std::vector<Diagnostic>* diagnostics,
                                            PetrarchReadStats* stats = nullptr);

// Loads and merges the layers of `spec`. Errors in a text layer are returned
// as a Status listing the first few diagnostics.
Result<Dictionary> LoadDictionaries(const std::string& spec, const PhraseKeyFn& key_of);

// Appends `layer` to `base`; on equal keys the layer's entries win.
void MergeDictionary(Dictionary layer, Dictionary* base);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_DICTIONARY_LOADER_H_
