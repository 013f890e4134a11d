// The one JSON input parser of dpfeed, for text nobody vouches for (request
// bodies, configuration and calendar files): RapidJSON's iterative parser,
// so no document can exhaust the stack however deep it nests, with the
// checks RapidJSON's DOM does not make.
//
// Thread-safety: pure function.
// Contract: ParseJson fills *doc with exactly one JSON value and succeeds
// only when
//  - the text is well-formed UTF-8 JSON (comments and trailing commas only
//    when the options allow them) with nothing but whitespace after the
//    value (a second document is an error, never silently dropped);
//  - no array or object nests deeper than options.max_depth;
//  - no object has the same key twice.
// On failure *doc is left null and the error says which rule failed, where
// (byte offset and 1-based line) and, for a duplicate key, the key and the
// path of the object holding it. When `key_lines` is given, it receives the
// line of every object key by its dotted path ("channels.portal.sink";
// array elements are "[i]"), for messages that point into a file.
#ifndef DPFEED_SERVICE_JSON_JSON_READER_H_
#define DPFEED_SERVICE_JSON_JSON_READER_H_

#include <rapidjson/document.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dpfeed {

struct JsonReadOptions {
  size_t max_depth = 64;               // arrays and objects nested deeper are refused (default 64)
  bool allow_comments = false;         // // and /* */ comments (default false; config files: true)
  bool allow_trailing_commas = false;  // [1,2,] (default false; config files: true)
};

struct JsonReadError {
  enum class Kind { kSyntax, kTrailingContent, kTooDeep, kDuplicateKey };
  Kind kind = Kind::kSyntax;
  std::string detail;  // English: RapidJSON's message (kSyntax, kTrailingContent)
  size_t offset = 0;   // byte offset where the problem was found
  int line = 1;        // 1-based line of `offset`
  std::string key;     // kDuplicateKey: the repeated key
  // kDuplicateKey: where the object holding the key sits, from the root:
  // array indexes as "0", "1"..., object keys as themselves.
  std::vector<std::string> path;
};

// Dotted path of each object key -> its 1-based line.
using JsonKeyLines = std::map<std::string, int>;

std::optional<JsonReadError> ParseJson(std::string_view text, const JsonReadOptions& options,
                                       rapidjson::Document* doc, JsonKeyLines* key_lines = nullptr);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_JSON_JSON_READER_H_
