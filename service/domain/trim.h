// Trimming the whitespace around a value, in the two senses dpfeed needs.
//
// Thread-safety: pure functions.
// Contract: both return a view into `s` (no copy), empty when `s` is all
// whitespace. TrimOws removes HTTP's optional whitespace (space and
// horizontal tab, RFC 9110 §5.6.3) around header parts; TrimAsciiSpace
// removes what std::isspace calls space in the C locale (space, \t, \n,
// \v, \f, \r) around typed field values. Neither touches non-ASCII spaces
// such as U+3000.
#ifndef DPFEED_SERVICE_DOMAIN_TRIM_H_
#define DPFEED_SERVICE_DOMAIN_TRIM_H_

#include <string_view>

namespace dpfeed {

std::string_view TrimOws(std::string_view s);
std::string_view TrimAsciiSpace(std::string_view s);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_TRIM_H_
