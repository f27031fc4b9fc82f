// A pool of open EventStores for the server's threads. An EventStore is not
// safe for concurrent use, so each request borrows one for its duration;
// stores are opened on demand and kept for reuse, so the number open is the
// largest number of requests served at once (the thread count).
//
// Thread safety: Acquire may be called from any thread. A Lease must be
// used by one thread at a time and must not outlive the pool.
#ifndef STATECRAFT_SERVE_STORE_POOL_H_
#define STATECRAFT_SERVE_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "statecraft/event_store.h"
#include "statecraft/status.h"

namespace statecraft {

class StorePool {
 public:
  // A borrowed store, returned to the pool when the lease is destroyed
  // (unless Discard()ed, e.g. after an I/O error, so a broken connection is
  // not reused).
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(std::move(other.store_)) { other.pool_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    EventStore& operator*() const { return *store_; }
    EventStore* operator->() const { return store_.get(); }
    void Discard() { store_.reset(); }

   private:
    friend class StorePool;
    Lease(StorePool* pool, std::unique_ptr<EventStore> store) : pool_(pool), store_(std::move(store)) {}
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  StorePool(std::string location, EventStoreOptions options)
      : location_(std::move(location)), options_(options) {}

  // An idle store, or a newly opened one. Errors: those of OpenEventStore.
  Result<Lease> Acquire();

  // Stores currently idle in the pool (for tests).
  size_t IdleCount();

 private:
  void Return(std::unique_ptr<EventStore> store);

  const std::string location_;
  const EventStoreOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> idle_;  // guarded by mu_
};

// Opens `location` read-only. A store written by an older binary (schema
// out of date) is first opened for writing once, which applies the pending
// migrations, then opened read-only again. Errors: those of OpenEventStore
// (NotFound when the store does not exist: nothing is created).
Result<std::unique_ptr<EventStore>> OpenStoreForReading(const std::string& location);

// Readies the process for many threads reading stores at once: turns off
// SQLite's memory statistics, whose one global mutex every allocation of
// every connection would take. Call it before the process opens any store,
// while no other thread runs; later calls do nothing.
void PrepareForConcurrentReads();

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_STORE_POOL_H_
