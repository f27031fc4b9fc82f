#include "serve/static_files.h"

#include <brotli/encode.h>
#include <sys/stat.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "base/files.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when `path` is `root` or lies under it (both canonical).
bool Within(const std::string& root, const std::string& path) {
  return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
                          path[root.size()] == '/');
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Types worth compressing: text, and the text formats MimeTypeFor names.
bool Compressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("image/svg+xml") ||
         content_type.starts_with("application/json");
}

// gzip at the highest level; nullopt when zlib fails.
std::optional<std::string> Gzip(const std::string& data) {
  z_stream stream{};
  // 15 window bits + 16: a gzip header and trailer rather than zlib's.
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return std::nullopt;
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

// brotli at the highest quality (slow, but each file version is
// compressed once); nullopt when brotli fails.
std::optional<std::string> Brotli(const std::string& data) {
  size_t size = BrotliEncoderMaxCompressedSize(data.size());
  if (size == 0) return std::nullopt;
  std::string out(size, '\0');
  if (!BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                             data.size(), reinterpret_cast<const uint8_t*>(data.data()), &size,
                             reinterpret_cast<uint8_t*>(out.data()))) {
    return std::nullopt;
  }
  out.resize(size);
  return out;
}

// 64-bit FNV-1a: the entity tag tells versions of a file apart.
uint64_t Fnv1a(std::string_view data) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// One version of a file (its size and modification time), with its
// compressed copies made on demand.
struct CachedFile {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string content_type;
  std::string etag_base;  // unquoted
  std::shared_ptr<const std::string> plain;

  std::mutex mu;  // guards the copies below; held while one is made
  bool gzip_made = false, brotli_made = false;
  std::shared_ptr<const std::string> gzip, brotli;  // null: no smaller copy

  // The copy in `encoding` ("gzip" or "br"), made on first use; null when
  // it would not be smaller.
  std::shared_ptr<const std::string> Compressed(const std::string& encoding) {
    std::lock_guard<std::mutex> lock(mu);
    bool& made = encoding == "br" ? brotli_made : gzip_made;
    std::shared_ptr<const std::string>& copy = encoding == "br" ? brotli : gzip;
    if (!made) {
      std::optional<std::string> bytes = encoding == "br" ? Brotli(*plain) : Gzip(*plain);
      if (bytes && bytes->size() < plain->size()) {
        copy = std::make_shared<const std::string>(std::move(*bytes));
      }
      made = true;
    }
    return copy;
  }
};

}  // namespace

struct StaticFiles::Cache {
  std::mutex mu;
  std::unordered_map<std::string, std::shared_ptr<CachedFile>> files;  // by resolved path
};

StaticFiles::StaticFiles(std::string root, std::shared_ptr<Cache> cache)
    : root_(std::move(root)), cache_(std::move(cache)) {}

std::string PreferredEncoding(std::string_view accept_encoding) {
  std::optional<bool> br, gzip, any;  // accepted (q > 0) when set
  std::string_view rest = accept_encoding;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    size_t semicolon = item.find(';');
    const std::string coding = Lower(Trim(item.substr(0, semicolon)));
    bool accepted = true;
    if (semicolon != std::string_view::npos) {
      std::string_view param = Trim(item.substr(semicolon + 1));
      if (param.size() >= 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
        // q=0, q=0.0, q=0.000 refuse; any other weight accepts.
        std::string_view weight = Trim(param.substr(2));
        accepted = weight.find_first_not_of("0.") != std::string_view::npos;
      }
    }
    if (coding == "br") br = accepted;
    if (coding == "gzip" || coding == "x-gzip") gzip = accepted;
    if (coding == "*") any = accepted;
  }
  if (br.value_or(any.value_or(false))) return "br";
  if (gzip.value_or(any.value_or(false))) return "gzip";
  return "";
}

bool EtagMatches(std::string_view if_none_match, std::string_view etag) {
  auto strip_weak = [](std::string_view tag) {
    return tag.starts_with("W/") ? tag.substr(2) : tag;
  };
  std::string_view rest = if_none_match;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view tag = Trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (tag == "*" || strip_weak(tag) == strip_weak(etag)) return true;
  }
  return false;
}

std::string_view MimeTypeFor(std::string_view name) {
  struct Entry {
    std::string_view ext, type;
  };
  static constexpr Entry kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
  };
  const std::string lower = Lower(name);
  for (const Entry& e : kTypes) {
    if (EndsWith(lower, e.ext)) return e.type;
  }
  return "application/octet-stream";
}

Result<StaticFiles> StaticFiles::Open(const std::string& root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical, ec)) {
    return Status::NotFound("web directory " + root + " does not exist");
  }
  std::string r = canonical.string();
  while (r.size() > 1 && r.back() == '/') r.pop_back();
  return StaticFiles(r, std::make_shared<Cache>());
}

Result<std::string> StaticFiles::Resolve(std::string_view url_path) const {
  if (url_path.empty() || url_path.front() != '/') return Status::InvalidArgument("path must start with /");
  for (char c : url_path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') {
      return Status::InvalidArgument("path has a control byte or a backslash");
    }
  }
  // Reject ".." as a whole segment before touching the file system.
  std::string_view rest = url_path.substr(1);
  while (true) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    if (segment == "..") return Status::InvalidArgument("path leaves the web directory");
    if (slash == std::string_view::npos) break;
    rest = rest.substr(slash + 1);
  }
  std::string candidate = root_ + std::string(url_path);
  std::error_code ec;
  if (fs::is_directory(candidate, ec)) {
    if (candidate.back() != '/') candidate.push_back('/');
    candidate += "index.html";
  }
  fs::path canonical = fs::canonical(candidate, ec);
  if (ec) return Status::NotFound("no file " + std::string(url_path));
  std::string resolved = canonical.string();
  if (!Within(root_, resolved)) return Status::InvalidArgument("path leaves the web directory");
  if (!fs::is_regular_file(canonical, ec)) return Status::NotFound("no file " + std::string(url_path));
  return resolved;
}

Result<StaticFile> StaticFiles::Read(std::string_view url_path) const {
  Result<std::string> path = Resolve(url_path);
  if (!path.ok()) return path.status();
  Result<std::string> content = ReadFile(*path);
  if (!content.ok()) return Status::NotFound("no file " + std::string(url_path));
  StaticFile file;
  file.path = *path;
  file.content = std::move(content.value());
  file.content_type = std::string(MimeTypeFor(file.path));
  return file;
}

Result<StaticRepresentation> StaticFiles::Get(std::string_view url_path,
                                              std::string_view accept_encoding) const {
  Result<std::string> path = Resolve(url_path);
  if (!path.ok()) return path.status();
  struct stat info;
  if (::stat(path->c_str(), &info) != 0) {
    return Status::NotFound("no file " + std::string(url_path));
  }
  const int64_t size = static_cast<int64_t>(info.st_size);
  const int64_t mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 +
                           static_cast<int64_t>(info.st_mtim.tv_nsec);

  std::shared_ptr<CachedFile> file;
  {
    std::lock_guard<std::mutex> lock(cache_->mu);
    auto it = cache_->files.find(*path);
    if (it != cache_->files.end() && it->second->size == size && it->second->mtime_ns == mtime_ns) {
      file = it->second;
    }
  }
  if (file == nullptr) {
    // Read outside the lock; a file changed since the stat is read again
    // at the next request, as its time or size then differs.
    Result<std::string> content = ReadFile(*path);
    if (!content.ok()) return Status::NotFound("no file " + std::string(url_path));
    file = std::make_shared<CachedFile>();
    file->size = size;
    file->mtime_ns = mtime_ns;
    file->content_type = std::string(MimeTypeFor(*path));
    char tag[40];
    std::snprintf(tag, sizeof(tag), "%016llx-%llx",
                  static_cast<unsigned long long>(Fnv1a(*content)),
                  static_cast<unsigned long long>(content->size()));
    file->etag_base = tag;
    file->plain = std::make_shared<const std::string>(std::move(content.value()));
    std::lock_guard<std::mutex> lock(cache_->mu);
    cache_->files[*path] = file;
  }

  StaticRepresentation out;
  out.content_type = file->content_type;
  out.body = file->plain;
  out.varies_by_encoding = Compressible(file->content_type);
  if (out.varies_by_encoding && !file->plain->empty()) {
    const std::string encoding = PreferredEncoding(accept_encoding);
    if (!encoding.empty()) {
      if (std::shared_ptr<const std::string> copy = file->Compressed(encoding)) {
        out.body = std::move(copy);
        out.content_encoding = encoding;
      }
    }
  }
  out.etag = "\"" + file->etag_base +
             (out.content_encoding.empty() ? "" : "-" + out.content_encoding) + "\"";
  return out;
}

std::string FindWebDirectory() {
  std::string exe = ExecutableDir();
  std::error_code ec;
  for (const std::string& candidate :
       {exe + "/../../web", exe + "/../share/statecraft/web", std::string(STATECRAFT_SOURCE_DIR) + "/web"}) {
    if (fs::is_directory(candidate, ec)) {
      fs::path canonical = fs::canonical(candidate, ec);
      if (!ec) return canonical.string();
    }
  }
  return "";
}

}  // namespace statecraft
