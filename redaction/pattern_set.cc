#include "redaction/pattern_set.h"

#include <algorithm>
#include <cstring>

#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

constexpr size_t kMemmemMaxPatterns = 3;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool HasAsciiLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return IsAsciiLetter(c); });
}

}  // namespace

size_t PatternSet::Add(std::string_view pattern) {
  if (pattern.size() < kMinBytes) return kNone;
  if ((static_cast<unsigned char>(pattern[0]) & 0xC0) == 0x80) return kNone;
  const std::string lowered = LowerAscii(pattern);
  if (auto it = index_.find(lowered); it != index_.end()) return it->second;
  const auto index = static_cast<std::uint32_t>(patterns_.size());
  index_.emplace(lowered, index);
  patterns_.push_back({std::string(pattern), lowered, IsAsciiLetter(pattern.front()),
                       IsAsciiLetter(pattern.back())});
  if (HasAsciiLetter(pattern) || patterns_.size() > kMemmemMaxPatterns) memmem_only_ = false;
  if (gate_.empty()) gate_.assign((size_t{1} << kGateBitsLog2) / 64, 0);
  std::uint64_t head = 0;
  std::memcpy(&head, lowered.data(), 3);  // kMinBytes >= 3
  const std::uint32_t bit = pattern_set_internal::Bit(head, kGateBitsLog2);
  gate_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  AddToTable(pattern.size() >= 12 ? far_ : pattern.size() >= 6 ? long_ : short_, index);
  return index;
}

void PatternSet::AddToTable(Table& t, std::uint32_t index) {
  if (t.key_len == 0) {
    t.key_len = &t == &short_ ? 4 : 6;
    t.key_offset = &t == &far_ ? 6 : 0;
    t.key_mask = (std::uint64_t{1} << (8 * t.key_len)) - 1;
  }
  std::uint64_t key = 0;
  std::memcpy(&key, patterns_[index].lowered.data() + t.key_offset, t.key_len);
  t.by_key[key].push_back(index);
  t.members.push_back(index);
  // About 32 bits per pattern keeps the bitmap ~97% empty; grow by doubling.
  int want = 12;
  while ((size_t{1} << want) < t.members.size() * 32 && want < 22) ++want;
  if (want != t.bits_log2) {
    t.bits_log2 = want;
    Rebuild(t);
  } else {
    const std::uint32_t bit = pattern_set_internal::Bit(key, t.bits_log2);
    t.bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

void PatternSet::Rebuild(Table& t) {
  t.bits.assign((size_t{1} << t.bits_log2) / 64, 0);
  for (const auto& [key, list] : t.by_key) {
    const std::uint32_t bit = pattern_set_internal::Bit(key, t.bits_log2);
    t.bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

bool PatternSet::MatchesAt(std::string_view text, size_t p, const Pattern& pat) const {
  const std::string& v = pat.lowered;
  if (text.size() - p < v.size()) return false;
  for (size_t k = 0; k < v.size(); ++k) {
    if (AsciiLower(text[p + k]) != v[k]) return false;
  }
  // A JSON or C escape (\n, \t) before a Latin name is a boundary too.
  if (pat.word_start && p > 0 && IsAsciiAlnum(text[p - 1]) && !(p > 1 && text[p - 2] == '\\'))
    return false;
  const size_t e = p + v.size();
  if (pat.word_end && e < text.size() && IsAsciiAlnum(text[e])) return false;
  return true;
}

std::vector<PatternSet::Match> PatternSet::FindAll(std::string_view text) const {
  std::vector<Match> out;
  if (patterns_.empty()) return out;
  if (memmem_only_) {
    for (size_t i = 0; i < patterns_.size(); ++i) {
      const std::string& v = patterns_[i].text;
      size_t p = 0;
      while (p + v.size() <= text.size()) {
        const void* hit = memmem(text.data() + p, text.size() - p, v.data(), v.size());
        if (hit == nullptr) break;
        p = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
        out.push_back({p, i});
        ++p;
      }
    }
    if (patterns_.size() > 1) {
      std::sort(out.begin(), out.end(),
                [](const Match& a, const Match& b) { return a.pos < b.pos; });
    }
    return out;
  }
  const size_t last = text.size() >= kMinBytes ? text.size() - kMinBytes : 0;
  for (size_t p = 0; p <= last && text.size() >= kMinBytes; ++p) {
    if ((static_cast<unsigned char>(text[p]) & 0xC0) == 0x80)
      continue;  // patterns start on a character
    const std::uint64_t word =
        pattern_set_internal::LowerAscii8(pattern_set_internal::Load8(text, p));
    if (!Gate(word)) continue;
    ProbeTable(long_, text, p, word, out);
    ProbeTable(short_, text, p, word, out);
    ProbeTable(far_, text, p, word, out);
  }
  return out;
}

}  // namespace dpfeed
