#include "service/store/guard_holds.h"

#include "service/store/query_helpers.h"

namespace dpfeed {

namespace {

constexpr const char* kMarkHeld = "UPDATE decisions SET held_at = ? WHERE id = ?";

}  // namespace

Status MarkHeld(Database& db, const std::vector<int64_t>& ids, const std::string& now) {
  for (int64_t id : ids) {
    Status s =
        store_internal::Run(db, kMarkHeld, [&](Statement& st) { st.Bind(1, now).Bind(2, id); });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace dpfeed
