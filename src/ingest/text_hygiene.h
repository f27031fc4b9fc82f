// Byte-level repair of story text, so that every later stage can assume valid
// UTF-8 without control characters.
//
// Policy (applies to every reader):
//   - Each maximal ill-formed UTF-8 subsequence (stray continuation bytes,
//     truncated sequences, overlong forms, surrogates, code points above
//     U+10FFFF) is replaced by one U+FFFD REPLACEMENT CHARACTER, as WHATWG and
//     Unicode (§3.9, "maximal subpart") recommend. The story is kept.
//   - NUL bytes and the other C0 controls except TAB, LF and CR, and DEL, are
//     replaced by one space each (a space, not nothing, so that the bytes on
//     either side never merge into one word).
//   - Each kind of repair in a story gives one kWarning InputProblem with the
//     count and the byte offset of the first occurrence (offsets into the text
//     as it was read, before the repair).
// Repairs change lengths (one bad byte -> three bytes of U+FFFD), so byte
// offsets used later always refer to the repaired text.
#ifndef STATECRAFT_INGEST_TEXT_HYGIENE_H_
#define STATECRAFT_INGEST_TEXT_HYGIENE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace statecraft {

struct TextRepairReport {
  std::size_t invalid_sequences = 0;  // each replaced by U+FFFD
  std::size_t first_invalid_offset = 0;
  std::size_t nul_bytes = 0;  // each replaced by a space
  std::size_t first_nul_offset = 0;
  std::size_t control_chars = 0;  // other C0 controls and DEL, each replaced by a space
  std::size_t first_control_offset = 0;

  bool clean() const { return invalid_sequences == 0 && nul_bytes == 0 && control_chars == 0; }
};

// Repairs *text in place by the policy above. Linear time; when the text is
// already clean it is not copied.
TextRepairReport RepairText(std::string* text);

// True when `text` is valid UTF-8 (controls allowed).
bool IsValidUtf8(std::string_view text);

// Appends one kWarning per kind of repair in REPORT ("invalid-utf8",
// "nul-bytes", "control-chars"). WHAT names the thing the offsets index into
// ("story text", "line", "file"), for the message.
void AppendRepairProblems(const TextRepairReport& report, const std::string& origin,
                          const std::string& doc_id, std::string_view what,
                          std::vector<InputProblem>* problems);

// Decodes windows-1252 (a superset of ISO-8859-1 as browsers treat it) to UTF-8.
std::string Windows1252ToUtf8(std::string_view bytes);

// Removes a leading UTF-8 byte-order mark; true when one was there.
bool StripUtf8Bom(std::string* text);

// Replaces every run of whitespace (ASCII whitespace and U+00A0) by one space
// and trims both ends. For titles and other one-line fields.
std::string CollapseWhitespace(std::string_view text);

// True when TEXT holds nothing but whitespace (ASCII, U+00A0, U+FEFF, U+3000
// and the U+2000..U+200B spaces).
bool IsBlank(std::string_view text);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_TEXT_HYGIENE_H_
