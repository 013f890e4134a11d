#include "redaction/word_table.h"

#include <algorithm>
#include <cstring>

namespace dpfeed {
namespace {

char32_t FirstOf(std::string_view w) {
  size_t len = 0;
  return DecodeAt(w, 0, &len);
}

char32_t LastOf(std::string_view w) {
  const size_t start = PrevCharStart(w, w.size());
  size_t len = 0;
  return DecodeAt(w, start, &len);
}

// The code point of the character at p, or of the one ending at p.
char32_t At(std::string_view text, size_t p) {
  if (p >= text.size()) return 0;
  size_t len = 0;
  return DecodeAt(text, p, &len);
}

}  // namespace

void WordTable::ByChar::Build(const std::vector<std::pair<char32_t, std::uint32_t>>& entries,
                              const std::vector<std::string_view>& words) {
  // Per character, its words longest first (stable: equal lengths keep
  // the order given).
  std::vector<std::pair<char32_t, std::uint32_t>> sorted = entries;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return words[a.second].size() > words[b.second].size();
  });
  size_t distinct = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i == 0 || sorted[i].first != sorted[i - 1].first) ++distinct;
  }
  if (distinct == 0) return;
  // At most a quarter full: a miss mostly ends at its first slot.
  size_t size = 1;
  while (size < 4 * distinct) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = static_cast<std::uint32_t>(size - 1);
  for (size_t i = 0; i < sorted.size();) {
    const char32_t cp = sorted[i].first;
    const auto begin = static_cast<std::uint32_t>(ids_.size());
    for (; i < sorted.size() && sorted[i].first == cp; ++i) ids_.push_back(sorted[i].second);
    std::uint32_t h = Hash(cp) & mask_;
    while (slots_[h].count != 0) h = (h + 1) & mask_;
    slots_[h] = Slot{cp, begin, static_cast<std::uint32_t>(ids_.size()) - begin};
  }
}

WordTable::WordTable(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {
  std::vector<std::pair<char32_t, std::uint32_t>> firsts;
  std::vector<std::pair<char32_t, std::uint32_t>> lasts;
  heads_.resize(words_.size());
  tails_.resize(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) {
    // The first and the last (up to) eight bytes, as an 8-byte load of the
    // text reads them: the first at its low end, the last at its high end.
    const std::string_view w = words_[i];
    const size_t k = std::min<size_t>(w.size(), 8);
    for (size_t b = 0; b < k; ++b) {
      heads_[i].bits |= std::uint64_t{static_cast<unsigned char>(w[b])} << (8 * b);
      heads_[i].mask |= std::uint64_t{0xFF} << (8 * b);
      const size_t at = 8 - k + b;  // where the byte w[size - k + b] stands in the load
      tails_[i].bits |= std::uint64_t{static_cast<unsigned char>(w[w.size() - k + b])} << (8 * at);
      tails_[i].mask |= std::uint64_t{0xFF} << (8 * at);
    }
    if (words_[i].empty()) continue;
    if (words_[i].size() < 3) {
      first_bytes_.AddAll();
      last_bytes_.AddAll();
    } else {
      first_bytes_.Add(words_[i].data());
      last_bytes_.Add(words_[i].data() + words_[i].size() - 3);
    }
    firsts.emplace_back(FirstOf(words_[i]), static_cast<std::uint32_t>(i));
    lasts.emplace_back(LastOf(words_[i]), static_cast<std::uint32_t>(i));
  }
  by_first_.Build(firsts, words_);
  by_last_.Build(lasts, words_);
}

size_t WordTable::FindLongestAt(std::string_view text, size_t p) const {
  const char32_t cp = At(text, p);
  if (cp == 0) return kNone;
  // Eight bytes of the text read at once and compared with each word's
  // first eight under a mask: most candidates differ there.
  const bool wide = p + 8 <= text.size();
  std::uint64_t t8 = 0;
  if (wide) std::memcpy(&t8, text.data() + p, 8);
  for (std::uint32_t i : by_first_.Find(cp)) {
    if (!wide) {
      if (StartsWithAt(text, p, words_[i])) return i;
      continue;
    }
    const Masked8& h = heads_[i];
    if ((t8 & h.mask) != h.bits) continue;
    if (words_[i].size() <= 8 || StartsWithAt(text, p + 8, words_[i].substr(8))) return i;
  }
  return kNone;
}

size_t WordTable::FindLongestEndingAt(std::string_view text, size_t p) const {
  if (p == 0) return kNone;
  const char32_t cp = At(text, PrevCharStart(text, p));
  if (cp == 0) return kNone;
  // The same with the eight bytes before p and each word's last eight.
  const bool wide = p >= 8 && p <= text.size();
  std::uint64_t t8 = 0;
  if (wide) std::memcpy(&t8, text.data() + p - 8, 8);
  for (std::uint32_t i : by_last_.Find(cp)) {
    if (!wide) {
      if (EndsWithAt(text, p, words_[i])) return i;
      continue;
    }
    const Masked8& t = tails_[i];
    if ((t8 & t.mask) != t.bits) continue;
    const std::string_view w = words_[i];
    if (w.size() <= 8 || EndsWithAt(text, p - 8, w.substr(0, w.size() - 8))) return i;
  }
  return kNone;
}

}  // namespace dpfeed
