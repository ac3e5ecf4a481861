// The builtins module is split by theme; builtins.cpp creates the module dict and asks
// each part to add its functions. Private to sim/modules/builtins*.cpp.
#pragma once
#include "sim/objects/native_args.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

void add_builtins_numeric(Interp& in);        // builtins_numeric.cpp: abs round divmod pow
                                              //   hex oct bin ord chr
void add_builtins_iteration(Interp& in);      // builtins_iter.cpp: len iter next any all
                                              //   min max sum sorted
void add_builtins_introspection(Interp& in);  // builtins_introspect.cpp: repr ascii id hash
                                              //   callable format getattr setattr hasattr
                                              //   delattr isinstance issubclass vars dir
                                              //   globals locals

// The calling frame's namespace as locals() returns it: the dict of a module or class
// body, a fresh snapshot of a function's fast locals, cells and free variables.
Value caller_locals(Thread& t);

// Helpers private to the builtins files, in their own namespace so that they can never
// collide with another unit's inline helpers of the same name.
namespace builtins_detail {

// Keeps a value the native created reachable while it calls back into Python (see the
// rooting rule in runtime.hpp). Strictly nested, like the pushes it wraps.
struct RootSlot {
    Thread& t;
    size_t index;
    RootSlot(Thread& th, Value v) : t(th), index(th.temp_roots.size()) { th.temp_roots.push_back(v); }
    ~RootSlot() { t.temp_roots.pop_back(); }
    RootSlot(const RootSlot&) = delete;
    RootSlot& operator=(const RootSlot&) = delete;
    // The rooted slot, for natives that replace the value as they go (a running total).
    Value& get() { return t.temp_roots[index]; }
};

inline bool is_number(Value v) { return v.is_intlike() || v.is_float(); }

// callable(v): what call() accepts (runtime.hpp), without calling it.
inline bool is_callable(Value v) {
    if (!v.is_obj()) return false;
    switch (v.o->kind) {
        case Kind::Function:
        case Kind::Native:
        case Kind::BoundMethod:
        case Kind::Type: return true;
        default: return v.o->type->slots.call != nullptr;
    }
}

}  // namespace builtins_detail

}  // namespace gs
