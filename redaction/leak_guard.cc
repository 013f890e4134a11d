#include "redaction/leak_guard.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <set>
#include <unordered_map>
#include <utility>

#include "redaction/detectors.h"
#include "redaction/digit_detectors.h"

namespace dpfeed {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Finds occurrences of many fixed strings (at least 4 bytes each) in one
// pass: a bitmap keyed by each position's first four bytes rules out almost
// every position with one load; the rare hits are checked exactly.
class SecretMatcher {
 public:
  struct Match {
    size_t pos;
    size_t secret;  // index into secrets()
  };
  struct Secret {
    std::string value;  // ASCII lower-cased
    PiiCategory category;
  };

  void Add(std::string_view value, PiiCategory category) {
    if (value.size() < 4) return;  // too short to be specific (one CJK character)
    const std::string v = LowerAscii(value);
    const std::uint32_t key = Prefix(v.data());
    auto& bucket = by_prefix_[key];
    for (size_t i : bucket) {
      if (secrets_[i].value == v) return;
    }
    bucket.push_back(secrets_.size());
    secrets_.push_back({v, category});
    bits_[Bit(key) / 64] |= std::uint64_t{1} << (Bit(key) % 64);
  }

  const std::vector<Secret>& secrets() const { return secrets_; }

  // `text` must already be ASCII lower-cased.
  std::vector<Match> Scan(std::string_view text) const {
    std::vector<Match> out;
    if (secrets_.empty() || text.size() < 4) return out;
    for (size_t p = 0; p + 4 <= text.size(); ++p) {
      const std::uint32_t key = Prefix(text.data() + p);
      const std::uint32_t bit = Bit(key);
      if ((bits_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) continue;
      auto it = by_prefix_.find(key);
      if (it == by_prefix_.end()) continue;
      for (size_t i : it->second) {
        const std::string& v = secrets_[i].value;
        if (text.size() - p >= v.size() && std::memcmp(text.data() + p, v.data(), v.size()) == 0) {
          out.push_back({p, i});
        }
      }
    }
    return out;
  }

 private:
  static std::uint32_t Prefix(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static std::uint32_t Bit(std::uint32_t key) { return (key * 2654435761u) >> 12; }  // 20 bits

  std::vector<Secret> secrets_;
  std::unordered_map<std::uint32_t, std::vector<size_t>> by_prefix_;
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>((1u << 20) / 64);
};

}  // namespace

std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy) {
  (void)policy;  // the guard checks for clear values whatever the policy keeps
  SecretMatcher secrets;
  std::set<std::string> public_codes;
  std::vector<std::string_view> public_names;  // legal persons' names and representatives
  for (const Record* r : records) {
    const SubjectCategory cat = r->Category().value_or(SubjectCategory::kNaturalPerson);
    const bool person = cat != SubjectCategory::kLegalPerson;
    if (cat == SubjectCategory::kNaturalPerson) secrets.Add(r->Get("XDR_MC"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("FRDB"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("XDR_ZJHM"), PiiCategory::kIdNumber);
    secrets.Add(r->Get("FR_ZJHM"), PiiCategory::kIdNumber);
    if (!person) {
      public_names.push_back(r->Get("XDR_MC"));
      public_names.push_back(r->Get("FRDB"));
    }
    for (std::string& code : PublicCodesOf(*r)) public_codes.insert(std::move(code));
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

  const std::string lowered = LowerAscii(artifact);
  // A person's name inside a public name of the same notice (张伟 in the
  // representative 张伟东, or a firm named after a person) is that public
  // value, not a leak: find where those public values stand.
  std::vector<std::pair<size_t, size_t>> public_ranges;
  for (std::string_view name : public_names) {
    if (name.empty()) continue;
    const std::string v = LowerAscii(name);
    bool holds_secret_name = false;
    for (const auto& m : secrets.Scan(v)) {
      holds_secret_name |= secrets.secrets()[m.secret].category == PiiCategory::kPersonName;
    }
    if (!holds_secret_name) continue;
    for (size_t p = lowered.find(v); p != std::string::npos; p = lowered.find(v, p + 1)) {
      public_ranges.emplace_back(p, p + v.size());
    }
  }
  auto in_public_name = [&](size_t begin, size_t end) {
    for (const auto& [b, e] : public_ranges) {
      if (begin >= b && end <= e) return true;
    }
    return false;
  };

  std::vector<Leak> leaks;
  for (const auto& m : secrets.Scan(lowered)) {
    const auto& s = secrets.secrets()[m.secret];
    if (s.category == PiiCategory::kPersonName && in_public_name(m.pos, m.pos + s.value.size())) continue;
    leaks.push_back({PiiCategoryName(s.category), "byte " + std::to_string(m.pos)});
  }

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
