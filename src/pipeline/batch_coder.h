// Codes a batch of documents on a pool of threads and returns the results in
// input order, so that output is deterministic whatever the thread count.
#ifndef STATECRAFT_PIPELINE_BATCH_CODER_H_
#define STATECRAFT_PIPELINE_BATCH_CODER_H_

#include <vector>

#include "model/document.h"
#include "statecraft/engine.h"

namespace statecraft {

// REQUIRES: threads >= 1. Blocks until every document is coded.
std::vector<StoryResult> CodeBatch(const Engine& engine, const std::vector<Document>& documents, int threads);

}  // namespace statecraft

#endif  // STATECRAFT_PIPELINE_BATCH_CODER_H_
