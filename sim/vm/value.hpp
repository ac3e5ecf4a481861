// Value: what a Python variable holds. Small values (None, bools, ints, floats) live in
// the 16-byte value itself, so arithmetic never allocates; everything else is a pointer
// to a heap Object. The Null tag is not a Python value: it marks an unbound local, an
// empty slot, and (as a native's return value) "an exception was raised, see Thread::exc".
#pragma once
#include <cstdint>
#include <cstring>

namespace gs {

struct Object;

enum class Tag : uint8_t { Null, None, Bool, Int, Float, Obj };

struct Value {
    Tag tag = Tag::Null;
    union {
        int64_t i;
        double f;
        Object* o;
    };

    constexpr Value() : i(0) {}
    constexpr Value(Object* obj) : tag(Tag::Obj), o(obj) {}  // NOLINT: implicit on purpose

    static constexpr Value null() { return Value(); }
    static constexpr Value none() { Value v; v.tag = Tag::None; return v; }
    static constexpr Value boolean(bool b) { Value v; v.tag = Tag::Bool; v.i = b; return v; }
    static constexpr Value integer(int64_t x) { Value v; v.tag = Tag::Int; v.i = x; return v; }
    static constexpr Value flt(double x) { Value v; v.tag = Tag::Float; v.f = x; return v; }

    bool is_null() const { return tag == Tag::Null; }
    bool is_none() const { return tag == Tag::None; }
    bool is_bool() const { return tag == Tag::Bool; }
    bool is_int() const { return tag == Tag::Int; }
    bool is_float() const { return tag == Tag::Float; }
    bool is_obj() const { return tag == Tag::Obj; }
    // int or bool: bool is a subclass of int in Python, and arithmetic treats it so.
    bool is_intlike() const { return tag == Tag::Int || tag == Tag::Bool; }
    bool as_bool() const { return i != 0; }

    // Identity (Python's `is`): same tag and same payload bits.
    bool is(const Value& other) const {
        if (tag != other.tag) return false;
        if (tag == Tag::Float) return std::memcmp(&f, &other.f, sizeof f) == 0;
        return i == other.i;
    }
};
static_assert(sizeof(Value) == 16);

}  // namespace gs
