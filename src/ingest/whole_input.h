// Reading a whole input (file or stdin) into memory, within a budget: for the
// readers that need all of a file at once (feeds, HTML).
#ifndef STATECRAFT_INGEST_WHOLE_INPUT_H_
#define STATECRAFT_INGEST_WHOLE_INPUT_H_

#include <cstddef>
#include <string>

#include "statecraft/status.h"

namespace statecraft {

// Reads all of PATH ("-" = stdin) but no more than MAX_BYTES. *too_long is
// set when the input was longer; the data returned is then its first
// MAX_BYTES bytes. kIoError when the path cannot be opened or read.
Result<std::string> ReadWholeInput(const std::string& path, std::size_t max_bytes, bool* too_long);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_WHOLE_INPUT_H_
