#include "serve/store_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace statecraft {
namespace {

namespace fs = std::filesystem;

TEST(StorePoolTest, ReusesReturnedStores) {
  fs::path db = fs::temp_directory_path() / ("sc-pool-" + std::to_string(::getpid()) + ".sqlite");
  fs::remove(db);
  ASSERT_TRUE(OpenEventStore(db.string()).ok()) << "create the store";
  EventStoreOptions options;
  options.read_only = true;
  StorePool pool(db.string(), options);
  EXPECT_EQ(pool.IdleCount(), 0u);
  {
    Result<StorePool::Lease> a = pool.Acquire();
    Result<StorePool::Lease> b = pool.Acquire();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(&**a, &**b) << "two leases, two stores";
    EXPECT_TRUE((*a)->CountEvents().ok());
  }
  EXPECT_EQ(pool.IdleCount(), 2u);
  {
    Result<StorePool::Lease> c = pool.Acquire();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(pool.IdleCount(), 1u);
    c->Discard();
  }
  EXPECT_EQ(pool.IdleCount(), 1u) << "a discarded store is not returned";
  fs::remove(db);
  fs::remove(db.string() + "-wal");
  fs::remove(db.string() + "-shm");
}

TEST(StorePoolTest, OpenErrorsAreReturned) {
  EventStoreOptions options;
  options.read_only = true;
  StorePool pool("/nonexistent-dir/none.sqlite", options);
  EXPECT_FALSE(pool.Acquire().ok());
}

}  // namespace
}  // namespace statecraft
