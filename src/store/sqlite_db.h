// Thin RAII wrappers over the SQLite C API that turn result codes into
// Status values. Internal to the store stage.
//
// Thread safety: none. A SqliteDb and its statements belong to one thread.
#ifndef STATECRAFT_STORE_SQLITE_DB_H_
#define STATECRAFT_STORE_SQLITE_DB_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "statecraft/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace statecraft {

// Maps an SQLite result code to a Status: corrupt / not-a-database ->
// Corruption; constraint and type violations -> InvalidArgument; locking,
// I/O, permission, read-only and full-disk errors -> IoError; anything else
// (SQL the binary got wrong) -> Internal. `context` says where ("db.sqlite:
// insert event").
Status StatusFromSqlite(int result_code, std::string_view context, std::string_view detail);

// A prepared statement. Bind* record the first failure instead of returning
// it, so a row of binds reads as a row; Step() and Run() report it.
// Parameter indexes count from 1, as in SQLite.
class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, std::string context)
      : db_(db), stmt_(stmt), context_(std::move(context)) {}
  ~SqliteStatement();
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // The text is copied by SQLite (SQLITE_TRANSIENT).
  void BindText(int index, std::string_view value);
  // Binds NULL when `value` is empty.
  void BindTextOrNull(int index, std::string_view value);
  void BindInt64(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindNull(int index);

  // Advances one row: true when a row is ready to read, false when the
  // statement is done. Leaves the statement un-reset so columns can be read.
  Result<bool> Step();
  // Runs the statement to completion (it must return no rows), then resets
  // it and clears its bindings.
  Status Run();
  // Resets the statement and clears its bindings (and any bind error).
  void Reset();

  // Column accessors for the current row; indexes count from 0.
  bool ColumnIsNull(int index) const;
  int64_t ColumnInt64(int index) const;
  double ColumnDouble(int index) const;
  // "" for NULL.
  std::string ColumnText(int index) const;

 private:
  void NoteBind(int rc, int index);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string context_;
  Status bind_status_;
};

// Resets a statement when the scope ends, so that a read that stops early
// does not keep SQLite's read lock.
class StatementReset {
 public:
  explicit StatementReset(SqliteStatement& stmt) : stmt_(stmt) {}
  ~StatementReset() { stmt_.Reset(); }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  SqliteStatement& stmt_;
};

// An open database connection.
class SqliteDb {
 public:
  SqliteDb() = default;
  ~SqliteDb();
  SqliteDb(SqliteDb&& other) noexcept;
  SqliteDb& operator=(SqliteDb&& other) noexcept;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Opens (read_only: without creating) `path` and sets the busy timeout.
  // Opening read-write a file the process may not write is an IoError (SQLite
  // would otherwise quietly fall back to read-only).
  static Result<SqliteDb> Open(const std::string& path, bool read_only, int busy_timeout_ms);

  // Runs one or more parameterless statements (DDL, PRAGMA, BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  // Prepares one statement; `what` names it in error messages.
  Result<SqliteStatement> Prepare(std::string_view sql, std::string_view what);

  // The rowid of the last row this connection inserted.
  int64_t LastInsertRowId() const;

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDb* db) : db_(db) {}
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  // Takes the write lock now (waiting up to the busy timeout).
  Status Begin();
  Status Commit();

 private:
  SqliteDb* db_;
  bool open_ = false;
};

}  // namespace statecraft

#endif  // STATECRAFT_STORE_SQLITE_DB_H_
