// The matter-list notice (事项清单公示, issue 10 §4): one department's full
// current list of its license or its penalty matters, with the changes it
// publishes (新增 / 变更 / 取消, each with its effective date) listed above
// it, in the uniform style of the decision notices; the same JSON goes to
// both channels. Built by the planner like a decision notice and delivered
// through the same outbox; acknowledging it publishes its changes.
//
// Thread-safety: pure functions plus the (thread-safe) artifact store.
// Contract: matter lists hold no personal data except what a change's
// reason (free text) may say, which is masked like any free text
// (MaskFreeText); no leak guard applies; every value is escaped for its
// format. The public page
// renders a notice again from the database (ReadMatterListContent): the
// changes it published and the list in effect on its date as known now.
#ifndef DPFEED_PUBLISHER_MATTER_NOTICE_H_
#define DPFEED_PUBLISHER_MATTER_NOTICE_H_

#include <string>
#include <vector>

#include "publisher/notice_builder.h"
#include "service/domain/civil_date.h"
#include "service/store/database.h"
#include "service/store/matter_repository.h"

namespace dpfeed {

struct MatterListContent {
  std::string title;
  Kind kind = Kind::kLicense;
  std::string department_code, department_name, department_uscc;
  CivilDate period_from, period_to;      // first and last effective date of `changes`
  std::string published_on;              // YYYY-MM-DD
  std::vector<MatterChangeRow> changes;  // what this notice publishes, by effective date
  std::vector<MatterChangeRow> list;     // the matters in effect on `published_on`, by code
};

// Fills title and period from the department, changes and jurisdiction.
Status CompleteMatterListContent(MatterListContent& c, const std::string& jurisdiction);

std::string RenderMatterListHtml(const MatterListContent& c);
std::string RenderMatterListJson(const MatterListContent& c);

// The notice (type matter_list) the planner inserts: its artifacts stored
// when `store` is given (null: a dry run), its changes to mark planned.
Result<BuiltNotice> BuildMatterListNotice(const MatterListContent& c, const std::string& run_key,
                                          int64_t department_id, const ArtifactStore* store);

// The content of a stored matter-list notice, read back from the database
// (its changes, and the list in effect on its publication date).
Result<MatterListContent> ReadMatterListContent(Database& db, const NoticeRow& notice,
                                                const Department& department);

}  // namespace dpfeed

#endif  // DPFEED_PUBLISHER_MATTER_NOTICE_H_
