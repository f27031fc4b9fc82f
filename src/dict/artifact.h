// The compiled dictionary artifact: one file, stamped with a magic number, a
// format version and the SHA-256 of its sources, that the coder loads
// without parsing text.
#ifndef STATECRAFT_DICT_ARTIFACT_H_
#define STATECRAFT_DICT_ARTIFACT_H_

#include <string>

#include "dict/dictionary.h"
#include "statecraft/status.h"

namespace statecraft {

inline constexpr char kArtifactMagic[8] = {'S', 'C', 'D', 'I', 'C', 'T', '\r', '\n'};
// 2: Agent::prefix, VerbPattern::paired_code, PhraseKind::kDiscard.
inline constexpr uint32_t kArtifactVersion = 6;  // 4: PhraseKind::kPlace; 5: Phrase::capital_words; 6: [end]

// Serializes `dict` (not its lookup indexes, which are rebuilt on load).
std::string SerializeDictionary(const Dictionary& dict);
// Parses an artifact. Corruption when the magic, version or length is off.
Result<Dictionary> DeserializeDictionary(const std::string& bytes, const std::string& origin);

Status SaveArtifact(const Dictionary& dict, const std::string& path);
Result<Dictionary> LoadArtifact(const std::string& path);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_ARTIFACT_H_
