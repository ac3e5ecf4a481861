// str and bytes storage: allocation, interning, concatenation with shared spare room,
// UTF-8 helpers, and CPython-compatible hashing (SipHash-1-3 over the narrowest of
// Latin-1 / UCS-2 / UCS-4, with the all-zero key that PYTHONHASHSEED=0 selects).
#include "sim/objects/str.hpp"

#include <charconv>
#include <cstring>
#include <new>

#include "sim/vm/interp.hpp"

namespace gs {

// ---- UTF-8 ------------------------------------------------------------------------------

uint32_t utf8_count(std::string_view s) {
    // ASCII text (the common case) is checked eight bytes at a time.
    size_t i = 0, len = s.size();
    const char* p = s.data();
    while (i + 8 <= len) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    uint32_t n = uint32_t(i);
    for (; i < len; i++) n += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
    return n;
}

bool utf8_valid(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int len;
        uint32_t cp;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + size_t(len) > n) return false;
        for (int k = 1; k < len; k++) {
            unsigned char cc = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += size_t(len);
    }
    return true;
}

uint32_t utf8_decode(const char* p, int* len) {
    unsigned char c = static_cast<unsigned char>(p[0]);
    if (c < 0x80) { *len = 1; return c; }
    if ((c & 0xE0) == 0xC0) { *len = 2; return (uint32_t(c & 0x1F) << 6) | (p[1] & 0x3F); }
    if ((c & 0xF0) == 0xE0) {
        *len = 3;
        return (uint32_t(c & 0x0F) << 12) | (uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *len = 4;
    return (uint32_t(c & 0x07) << 18) | (uint32_t(p[1] & 0x3F) << 12) | (uint32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

uint32_t str_byte_offset(const Str* s, int64_t i) {
    if (s->is_ascii()) return uint32_t(i);
    uint32_t off = 0;
    for (int64_t k = 0; k < i && off < s->len; k++) {
        int n;
        utf8_decode(s->data() + off, &n);
        off += uint32_t(n);
    }
    return off;
}

// ---- allocation -------------------------------------------------------------------------

Str* new_str_uninit(Interp& in, size_t len, uint32_t nchars) {
    Str* s = in.heap.make<Str>(in.types.str, len + 1);
    str_fill(s)[len] = 0;
    s->len = uint32_t(len);
    s->nchars = nchars;
    return s;
}

Str* new_str_known(Interp& in, std::string_view text, uint32_t nchars) {
    Str* s = new_str_uninit(in, text.size(), nchars);
    if (!text.empty()) std::memcpy(str_fill(s), text.data(), text.size());
    return s;
}

// A str whose bytes are `len` bytes at `data` inside `buf` (see Str::StrRef).
static Str* new_str_shared(Interp& in, StrBuffer* buf, const char* data, uint32_t len, uint32_t nchars) {
    Str* s = in.heap.make<Str>(in.types.str, sizeof(Str::StrRef));
    new (s + 1) Str::StrRef{data, buf};
    s->flags |= Str::kShared;
    s->len = len;
    s->nchars = nchars;
    return s;
}

Str* new_str_int(Interp& in, int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    size_t n = size_t(r.ptr - buf);
    if (n == 1) return in.char_strs[int(buf[0])];
    return new_str_known(in, std::string_view(buf, n), uint32_t(n));
}

Str* new_str(Interp& in, std::string_view text) {
    if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 128) return in.char_strs[int(text[0])];
    if (text.empty() && in.empty_str) return in.empty_str;
    return new_str_known(in, text, utf8_count(text));
}

Str* intern(Interp& in, std::string_view text) {
    auto it = in.interned.find(text);
    if (it != in.interned.end()) return it->second;
    Str* s = new_str_known(in, text, utf8_count(text));
    s->flags |= Str::kInterned;
    in.interned.emplace(s->view(), s);
    return s;
}

Bytes* new_bytes(Interp& in, std::string_view raw) {
    Bytes* b = in.heap.make<Bytes>(in.types.bytes, raw.size());
    if (!raw.empty()) std::memcpy(b->data(), raw.data(), raw.size());
    b->len = uint32_t(raw.size());
    return b;
}

Str* str_concat(Interp& in, Str* a, Str* b) {
    if (b->len == 0) return a;
    if (a->len == 0) return b;
    uint32_t total = a->len + b->len;
    // Append into a's buffer when a ends exactly where the buffer's used part ends: no
    // other string can see the bytes past a's end, so writing there is invisible to them.
    if (StrBuffer* buf = a->owner()) {
        if (a->data() + a->len == buf->bytes() + buf->used && buf->used + b->len <= buf->cap) {
            std::memcpy(buf->bytes() + buf->used, b->data(), b->len);
            buf->used += b->len;
            return new_str_shared(in, buf, a->data(), total, a->nchars + b->nchars);
        }
    }
    if (total < 256) {
        std::string tmp;
        tmp.reserve(total);
        tmp.append(a->view());
        tmp.append(b->view());
        return new_str_known(in, tmp, a->nchars + b->nchars);
    }
    // Big enough that repeated appends matter: give the result room to grow.
    uint32_t cap = total * 2;
    auto* buf = in.heap.make<StrBuffer>(in.types.str_buffer, cap);
    buf->cap = cap;
    std::memcpy(buf->bytes(), a->data(), a->len);
    std::memcpy(buf->bytes() + a->len, b->data(), b->len);
    buf->used = total;
    return new_str_shared(in, buf, buf->bytes(), total, a->nchars + b->nchars);
}

bool str_eq(const Str* a, const Str* b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data(), b->data(), a->len) == 0;
}

// ---- hashing ------------------------------------------------------------------------------

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// SipHash-1-3 with key (k0, k1) = (0, 0).
uint64_t siphash13(const unsigned char* in, size_t len) {
    uint64_t k0 = 0, k1 = 0;
    uint64_t b = uint64_t(len) << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    auto round = [&] {
        v0 += v1; v2 += v3;
        v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2;
        v0 = rotl(v0, 32);
        v2 += v1; v0 += v3;
        v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0;
        v2 = rotl(v2, 32);
    };
    while (len >= 8) {
        uint64_t mi;
        std::memcpy(&mi, in, 8);
        in += 8;
        len -= 8;
        v3 ^= mi;
        round();
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < len; i++) t |= uint64_t(in[i]) << (8 * i);
    b |= t;
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    return v0 ^ v1 ^ v2 ^ v3;
}

int64_t finish(uint64_t h) {
    int64_t x = int64_t(h);
    return x == -1 ? -2 : x;
}

}  // namespace

int64_t str_hash(Str* s) {
    if (s->hash != -1) return s->hash;
    int64_t h;
    if (s->len == 0) {
        h = 0;
    } else if (s->is_ascii()) {
        h = finish(siphash13(reinterpret_cast<const unsigned char*>(s->data()), s->len));
    } else {
        // CPython hashes its internal representation: one, two or four bytes per code
        // point, whichever is the narrowest that holds the largest one.
        std::vector<uint32_t> cps;
        cps.reserve(s->nchars);
        uint32_t maxcp = 0;
        for (uint32_t i = 0; i < s->len;) {
            int n;
            uint32_t cp = utf8_decode(s->data() + i, &n);
            i += uint32_t(n);
            cps.push_back(cp);
            if (cp > maxcp) maxcp = cp;
        }
        int width = maxcp < 256 ? 1 : maxcp < 65536 ? 2 : 4;
        std::vector<unsigned char> buf;
        buf.reserve(cps.size() * size_t(width));
        for (uint32_t cp : cps)
            for (int k = 0; k < width; k++) buf.push_back(static_cast<unsigned char>(cp >> (8 * k)));
        h = finish(siphash13(buf.data(), buf.size()));
    }
    s->hash = h;
    return h;
}

int64_t bytes_hash(Bytes* b) {
    if (b->hash != -1) return b->hash;
    b->hash = b->len ? finish(siphash13(b->data(), b->len)) : 0;
    return b->hash;
}

}  // namespace gs
