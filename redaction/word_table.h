// A fixed set of words (cue words, unit words, surnames, labels) matched at
// a position of a text, indexed by their first and last characters: a
// position whose character starts (or ends) no word is turned away inline
// by one bit test on its raw bytes (no decoding, no call), and only the few
// words sharing that character are compared.
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
  size_t LongestAt(std::string_view text, size_t p) const {
    if (p + 3 <= text.size() && !first_bytes_.MayHave(text.data() + p)) return kNone;
    return FindLongestAt(text, p);
  }
  // Whether some word starts at p.
  bool AnyAt(std::string_view text, size_t p) const { return LongestAt(text, p) != kNone; }
  // The index of the longest word ending right before p, or kNone.
  size_t LongestEndingAt(std::string_view text, size_t p) const {
    if (p >= 3 && p <= text.size() && !last_bytes_.MayHave(text.data() + p - 3)) return kNone;
    return FindLongestEndingAt(text, p);
  }

  std::string_view word(size_t i) const { return words_[i]; }
  // Whether `cp` starts some word (to build a scanner's trigger set).
  bool Starts(char32_t cp) const { return !by_first_.Find(cp).empty(); }

 private:
  // The first (or last) three bytes of every word, hashed into 2 Kbit (256
  // bytes: it stays in the L1 cache beside the text). A position where no
  // word's bytes stand fails the test; a word matches only where its own
  // bytes stand, so the test is necessary for a match. A word shorter than
  // three bytes sets every bit (the test then turns nothing away).
  class ByteGate {
   public:
    void Add(const char* three) { Set(Hash(three)); }
    void AddAll() { bits_.fill(~std::uint64_t{0}); }
    bool MayHave(const char* three) const {
      const std::uint32_t h = Hash(three);
      return ((bits_[h >> 6] >> (h & 63)) & 1) != 0;
    }

   private:
    static std::uint32_t Hash(const char* s) {
      const auto* u = reinterpret_cast<const unsigned char*>(s);
      const std::uint32_t key =
          std::uint32_t{u[0]} << 16 | std::uint32_t{u[1]} << 8 | std::uint32_t{u[2]};
      return (key * 0x9E3779B1u) >> 21;
    }
    void Set(std::uint32_t h) { bits_[h >> 6] |= std::uint64_t{1} << (h & 63); }
    std::array<std::uint64_t, 32> bits_{};
  };

  size_t FindLongestAt(std::string_view text, size_t p) const;
  size_t FindLongestEndingAt(std::string_view text, size_t p) const;

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
  // Each word's first and last (up to) eight bytes with their mask.
  struct Masked8 {
    std::uint64_t bits = 0;
    std::uint64_t mask = 0;
  };
  std::vector<Masked8> heads_;
  std::vector<Masked8> tails_;
  ByteGate first_bytes_;
  ByteGate last_bytes_;
  ByChar by_first_;
  ByChar by_last_;
};

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_WORD_TABLE_H_
