#include "serve/loaded_dictionary.h"

#include "dict/dictionary_loader.h"
#include "normalize/normalizer.h"

namespace statecraft {

Result<std::unique_ptr<LoadedDictionary>> LoadedDictionary::Load(const std::string& spec) {
  Result<std::unique_ptr<Normalizer>> normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  auto loaded = std::make_unique<LoadedDictionary>();
  std::shared_ptr<const Normalizer> norm(std::move(normalizer.value()));
  loaded->normalizer = norm;
  loaded->key_of = [norm](std::string_view phrase) {
    NormalizeOptions options;
    options.tag = false;
    std::string key;
    for (const Sentence& sentence : norm->Split(phrase, options)) {
      for (const Token& token : sentence.tokens) {
        if (!key.empty()) key.push_back(' ');
        key += token.lower;
      }
    }
    return key;
  };
  Result<Dictionary> dictionary = LoadDictionaries(spec, loaded->key_of);
  if (!dictionary.ok()) return dictionary.status();
  loaded->dictionary = std::move(dictionary.value());
  return loaded;
}

}  // namespace statecraft
