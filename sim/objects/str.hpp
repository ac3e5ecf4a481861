// str and bytes. Text is stored as UTF-8 with its length in code points, so ASCII text
// (the common case) indexes in O(1); other text scans. Strings made by `+` keep spare
// room in a shared StrBuffer so a loop doing `s += piece` is linear, as in CPython.
#pragma once
#include <string>
#include <string_view>

#include "sim/vm/object.hpp"

namespace gs {

struct Thread;
struct Interp;

struct Str : Object {
    const char* data = nullptr;  // UTF-8 bytes (inline after the struct, or in owner)
    uint32_t len = 0;            // bytes
    uint32_t nchars = 0;         // code points
    int64_t hash = -1;           // cached; -1 = not computed yet
    Object* owner = nullptr;     // the StrBuffer holding data, when not inline

    Str() : Object(Kind::Str) {}
    std::string_view view() const { return {data, len}; }
    bool is_ascii() const { return len == nchars; }
    bool interned() const { return flags & 1; }
};

// Spare-capacity storage shared by strings built by concatenation (see str_concat).
struct StrBuffer : Object {
    uint32_t cap = 0, used = 0;
    char* bytes() { return reinterpret_cast<char*>(this + 1); }
    StrBuffer() : Object(Kind::StrBuffer) {}
};

struct Bytes : Object {
    uint32_t len = 0;
    int64_t hash = -1;
    Bytes() : Object(Kind::Bytes) {}
    unsigned char* data() { return reinterpret_cast<unsigned char*>(this + 1); }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(this + 1); }
    std::string_view view() const { return {reinterpret_cast<const char*>(data()), len}; }
};

// Allocation. `text` must be valid UTF-8 (callers decoding user bytes check first).
Str* new_str(Interp& in, std::string_view text);
Str* new_str_known(Interp& in, std::string_view text, uint32_t nchars);
Str* new_str_int(Interp& in, int64_t v);           // str(v) of an int
Str* intern(Interp& in, std::string_view text);   // the one Str per distinct text
Bytes* new_bytes(Interp& in, std::string_view raw);

// a + b, reusing a's spare buffer room when a is the latest string written into it.
Str* str_concat(Interp& in, Str* a, Str* b);

int64_t str_hash(Str* s);          // CPython 3.11's SipHash-1-3 with PYTHONHASHSEED=0
int64_t bytes_hash(Bytes* b);
bool str_eq(const Str* a, const Str* b);

// UTF-8 helpers.
uint32_t utf8_count(std::string_view s);                // code points (input valid)
bool utf8_valid(std::string_view s);
uint32_t utf8_decode(const char* p, int* len);         // one code point at p
void utf8_append(std::string& out, uint32_t cp);
// Byte offset of code point index i (0 <= i <= nchars).
uint32_t str_byte_offset(const Str* s, int64_t i);

}  // namespace gs
