// Helpers shared by the formatting files (format.cpp, format_method.cpp,
// format_percent.cpp) and the str/bytes methods. Internal to sim/objects.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gs {

struct Thread;

// PyOS_double_to_string's flags.
enum DtoaFlags : int {
    kDtoaAlt = 1,       // '#': keep the decimal point and trailing zeros
    kDtoaAddDot0 = 2,   // append ".0" to a result that looks like an integer
    kDtoaNoNeg0 = 4,    // 'z': a value that rounds to zero loses its minus sign
};

// CPython's PyOS_double_to_string: `type` is one of e E f F g G (precision digits) or
// 'r' (repr, precision ignored). Negative values get a '-'; nothing is added for others.
std::string double_to_string(double v, char type, int precision, int flags);

// The digits of v in base 2, 8, 10 or 16 (upper-case letters when `upper`).
std::string uint_digits(uint64_t v, int base, bool upper);
inline uint64_t magnitude(int64_t v) { return v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v); }

// False (MemoryError set) when a result of `bytes` bytes cannot be made: past the heap
// limit, or too long for a str/bytes (lengths are 32-bit).
bool check_result_size(Thread& t, uint64_t bytes);

// Byte offset of code point i in UTF-8 text (i <= its length in code points).
inline size_t utf8_offset(std::string_view s, int64_t i) {
    size_t off = 0;
    for (; off < s.size(); off++)
        if ((static_cast<unsigned char>(s[off]) & 0xC0) != 0x80 && i-- == 0) break;
    return off;
}

// Appends `fill` (one UTF-8 character) n times.
inline void append_fill(std::string& out, std::string_view fill, int64_t n) {
    for (int64_t i = 0; i < n; i++) out.append(fill);
}

}  // namespace gs
