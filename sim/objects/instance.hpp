// Instances of user classes, exceptions and tracebacks.
#pragma once
#include <cstdlib>
#include <vector>

#include "sim/vm/object.hpp"

namespace gs {

struct Code;
struct Tuple;

// An instance's attribute values. They live right after the object when the class
// knows its slot count at allocation (the usual case: no separate allocation per
// instance), and move to the C++ heap if the instance gains more attributes later.
class SlotVec {
public:
    SlotVec() = default;
    ~SlotVec() {
        if (spilled_) std::free(data_);
    }
    SlotVec(const SlotVec&) = delete;
    SlotVec& operator=(const SlotVec&) = delete;

    void adopt_inline(Value* storage, uint32_t cap) {
        data_ = storage;
        cap_ = cap;
    }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // Memory held outside the object (what the collector charges in addition).
    size_t capacity() const { return spilled_ ? cap_ : 0; }
    Value& operator[](size_t i) { return data_[i]; }
    const Value& operator[](size_t i) const { return data_[i]; }
    Value* begin() { return data_; }
    Value* end() { return data_ + size_; }
    void resize(size_t n) {
        if (n > cap_) grow(n);
        for (size_t i = size_; i < n; i++) data_[i] = Value();
        size_ = uint32_t(n);
    }

private:
    void grow(size_t n) {
        size_t cap = cap_ ? cap_ * 2 : 4;
        while (cap < n) cap *= 2;
        auto* d = static_cast<Value*>(std::malloc(cap * sizeof(Value)));
        if (!d) std::abort();
        for (size_t i = 0; i < size_; i++) d[i] = data_[i];
        if (spilled_) std::free(data_);
        data_ = d;
        cap_ = uint32_t(cap);
        spilled_ = true;
    }
    Value* data_ = nullptr;
    uint32_t size_ = 0, cap_ = 0;
    bool spilled_ = false;
};

// An instance of a class whose layout is `object`'s. Attributes live in slots whose
// indices the class hands out by name (Type::slot_names), so that all instances of a
// class share one name table and LOAD_ATTR can cache an index. Null slot = unset.
struct Instance : Object {
    SlotVec slots;
    Instance() : Object(Kind::Instance) {}
    explicit Instance(Kind k) : Object(k) {}
};

// One traceback entry: a frame's code and the instruction that was executing.
struct TbEntry {
    Code* code;
    uint32_t pc;
};

// BaseException and every subclass (user exception classes inherit this layout).
struct ExceptionObj : Instance {
    Tuple* args = nullptr;
    std::vector<TbEntry> tb;       // innermost frame first (CPython's chain, reversed)
    Value cause;                   // __cause__ (Null = None)
    Value context;                 // __context__
    bool suppress_context = false;
    Value notes;                   // reserved (3.11 __notes__)
    Value value;                   // StopIteration.value
    Value name, obj;               // NameError.name, AttributeError.name/.obj (suggestions)
    ExceptionObj() : Instance(Kind::Exception) {}
};

}  // namespace gs
