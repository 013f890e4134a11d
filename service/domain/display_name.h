// Names that operators type and dpfeed prints into notices, feeds, files
// and logs: department names, entrusted agencies' names, the jurisdiction.
//
// Thread-safety: pure function.
// Contract: CheckDisplayName returns nullopt for an acceptable name and
// otherwise the reason in English. A name is acceptable when it is
// well-formed UTF-8, 1 to `max_chars` (100) characters, without leading or trailing
// whitespace, and without characters that corrupt or disguise what a reader
// sees: controls (U+0000-U+001F, U+007F-U+009F), U+FFFE/U+FFFF, line and
// paragraph separators and bidirectional overrides. Every entry point that
// stores such a name (CLI, API, configuration; matter lists' fields, whose
// limits are longer) calls it, so XML, CSV and HTML writers never meet them
// in stored names.
#ifndef DPFEED_SERVICE_DOMAIN_DISPLAY_NAME_H_
#define DPFEED_SERVICE_DOMAIN_DISPLAY_NAME_H_

#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

inline constexpr size_t kMaxDisplayNameChars = 100;

std::optional<std::string> CheckDisplayName(std::string_view name,
                                            size_t max_chars = kMaxDisplayNameChars);

// The department's full name with the jurisdiction (安丘市 + 市场监督管理局
// = 安丘市市场监督管理局), not repeated when the name already starts with it:
// what notices, feeds and pages show as 发布单位, whatever way the
// department was registered.
std::string FullDepartmentName(const std::string& jurisdiction, const std::string& name);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_DISPLAY_NAME_H_
