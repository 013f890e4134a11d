#include "redaction/leak_guard.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

// XDR_MC and FRDB hold at most 200 characters.
constexpr size_t kMaxPublicNameBytes = 800;

void MergeRecords(std::vector<size_t>& into, const std::vector<size_t>& from) {
  into.insert(into.end(), from.begin(), from.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

void LeakGuard::AddValue(std::string_view value, bool is_public, PiiCategory category,
                         const std::vector<size_t>& records) {
  const size_t i = patterns_.Add(value);
  if (i == PatternSet::kNone) return;
  if (i >= entries_.size()) entries_.resize(i + 1);
  Entry& e = entries_[i];
  if (is_public) {
    e.is_public = true;
    return;
  }
  if (!e.is_personal) e.category = category;
  e.is_personal = true;
  MergeRecords(e.records, records);
}

LeakGuard::LeakGuard(const MaskedNotice& notice) {
  for (const PersonalValue& v : notice.personal) {
    // House numbers are checked by masking, not by value: "88号" alone is
    // not specific enough to search an artifact for.
    if (v.category == PiiCategory::kAddress) continue;
    if (v.category == PiiCategory::kPersonName && !IsSearchableName(v.value)) continue;
    AddValue(v.value, false, v.category, v.records);
    if (IsDigitNumber(v.category)) {
      const std::string compact = CompactIdentifier(v.value);
      if (compact.size() >= 8 && compact != v.value)
        AddValue(compact, false, v.category, v.records);
      if (!compact.empty()) MergeRecords(identity_records_[compact], v.records);
    }
  }
  // Only the public names holding a person's name matter (to tell 袁鹏琦
  // from 袁鹏); leaving the others out keeps a notice of many firms named
  // 安丘市… from probing all of them at every 安丘.
  std::vector<std::string_view> holding;
  for (const std::string& n : notice.public_names) {
    for (const PatternSet::Match& m : patterns_.FindAll(n)) {
      if (entries_[m.pattern].is_personal &&
          entries_[m.pattern].category == PiiCategory::kPersonName) {
        holding.push_back(n);
        break;
      }
    }
  }
  for (std::string_view n : holding) AddValue(n, true, PiiCategory::kPersonName, {});
  public_numbers_.insert(notice.public_numbers.begin(), notice.public_numbers.end());
}

std::vector<Leak> LeakGuard::Check(std::string_view artifact) const {
  std::vector<PatternSet::Match> matches;
  std::vector<Span> numbers;
  const size_t n = artifact.size();
  size_t next_number = 0;  // digit runs are classified from their first digit
  for (size_t p = 0; p < n; ++p) {
    const auto c = static_cast<unsigned char>(artifact[p]);
    if ((c & 0xC0) == 0x80) continue;
    if (!patterns_.empty()) patterns_.MatchAt(artifact, p, matches);
    if (c < 0x80 && p >= next_number)
      next_number = IsAsciiDigit(artifact[p]) ? DetectDigitGroupAt(artifact, p, numbers) : p + 1;
  }

  // Where public names stand: a personal name inside one is that name.
  std::vector<std::pair<size_t, size_t>> public_ranges;
  for (const PatternSet::Match& m : matches) {
    if (entries_[m.pattern].is_public)
      public_ranges.emplace_back(m.pos, m.pos + patterns_.pattern(m.pattern).size());
  }
  // Sorted by start (matches are); a covering name starts at most one
  // public name's length before `begin`.
  auto in_public_name = [&](size_t begin, size_t end) {
    auto it = std::upper_bound(public_ranges.begin(), public_ranges.end(),
                               std::pair<size_t, size_t>(begin, SIZE_MAX));
    while (it != public_ranges.begin()) {
      --it;
      if (it->second >= end) return true;
      if (begin - it->first > kMaxPublicNameBytes) break;
    }
    return false;
  };

  std::vector<Leak> leaks;
  for (const PatternSet::Match& m : matches) {
    const Entry& e = entries_[m.pattern];
    if (!e.is_personal) continue;
    if (e.category == PiiCategory::kPersonName &&
        in_public_name(m.pos, m.pos + patterns_.pattern(m.pattern).size())) {
      continue;
    }
    leaks.push_back({e.category, m.pos, e.records});
  }
  for (const Span& s : numbers) {
    if (s.category == PiiCategory::kLandline) continue;
    const std::string value = CompactIdentifier(artifact.substr(s.begin, s.end - s.begin));
    if (public_numbers_.count(value)) continue;
    auto it = identity_records_.find(value);
    leaks.push_back(
        {s.category, s.begin, it == identity_records_.end() ? std::vector<size_t>{} : it->second});
  }
  std::sort(leaks.begin(), leaks.end(), [](const Leak& a, const Leak& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.category < b.category;
  });
  // The same value found by value and by shape at one offset: one leak.
  std::vector<Leak> out;
  for (Leak& l : leaks) {
    if (!out.empty() && out.back().offset == l.offset && out.back().category == l.category) {
      MergeRecords(out.back().records, l.records);
      continue;
    }
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<size_t> LeakGuard::RecordsOf(const std::vector<Leak>& leaks, bool* unattributed) {
  std::vector<size_t> out;
  bool unknown = false;
  for (const Leak& l : leaks) {
    if (l.records.empty()) unknown = true;
    MergeRecords(out, l.records);
  }
  if (unattributed != nullptr) *unattributed = unknown;
  return out;
}

std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy) {
  return LeakGuard(MaskNotice(records, policy)).Check(artifact);
}

}  // namespace dpfeed
