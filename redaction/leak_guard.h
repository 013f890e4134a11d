// The last check before an artifact (a rendered notice page, a JSON payload)
// leaves dpfeed. Built once per notice from what masking found
// (MaskedNotice: the personal values with their records, the public names
// and numbers), it reports
//   - every personal value of the notice standing in clear in the artifact
//     (names, identity numbers, phones, cards, emails, travel documents,
//     home addresses specific enough to search for), with the records the
//     value belongs to; and
//   - every checksum-valid ID number, mobile number or bank card number at
//     all, unless masking kept that number public on purpose (a
//     registration code, a number labelled 案件编号 ...); the record of such
//     a number is unknown.
// A person's name standing inside a public name of the notice (袁鹏 inside
// the legal representative 袁鹏琦, or inside a firm's name) is that public
// value, not a leak. (A person whose name equals a legal representative's
// in the same notice cannot be told apart by value; masking still masks
// the person.)
//
// The publisher blocks a failing artifact, or holds the records involved
// and publishes the rest (WithoutRecords in notice_masking.h); it never
// ships a failing artifact. A Leak never carries the value itself.
//
// Cost: one pass over the artifact's bytes: each character start costs a
// bitmap probe for all of the notice's values (pattern_set.h) and each
// digit run one classification; not values x artifact, and no detector is
// run again on the records.
//
// Thread-safety: a built LeakGuard is immutable; Check may run on many
// threads at once.
#ifndef DPFEED_REDACTION_LEAK_GUARD_H_
#define DPFEED_REDACTION_LEAK_GUARD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "redaction/masking_policy.h"
#include "redaction/notice_masking.h"
#include "redaction/pattern_set.h"
#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed {

struct Leak {
  PiiCategory category;
  size_t offset = 0;            // byte offset of the value in the artifact
  std::vector<size_t> records;  // the notice's records the value belongs to; empty when unknown
};

class LeakGuard {
 public:
  explicit LeakGuard(const MaskedNotice& notice);

  // The leaks in `artifact`, sorted by offset; empty when it is clean.
  std::vector<Leak> Check(std::string_view artifact) const;

  // The records involved in `leaks` (sorted, unique), and whether any leak
  // could not be tied to a record (then only holding the whole notice is safe).
  static std::vector<size_t> RecordsOf(const std::vector<Leak>& leaks, bool* unattributed);

 private:
  struct Entry {
    bool is_public = false;    // a public name: marks where such names stand
    bool is_personal = false;  // a personal value: a leak wherever it is not inside a public name
    PiiCategory category = PiiCategory::kPersonName;
    std::vector<size_t> records;
  };
  void AddValue(std::string_view value, bool is_public, PiiCategory category,
                const std::vector<size_t>& records);

  PatternSet patterns_;
  std::vector<Entry> entries_;  // by pattern index
  std::unordered_set<std::string> public_numbers_;
  std::unordered_map<std::string, std::vector<size_t>>
      identity_records_;  // compact identity -> records
};

// Masks `records` as one notice and checks `artifact` against it; for
// callers that check one artifact and have not kept the MaskedNotice.
std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_LEAK_GUARD_H_
