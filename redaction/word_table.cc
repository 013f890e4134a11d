#include "redaction/word_table.h"

#include <algorithm>

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
  for (size_t i = 0; i < words_.size(); ++i) {
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
  for (std::uint32_t i : by_first_.Find(cp)) {
    if (StartsWithAt(text, p, words_[i])) return i;
  }
  return kNone;
}

size_t WordTable::FindLongestEndingAt(std::string_view text, size_t p) const {
  if (p == 0) return kNone;
  const char32_t cp = At(text, PrevCharStart(text, p));
  if (cp == 0) return kNone;
  for (std::uint32_t i : by_last_.Find(cp)) {
    if (EndsWithAt(text, p, words_[i])) return i;
  }
  return kNone;
}

}  // namespace dpfeed
