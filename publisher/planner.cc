#include "publisher/planner.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <utility>

#include "publisher/matter_notice.h"
#include "publisher/notice_builder.h"
#include "publisher/notice_commits.h"
#include "publisher/ordered_parallel.h"
#include "publisher/page_reviser.h"
#include "service/calendar/shanghai_time.h"
#include "service/domain/log.h"
#include "service/json/json_writer.h"
#include "service/store/decision_repository.h"
#include "service/store/department_repository.h"
#include "service/store/event_log.h"
#include "service/store/guard_holds.h"
#include "service/store/matter_repository.h"
#include "service/store/notice_commit.h"
#include "service/store/notice_repository.h"

namespace dpfeed {

namespace {

using Group = std::pair<int64_t, Kind>;  // (department, kind)
using Rows = std::vector<PlanningRow>;

// A few passes at most: each one plans again only what changed underneath
// the one before, which needs a department writing while we commit.
constexpr int kMaxPasses = 3;
// Items of notices written together at most (see NoticeBatch; about 100
// bytes each while they wait).
constexpr size_t kBatchItems = 250'000;

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A read transaction: everything read inside it is one consistent snapshot
// (WAL), and it never takes the write lock.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db) : db_(db), status_(db.Exec("BEGIN")) {}
  ~ReadTransaction() {
    if (status_.ok()) db_.Exec("COMMIT");
  }
  const Status& status() const { return status_; }

 private:
  Database& db_;
  Status status_;
};

struct Snapshot {
  std::map<int64_t, Department> departments;
  bool regular_done = false;
  Rows unplanned, corrected, to_withdraw;
};

Result<Snapshot> ReadSnapshot(Database& db, const std::string& regular_key) {
  ReadTransaction txn(db);
  if (!txn.status().ok()) return txn.status();
  Snapshot s;
  auto departments = ListDepartments(db);
  if (!departments.ok()) return departments.status();
  for (Department& d : *departments) s.departments[d.id] = std::move(d);
  auto done = RunDone(db, regular_key);
  if (!done.ok()) return done.status();
  s.regular_done = *done;
  for (auto [read, rows] :
       {std::pair{&ReadUnplanned, &s.unplanned}, std::pair{&ReadCorrected, &s.corrected},
        std::pair{&ReadToWithdraw, &s.to_withdraw}}) {
    auto r = read(db);
    if (!r.ok()) return r.status();
    *rows = std::move(r.value());
  }
  return s;
}

std::map<Group, Rows> GroupRows(Rows rows) {
  std::map<Group, Rows> out;
  for (PlanningRow& r : rows) out[{r.row.department_id, r.row.kind}].push_back(std::move(r));
  for (auto& [group, list] : out) {
    std::sort(list.begin(), list.end(), [](const PlanningRow& a, const PlanningRow& b) {
      return std::tie(a.row.decision_date, a.row.id) < std::tie(b.row.decision_date, b.row.id);
    });
  }
  return out;
}

std::string GroupKey(const std::string& prefix, Group g) {
  return prefix + ":" + std::to_string(g.first) + ":" + KindName(g.second);
}

void AddSpecs(std::vector<NoticeSpec>& specs, const std::string& prefix, NoticeType type,
              Rows rows) {
  for (auto& [group, list] : GroupRows(std::move(rows))) {
    specs.push_back(
        {GroupKey(prefix, group), group.first, group.second, type, std::move(list), std::nullopt});
  }
}

// A held decision's event: its notice and the leak categories, never values.
std::string HeldEventDetail(const std::string& run_key, const HeldDecision& held) {
  return LeakEventDetail(run_key,
                         std::vector<std::string>(held.categories.begin(), held.categories.end()));
}

// Notices a crashed (or stopped) cycle left half-written: taken apart so
// their decisions are planned again.
Status AbandonExpiredNotices(Database& read_db, const WriteFn& write, const std::string& now) {
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  auto abandoned = AbandonedNotices(read_db, now_ms);
  if (!abandoned.ok()) return abandoned.status();
  for (int64_t id : *abandoned) {
    Status s = write([&](Database& db) { return AbandonNotice(db, id, now_ms, now); });
    if (!s.ok()) return s;
    LogWarning("took apart notice " + std::to_string(id) +
               ", left half-written by an earlier cycle; its "
               "decisions are planned again");
  }
  return Status::Ok();
}

}  // namespace

Planner::Planner(std::shared_ptr<const WorkCalendar> calendar, PlannerOptions options,
                 const ArtifactStore& artifacts)
    : calendar_(calendar),
      options_(std::move(options)),
      artifacts_(artifacts),
      schedule_(calendar, options_.schedule) {}

Result<CycleSummary> Planner::RunCycle(Database& read_db, const WriteFn& write,
                                       TimePoint now) const {
  return Cycle(read_db, &write, now);
}

Result<CycleSummary> Planner::DryRun(Database& read_db, TimePoint now) const {
  return Cycle(read_db, nullptr, now);
}

Result<CycleSummary> Planner::Cycle(Database& read_db, const WriteFn* write, TimePoint now) const {
  const std::string now_text = FormatShanghaiTimestamp(now);
  const std::string today = FormatCivilDate(ShanghaiDate(now));
  CycleSummary summary;

  if (write != nullptr) {
    if (Status s = AbandonExpiredNotices(read_db, *write, now_text); !s.ok()) return s;
  }

  // 1. Display periods that ended: a few short writes.
  auto expired = ExpiredDisplayIds(read_db, today);
  if (!expired.ok()) return expired.status();
  summary.expired = static_cast<int>(expired->size());
  if (write != nullptr && !expired->empty()) {
    Status s = (*write)([&](Database& db) {
      for (int64_t id : *expired) {
        Status st = SetDecisionStatus(db, id, DecisionStatus::kExpired,
                                      WithdrawalWording(DecisionStatus::kExpired, ""), now_text);
        if (!st.ok() && st.code() != StatusCode::kConflict)
          return st;  // Conflict: no longer active
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }

  const CivilDate week = schedule_.LatestDueWeek(now);
  const std::string week_from = FormatCivilDate(week);
  const std::string week_to = FormatCivilDate(week + date::days{6});
  const std::string regular_key = "regular:" + week_from;
  const std::string next_run_day = FormatCivilDate(ShanghaiDate(schedule_.NextRunAfter(now)));
  BuildOptions build_options{options_.jurisdiction, options_.masking, options_.credit_unmasked};

  for (int pass = 0; pass < kMaxPasses; ++pass) {
    auto read_start = std::chrono::steady_clock::now();
    auto snapshot = ReadSnapshot(read_db, regular_key);
    summary.read_seconds += SecondsSince(read_start);
    if (!snapshot.ok()) return snapshot.status();
    Snapshot& snap = *snapshot;

    // 2-5. Which notices, from the snapshot.
    std::vector<NoticeSpec> specs;
    size_t regular_specs = 0;  // the first ones belong to the regular run
    Rows rest = std::move(snap.unplanned);
    if (!snap.regular_done) {
      Rows in_week, earlier, later;
      for (PlanningRow& r : rest) {
        const std::string& d = r.row.decision_date;
        (d < week_from ? earlier : d > week_to ? later : in_week).push_back(std::move(r));
      }
      std::map<Group, Rows> groups = GroupRows(std::move(in_week));
      for (const auto& [id, d] : snap.departments) {
        if (!d.publish_empty) continue;
        for (Kind k : {Kind::kLicense, Kind::kPenalty}) groups.try_emplace({id, k});
      }
      for (auto& [group, rows] : groups) {
        specs.push_back({GroupKey(regular_key, group), group.first, group.second,
                         NoticeType::kRegular, std::move(rows),
                         std::make_pair(week, week + date::days{6})});
      }
      AddSpecs(specs, "supplementary:" + week_from, NoticeType::kSupplementary, std::move(earlier));
      regular_specs = specs.size();
      rest = std::move(later);
    }
    // Held by the guard in an earlier run: a supplementary notice of their
    // own at every cycle, out as soon as they pass.
    Rows urgent, held;
    for (PlanningRow& r : rest) {
      if (r.row.held_at) {
        held.push_back(std::move(r));
      } else if (r.row.deadline < next_run_day) {
        urgent.push_back(std::move(r));
      }
    }
    // A later pass plans what turned stale: under keys of its own.
    const std::string at = now_text + (pass == 0 ? "" : "#" + std::to_string(pass));
    AddSpecs(specs, "expedited:" + at, NoticeType::kExpedited, std::move(urgent));
    AddSpecs(specs, "supplementary:held:" + at, NoticeType::kSupplementary, std::move(held));
    AddSpecs(specs, "correction:" + at, NoticeType::kCorrection, std::move(snap.corrected));
    AddSpecs(specs, "withdrawal:" + at, NoticeType::kWithdrawal, std::move(snap.to_withdraw));

    // Build on the worker threads, commit here in order.
    Status failure;
    std::mutex timing_mu;
    int stale = 0;
    bool regular_stale = false;
    const ArtifactStore* store = write != nullptr ? &artifacts_ : nullptr;
    // The built notices are written together (see NoticeBatch), each
    // listed in the summary in its place as it comes and unlisted again
    // if it was not written.
    std::optional<NoticeBatch> batch;
    if (write != nullptr) batch.emplace(*write, now_text);
    struct Waiting {
      size_t spec;    // its index in `specs`
      size_t listed;  // its place in summary.notices
    };
    std::vector<Waiting> waiting;
    std::vector<size_t> unlisted;
    auto flush = [&]() -> Status {
      if (!batch || batch->size() == 0) return Status::Ok();
      const auto commit_start = std::chrono::steady_clock::now();
      auto outcomes = batch->Flush();
      summary.commit_seconds += SecondsSince(commit_start);
      if (!outcomes.ok()) return outcomes.status();
      for (size_t k = 0; k < waiting.size(); ++k) {
        const Waiting& w = waiting[k];
        const CommitOutcome& o = (*outcomes)[k];
        if (o.kind == CommitOutcome::kDone) {
          ++summary.notices_created;
          ++summary.notices_by_type[ToString(specs[w.spec].type)];
          summary.records_planned += summary.notices[w.listed].records;
          continue;
        }
        unlisted.push_back(w.listed);
        if (o.kind == CommitOutcome::kStale) {
          ++stale;
          regular_stale |= w.spec < regular_specs;
        }
      }
      waiting.clear();
      return Status::Ok();
    };
    RunOrdered<Result<BuiltNotice>>(
        specs.size(), options_.threads,
        [&](size_t i) -> Result<BuiltNotice> {
          const NoticeSpec& spec = specs[i];
          auto dept = snap.departments.find(spec.department_id);
          if (dept == snap.departments.end())
            return Status::Corruption("decision of an unknown department");
          const auto start = std::chrono::steady_clock::now();
          auto built = BuildNotice(spec, dept->second, today, build_options, store);
          const double took = SecondsSince(start);
          std::lock_guard<std::mutex> lock(timing_mu);
          summary.build_seconds += took;
          if (built.ok()) {
            summary.mask_seconds += built->stages.mask;
            summary.render_seconds += built->stages.render;
            summary.guard_seconds += built->stages.guard;
            summary.store_seconds += built->stages.store;
          }
          return built;
        },
        [&](size_t i, Result<BuiltNotice> built) {
          if (!built.ok()) {
            failure = built.status();
            return false;
          }
          const NoticeSpec& spec = specs[i];
          PlannedNoticeInfo info{spec.run_key,
                                 built->write.title,
                                 spec.type,
                                 static_cast<int>(built->records),
                                 built->blocked,
                                 {built->leak_categories.begin(), built->leak_categories.end()},
                                 {}};
          for (const HeldDecision& h : built->held) info.held.push_back(h.decision_id);
          summary.held_records += static_cast<int>(built->held.size());
          if (!built->held.empty() && write != nullptr) {
            // The alert, once per hold (a held decision is tried again at
            // every cycle): ids and categories, never values.
            std::vector<int64_t> ids;
            std::vector<const HeldDecision*> fresh;
            for (const HeldDecision& h : built->held) {
              ids.push_back(h.decision_id);
              for (const PlanningRow& r : spec.rows) {
                if (r.row.id == h.decision_id && !r.row.held_at) fresh.push_back(&h);
              }
            }
            for (const HeldDecision* h : fresh) {
              std::string categories;
              for (const std::string& c : h->categories)
                categories += (categories.empty() ? "" : ",") + c;
              LogError("leak guard held decision " + std::to_string(h->decision_id) + " (" +
                       categories + ") out of notice " + spec.run_key +
                       "; the rest is published, it waits for a correction");
            }
            failure = (*write)([&](Database& db) -> Status {
              for (const HeldDecision* h : fresh) {
                Status s = AppendEvent(db, {now_text, "decision.held", spec.department_id,
                                            h->decision_id, HeldEventDetail(spec.run_key, *h)});
                if (!s.ok()) return s;
              }
              return MarkHeld(db, ids, now_text);
            });
            if (!failure.ok()) return false;
          }
          if (built->records == 0 && !built->held.empty()) {
            summary.notices.push_back(info);
            return true;  // every record held: nothing to write
          }
          if (built->blocked) {
            std::string categories;
            for (const std::string& c : info.leak_categories)
              categories += (categories.empty() ? "" : ",") + c;
            ++summary.blocked;
            summary.notices.push_back(info);
            if (write == nullptr) return true;
            LogError("leak guard blocked notice " + spec.run_key + " (" + categories +
                     "); its records stay unpublished until fixed");
            failure = (*write)([&](Database& db) {
              return AppendEvent(db, {now_text, "notice.blocked", spec.department_id, std::nullopt,
                                      LeakEventDetail(spec.run_key, info.leak_categories)});
            });
            return failure.ok();
          }
          if (write == nullptr) {
            ++summary.notices_created;
            ++summary.notices_by_type[ToString(spec.type)];
            summary.records_planned += info.records;
            summary.notices.push_back(info);
            return true;
          }
          summary.notices.push_back(info);
          waiting.push_back({i, summary.notices.size() - 1});
          batch->Add(std::move(built->write));
          if (batch->items() >= kBatchItems) failure = flush();
          return failure.ok();
        });
    if (failure.ok()) failure = flush();
    if (!failure.ok()) return failure;
    summary.stale += stale;
    std::sort(unlisted.rbegin(), unlisted.rend());
    for (size_t at : unlisted)
      summary.notices.erase(summary.notices.begin() + static_cast<ptrdiff_t>(at));

    // The regular run is done once each of its notices is in (or blocked).
    if (!snap.regular_done && !regular_stale) {
      if (write != nullptr) {
        bool busy_run = false;
        Status s = (*write)([&](Database& db) -> Status {
          auto busy = IncompleteNoticeUnder(
              db, {regular_key + ":", "supplementary:" + week_from + ":"});
          if (!busy.ok()) return busy.status();
          busy_run = *busy;
          // Not yet while one of its notices is being written (by another
          // planner, or left by a crash until its lease runs out): a later
          // cycle marks it.
          if (*busy) return Status::Ok();
          return MarkRunDone(db, regular_key, now_text);
        });
        if (!s.ok()) return s;
        if (busy_run) regular_stale = true;
      }
      if (!regular_stale) summary.regular_week = week_from;
    }
    if (stale == 0 || write == nullptr) break;
    LogInfo("publication cycle at " + now_text + ": " + std::to_string(stale) +
            " notices changed underneath while planning; planning them again");
  }
  Status s = PlanMatterLists(read_db, write, now_text, today, !summary.regular_week.empty(),
                             next_run_day, summary);
  if (!s.ok()) return s;

  // 7. The public pages of notices that still show a withdrawn decision.
  if (write != nullptr) {
    auto pages = RevisePages(read_db, *write, build_options, artifacts_, now_text);
    if (!pages.ok()) return pages.status();
    summary.pages_revised = pages->stored;
    summary.blocked += pages->blocked;
  }
  return summary;
}

Status Planner::PlanMatterLists(Database& read_db, const WriteFn* write,
                                const std::string& now_text, const std::string& today,
                                bool regular_run, const std::string& next_run_day,
                                CycleSummary& summary) const {
  std::map<Group, MatterListContent> lists;
  {
    ReadTransaction txn(read_db);
    if (!txn.status().ok()) return txn.status();
    auto changes = UnpublishedMatterChanges(read_db, today);
    if (!changes.ok()) return changes.status();
    if (changes->empty()) return Status::Ok();
    auto departments = ListDepartments(read_db);
    if (!departments.ok()) return departments.status();
    std::set<Group> due;
    for (MatterChangeRow& m : *changes) {
      if (regular_run || m.deadline < next_run_day) due.insert({m.department_id, m.kind});
      lists[{m.department_id, m.kind}].changes.push_back(std::move(m));
    }
    std::erase_if(lists, [&](const auto& entry) { return !due.contains(entry.first); });
    for (auto& [group, c] : lists) {
      const int64_t department_id = group.first;  // a lambda cannot capture a binding (clang 14)
      auto dept = std::find_if(departments->begin(), departments->end(),
                               [&](const Department& d) { return d.id == department_id; });
      if (dept == departments->end()) return Status::Corruption("matter of an unknown department");
      c.kind = group.second;
      c.department_code = dept->code;
      c.department_name = dept->name;
      c.department_uscc = dept->uscc;
      c.published_on = today;
      auto list = MattersInEffect(read_db, {group.first, group.second}, today);
      if (!list.ok()) return list.status();
      c.list = std::move(list.value());
      Status s = CompleteMatterListContent(c, options_.jurisdiction);
      if (!s.ok()) return s;
    }
  }
  for (auto& [group, c] : lists) {
    auto built = BuildMatterListNotice(c, GroupKey("matters:" + now_text, group), group.first,
                                       write != nullptr ? &artifacts_ : nullptr);
    if (!built.ok()) return built.status();
    PlannedNoticeInfo info{built->write.run_key,
                           c.title,
                           NoticeType::kMatterList,
                           static_cast<int>(built->records),
                           false,
                           {},
                           {}};
    if (write != nullptr) {
      auto outcome = CommitNotice(*write, std::move(built->write), now_text);
      if (!outcome.ok()) return outcome.status();
      // Stale: another cycle published these changes meanwhile.
      if (outcome->kind == CommitOutcome::kStale) ++summary.stale;
      if (outcome->kind != CommitOutcome::kDone) continue;
    }
    ++summary.notices_created;
    ++summary.notices_by_type[ToString(NoticeType::kMatterList)];
    summary.notices.push_back(info);
  }
  return Status::Ok();
}

}  // namespace dpfeed
