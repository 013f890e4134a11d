// The last check before an artifact (a rendered notice page, a JSON payload)
// leaves dpfeed. It fails when the artifact contains
//   - any personal value of its records in clear: the name of a natural
//     person or an individual business's operator, XDR_ZJHM, FR_ZJHM, and
//     every ID, phone, card, email or travel-document number found in the
//     records' free text; or
//   - any checksum-valid ID number, mobile number or bank card number at all,
//     unless it is a public code of a legal person among the records.
// The publisher blocks a failing artifact and raises an alert; it never
// ships it.
//
// Cost: one pass over the artifact per distinct value length (rolling
// hashes), plus one detector pass; not values x artifact.
//
// Thread-safety: pure function.
#ifndef DPFEED_REDACTION_LEAK_GUARD_H_
#define DPFEED_REDACTION_LEAK_GUARD_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/masking_policy.h"
#include "service/domain/record.h"

namespace dpfeed {

struct Leak {
  std::string category;  // a PiiCategoryName, e.g. "id_number"
  std::string where;     // "byte N" in the artifact; never the value itself
};

// Empty when the artifact is clean.
std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_LEAK_GUARD_H_
