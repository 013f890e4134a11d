// A set of fixed strings (persons' names, identity numbers) found in a text
// in one pass, however many there are: a notice of a thousand records holds
// a few thousand such values, and masking and the leak guard look for all of
// them in every field and artifact.
//
// Matching: ASCII letters case-insensitively (ZHANG SAN is Zhang San); a
// pattern that starts or ends with an ASCII letter only as a whole word
// (Zhang San is not in Zhang Sanford). Chinese text matches byte for byte.
//
// Cost: each character start of the text costs one 8-byte load and one bit
// test in a 64 Kibit gate keyed by a hash of the first 3 bytes (one Chinese
// character) of every pattern; only where the gate passes, a bitmap keyed
// by the first 6 bytes (two Chinese characters) of every pattern is
// probed, plus the same on a 4-byte key when 4- or 5-byte patterns exist,
// and the rare hits are compared exactly. With three Chinese patterns or
// fewer the set uses glibc's vectorised memmem instead.
//
// Thread-safety: Add is not thread-safe; a built set may be scanned from any
// number of threads.
#ifndef DPFEED_REDACTION_PATTERN_SET_H_
#define DPFEED_REDACTION_PATTERN_SET_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dpfeed {

class PatternSet {
 public:
  static constexpr size_t kMinBytes = 4;  // shorter is not specific (one Chinese character)
  static constexpr size_t kNone = static_cast<size_t>(-1);

  struct Match {
    size_t pos;      // byte offset in the scanned text
    size_t pattern;  // index returned by Add
  };

  // Adds a pattern and returns its index (the existing index for a
  // duplicate, ASCII case ignored), or kNone when it is shorter than
  // kMinBytes or starts in the middle of a UTF-8 sequence.
  size_t Add(std::string_view pattern);

  size_t size() const { return patterns_.size(); }
  bool empty() const { return patterns_.empty(); }
  // The pattern as added.
  const std::string& pattern(size_t i) const { return patterns_[i].text; }

  // Every occurrence in `text`, sorted by position (overlapping ones too).
  std::vector<Match> FindAll(std::string_view text) const;

  // The patterns occurring at `p` (for scans that interleave other work),
  // appended to `out`. REQUIRES: the bitmap path (see UsesMemmem).
  void MatchAt(std::string_view text, size_t p, std::vector<Match>& out) const;

  // Whether FindAll uses memmem (few Chinese patterns) rather than the
  // bitmap; MatchAt works in both cases.
  bool UsesMemmem() const { return memmem_only_; }

 private:
  struct Pattern {
    std::string text;     // as added
    std::string lowered;  // ASCII letters lower-cased
    bool word_start;      // starts with an ASCII letter: needs a word boundary before
    bool word_end;        // ends with one: needs a boundary after
  };
  struct Table {
    size_t key_len = 0;
    size_t key_offset = 0;  // where in the pattern the key is taken
    std::uint64_t key_mask = 0;
    int bits_log2 = 0;
    std::vector<std::uint64_t> bits;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_key;
    std::vector<std::uint32_t> members;  // pattern indices, to rebuild the bitmap
  };

  void AddToTable(Table& t, std::uint32_t index);
  static void Rebuild(Table& t);
  bool MatchesAt(std::string_view text, size_t p, const Pattern& pat) const;
  void ProbeTable(const Table& t, std::string_view text, size_t p, std::uint64_t word,
                  std::vector<Match>& out) const;

  // Whether some pattern starts with the (lowered) 3 bytes at a position:
  // one bit per hash of those bytes, checked before any table.
  static constexpr int kGateBitsLog2 = 16;
  static constexpr std::uint64_t kGateMask = 0xFFFFFF;
  bool Gate(std::uint64_t word) const;

  std::vector<Pattern> patterns_;
  std::vector<std::uint64_t> gate_;                // 2^kGateBitsLog2 bits once a pattern is added
  std::unordered_map<std::string, size_t> index_;  // lowered pattern -> index
  // Patterns of 12 bytes or more are keyed by their bytes 6-11: identity
  // numbers share their first digits (the region code) with one another and
  // with their own masked forms (370784********1234), which would all probe
  // alike under a key taken from the start.
  Table far_;
  Table long_;   // 6 to 11 bytes, keyed by their first 6
  Table short_;  // 4 or 5 bytes, keyed by their first 4
  bool memmem_only_ = true;
};

// Inline: the leak guard probes every position of an artifact.
namespace pattern_set_internal {

// Lower-cases the ASCII capitals among 8 bytes at once (SWAR): a byte gets
// 0x20 added when it is below 0x80 and between 'A' and 'Z'.
inline std::uint64_t LowerAscii8(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  const std::uint64_t heptets = w & (0x7F * kOnes);
  const std::uint64_t ge_a = heptets + ((0x80 - 'A') * kOnes);
  const std::uint64_t gt_z = heptets + ((0x80 - 'Z' - 1) * kOnes);
  const std::uint64_t upper = ge_a & ~gt_z & ~w & (0x80 * kOnes);
  return w | (upper >> 2);
}

// Up to 8 bytes at p, little-endian in the low bytes, zero-padded at the end.
inline std::uint64_t Load8(std::string_view text, size_t p) {
  std::uint64_t v = 0;
  if (text.size() - p >= 8) {
    std::memcpy(&v, text.data() + p, 8);  // a fixed-size copy is one load
  } else {
    std::memcpy(&v, text.data() + p, text.size() - p);
  }
  return v;
}

inline std::uint32_t Bit(std::uint64_t key, int bits_log2) {
  return static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits_log2));
}

}  // namespace pattern_set_internal

inline bool PatternSet::Gate(std::uint64_t word) const {
  const std::uint32_t bit = pattern_set_internal::Bit(word & kGateMask, kGateBitsLog2);
  return (gate_[bit / 64] >> (bit % 64)) & 1;
}

inline void PatternSet::ProbeTable(const Table& t, std::string_view text, size_t p,
                                   std::uint64_t word, std::vector<Match>& out) const {
  if (t.members.empty() || text.size() - p < t.key_offset + t.key_len) return;
  if (t.key_offset != 0) {
    word = pattern_set_internal::LowerAscii8(pattern_set_internal::Load8(text, p + t.key_offset));
  }
  const std::uint64_t key = word & t.key_mask;
  const std::uint32_t bit = pattern_set_internal::Bit(key, t.bits_log2);
  if (((t.bits[bit / 64] >> (bit % 64)) & 1) == 0) return;
  auto it = t.by_key.find(key);
  if (it == t.by_key.end()) return;
  for (std::uint32_t i : it->second) {
    if (MatchesAt(text, p, patterns_[i])) out.push_back({p, i});
  }
}

inline void PatternSet::MatchAt(std::string_view text, size_t p, std::vector<Match>& out) const {
  if (patterns_.empty() || p >= text.size()) return;
  const std::uint64_t word =
      pattern_set_internal::LowerAscii8(pattern_set_internal::Load8(text, p));
  if (!Gate(word)) return;
  ProbeTable(long_, text, p, word, out);
  ProbeTable(short_, text, p, word, out);
  ProbeTable(far_, text, p, word, out);
}

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_PATTERN_SET_H_
