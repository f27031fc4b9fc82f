// What the PostgreSQL store does without a server. Everything else runs in
// event_store_conformance_test against a real one.
#include "store/postgres_event_store.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

TEST(RedactPostgresUrlTest, HidesPasswordsOnly) {
  EXPECT_EQ(RedactPostgresUrl("postgresql://ana:s3cr3t@db.example:5433/events"),
            "postgresql://ana:***@db.example:5433/events");
  EXPECT_EQ(RedactPostgresUrl("postgres://ana@db/events?sslmode=require&password=hunter2&x=1"),
            "postgres://ana@db/events?sslmode=require&password=***&x=1");
  EXPECT_EQ(RedactPostgresUrl("postgresql://db/events"), "postgresql://db/events");
  EXPECT_EQ(RedactPostgresUrl("postgresql:///events?host=/tmp"), "postgresql:///events?host=/tmp");
  EXPECT_EQ(RedactPostgresUrl("postgresql://a:b:c@h/d?password=p"),
            "postgresql://a:***@h/d?password=***");
}

TEST(PostgresEventStoreTest, UnreachableServerIsAnIoErrorWithoutThePassword) {
  // Nothing listens on port 1 of the loopback interface.
  Result<std::unique_ptr<EventStore>> store =
      OpenEventStore("postgresql://ana:s3cr3t@127.0.0.1:1/events?connect_timeout=5");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_EQ(store.status().message().find("s3cr3t"), std::string::npos) << store.status().message();
  EXPECT_NE(store.status().message().find("127.0.0.1:1"), std::string::npos);
}

TEST(PostgresEventStoreTest, MalformedUrlIsAnError) {
  Result<std::unique_ptr<EventStore>> store = OpenEventStore("postgresql://[::1/events");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace statecraft
