// Callables: Python functions, native functions and methods, bound methods, cells, and
// the descriptor wrappers (staticmethod, classmethod, property).
#pragma once
#include "sim/lang/code.hpp"
#include "sim/vm/object.hpp"

namespace gs {

struct Thread;
struct Tuple;
struct Dict;

// A native function receives its arguments in place on the VM stack: args[0..nargs), of
// which the last len(kwnames) are keyword arguments named by kwnames (may be null).
// It returns the result, or Value::null() with an exception set on the thread.
using NativeFn = Value (*)(Thread& t, Value* args, int nargs, Tuple* kwnames);

struct Function : Object {
    Code* code = nullptr;
    Dict* globals = nullptr;
    Tuple* defaults = nullptr;     // may be null
    Dict* kwdefaults = nullptr;    // may be null
    Tuple* closure = nullptr;      // cells, one per code->freevars; may be null
    Str* name = nullptr;
    Str* qualname = nullptr;
    Dict* attrs = nullptr;         // function attributes, created on first set
    Function() : Object(Kind::Function) {}
};

struct Cell : Object {
    Value value;                   // Null: empty
    Cell() : Object(Kind::Cell) {}
};

struct BoundMethod : Object {
    Value func;
    Value self;
    BoundMethod() : Object(Kind::BoundMethod) {}
};

// A builtin function, or a method of a builtin type (owner set: called with self first).
struct Native : Object {
    NativeFn fn = nullptr;
    Str* name = nullptr;
    Type* owner = nullptr;         // for methods: the type that defines it
    Value self;                    // bound builtin method (e.g. [].append): Null if unbound
    Value data;                    // per-function state for natives that need it
    uint8_t is_static = 0;         // owner's staticmethod-like native (e.g. dict.fromkeys)
    Native() : Object(Kind::Native) {}
};

// staticmethod / classmethod / property wrappers (Object::kind tells which).
struct Wrapper : Object {
    Value func;                    // property: fget
    Value fset, fdel;              // property only
    explicit Wrapper(Kind k) : Object(k) {}
};

}  // namespace gs
