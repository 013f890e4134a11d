#include "service/domain/field_suggestion.h"

#include <algorithm>
#include <array>
#include <vector>

#include "service/domain/extension_fields.h"
#include "service/domain/record.h"

namespace dpfeed {

namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Optimal string alignment distance (adjacent transpositions count 1).
int EditDistance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

// The data-source fields are named differently per kind (DOMAIN.md §3):
// licenses LYDW/LYDWDM, penalties SJLY/SJLYDM.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kAsymmetry = {
    {{"SJLY", "LYDW"}, {"SJLYDM", "LYDWDM"}, {"LYDW", "SJLY"}, {"LYDWDM", "SJLYDM"}}};

// Names seen in exchanged data for a standard field, by meaning rather
// than spelling: YXQJZ (有效期截止) and YXQZZ (有效期终止) mean YXQZI.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kSynonyms = {
    {{"YXQJZ", "YXQZI"}, {"YXQZZ", "YXQZI"}, {"YXQQ", "YXQZ"}}};

bool Known(Kind kind, std::string_view code) { return FindRecordField(kind, code) != nullptr; }

}  // namespace

std::optional<std::string> SuggestWireCode(Kind kind, std::string_view unknown) {
  const std::string upper = Upper(unknown);
  const std::string prefix = KindPrefix(kind);
  const std::string other = KindPrefix(kind == Kind::kLicense ? Kind::kPenalty : Kind::kLicense);
  std::string rest = upper;
  if (rest.rfind(prefix, 0) == 0) {
    rest = rest.substr(prefix.size());
  } else if (rest.rfind(other, 0) == 0) {
    rest = rest.substr(other.size());
  }
  // Right code, wrong case or wrong/missing prefix.
  if (Known(kind, rest)) return RecordWireCode(kind, rest);
  for (const auto& [wrong, right] : kSynonyms) {
    if (rest == wrong && Known(kind, right)) return RecordWireCode(kind, right);
  }
  for (const auto& [wrong, right] : kAsymmetry) {
    if (rest == wrong && Known(kind, right)) return RecordWireCode(kind, right);
  }
  // The subject block's infix left out: ZJHM -> XDR_ZJHM.
  if (Known(kind, "XDR_" + rest)) return RecordWireCode(kind, "XDR_" + rest);
  // Closest code within two edits.
  std::optional<std::string> best;
  int best_distance = 3;
  auto consider = [&](std::string_view code) {
    const int d = EditDistance(rest, code);
    if (d < best_distance) {
      best_distance = d;
      best = RecordWireCode(kind, code);
    }
  };
  for (const FieldSpec& f : FieldsOf(kind)) consider(f.code);
  for (const FieldSpec& f : ExtensionFieldsOf(kind)) consider(f.code);
  // Very short codes are two edits from almost anything.
  if (best && rest.size() <= 2 && best_distance > 0) return std::nullopt;
  return best;
}

std::string UnknownFieldReason(Kind kind, std::string_view unknown) {
  std::string reason = "未知字段" + std::string(unknown);
  if (auto s = SuggestWireCode(kind, unknown)) {
    const FieldSpec* spec = FindRecordField(kind, *RecordShortCode(kind, *s));
    reason += "，是否应为" + *s + "（" + (spec ? spec->name : "") + "）？";
  } else {
    reason += std::string("：") + KindTitle(kind) + "记录的字段应为" + KindPrefix(kind) +
              "开头的国家标准代码（备注为BZ），见 GET /api/v1/fields";
  }
  return reason;
}

}  // namespace dpfeed
