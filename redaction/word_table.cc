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

WordTable::WordTable(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {
  for (size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].empty()) continue;
    const char32_t f = FirstOf(words_[i]);
    const char32_t l = LastOf(words_[i]);
    first_.Add(f);
    last_.Add(l);
    by_first_[f].push_back(static_cast<std::uint32_t>(i));
    by_last_[l].push_back(static_cast<std::uint32_t>(i));
  }
  auto longest_first = [&](std::uint32_t a, std::uint32_t b) {
    return words_[a].size() > words_[b].size();
  };
  by_first_.ForEach([&](std::vector<std::uint32_t>& list) {
    std::stable_sort(list.begin(), list.end(), longest_first);
  });
  by_last_.ForEach([&](std::vector<std::uint32_t>& list) {
    std::stable_sort(list.begin(), list.end(), longest_first);
  });
}

size_t WordTable::LongestAt(std::string_view text, size_t p) const {
  const char32_t cp = At(text, p);
  if (cp == 0 || !first_.MayHave(cp)) return kNone;
  const auto* list = by_first_.Find(cp);
  if (list == nullptr) return kNone;
  for (std::uint32_t i : *list) {
    if (StartsWithAt(text, p, words_[i])) return i;
  }
  return kNone;
}

size_t WordTable::LongestEndingAt(std::string_view text, size_t p) const {
  if (p == 0) return kNone;
  const char32_t cp = At(text, PrevCharStart(text, p));
  if (cp == 0 || !last_.MayHave(cp)) return kNone;
  const auto* list = by_last_.Find(cp);
  if (list == nullptr) return kNone;
  for (std::uint32_t i : *list) {
    if (EndsWithAt(text, p, words_[i])) return i;
  }
  return kNone;
}

}  // namespace dpfeed
