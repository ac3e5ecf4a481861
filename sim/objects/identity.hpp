// Identity of values: what id() returns, and the address-based hash that objects without
// a __hash__ of their own get (functions, methods, exceptions, modules...).
#pragma once
#include <cstdint>

#include "sim/vm/object.hpp"

namespace gs {

// id(v). A heap object's id is its address, as in CPython. Tagged values (None, bools,
// ints, floats) have no address, so their id is derived from the tag and the payload
// bits: bit 62 is set, which no user-space address has, so the two never collide, and
// values that are `is`-identical (same tag and bits) get the same id. Distinct tagged
// values could in principle share an id (64 payload bits are folded into 56), which
// is as close as a 16-byte value representation gets.
inline int64_t value_id(Value v) {
    if (v.is_obj()) return int64_t(reinterpret_cast<uintptr_t>(v.o));
    uint64_t x = uint64_t(v.i);
    // splitmix64's finalizer: a bijection, so the fold below mixes every payload bit
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return int64_t((uint64_t(1) << 62) | (uint64_t(v.tag) << 56) | (x >> 8));
}

// CPython's _Py_HashPointer: the address rotated right by 4 bits, because the low bits
// of an aligned address are always zero and would cluster in hash tables.
inline int64_t pointer_hash(uint64_t p) {
    uint64_t y = (p >> 4) | (p << 60);
    int64_t h = int64_t(y);
    return h == -1 ? -2 : h;
}

// The default hash of a value (object.__hash__): by identity.
inline int64_t identity_hash(Value v) { return pointer_hash(uint64_t(value_id(v))); }

}  // namespace gs
