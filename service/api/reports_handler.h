// GET /api/v1/reports/annual?year=2026[&format=json|csv|xlsx] (auditor,
// admin): the yearly report's tables 第二十条第（五）项 (行政许可) and
// 第二十条第（六）项 (行政处罚) per department and in total (issue 10 §5).
//
// Contract: 403 for other roles; 400 for a missing or bad year or format;
// CSV is UTF-8 with a BOM, XLSX an Excel workbook, both as attachments.
#ifndef DPFEED_SERVICE_API_REPORTS_HANDLER_H_
#define DPFEED_SERVICE_API_REPORTS_HANDLER_H_

#include "service/api/handler.h"

namespace dpfeed {

void HandleAnnualReport(HandlerArgs args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_REPORTS_HANDLER_H_
