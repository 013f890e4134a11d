// Rendering of notices (DOMAIN.md §1): the standard title, the uniform
// HTML template for the portal (every indicator field of the kind, masked),
// the portal's JSON twin, and the credit website's records in the national
// standard's codes.
//
// Thread-safety: pure functions.
// Contract: the records passed in are already in their published form
// (masked, or unmasked identifiers for an internal credit platform); the
// renderer escapes every value for its format and never drops a field.
#ifndef DPFEED_PUBLISHER_NOTICE_RENDERER_H_
#define DPFEED_PUBLISHER_NOTICE_RENDERER_H_

#include <string>
#include <string_view>
#include <vector>

#include "service/domain/civil_date.h"
#include "service/domain/kind.h"
#include "service/domain/publication_state.h"
#include "service/domain/record.h"
#include "service/json/json_writer.h"

namespace dpfeed {

// `{jurisdiction}{department}行政许可信息公示（YYYY年MM月DD日-YYYY年MM月DD日）`,
// with 补充/提前/更正/撤销 before 公示 for the other types, and
// `…行政许可事项清单公示（…）` for a matter list; the jurisdiction is not
// repeated when the department's name already starts with it
// (FullDepartmentName). A withdrawal notice whose records were all entered
// in error and withdrawn (`data_entry_withdrawal`) says 撤回 instead of
// 撤销 (issue 8 §6).
std::string NoticeTitle(const std::string& jurisdiction, const std::string& department_name,
                        Kind kind, NoticeType type, CivilDate from, CivilDate to,
                        bool data_entry_withdrawal = false);

struct NoticeContent {
  std::string title;
  // The template's columns, in the standard's order: every field of the
  // kind that is published at all (see IsPublishedColumn).
  std::vector<const FieldSpec*> columns;
  NoticeType type = NoticeType::kRegular;
  Kind kind = Kind::kLicense;
  std::string department_code, department_uscc;
  std::string department_name;  // full, with the jurisdiction (FullDepartmentName)
  CivilDate period_from, period_to;
  std::string published_on;                     // YYYY-MM-DD
  std::vector<Record> records;                  // published form
  std::vector<std::string> withdrawal_reasons;  // withdrawal notices: one per record
  // Publish notices: one per record, PublicationNote()'s words for a record
  // published after its deadline, "" for one on time (empty: none late).
  std::vector<std::string> record_notes;
};

// The uniform notice page up to and including its meta line (发布单位,
// 发布日期 and `count`, e.g. "共 3 条"), and its end after a table body:
// every notice page, of decisions or of a matter list, has this frame. The
// page is self-contained (its one <style> inline, no script, nothing
// fetched), since the portal shows the same bytes: a table on wide screens
// and in print; on screens narrower than 60em each row of a
// `<table class="records">` becomes a card of label-value pairs, the labels
// from each cell's data-label.
std::string NoticePageStart(const std::string& title, const std::string& department_name,
                            const std::string& published_on, const std::string& count);
// One cell of a `<table class="records">` row: `label` for the card layout
// (the column's Chinese name), the value escaped, "—" when empty.
void LabelledCell(std::string& h, const char* label, std::string_view value);
inline constexpr const char* kNoticePageEnd =
    "</tbody>\n</table>\n</div>\n</main>\n</body>\n</html>\n";
// The members every JSON artifact starts with: title, type, kind,
// department, period, published_on.
void WriteNoticeHeader(JsonWriter& w, const NoticeContent& n);

// A record's bytes in a rendered artifact: [begin, end).
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

// The notice page (the portal's HTML artifact, served as it is at
// /notices/{id}): every column of `columns` for every record, by its
// Chinese name only (no field codes: citizens read it), "—" for an empty
// value, so every indicator field of the uniform template is present.
std::string RenderNoticeHtml(const NoticeContent& notice);
// With `record_ranges`, where each record's JSON object stands in the
// result (one per record, in order): a valid JSON object on its own.
// Both JSON artifacts end with the same records member, byte for byte;
// `records_at` gets where it starts (its comma).
std::string RenderPortalJson(const NoticeContent& notice,
                             std::vector<ByteRange>* record_ranges = nullptr,
                             size_t* records_at = nullptr);
std::string RenderCreditJson(const NoticeContent& notice, size_t* records_at = nullptr);
// The credit JSON of `notice` from its portal JSON (RenderPortalJson's
// result and `portal_records_at`): the credit header, then the portal's
// records member as it stands, byte for byte what RenderCreditJson gives
// for the same records without rendering them again. `records_at` as there.
std::string CreditJsonFromPortal(const NoticeContent& notice, std::string_view portal_json,
                                 size_t portal_records_at, size_t* records_at = nullptr);

// The per-record mark of a record published after its deadline:
// "逾期公示（公示期限YYYY-MM-DD）"; "" when `published_on` is not after it.
std::string PublicationNote(const std::string& deadline, const std::string& published_on);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(std::string_view text);
// The same, appended to `out`: runs without those characters are copied whole.
void AppendHtmlEscaped(std::string& out, std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_NOTICE_RENDERER_H_
