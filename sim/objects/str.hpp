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

struct StrBuffer;

// A str is 32 bytes of header and, usually, its UTF-8 bytes right after it (with a
// terminating NUL). A string made by appending to a shared StrBuffer (str_concat) has a
// StrRef after the header instead, naming the buffer and where its bytes start there.
// Keeping the pointer out of the header matters: a program's live set is mostly short
// strings, and 8 bytes more per string is a size class more for most of them.
struct Str : Object {
    static constexpr uint8_t kInterned = 1, kShared = 2;  // flags
    struct StrRef {
        const char* data;
        StrBuffer* owner;
    };
    uint32_t len = 0;            // bytes
    uint32_t nchars = 0;         // code points
    int64_t hash = -1;           // cached; -1 = not computed yet

    Str() : Object(Kind::Str) {}
    const char* data() const {
        return flags & kShared ? ref()->data : reinterpret_cast<const char*>(this + 1);
    }
    // The StrBuffer holding the bytes, or null when they follow the header.
    StrBuffer* owner() const { return flags & kShared ? ref()->owner : nullptr; }
    std::string_view view() const { return {data(), len}; }
    bool is_ascii() const { return len == nchars; }
    bool interned() const { return flags & kInterned; }

private:
    const StrRef* ref() const { return reinterpret_cast<const StrRef*>(this + 1); }
};
static_assert(sizeof(Str) == 32);

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
// A new str of `len` bytes (valid UTF-8 of `nchars` code points) that the caller writes
// at str_fill(s) before anything else sees it: text built piece by piece goes straight
// into the string, without a temporary buffer and a copy.
Str* new_str_uninit(Interp& in, size_t len, uint32_t nchars);
inline char* str_fill(Str* s) { return reinterpret_cast<char*>(s + 1); }
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
