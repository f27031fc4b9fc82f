#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <string>

namespace statecraft {

Status StatusFromSqlite(int result_code, std::string_view context, std::string_view detail) {
  std::string message(context);
  message += ": ";
  message += detail.empty() ? std::string_view(sqlite3_errstr(result_code)) : detail;
  switch (result_code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return Status::Ok();
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(std::move(message));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(std::move(message));
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOLFS:
    case SQLITE_AUTH:
    case SQLITE_PROTOCOL:
      return Status::IoError(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

// --- SqliteStatement ---------------------------------------------------------

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_),
      stmt_(other.stmt_),
      context_(std::move(other.context_)),
      bind_status_(std::move(other.bind_status_)) {
  other.stmt_ = nullptr;
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = other.stmt_;
    context_ = std::move(other.context_);
    bind_status_ = std::move(other.bind_status_);
    other.stmt_ = nullptr;
  }
  return *this;
}

void SqliteStatement::NoteBind(int rc, int index) {
  if (rc == SQLITE_OK || !bind_status_.ok()) return;
  bind_status_ = StatusFromSqlite(
      rc, context_, "binding parameter " + std::to_string(index) + ": " + sqlite3_errmsg(db_));
}

void SqliteStatement::BindText(int index, std::string_view value) {
  NoteBind(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      index);
}

void SqliteStatement::BindTextOrNull(int index, std::string_view value) {
  if (value.empty()) {
    BindNull(index);
  } else {
    BindText(index, value);
  }
}

void SqliteStatement::BindInt64(int index, int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_, index, value), index);
}

void SqliteStatement::BindDouble(int index, double value) {
  NoteBind(sqlite3_bind_double(stmt_, index, value), index);
}

void SqliteStatement::BindNull(int index) { NoteBind(sqlite3_bind_null(stmt_, index), index); }

Result<bool> SqliteStatement::Step() {
  if (!bind_status_.ok()) return bind_status_;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status status = StatusFromSqlite(sqlite3_extended_errcode(db_), context_, sqlite3_errmsg(db_));
  sqlite3_reset(stmt_);
  return status;
}

Status SqliteStatement::Run() {
  Result<bool> row = Step();
  Reset();
  if (!row.ok()) return row.status();
  if (*row)
    return Status::Internal(context_ + ": statement returned a row where none was expected");
  return Status::Ok();
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_status_ = Status::Ok();
}

bool SqliteStatement::ColumnIsNull(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

int64_t SqliteStatement::ColumnInt64(int index) const { return sqlite3_column_int64(stmt_, index); }

double SqliteStatement::ColumnDouble(int index) const {
  return sqlite3_column_double(stmt_, index);
}

std::string SqliteStatement::ColumnText(int index) const {
  const unsigned char* text = sqlite3_column_text(stmt_, index);
  if (text == nullptr) return "";
  int size = sqlite3_column_bytes(stmt_, index);
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
}

// --- SqliteDb ----------------------------------------------------------------

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

SqliteDb::SqliteDb(SqliteDb&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) {
  other.db_ = nullptr;
}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = other.db_;
    path_ = std::move(other.path_);
    other.db_ = nullptr;
  }
  return *this;
}

Result<SqliteDb> SqliteDb::Open(const std::string& path, bool read_only, int busy_timeout_ms) {
  SqliteDb db;
  db.path_ = path;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc = sqlite3_open_v2(path.c_str(), &db.db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db.db_ != nullptr ? sqlite3_errmsg(db.db_) : sqlite3_errstr(rc);
    return StatusFromSqlite(rc, path + ": cannot open", detail);
  }
  if (!read_only && sqlite3_db_readonly(db.db_, "main") == 1) {
    return Status::IoError(path +
                           ": cannot open for writing (the file or its folder is read-only)");
  }
  sqlite3_busy_timeout(db.db_, busy_timeout_ms);
  sqlite3_extended_result_codes(db.db_, 1);
  return db;
}

Status SqliteDb::Exec(std::string_view sql) {
  std::string text(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string detail = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  return StatusFromSqlite(sqlite3_extended_errcode(db_), path_, detail);
}

Result<SqliteStatement> SqliteDb::Prepare(std::string_view sql, std::string_view what) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  std::string context = path_ + ": " + std::string(what);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return StatusFromSqlite(rc, context, sqlite3_errmsg(db_));
  }
  return SqliteStatement(db_, stmt, std::move(context));
}

int64_t SqliteDb::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

// --- SqliteTransaction ---------------------------------------------------------

SqliteTransaction::~SqliteTransaction() {
  if (open_) (void)db_->Exec("ROLLBACK");
}

Status SqliteTransaction::Begin() {
  SC_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  open_ = true;
  return Status::Ok();
}

Status SqliteTransaction::Commit() {
  Status status = db_->Exec("COMMIT");
  // A failed COMMIT (SQLITE_BUSY aside, which the busy timeout absorbs) leaves
  // the transaction open; the destructor rolls it back.
  if (status.ok()) open_ = false;
  return status;
}

}  // namespace statecraft
