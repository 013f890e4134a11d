#include "redaction/leak_guard.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include "redaction/detectors.h"
#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"

namespace dpfeed {
namespace {

struct Secret {
  std::string value;  // ASCII lower-cased
  PiiCategory category;
};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::uint64_t kBase = 1099511628211ULL;

// Finds occurrences of many fixed strings with one rolling-hash pass per
// distinct length.
class SecretMatcher {
 public:
  void Add(std::string_view value, PiiCategory category) {
    if (value.size() < 4) return;  // too short to be specific (one CJK char)
    const std::string v = LowerAscii(value);
    by_length_[v.size()].emplace(Hash(v), Secret{v, category});
  }

  void Scan(std::string_view lowered, std::vector<Leak>& out) const {
    for (const auto& [len, table] : by_length_) {
      if (lowered.size() < len) continue;
      std::uint64_t power = 1;
      for (size_t i = 1; i < len; ++i) power *= kBase;
      std::uint64_t h = Hash(lowered.substr(0, len));
      for (size_t p = 0;; ++p) {
        auto [it, end] = table.equal_range(h);
        for (; it != end; ++it) {
          if (lowered.compare(p, len, it->second.value) == 0) {
            out.push_back({PiiCategoryName(it->second.category), "byte " + std::to_string(p)});
            break;
          }
        }
        if (p + len >= lowered.size()) break;
        h = (h - static_cast<unsigned char>(lowered[p]) * power) * kBase + static_cast<unsigned char>(lowered[p + len]);
      }
    }
  }

 private:
  static std::uint64_t Hash(std::string_view s) {
    std::uint64_t h = 0;
    for (char c : s) h = h * kBase + static_cast<unsigned char>(c);
    return h;
  }
  std::map<size_t, std::unordered_multimap<std::uint64_t, Secret>> by_length_;
};

// Public codes of legal persons: a registration number may look like an old
// 15-digit ID and must not count as a leak.
constexpr const char* kPublicCodeFields[] = {"XDR_SHXYM", "XDR_GSZC", "XDR_ZZJG", "XDR_SWDJ", "XDR_SYDW", "XDR_SHZZ"};

}  // namespace

std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy) {
  (void)policy;  // the guard checks for clear values whatever the policy keeps
  SecretMatcher secrets;
  std::set<std::string> public_codes;
  for (const Record* r : records) {
    const SubjectCategory cat = r->Category().value_or(SubjectCategory::kNaturalPerson);
    const bool person = cat != SubjectCategory::kLegalPerson;
    if (cat == SubjectCategory::kNaturalPerson) secrets.Add(r->Get("XDR_MC"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("FRDB"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("XDR_ZJHM"), PiiCategory::kIdNumber);
    secrets.Add(r->Get("FR_ZJHM"), PiiCategory::kIdNumber);
    if (!person) {
      for (const char* f : kPublicCodeFields) {
        if (r->Has(f)) public_codes.insert(CompactIdentifier(r->Get(f)));
      }
    }
    const DetectOptions options = DetectOptionsFor(*r);
    for (const FieldSpec& f : FieldsOf(r->kind)) {
      if (f.role != FieldRole::kFreeText || !r->Has(f.code)) continue;
      const std::string& text = r->Get(f.code);
      for (const Span& s : DetectPersonalData(text, options)) {
        // House numbers are checked by masking, not by value: "88号" alone
        // is not specific enough to search an artifact for.
        if (s.category == PiiCategory::kAddress || s.category == PiiCategory::kPersonName) continue;
        secrets.Add(std::string_view(text).substr(s.begin, s.end - s.begin), s.category);
      }
    }
  }

  std::vector<Leak> leaks;
  secrets.Scan(LowerAscii(artifact), leaks);

  std::vector<Span> found;
  DetectDigitIdentifiers(artifact, found);
  for (const Span& s : found) {
    if (s.category == PiiCategory::kLandline) continue;
    const std::string value = CompactIdentifier(artifact.substr(s.begin, s.end - s.begin));
    if (public_codes.count(value)) continue;
    leaks.push_back({PiiCategoryName(s.category), "byte " + std::to_string(s.begin)});
  }
  return leaks;
}

}  // namespace dpfeed
