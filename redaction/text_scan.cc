#include "redaction/text_scan.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace dpfeed::text_scan_internal {

#if defined(__x86_64__)
// Compiled for AVX2 alone; FindBytes calls it only when the CPU has it.
[[gnu::target("avx2")]] size_t FindBytesAvx2(std::string_view text, size_t from,
                                             std::string_view needle) {
  const size_t m = needle.size();
  const char* base = text.data();
  const size_t last = text.size() - m;  // the last position a match can start at
  size_t p = from;
  const __m256i k0 = _mm256_set1_epi8(needle[0]);
  const __m256i k1 = _mm256_set1_epi8(needle[1]);
  const __m256i k2 = _mm256_set1_epi8(needle[2]);
  // Loads at p, p + 1 and p + 2 of 32 bytes each stay inside the text.
  for (; p + 34 <= text.size() && p <= last; p += 32) {
    const __m256i eq = _mm256_and_si256(
        _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + p)), k0),
            _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + p + 1)),
                              k1)),
        _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + p + 2)), k2));
    for (auto bits = static_cast<unsigned>(_mm256_movemask_epi8(eq)); bits != 0; bits &= bits - 1) {
      const size_t at = p + static_cast<size_t>(__builtin_ctz(bits));
      if (at > last) return std::string_view::npos;
      if (SameBytes8(base + at, needle.data(), m)) return at;
    }
  }
  return FindBytes16(text, p, needle);
}
#endif

}  // namespace dpfeed::text_scan_internal
