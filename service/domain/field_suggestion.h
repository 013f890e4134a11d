// "Did you mean": the reason given for a field code that is not one of the
// kind's (issue 10 §1). A code that has the right prefix but is misspelt
// (XK_YXQJZ), lacks the subject infix (XK_ZJHM), uses the other kind's
// data-source name (XK_SJLY: licenses say XK_LYDW) or the other kind's
// prefix (CF_XKWS in a penalty) gets the code it most likely meant.
//
// Thread-safety: pure functions.
#ifndef DPFEED_SERVICE_DOMAIN_FIELD_SUGGESTION_H_
#define DPFEED_SERVICE_DOMAIN_FIELD_SUGGESTION_H_

#include <optional>
#include <string>
#include <string_view>

#include "service/domain/kind.h"

namespace dpfeed {

// The wire code `unknown` most likely meant, or nullopt when nothing is
// close (edit distance at most 2 on the part after the prefix).
std::optional<std::string> SuggestWireCode(Kind kind, std::string_view unknown);

// The Chinese reason for an unknown wire code, with the suggestion when
// there is one: "未知字段XK_ZJHM，是否应为XK_XDR_ZJHM（证件号码）？".
std::string UnknownFieldReason(Kind kind, std::string_view unknown);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_FIELD_SUGGESTION_H_
