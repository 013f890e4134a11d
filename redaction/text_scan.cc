#include "redaction/text_scan.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dpfeed {
namespace {

// SameBytes eight bytes at a time, for a needle found by its first bytes
// (a name, a firm's name of thirty bytes or more), which is mostly equal.
bool SameBytes8(const char* a, const char* b, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  return SameBytes(a + i, b + i, n - i);
}

}  // namespace

size_t FindBytes(std::string_view text, size_t from, std::string_view needle) {
  const size_t m = needle.size();
  if (m == 0 || from > text.size() || text.size() - from < m) return std::string_view::npos;
  const char* base = text.data();
  if (m < 3) {
    const void* hit = memmem(base + from, text.size() - from, needle.data(), m);
    return hit == nullptr ? std::string_view::npos
                          : static_cast<size_t>(static_cast<const char*>(hit) - base);
  }
  const size_t last = text.size() - m;  // the last position a match can start at
  size_t p = from;
#if defined(__SSE2__)
  const __m128i k0 = _mm_set1_epi8(needle[0]);
  const __m128i k1 = _mm_set1_epi8(needle[1]);
  const __m128i k2 = _mm_set1_epi8(needle[2]);
  // Loads at p, p + 1 and p + 2 of 16 bytes each stay inside the text.
  for (; p + 18 <= text.size() && p <= last; p += 16) {
    const __m128i eq = _mm_and_si128(
        _mm_and_si128(
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + p)), k0),
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + p + 1)), k1)),
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + p + 2)), k2));
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(eq)); bits != 0; bits &= bits - 1) {
      const size_t at = p + static_cast<size_t>(__builtin_ctz(bits));
      if (at > last) return std::string_view::npos;
      if (SameBytes8(base + at, needle.data(), m)) return at;
    }
  }
#endif
  for (; p <= last; ++p) {
    if (base[p] == needle[0] && SameBytes8(base + p, needle.data(), m)) return p;
  }
  return std::string_view::npos;
}

}  // namespace dpfeed
