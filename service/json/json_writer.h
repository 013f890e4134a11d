// The one JSON output helper of dpfeed: a RapidJSON writer over a string
// buffer, short calls for keys and string values, and an escaper for the
// rare string literal written by hand. Every string value is made valid
// UTF-8 on the way out (invalid bytes become U+FFFD), so no reply, file or
// log line can carry a malformed document, whatever a client sent.
//
// Thread-safety: a JsonOut belongs to one thread; the free functions are
// pure.
#ifndef DPFEED_SERVICE_JSON_JSON_WRITER_H_
#define DPFEED_SERVICE_JSON_JSON_WRITER_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view text);
// `text` with every byte that is not part of a well-formed UTF-8 sequence
// replaced by U+FFFD; `text` itself when it is valid.
std::string ValidUtf8(std::string_view text);

// Escapes text for the inside of a JSON string literal (quotes not
// included), valid UTF-8 guaranteed.
std::string JsonEscape(std::string_view text);

void Key(JsonWriter& w, std::string_view key);
void Str(JsonWriter& w, std::string_view value);
void OptStr(JsonWriter& w, const std::optional<std::string>& value);  // null when absent
void OptInt(JsonWriter& w, const std::optional<int64_t>& value);      // null when absent
void OptDouble(JsonWriter& w, const std::optional<double>& value);    // null when absent

// A writer with its buffer: write through w(), then take the text.
class JsonOut {
 public:
  JsonOut() : writer_(buffer_) {}
  JsonWriter& w() { return writer_; }
  std::string Take() const { return std::string(buffer_.GetString(), buffer_.GetSize()); }
  // Bytes written so far (where the next value will start).
  size_t size() const { return buffer_.GetSize(); }

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_JSON_JSON_WRITER_H_
