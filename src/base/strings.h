// String helpers used by the dictionary readers and the CLI.
#ifndef STATECRAFT_BASE_STRINGS_H_
#define STATECRAFT_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace statecraft {

std::string_view Trim(std::string_view s);
// Splits on `sep`, trimming each piece; keeps empty pieces.
std::vector<std::string> SplitTrim(std::string_view s, char sep);
// Splits on runs of ASCII whitespace.
std::vector<std::string> SplitWhitespace(std::string_view s);
std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
// Removes a '#' comment (not inside the line's first character run of '&').
std::string_view StripComment(std::string_view line);

}  // namespace statecraft

#endif  // STATECRAFT_BASE_STRINGS_H_
