// Parses the date part of the timestamps that news inputs carry.
//
// The calendar date is taken as written, in the publisher's own time zone:
// "2025-08-23T23:30:00-05:00" is 2025-08-23, not the UTC date 2025-08-24. A
// story's date is the date its readers saw on it; conversions across zones
// would move late-evening stories to the next day.
// Every parser returns nullopt for malformed or impossible dates
// ("2025-02-30"); none of them throws.
#ifndef STATECRAFT_INGEST_TIMESTAMP_PARSER_H_
#define STATECRAFT_INGEST_TIMESTAMP_PARSER_H_

#include <optional>
#include <string_view>

#include "model/date.h"

namespace statecraft {

// ISO 8601 / RFC 3339: "2025-08-23", "20250823", "2025-08-23T10:00:00Z",
// "2025-08-23 10:00", "2025-08-23T10:00:00.123+09:00". Surrounding
// whitespace is ignored; a time part, when present, must be well formed.
std::optional<Date> ParseIsoDate(std::string_view text);

// RFC 822 / RFC 2822 as in RSS <pubDate>: "Sat, 23 Aug 2025 10:00:00 +0000",
// "23 Aug 2025", "Sat, 23 August 2025 10:00 GMT". Two-digit years are read as
// RFC 2822 says (00..49 -> 20xx, 50..99 -> 19xx). The day name, time and zone
// are not checked beyond their shape.
std::optional<Date> ParseRfc822Date(std::string_view text);

// Either of the above.
std::optional<Date> ParseAnyDate(std::string_view text);

}  // namespace statecraft

#endif  // STATECRAFT_INGEST_TIMESTAMP_PARSER_H_
