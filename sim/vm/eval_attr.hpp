// Inline caches for globals and attributes: the slow paths that look a name up the
// generic way and record what they found, so the next execution of the same instruction
// takes the fast path in the eval loop. A cache entry is valid while the type's version
// (or the dict's keys_version) is the one recorded.
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

enum : uint8_t {
    kCacheNone = 0,
    kCacheSlot = 1,      // an instance attribute in slot `index`
    kCacheMethod = 2,    // a function found on the type (LOAD_METHOD: no bound method made)
    kCacheModule = 3,    // an entry of a module's dict
};

Value load_global_slow(Thread& t, InlineCache& c, Dict* globals);
Value load_attr_slow(Thread& t, InlineCache& c, Value obj);
// Pushes (method, self) or (attribute, NULL) the way LOAD_METHOD does.
Value load_method_slow(Thread& t, InlineCache& c, Value obj, Value* self);
bool store_attr_slow(Thread& t, InlineCache& c, Value obj, Value v);
// The __init__ a class's instances run (Null: none defined in Python).
Value init_for(Thread& t, Type* cls);

}  // namespace gs
