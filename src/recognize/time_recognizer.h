// Times named in a sentence, resolved against the story date:
// "September 23-29", "in June", "by the end of October", "by 2030",
// "on Tuesday", "this week", "last year".
#ifndef STATECRAFT_RECOGNIZE_TIME_RECOGNIZER_H_
#define STATECRAFT_RECOGNIZE_TIME_RECOGNIZER_H_

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.h"
#include "model/token.h"
#include "statecraft/event.h"

namespace statecraft {

// Appends each time found to *times and its token range to *token_ranges.
// Without a story date, only times that name their year are resolved; the
// others are reported with empty from/to.
void RecognizeTimes(const std::vector<Token>& tokens, std::string_view story_text, const std::optional<Date>& story_date,
                    std::vector<TimeRef>* times, std::vector<std::pair<uint32_t, uint32_t>>* token_ranges);

// 1..12 for a month name or abbreviation ("sept", "september"), else 0.
int MonthNumber(std::string_view lower);

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_TIME_RECOGNIZER_H_
