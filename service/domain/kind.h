// The two kinds of decisions published under 双公示.
#ifndef DPFEED_SERVICE_DOMAIN_KIND_H_
#define DPFEED_SERVICE_DOMAIN_KIND_H_

#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

enum class Kind { kLicense, kPenalty };

// "license" / "penalty": the word used in URLs, JSON and the database.
inline const char* KindName(Kind k) { return k == Kind::kLicense ? "license" : "penalty"; }
// "行政许可" / "行政处罚": the word used in notice titles.
inline const char* KindTitle(Kind k) { return k == Kind::kLicense ? "行政许可" : "行政处罚"; }
// "XK_" / "CF_": the national standard's field-code prefix.
inline const char* KindPrefix(Kind k) { return k == Kind::kLicense ? "XK_" : "CF_"; }

inline std::optional<Kind> ParseKind(std::string_view s) {
  if (s == "license" || s == "licenses") return Kind::kLicense;
  if (s == "penalty" || s == "penalties") return Kind::kPenalty;
  return std::nullopt;
}

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_KIND_H_
