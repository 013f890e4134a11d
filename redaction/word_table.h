// A fixed set of words (cue words, unit words, surnames, labels) matched at
// a position of a text, indexed by their first and last characters: a
// position whose character starts (or ends) no word costs one bit test, and
// only the few words sharing that character are compared.
//
// Thread-safety: immutable once built; build tables as function-local
// statics.
#ifndef DPFEED_REDACTION_WORD_TABLE_H_
#define DPFEED_REDACTION_WORD_TABLE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "redaction/text_scan.h"

namespace dpfeed {

class WordTable {
 public:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // REQUIRES: `words` outlive the table (string literals).
  explicit WordTable(std::span<const std::string_view> words);

  // The index of the longest word starting at p, or kNone.
  size_t LongestAt(std::string_view text, size_t p) const;
  // Whether some word starts at p.
  bool AnyAt(std::string_view text, size_t p) const { return LongestAt(text, p) != kNone; }
  // The index of the longest word ending right before p, or kNone.
  size_t LongestEndingAt(std::string_view text, size_t p) const;

  std::string_view word(size_t i) const { return words_[i]; }
  // Whether `cp` starts some word (to build a scanner's trigger set).
  bool Starts(char32_t cp) const { return by_first_.Find(cp) != nullptr; }

 private:
  // A 2048-bit hashed filter of code points: 256 bytes, where an exact
  // bitmap of the Basic Multilingual Plane takes 8 KiB, so the dozen tables
  // of the detectors stay in the first-level cache together. A false
  // positive costs one lookup in the map.
  class CharFilter {
   public:
    void Add(char32_t cp) {
      const std::uint32_t h = Hash(cp);
      bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
    bool MayHave(char32_t cp) const {
      const std::uint32_t h = Hash(cp);
      return ((bits_[h >> 6] >> (h & 63)) & 1) != 0;
    }

   private:
    static std::uint32_t Hash(char32_t cp) { return (cp * 0x9E3779B1u) >> 21; }
    std::array<std::uint64_t, 32> bits_{};
  };

  std::vector<std::string_view> words_;
  CharFilter first_;
  CharFilter last_;
  // Word indices by first / last character, longest word first.
  CodePointMap<std::vector<std::uint32_t>> by_first_;
  CodePointMap<std::vector<std::uint32_t>> by_last_;
};

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_WORD_TABLE_H_
