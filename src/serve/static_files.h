// The dashboard's static files: maps a URL path to a file under one root
// directory, with its MIME type, and refuses anything that would leave the
// root (path traversal, symbolic links pointing out, NUL bytes).
//
// Get serves a file's bytes compressed (brotli or gzip) when the client
// accepts it, compressing each version of a file once: the copies are
// cached, keyed by path, for as long as the file's size and modification
// time stay the same.
//
// Thread safety: Read and Get are const and may be called from any thread
// (the cache has its own locks); an object may be moved, not copied.
#ifndef STATECRAFT_SERVE_STATIC_FILES_H_
#define STATECRAFT_SERVE_STATIC_FILES_H_

#include <memory>
#include <string>
#include <string_view>

#include "statecraft/status.h"

namespace statecraft {

struct StaticFile {
  std::string path;          // the file on disk
  std::string content;
  std::string content_type;  // "text/html; charset=utf-8", ...
};

// A file as it is sent: its bytes in one content coding.
struct StaticRepresentation {
  std::shared_ptr<const std::string> body;  // shared with the cache; never null
  std::string content_type;
  std::string content_encoding;  // "" (the bytes as they are), "gzip" or "br"
  // A strong entity tag, quoted: the same for the same bytes in the same
  // coding, different when either differs.
  std::string etag;
  // The file is compressible, so the answer depends on Accept-Encoding.
  bool varies_by_encoding = false;
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

  // Resolve, then read the file (no cache).
  Result<StaticFile> Read(std::string_view url_path) const;

  // Resolve, then the file in the coding that `accept_encoding` (a
  // request's Accept-Encoding) prefers among br and gzip, for a text, SVG,
  // JSON or JavaScript file whose compressed copy is smaller; else its
  // bytes as they are. Errors: those of Read.
  Result<StaticRepresentation> Get(std::string_view url_path,
                                   std::string_view accept_encoding) const;

  const std::string& root() const { return root_; }

 private:
  struct Cache;
  StaticFiles(std::string root, std::shared_ptr<Cache> cache);
  std::string root_;  // canonical, no trailing '/'
  std::shared_ptr<Cache> cache_;
};

// The best content coding the server can send for an Accept-Encoding
// value: "br" when it is accepted, else "gzip" when that is, else "" (the
// bytes as they are). A q of 0 refuses a coding; "*" stands for those not
// named.
std::string PreferredEncoding(std::string_view accept_encoding);

// True when an If-None-Match value (a list of entity tags, or "*") names
// `etag` (weak comparison: a W/ prefix is ignored).
bool EtagMatches(std::string_view if_none_match, std::string_view etag);

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
