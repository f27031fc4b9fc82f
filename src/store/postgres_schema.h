// The store's schema history in PostgreSQL's dialect: the same numbered
// migrations as the SQLite history (SchemaMigrations() in migrations.h),
// with the same descriptions and the same tables, columns and meanings,
// each written as PostgreSQL needs it (docs/decisions/0006-two-stores.md).
// Applied by PostgresEventStore, recorded in the same schema_migrations
// table.
#ifndef STATECRAFT_STORE_POSTGRES_SCHEMA_H_
#define STATECRAFT_STORE_POSTGRES_SCHEMA_H_

#include <span>

#include "store/migrations.h"

namespace statecraft {

// Oldest first; versions 1..N, N == LatestSchemaVersion().
std::span<const Migration> PostgresSchemaMigrations();

}  // namespace statecraft

#endif  // STATECRAFT_STORE_POSTGRES_SCHEMA_H_
