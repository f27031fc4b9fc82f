#include "serve/static_files.h"

#include <filesystem>

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

}  // namespace

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
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
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
  return StaticFiles(r);
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
