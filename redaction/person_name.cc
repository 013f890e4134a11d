#include "redaction/person_name.h"

#include <array>
#include <cctype>
#include <cstring>

#include "redaction/chinese_names.h"
#include "redaction/text_scan.h"
#include "service/domain/record.h"

namespace dpfeed {
namespace {

size_t Utf8CharBytes(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool IsAsciiText(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Utf8Length(s) <= 1, reading no further than the second character.
bool AtMostOneChar(std::string_view s) {
  int starts = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++starts > 1) return false;
  }
  return true;
}

}  // namespace

std::string MaskPersonName(std::string_view name) {
  std::string out;
  AppendMaskedPersonName(name, out);
  return out;
}

void AppendMaskedPersonName(std::string_view name, std::string& out) {
  if (name.empty()) return;
  if (IsAsciiText(name)) {
    const size_t space = name.find(' ');
    if (space == std::string_view::npos) {
      out.append(name.size(), '*');
      return;
    }
    out.append(name.substr(0, space));
    for (char c : name.substr(space)) out.push_back(c == ' ' ? ' ' : '*');
    return;
  }
  if (AtMostOneChar(name)) {
    out.push_back('*');
    return;
  }
  const size_t keep = SurnameBytes(name);
  out.append(name.substr(0, keep));
  for (size_t p = keep; p < name.size(); p += Utf8CharBytes(static_cast<unsigned char>(name[p])))
    out.push_back('*');
}

bool IsSearchableName(std::string_view name) {
  if (IsAsciiText(name)) {
    size_t letters = 0;
    for (char c : name) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
    return letters >= 4;
  }
  return !AtMostOneChar(name);  // Utf8Length(name) >= 2, reading two characters at most
}

void DetectName(std::string_view text, std::string_view name, std::vector<Span>& out) {
  if (!IsSearchableName(name)) return;
  if (!IsAsciiText(name)) {
    // string_view::find stops at every occurrence of the name's first
    // byte, which in Chinese is everywhere (FindBytes: text_scan.h).
    for (size_t p = 0; (p = FindBytes(text, p, name)) != std::string_view::npos;) {
      out.push_back({p, p + name.size(), PiiCategory::kPersonName});
      p += name.size();
    }
    return;
  }
  // Latin script: case-insensitive, on word boundaries.
  const size_t n = name.size();
  // ASCII case folding inline (std::tolower in the "C" locale the daemon
  // runs in, without a call per byte of the text).
  const char first = AsciiLower(name[0]);
  for (size_t p = 0; p + n <= text.size(); ++p) {
    if (AsciiLower(text[p]) != first) continue;
    size_t k = 1;
    while (k < n && AsciiLower(text[p + k]) == AsciiLower(name[k])) ++k;
    if (k < n) continue;
    if ((p > 0 && IsAsciiAlnum(text[p - 1])) || (p + n < text.size() && IsAsciiAlnum(text[p + n])))
      continue;
    out.push_back({p, p + n, PiiCategory::kPersonName});
    p += n - 1;
  }
}

}  // namespace dpfeed
