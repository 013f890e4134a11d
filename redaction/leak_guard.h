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
// Public codes of any record (统一社会信用代码, 工商注册号 ...) are never
// leaks, and a person's name standing inside a legal person's public name
// or representative in the same artifact is that public value. (A person
// whose name equals a legal representative's in the same notice cannot be
// told apart by value; masking still masks the person.)
//
// Cost: one pass over the artifact with a 4-byte-prefix bitmap over all
// secrets, plus one detector pass; not values x artifact.
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
