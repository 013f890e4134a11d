#include "redaction/leak_guard.h"

#include <algorithm>
#include <cctype>
#include <climits>
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
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  return out;
}

// Every start of `needle` in `haystack` (glibc's memmem is vectorised; a
// Chinese needle's first byte is too common for a memchr-led search).
template <typename Fn>
void ForEachOccurrence(std::string_view haystack, std::string_view needle, Fn fn) {
  size_t p = 0;
  while (p + needle.size() <= haystack.size()) {
    const void* hit = memmem(haystack.data() + p, haystack.size() - p, needle.data(), needle.size());
    if (hit == nullptr) return;
    p = static_cast<size_t>(static_cast<const char*>(hit) - haystack.data());
    fn(p);
    ++p;
  }
}

// Finds occurrences of many fixed strings in one pass: a bitmap keyed by
// each position's first `key_len` bytes rules out almost every position with
// one load; the rare hits are checked exactly. Six bytes (two Chinese
// characters) keep common surnames from hitting all the time; strings of
// four or five bytes (short Latin names) go to a second, 4-byte matcher.
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

  explicit SecretMatcher(size_t key_len) : key_len_(key_len), mask_((std::uint64_t{1} << (8 * key_len)) - 1) {}

  // REQUIRES: value.size() >= key_len.
  void Add(std::string_view value, PiiCategory category) {
    const std::string v = LowerAscii(value);
    const std::uint64_t key = Key(v);
    auto& bucket = by_key_[key];
    for (size_t i : bucket) {
      if (secrets_[i].value == v) return;
    }
    bucket.push_back(secrets_.size());
    secrets_.push_back({v, category});
    if (bits_.empty()) bits_.resize(kBits / 64);  // only matchers in use pay for a bitmap
    const std::uint32_t bit = Bit(key);
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }

  const std::vector<Secret>& secrets() const { return secrets_; }

  // `text` must already be ASCII lower-cased.
  void Scan(std::string_view text, std::vector<Match>& out) const {
    if (secrets_.empty() || text.size() < key_len_) return;
    for (size_t p = 0; p + key_len_ <= text.size(); ++p) {
      const std::uint64_t key = Key(text.data() + p, text.size() - p);
      const std::uint32_t bit = Bit(key);
      if ((bits_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) continue;
      auto it = by_key_.find(key);
      if (it == by_key_.end()) continue;
      for (size_t i : it->second) {
        const std::string& v = secrets_[i].value;
        if (text.size() - p >= v.size() && std::memcmp(text.data() + p, v.data(), v.size()) == 0) {
          out.push_back({p, i});
        }
      }
    }
  }

 private:
  // The first key_len_ bytes at p, little-endian in the low bytes. An
  // 8-byte load when it stays inside the text, a short copy near the end.
  std::uint64_t Key(const char* p, size_t available) const {
    std::uint64_t v = 0;
    if (available >= 8) {
      std::memcpy(&v, p, 8);
      return v & mask_;
    }
    std::memcpy(&v, p, key_len_);
    return v;
  }
  std::uint64_t Key(const std::string& s) const { return Key(s.data(), s.size()); }
  static std::uint32_t Bit(std::uint64_t key) {
    return static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBitsLog2));
  }

  size_t key_len_;
  std::uint64_t mask_;  // REQUIRES: key_len_ < 8
  std::vector<Secret> secrets_;
  std::unordered_map<std::uint64_t, std::vector<size_t>> by_key_;
  // 2^18 bits (32 KiB): a notice's few thousand secrets leave it ~97% empty.
  static constexpr int kBitsLog2 = 18;
  static constexpr size_t kBits = size_t{1} << kBitsLog2;
  std::vector<std::uint64_t> bits_;
};

// Secrets of four bytes or more: one matcher for six and more, one for the
// few shorter ones.
class Secrets {
 public:
  void Add(std::string_view value, PiiCategory category) {
    if (value.size() >= 6) long_.Add(value, category);
    else if (value.size() >= 4) short_.Add(value, category);  // shorter is not specific (one CJK char)
  }
  struct Found {
    size_t pos;
    const SecretMatcher::Secret* secret;
  };
  std::vector<Found> Scan(std::string_view lowered) const {
    std::vector<Found> out;
    for (const SecretMatcher* m : {&long_, &short_}) {
      std::vector<SecretMatcher::Match> matches;
      m->Scan(lowered, matches);
      for (const auto& x : matches) out.push_back({x.pos, &m->secrets()[x.secret]});
    }
    return out;
  }

 private:
  SecretMatcher long_{6};
  SecretMatcher short_{4};
};

}  // namespace

std::vector<Leak> FindLeaks(std::string_view artifact, const std::vector<const Record*>& records,
                            const MaskingPolicy& policy) {
  (void)policy;  // the guard checks for clear values whatever the policy keeps
  Secrets secrets;
  std::set<std::string> public_codes;
  std::set<std::string_view> public_names;  // legal persons' names and representatives
  for (const Record* r : records) {
    const SubjectCategory cat = r->Category().value_or(SubjectCategory::kNaturalPerson);
    const bool person = cat != SubjectCategory::kLegalPerson;
    if (cat == SubjectCategory::kNaturalPerson) secrets.Add(r->Get("XDR_MC"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("FRDB"), PiiCategory::kPersonName);
    if (person) secrets.Add(r->Get("XDR_ZJHM"), PiiCategory::kIdNumber);
    secrets.Add(r->Get("FR_ZJHM"), PiiCategory::kIdNumber);
    if (!person) {
      public_names.insert(r->Get("XDR_MC"));
      public_names.insert(r->Get("FRDB"));
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
    for (const auto& m : secrets.Scan(v)) holds_secret_name |= m.secret->category == PiiCategory::kPersonName;
    if (!holds_secret_name) continue;
    ForEachOccurrence(lowered, v, [&](size_t p) { public_ranges.emplace_back(p, p + v.size()); });
  }
  std::sort(public_ranges.begin(), public_ranges.end());
  // Ranges are short (a name), so a covering range starts at most a name's
  // length before `begin`: look back from the first range starting after it.
  auto in_public_name = [&](size_t begin, size_t end) {
    auto it = std::upper_bound(public_ranges.begin(), public_ranges.end(),
                               std::pair<size_t, size_t>(begin, SIZE_MAX));
    while (it != public_ranges.begin()) {
      --it;
      if (it->second >= end) return true;
      if (begin - it->first > 1024) break;
    }
    return false;
  };

  std::vector<Leak> leaks;
  for (const auto& m : secrets.Scan(lowered)) {
    const auto& s = *m.secret;
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
