#include "service/api/reports_handler.h"

#include <cstdlib>

#include "service/compliance/annual_report.h"
#include "service/compliance/annual_report_xlsx.h"

namespace dpfeed {

void HandleAnnualReport(HandlerArgs a) {
  if (Status s = RequireRole(a.principal, {Role::kAuditor, Role::kAdmin}); !s.ok()) {
    a.reply(ErrorResponse(a.req, Status::Forbidden("年度报告仅限审计或管理员令牌")));
    return;
  }
  auto param = [&](const char* name) -> std::string {
    auto it = a.target.query.find(name);
    return it == a.target.query.end() ? "" : it->second;
  };
  const std::string year_text = param("year");
  char* end = nullptr;
  const long year = std::strtol(year_text.c_str(), &end, 10);
  if (year_text.empty() || end == nullptr || *end != '\0') {
    a.reply(ErrorResponse(
        a.req, Status::InvalidArgument("year 参数应为年份，如 year=2026：" + year_text)));
    return;
  }
  const std::string format = param("format").empty() ? "json" : param("format");
  if (format != "json" && format != "csv" && format != "xlsx") {
    a.reply(ErrorResponse(a.req,
                          Status::InvalidArgument("format 参数应为 json、csv 或 xlsx：" + format)));
    return;
  }
  auto report = BuildAnnualReport(a.db, static_cast<int>(year));
  if (!report.ok()) {
    a.reply(ErrorResponse(a.req, report.status()));
    return;
  }
  const std::string filename = "annual-report-" + year_text + "." + format;
  if (format == "json") {
    a.reply(JsonResponse(a.req, http::status::ok, AnnualReportJson(*report)));
    return;
  }
  std::string body;
  const char* type = "text/csv; charset=utf-8";
  if (format == "csv") {
    body = AnnualReportCsv(*report);
  } else {
    auto xlsx = AnnualReportXlsx(*report);
    if (!xlsx.ok()) {
      a.reply(ErrorResponse(a.req, xlsx.status()));
      return;
    }
    body = std::move(xlsx.value());
    type = kXlsxContentType;
  }
  a.reply(AttachmentResponse(a.req, type, std::move(body), filename));
}

}  // namespace dpfeed
