#include "service/json/json_reader.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <unordered_set>

namespace dpfeed {

namespace {

// Forwards SAX events to the document while enforcing the depth limit and
// unique keys, and noting where each key sits.
class CheckingHandler {
 public:
  CheckingHandler(rapidjson::Document& doc, const rapidjson::StringStream& stream,
                  std::string_view text, size_t max_depth, JsonKeyLines* key_lines)
      : doc_(doc), stream_(stream), text_(text), max_depth_(max_depth), key_lines_(key_lines) {}

  bool Null() { return Value() && doc_.Null(); }
  bool Bool(bool b) { return Value() && doc_.Bool(b); }
  bool Int(int i) { return Value() && doc_.Int(i); }
  bool Uint(unsigned u) { return Value() && doc_.Uint(u); }
  bool Int64(int64_t i) { return Value() && doc_.Int64(i); }
  bool Uint64(uint64_t u) { return Value() && doc_.Uint64(u); }
  bool Double(double d) { return Value() && doc_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return Value() && doc_.RawNumber(s, n, copy);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return Value() && doc_.String(s, n, copy);
  }
  bool StartObject() { return Open(true) && doc_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) {
    Close();
    return doc_.EndObject(members);
  }
  bool StartArray() { return Open(false) && doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) {
    Close();
    return doc_.EndArray(elements);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    Frame& f = frames_.back();
    f.key.assign(s, n);
    if (!f.keys.insert(f.key).second) {
      Fail(JsonReadError::Kind::kDuplicateKey);
      error_->key = f.key;
      for (size_t i = 0; i + 1 < frames_.size(); ++i) error_->path.push_back(Segment(frames_[i]));
      return false;
    }
    if (key_lines_ != nullptr) (*key_lines_)[Dotted()] = LineAt(stream_.Tell());
    return doc_.Key(s, n, copy);
  }

  std::optional<JsonReadError>& error() { return error_; }

  // 1-based line of a byte offset; offsets only grow during a parse, so
  // newlines are counted once.
  int LineAt(size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset > counted_to_) {
      line_ +=
          static_cast<int>(std::count(text_.begin() + counted_to_, text_.begin() + offset, '\n'));
      counted_to_ = offset;
    }
    return line_;
  }

 private:
  struct Frame {
    bool object = false;
    size_t index = 0;                      // arrays: the next element's index
    std::string key;                       // objects: the current key
    std::unordered_set<std::string> keys;  // objects: keys seen
  };

  // Every value (including an array or object) advances its array's index.
  bool Value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    return true;
  }
  bool Open(bool object) {
    if (frames_.size() >= max_depth_) {
      Fail(JsonReadError::Kind::kTooDeep);
      return false;
    }
    Value();
    frames_.emplace_back();
    frames_.back().object = object;
    return true;
  }
  void Close() { frames_.pop_back(); }
  // The segment by which the child currently being read hangs off `f`.
  static std::string Segment(const Frame& f) {
    return f.object ? f.key : std::to_string(f.index - 1);
  }
  std::string Dotted() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.object) {
        if (!out.empty()) out += '.';
        out += f.key;
      } else {
        out += "[" + std::to_string(f.index - 1) + "]";
      }
    }
    return out;
  }
  void Fail(JsonReadError::Kind kind) {
    error_.emplace();
    error_->kind = kind;
    error_->offset = stream_.Tell();
    error_->line = LineAt(error_->offset);
  }

  rapidjson::Document& doc_;
  const rapidjson::StringStream& stream_;
  std::string_view text_;
  size_t max_depth_;
  JsonKeyLines* key_lines_;
  std::vector<Frame> frames_;
  std::optional<JsonReadError> error_;
  size_t counted_to_ = 0;
  int line_ = 1;
};

template <unsigned kFlags>
rapidjson::ParseResult Run(rapidjson::StringStream& stream, CheckingHandler& handler) {
  rapidjson::Reader reader;
  return reader.Parse<kFlags>(stream, handler);
}

}  // namespace

std::optional<JsonReadError> ParseJson(std::string_view text, const JsonReadOptions& options,
                                       rapidjson::Document* doc, JsonKeyLines* key_lines) {
  // StringStream reads up to a NUL: a body with an embedded NUL would be
  // cut short and its tail ignored, so refuse it outright.
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
    JsonReadError e;
    e.detail = "the text contains a NUL byte";
    e.offset = nul;
    e.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + nul, '\n'));
    doc->SetNull();
    return e;
  }
  // StringStream reads up to a NUL. Its UTF-8 validation takes a whole
  // multi-byte sequence before checking it, so a text ending inside one
  // would be read past its terminator: pad with as many NULs as a sequence
  // can still want (found by tests/fuzz/fuzz_http_request).
  std::string owned;
  owned.reserve(text.size() + 4);
  owned.append(text).append(4, '\0');
  rapidjson::StringStream stream(owned.c_str());
  CheckingHandler handler(*doc, stream, text, options.max_depth, key_lines);
  rapidjson::ParseResult result;
  constexpr unsigned kBase = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
  auto generate = [&](rapidjson::Document&) {
    if (options.allow_comments && options.allow_trailing_commas) {
      result = Run<kBase | rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(
          stream, handler);
    } else if (options.allow_comments) {
      result = Run<kBase | rapidjson::kParseCommentsFlag>(stream, handler);
    } else if (options.allow_trailing_commas) {
      result = Run<kBase | rapidjson::kParseTrailingCommasFlag>(stream, handler);
    } else {
      result = Run<kBase>(stream, handler);
    }
    return !result.IsError();
  };
  doc->SetNull();
  doc->Populate(generate);
  if (!result.IsError()) return std::nullopt;
  doc->SetNull();
  if (handler.error()) return std::move(handler.error());
  JsonReadError e;
  if (result.Code() == rapidjson::kParseErrorDocumentRootNotSingular) {
    e.kind = JsonReadError::Kind::kTrailingContent;
  }
  e.detail = rapidjson::GetParseError_En(result.Code());
  e.offset = result.Offset();
  e.line = handler.LineAt(e.offset);
  return e;
}

}  // namespace dpfeed
