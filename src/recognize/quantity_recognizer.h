// Quantities named in a sentence: percentages ("a 50% tariff"), money
// ("$150 billion", "2 billion euros"), and counts ("two villages").
#ifndef STATECRAFT_RECOGNIZE_QUANTITY_RECOGNIZER_H_
#define STATECRAFT_RECOGNIZE_QUANTITY_RECOGNIZER_H_

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "model/token.h"
#include "statecraft/event.h"

namespace statecraft {

// Appends each quantity to *quantities and its token range to *token_ranges.
void RecognizeQuantities(const std::vector<Token>& tokens, std::string_view story_text,
                         std::vector<Quantity>* quantities, std::vector<std::pair<uint32_t, uint32_t>>* token_ranges);

// "1,200" → 1200, "3.5" → 3.5, "two" → 2; nullopt when not a number.
std::optional<double> ParseNumber(std::string_view lower);

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_QUANTITY_RECOGNIZER_H_
