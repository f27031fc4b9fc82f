// Checks across a whole Dictionary that no single line can see.
#ifndef STATECRAFT_DICT_LINT_H_
#define STATECRAFT_DICT_LINT_H_

#include <vector>

#include "dict/diagnostic.h"
#include "dict/dictionary.h"

namespace statecraft {

// Appends to *diagnostics:
//  - error: two people hold the same office key on overlapping dates;
//  - error: a verb pattern names a CAMEO code that codes.txt lacks;
//  - error: a CAMEO root (01..20) has no verb pattern;
//  - warning: one name phrase names two different countries.
void LintDictionary(const Dictionary& dict, std::vector<Diagnostic>* diagnostics);

}  // namespace statecraft

#endif  // STATECRAFT_DICT_LINT_H_
