// The dictionary as the server and `statecraft query` need it: the merged
// layers plus the key function that normalizes a name the way the
// dictionary's phrase keys were made (so "Lee Jae Myung" finds
// "Lee Jae-myung").
//
// Thread safety: immutable after Load; key_of may be called from any thread.
#ifndef STATECRAFT_SERVE_LOADED_DICTIONARY_H_
#define STATECRAFT_SERVE_LOADED_DICTIONARY_H_

#include <memory>
#include <string>

#include "dict/dictionary.h"
#include "dict/team_reader.h"
#include "statecraft/status.h"

namespace statecraft {

class Normalizer;

struct LoadedDictionary {
  // `spec` as for --dict ("builtin", "builtin,DIR", ...). Errors: those of
  // LoadDictionaries and of the normalizer's data files.
  static Result<std::unique_ptr<LoadedDictionary>> Load(const std::string& spec);

  std::shared_ptr<const Normalizer> normalizer;
  PhraseKeyFn key_of;
  Dictionary dictionary;
};

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_LOADED_DICTIONARY_H_
