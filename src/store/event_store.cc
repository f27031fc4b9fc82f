#include "statecraft/event_store.h"

#include "store/postgres_event_store.h"
#include "store/sqlite_event_store.h"

namespace statecraft {

Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& location,
                                                   const EventStoreOptions& options) {
  if (location.empty()) return Status::InvalidArgument("event store: empty location");
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    Result<std::unique_ptr<PostgresEventStore>> store = PostgresEventStore::Open(location, options);
    if (!store.ok()) return store.status();
    return std::unique_ptr<EventStore>(std::move(*store));
  }
  Result<std::unique_ptr<SqliteEventStore>> store = SqliteEventStore::Open(location, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<EventStore>(std::move(*store));
}

}  // namespace statecraft
