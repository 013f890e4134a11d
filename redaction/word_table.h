// A fixed set of words (cue words, unit words, surnames, labels) matched at
// a position of a text, indexed by their first and last characters: a
// position whose character starts (or ends) no word costs one hash probe,
// and only the few words sharing that character are compared.
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
#include <utility>
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
  bool Starts(char32_t cp) const { return !by_first_.Find(cp).empty(); }

 private:
  // Word indices by one character (the first or the last), in an
  // open-addressed table of few entries per slot: a character that starts
  // (or ends) no word, the usual case, costs one hash and one or two slot
  // loads; a hit gives the words sharing it, longest first.
  class ByChar {
   public:
    void Build(const std::vector<std::pair<char32_t, std::uint32_t>>& entries,
               const std::vector<std::string_view>& words);
    // The indices of the words under `cp` (empty when none).
    std::span<const std::uint32_t> Find(char32_t cp) const {
      if (mask_ == 0) return {};
      for (std::uint32_t i = Hash(cp) & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.cp == cp && s.count != 0) return {ids_.data() + s.begin, s.count};
        if (s.count == 0) return {};
      }
    }

   private:
    struct Slot {
      char32_t cp = 0;
      std::uint32_t begin = 0;
      std::uint32_t count = 0;  // 0: an empty slot
    };
    static std::uint32_t Hash(char32_t cp) { return (cp * 0x9E3779B1u) >> 16; }
    std::vector<Slot> slots_;
    std::vector<std::uint32_t> ids_;
    std::uint32_t mask_ = 0;
  };

  std::vector<std::string_view> words_;
  ByChar by_first_;
  ByChar by_last_;
};

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_WORD_TABLE_H_
