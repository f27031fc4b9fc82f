#include "pipeline/batch_coder.h"

#include <atomic>
#include <thread>

namespace statecraft {

std::vector<StoryResult> CodeBatch(const Engine& engine, const std::vector<Document>& documents, int threads) {
  std::vector<StoryResult> results(documents.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t idx = next++; idx < documents.size(); idx = next++) results[idx] = engine.Code(documents[idx]);
  };
  int extra = std::min<int>(threads, static_cast<int>(documents.size())) - 1;
  std::vector<std::thread> pool;
  for (int t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return results;
}

}  // namespace statecraft
