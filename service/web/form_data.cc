#include "service/web/form_data.h"

#include <algorithm>
#include <cctype>

#include "service/api/http_message.h"

namespace dpfeed {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The value of `param` in a header value like `form-data; name="x"`.
std::string HeaderParam(std::string_view header, std::string_view param) {
  const std::string lower = Lower(header);
  const std::string key = std::string(param) + "=";
  size_t pos = 0;
  while ((pos = lower.find(key, pos)) != std::string::npos) {
    // The parameter must start after ';' or whitespace (not "filename" for "name").
    if (pos > 0 && lower[pos - 1] != ';' && lower[pos - 1] != ' ') {
      pos += key.size();
      continue;
    }
    size_t start = pos + key.size();
    if (start < header.size() && header[start] == '"') {
      const size_t end = header.find('"', start + 1);
      return std::string(header.substr(
          start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1));
    }
    const size_t end = header.find(';', start);
    return std::string(
        header.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  }
  return "";
}

Result<FormData> ParseMultipart(std::string_view content_type, std::string_view body) {
  const std::string boundary = HeaderParam(content_type, "boundary");
  if (boundary.empty() || boundary.size() > 70) {
    return Status::InvalidArgument("multipart/form-data 缺少 boundary");
  }
  const std::string delimiter = "--" + boundary;
  FormData form;
  size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return Status::InvalidArgument("表单数据格式错误：缺少分隔符");
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return form;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return Status::InvalidArgument("表单数据格式错误");
    pos += 2;
    const size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return Status::InvalidArgument("表单数据格式错误");
    std::string_view headers = body.substr(pos, headers_end - pos);
    const size_t data_start = headers_end + 4;
    const size_t next = body.find("\r\n" + delimiter, data_start);
    if (next == std::string_view::npos) {
      return Status::InvalidArgument("表单数据不完整（可能超过大小限制）");
    }
    std::string name, filename, type;
    bool is_file = false;
    while (!headers.empty()) {
      const size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      const std::string lower = Lower(line);
      if (lower.rfind("content-disposition:", 0) == 0) {
        name = HeaderParam(line, "name");
        is_file = lower.find("filename=") != std::string::npos;
        filename = HeaderParam(line, "filename");
      } else if (lower.rfind("content-type:", 0) == 0) {
        type = std::string(line.substr(13));
        type.erase(0, type.find_first_not_of(' '));
      }
      if (eol == std::string_view::npos) break;
      headers.remove_prefix(eol + 2);
    }
    std::string data(body.substr(data_start, next - data_start));
    if (is_file) {
      form.files.push_back({name, filename, type, std::move(data)});
    } else {
      form.fields.emplace_back(name, std::move(data));
    }
    pos = next + 2;
  }
}

}  // namespace

const std::string& FormData::Get(std::string_view name) const {
  static const std::string kEmpty;
  for (const auto& [k, v] : fields) {
    if (k == name) return v;
  }
  return kEmpty;
}

std::vector<std::string> FormData::GetAll(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields) {
    if (k == name) out.push_back(v);
  }
  return out;
}

bool FormData::Has(std::string_view name) const {
  return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; });
}

const FormFile* FormData::File(std::string_view name) const {
  for (const FormFile& f : files) {
    if (f.field == name) return &f;
  }
  return nullptr;
}

Result<FormData> ParseUrlEncoded(std::string_view body) {
  FormData form;
  while (!body.empty()) {
    const size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    const size_t eq = pair.find('=');
    // One decoder for query strings and forms: the api's.
    auto t = ParseTarget("/?" + std::string(pair.substr(0, eq)) + "=" +
                         std::string(eq == std::string_view::npos ? "" : pair.substr(eq + 1)));
    if (!t) return Status::InvalidArgument("表单编码无效");
    for (auto& [k, v] : t->query) form.fields.emplace_back(k, v);
    if (amp == std::string_view::npos) break;
    body.remove_prefix(amp + 1);
  }
  return form;
}

Result<FormData> ParseForm(std::string_view content_type, std::string_view body) {
  const std::string lower = Lower(content_type);
  if (lower.rfind("application/x-www-form-urlencoded", 0) == 0) return ParseUrlEncoded(body);
  if (lower.rfind("multipart/form-data", 0) == 0) return ParseMultipart(content_type, body);
  return Status::InvalidArgument("不支持的表单类型：" + std::string(content_type));
}

}  // namespace dpfeed
