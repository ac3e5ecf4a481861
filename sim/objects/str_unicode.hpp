// Unicode character properties and case mappings for str, matching CPython 3.11
// (Unicode 14.0) for every code point. The tables in str_unicode.cpp are generated from
// CPython's own unicodedata and str predicates (the script is at the end of that file),
// so isalpha()/isprintable()/upper()... agree with CPython by construction.
#pragma once
#include <cstdint>
#include <string>

namespace gs::uni {

// Property bits, as CPython's _PyUnicode_TypeRecord flags.
enum Prop : uint16_t {
    kAlpha = 1,
    kDecimal = 2,
    kDigit = 4,
    kNumeric = 8,
    kSpace = 16,          // str.isspace(): bidi WS/B/S or category Zs
    kPrintable = 32,      // repr() leaves it as is
    kXidStart = 64,
    kXidContinue = 128,
    kUpper = 256,         // Lu or Other_Uppercase
    kLower = 512,         // Ll or Other_Lowercase
    kTitle = 1024,        // Lt
    kCased = 2048,
    kCaseIgnorable = 4096,
};

uint16_t props(uint32_t cp);
inline bool has(uint32_t cp, uint16_t mask) { return (props(cp) & mask) != 0; }

inline bool is_space(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return has(cp, kSpace);
}
// Line boundaries for str.splitlines (CPython's Py_UNICODE_ISLINEBREAK).
inline bool is_linebreak(uint32_t cp) {
    return (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
inline bool is_alnum(uint32_t cp) { return has(cp, kAlpha | kDecimal | kDigit | kNumeric); }

// Full case mappings (SpecialCasing.txt included, e.g. 'ß'.upper() == 'SS'). Writes up to
// three code points to out and returns how many. The final-sigma rule depends on context
// and is applied by the callers.
enum class Case : uint8_t { Lower, Upper, Title, Fold };
int case_map(uint32_t cp, Case kind, uint32_t out[3]);

}  // namespace gs::uni
