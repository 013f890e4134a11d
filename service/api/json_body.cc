#include "service/api/json_body.h"

#include <algorithm>
#include <boost/beast/core/string.hpp>
#include <cctype>

#include "service/api/api_error.h"
#include "service/domain/trim.h"
#include "service/json/json_reader.h"

namespace dpfeed {

namespace {}  // namespace

bool IsJsonContentType(std::string_view value) {
  using boost::beast::iequals;
  size_t semi = value.find(';');
  if (!iequals(TrimOws(value.substr(0, semi)), "application/json")) return false;
  while (semi != std::string_view::npos) {
    value = value.substr(semi + 1);
    semi = value.find(';');
    const std::string_view param = TrimOws(value.substr(0, semi));
    const size_t eq = param.find('=');
    if (eq == std::string_view::npos || !iequals(TrimOws(param.substr(0, eq)), "charset")) continue;
    std::string_view charset = TrimOws(param.substr(eq + 1));
    if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"') {
      charset = charset.substr(1, charset.size() - 2);
    }
    if (!iequals(charset, "utf-8") && !iequals(charset, "utf8")) return false;
  }
  return true;
}

std::optional<Response> ParseJsonBody(const Request& req, rapidjson::Document* doc) {
  doc->SetNull();
  const auto type = req.find(http::field::content_type);
  if (type == req.end() || !IsJsonContentType(type->value())) {
    Response res = ErrorResponse(
        req,
        Status::InvalidArgument("请求体应为JSON：请设置 Content-Type: application/json（UTF-8）"));
    res.result(http::status::unsupported_media_type);
    res.set(http::field::accept, "application/json");
    return res;
  }
  JsonReadOptions options;
  options.max_depth = kMaxBodyDepth;
  const auto error = ParseJson(req.body(), options, doc);
  if (!error) return std::nullopt;
  const std::string at = "（位置 " + std::to_string(error->offset) + "）";
  switch (error->kind) {
    case JsonReadError::Kind::kTrailingContent:
      return ErrorResponse(
          req, Status::InvalidArgument("请求体只能包含一个JSON值：值之后还有其他内容" + at +
                                       "；多条记录请放在一个数组中提交"));
    case JsonReadError::Kind::kSyntax:
      return ErrorResponse(
          req, Status::InvalidArgument("请求体不是有效的UTF-8 JSON：" + error->detail + at));
    case JsonReadError::Kind::kTooDeep:
      return ErrorResponse(req, Status::InvalidArgument("JSON嵌套层数超过上限" +
                                                        std::to_string(kMaxBodyDepth) + at));
    case JsonReadError::Kind::kDuplicateKey: {
      const std::string reason =
          "字段" + error->key + "在同一对象中出现了不止一次；每个字段只能给出一次";
      // A record of a batch ([i]) or the single record (the root object).
      size_t index = 0;
      if (error->path.size() == 1 &&
          std::all_of(error->path[0].begin(), error->path[0].end(), ::isdigit)) {
        index = std::stoul(error->path[0]);
      } else if (!error->path.empty()) {
        std::string where;
        for (const std::string& p : error->path) where += "/" + p;
        return RecordErrorResponse(req, http::status::unprocessable_entity, "duplicate_key",
                                   "请求体中" + where + "处的对象重复了字段" + error->key,
                                   {{0, {{error->key, reason}}, ""}});
      }
      return RecordErrorResponse(req, http::status::unprocessable_entity, "duplicate_key",
                                 "请求体中的对象重复了字段" + error->key + "，未保存任何内容",
                                 {{index, {{error->key, reason}}, ""}});
    }
  }
  return ErrorResponse(req, Status::InvalidArgument("请求体不是有效的JSON"));
}

}  // namespace dpfeed
