// The store's schema as an ordered history of migrations, and the code that
// brings a database up to date.
//
// Every database records what it has applied in
//   schema_migrations(version INTEGER PRIMARY KEY, applied_at TEXT, description TEXT)
// Each migration runs once, in its own transaction, together with the row
// that records it; a failed migration leaves the database at the version
// before it. Released migrations are never edited: a schema change is a new
// entry at the end of the list.
#ifndef STATECRAFT_STORE_MIGRATIONS_H_
#define STATECRAFT_STORE_MIGRATIONS_H_

#include <span>
#include <string_view>

#include "statecraft/status.h"
#include "store/sqlite_db.h"

namespace statecraft {

struct Migration {
  int version;                   // 1, 2, 3, ... with no gaps
  std::string_view description;  // one line, stored in schema_migrations
  std::string_view sql;          // one or more statements, no parameters
};

// statecraft's own schema history for SQLite, oldest first. The PostgreSQL
// history (postgres_schema.h) has the same versions and descriptions, each
// migration written in that dialect.
std::span<const Migration> SchemaMigrations();

// The version of SchemaMigrations().back(): what this binary knows.
int LatestSchemaVersion();

// The highest applied version; 0 for a database with no schema_migrations
// table (a new, empty file).
Result<int> AppliedSchemaVersion(SqliteDb& db);

// Applies every migration of `migrations` newer than the database's version,
// each in its own IMMEDIATE transaction (so two processes opening a new file
// at once apply each migration once). Errors: Corruption when the database
// is newer than `migrations` knows, or holds tables but no
// schema_migrations (not a statecraft database); the failing migration's
// error, prefixed with its version, otherwise. REQUIRES: `migrations`
// numbered 1..N in order (Internal otherwise).
Status ApplyMigrations(SqliteDb& db, std::span<const Migration> migrations);

// For read-only use: OK only when the database is exactly at the last
// version of `migrations`; Corruption when it is newer or not a statecraft
// database, Unsupported when it is older (open it read-write to upgrade).
Status CheckSchemaVersion(SqliteDb& db, std::span<const Migration> migrations);

}  // namespace statecraft

#endif  // STATECRAFT_STORE_MIGRATIONS_H_
