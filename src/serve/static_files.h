// The dashboard's static files: maps a URL path to a file under one root
// directory, with its MIME type, and refuses anything that would leave the
// root (path traversal, symbolic links pointing out, NUL bytes).
//
// Thread safety: immutable after Open; Read is const and may be called from
// any thread (it reads the file system on each call: no cache).
#ifndef STATECRAFT_SERVE_STATIC_FILES_H_
#define STATECRAFT_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "statecraft/status.h"

namespace statecraft {

struct StaticFile {
  std::string path;          // the file on disk
  std::string content;
  std::string content_type;  // "text/html; charset=utf-8", ...
};

class StaticFiles {
 public:
  // `root` must be an existing directory. Errors: NotFound.
  static Result<StaticFiles> Open(const std::string& root);

  // Maps a decoded URL path ("/", "/js/app.js") to a file under the root;
  // "/" and directories map to their index.html.
  // Errors: InvalidArgument for a path with "..", a backslash, a NUL or a
  // control byte, or one that resolves (through links) outside the root;
  // NotFound when no such file exists.
  Result<std::string> Resolve(std::string_view url_path) const;

  // Resolve, then read the file.
  Result<StaticFile> Read(std::string_view url_path) const;

  const std::string& root() const { return root_; }

 private:
  explicit StaticFiles(std::string root) : root_(std::move(root)) {}
  std::string root_;  // canonical, no trailing '/'
};

// The Content-Type for a file name, by extension (".js" → "text/javascript;
// charset=utf-8"); "application/octet-stream" when unknown.
std::string_view MimeTypeFor(std::string_view file_name);

// The default dashboard directory: `web/` of the source checkout next to
// the binary (build/<preset>/../../web), then ../share/statecraft/web beside
// the binary, then the checkout the binary was built from. "" when none
// exists.
std::string FindWebDirectory();

}  // namespace statecraft

#endif  // STATECRAFT_SERVE_STATIC_FILES_H_
