// What a person's name looks like in a Chinese document, for finding names
// by context and for masking them to the surname:
//   - Chinese (and Korean) names: a surname, single (王, 禚, 訾 ...) or
//     compound (欧阳, 上官, 呼延 ...), then one or two given-name characters;
//   - Japanese names in Chinese characters: a family name of two or three
//     characters (佐藤, 长谷川 ...), then one to three characters;
//   - transliterated names joined by a middle dot (艾力·买买提);
//   - names in Latin script, in either order (John SMITH, WATANABE Kenji,
//     Lee Seong-ho).
// The tables are the usual surnames of mainland China (about 500 single
// and 60 compound ones) and common Japanese family names; given-name
// characters are those commonly chosen for names, which excludes the
// function words that follow a name in a sentence (在, 于, 的, 称 ...).
//
// Thread-safety: pure functions over immutable tables.
#ifndef DPFEED_REDACTION_CHINESE_NAMES_H_
#define DPFEED_REDACTION_CHINESE_NAMES_H_

#include <cstddef>
#include <string_view>

#include "redaction/text_scan.h"

namespace dpfeed {

// Bytes of a Chinese surname starting at p (compound before single), or 0.
size_t ChineseSurnameAt(std::string_view text, size_t p);

// Bytes of a Japanese family name (two or three characters) at p, or 0.
size_t JapaneseSurnameAt(std::string_view text, size_t p);

// Whether a Chinese name (single, compound or Japanese surname) may start
// with this character: one bit test before any table is read.
bool CanStartName(char32_t cp);
const CodePointSet& NameStartChars();

// Whether the character is commonly part of a given name.
bool IsGivenNameChar(char32_t cp);

// Whether the two characters at p commonly follow a name rather than end
// it (承包地, 林地, 明确 ...): 马斌林地 is 马斌 + 林地.
bool IsFollowerWordAt(std::string_view text, size_t p);

// Bytes of the surname at the start of a name, for masking: a compound
// surname, a Japanese family name when the name has four characters or
// more, otherwise the first character.
size_t SurnameBytes(std::string_view name);

// The length in bytes of a name of Chinese characters starting at p: a
// surname and given-name characters, as long as the text allows (a
// following given-name character is taken unless a follower word starts
// there). 0 when no name starts at p.
size_t ChineseNameAt(std::string_view text, size_t p);

// The start of a Chinese name ending at `end` (the longest plausible one:
// compound or Japanese surname, then three, then two characters), or
// `end` when none ends there.
size_t ChineseNameEndingAt(std::string_view text, size_t end);

// A name in Latin script starting at p: two to four capitalised words
// (internal hyphens allowed) separated by single spaces. 0 when none.
size_t LatinNameAt(std::string_view text, size_t p);
// The start of a Latin-script name ending at `end`, or `end`.
size_t LatinNameEndingAt(std::string_view text, size_t end);

// A transliterated name around a middle dot at `dot` (·, ・ or •): the
// Chinese characters on both sides, at most four before and six after.
// Returns false when there is no such name; otherwise its byte range.
bool DottedNameAround(std::string_view text, size_t dot, size_t* begin, size_t* end);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_CHINESE_NAMES_H_
