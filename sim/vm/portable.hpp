// Values in a form that belongs to no heap: what a multiprocessing queue carries from
// one process to another (as pickle does for CPython). Plain data, instances of classes
// defined at the top level of the program, builtin exceptions, and references to the
// program's top-level functions and classes cross; anything else is a TypeError, as an
// unpicklable object is in CPython.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "sim/vm/runtime.hpp"

namespace gs {

struct Portable {
    enum class K : uint8_t { None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Object, Global };
    K k = K::None;
    int64_t i = 0;
    double f = 0;
    std::string s;                                  // Str/Bytes text; Object/Global: qualname
    std::vector<std::shared_ptr<Portable>> items;   // containers (Dict: key, value, ...)
    std::vector<std::string> names;                 // Object: attribute names (items: values)
    std::shared_ptr<Portable> args;                 // Object that is an exception: its args
    std::string module;                             // Object/Global: "builtins" or "__main__"
};

// Null (TypeError set) when v cannot cross.
std::shared_ptr<Portable> to_portable(Thread& t, Value v);
// Null (exception set) when a class or function is not found in this process.
Value from_portable(Thread& t, const Portable& p);

}  // namespace gs
