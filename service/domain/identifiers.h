// Check-character validators for the identifiers the standard carries:
// 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999).
//
// Thread-safety: pure functions. Used by the record validator and by the
// redaction detectors, so both agree on what a valid identifier is.
#ifndef DPFEED_SERVICE_DOMAIN_IDENTIFIERS_H_
#define DPFEED_SERVICE_DOMAIN_IDENTIFIERS_H_

#include <string_view>

namespace dpfeed {

// 18 characters over 0-9A-HJ-NP-RTUWXY with a valid check character.
bool IsValidUscc(std::string_view code);

// The placeholder a 个体工商户 without a code uses.
inline constexpr std::string_view kUsccPlaceholder = "00000000000000000X";

// 17 digits + check character (digit or X/x) with a valid birth date
// (YYYYMMDD, 1900..2099) in positions 7-14.
bool IsValidIdNumber18(std::string_view id);

// Old 15-digit numbers: all digits, YYMMDD (19YY) in positions 7-12 valid.
bool IsValidIdNumber15(std::string_view id);

// Luhn checksum over a digit string (bank cards).
bool PassesLuhn(std::string_view digits);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_IDENTIFIERS_H_
