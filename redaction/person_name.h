// Names of natural persons: masking to the surname, and finding a given
// person's name in free text.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_PERSON_NAME_H_
#define DPFEED_REDACTION_PERSON_NAME_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"

namespace dpfeed {

// Keeps the surname (chinese_names.h: SurnameBytes) and replaces every
// other character with '*': 张三 -> 张*, 欧阳明华 -> 欧阳**, 佐藤健一 -> 佐藤**. A Latin-script
// name keeps its first word
// ("Zhang San" -> "Zhang ***"). A one-character name is fully masked.
std::string MaskPersonName(std::string_view name);
// The same appended to `out` (masking a text writes each name in place).
void AppendMaskedPersonName(std::string_view name, std::string& out);

// Whether a name is specific enough to search for in free text (at least
// two Chinese characters, or four Latin letters).
bool IsSearchableName(std::string_view name);

// Every occurrence of `name` in `text` (Latin names: case-insensitive, whole
// words only), appended to `out` as kPersonName spans.
void DetectName(std::string_view text, std::string_view name, std::vector<Span>& out);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_PERSON_NAME_H_
