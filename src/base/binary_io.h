// Little-endian binary encoding for the compiled dictionary artifact.
#ifndef STATECRAFT_BASE_BINARY_IO_H_
#define STATECRAFT_BASE_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace statecraft {

class BinaryWriter {
 public:
  void PutU32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof(v)); }
  void PutI32(int32_t v) { PutU32(static_cast<uint32_t>(v)); }
  void PutF64(double v) { out_.append(reinterpret_cast<const char*>(&v), sizeof(v)); }
  void PutString(std::string_view s) {
    PutU32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void PutRaw(std::string_view s) { out_.append(s); }
  const std::string& data() const { return out_; }

 private:
  std::string out_;
};

// Reads what BinaryWriter wrote. Every Get fails softly: after a read past
// the end, ok() is false and values are zero/empty, so a truncated artifact
// is detected once, at the end of loading, rather than crashing.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view data) : data_(data) {}
  uint32_t GetU32() {
    uint32_t v = 0;
    if (!Need(sizeof(v))) return 0;
    std::memcpy(&v, data_.data() + pos_, sizeof(v));
    pos_ += sizeof(v);
    return v;
  }
  int32_t GetI32() { return static_cast<int32_t>(GetU32()); }
  double GetF64() {
    double v = 0;
    if (!Need(sizeof(v))) return 0;
    std::memcpy(&v, data_.data() + pos_, sizeof(v));
    pos_ += sizeof(v);
    return v;
  }
  std::string GetString() {
    uint32_t n = GetU32();
    if (!Need(n)) return {};
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::string_view GetRaw(size_t n) {
    if (!Need(n)) return {};
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  bool Need(size_t n) {
    if (!ok_ || data_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace statecraft

#endif  // STATECRAFT_BASE_BINARY_IO_H_
