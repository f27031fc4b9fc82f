#include "serve/store_pool.h"

#include "store/sqlite_event_store.h"

namespace statecraft {

StorePool::Lease::~Lease() {
  if (pool_ != nullptr && store_ != nullptr) pool_->Return(std::move(store_));
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<EventStore> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  // Opened outside the lock: opening may take a while (a server connection).
  Result<std::unique_ptr<EventStore>> opened = OpenEventStore(location_, options_);
  if (!opened.ok()) return opened.status();
  return Lease(this, std::move(opened.value()));
}

Result<std::unique_ptr<EventStore>> OpenStoreForReading(const std::string& location) {
  EventStoreOptions read_only;
  read_only.read_only = true;
  Result<std::unique_ptr<EventStore>> store = OpenEventStore(location, read_only);
  if (store.ok() || store.status().code() == StatusCode::kNotFound) return store;
  if (!OpenEventStore(location).ok()) return store;  // keep the first error: it says more
  return OpenEventStore(location, read_only);
}

void PrepareForConcurrentReads() { SqliteEventStore::DisableMemoryStatistics(); }

size_t StorePool::IdleCount() {
  std::lock_guard<std::mutex> lock(mu_);
  return idle_.size();
}

void StorePool::Return(std::unique_ptr<EventStore> store) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
}

}  // namespace statecraft
