// Form submissions from the console's pages: application/x-www-form-
// urlencoded bodies, and multipart/form-data (RFC 7578) for file uploads.
//
// Thread-safety: pure functions.
// Contract: ParseForm never throws; a body whose content type is neither,
// or which is malformed (bad percent-encoding, a missing multipart
// boundary or closing delimiter), is InvalidArgument. Field order and
// repeated names are kept.
#ifndef DPFEED_SERVICE_WEB_FORM_DATA_H_
#define DPFEED_SERVICE_WEB_FORM_DATA_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "service/domain/status.h"

namespace dpfeed {

struct FormFile {
  std::string field;
  std::string filename;
  std::string content_type;
  std::string data;
};

struct FormData {
  std::vector<std::pair<std::string, std::string>> fields;
  std::vector<FormFile> files;

  // The first value of `name`, or "" when absent.
  const std::string& Get(std::string_view name) const;
  std::vector<std::string> GetAll(std::string_view name) const;
  bool Has(std::string_view name) const;
  const FormFile* File(std::string_view name) const;
};

Result<FormData> ParseForm(std::string_view content_type, std::string_view body);
Result<FormData> ParseUrlEncoded(std::string_view body);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_FORM_DATA_H_
