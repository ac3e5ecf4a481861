// Copying values between interpreters: how a new process gets "its own copy of the
// program's globals" (fork semantics: the state at Process.start()), and how arguments,
// results and queue items cross from one process's heap to another's.
#pragma once
#include <memory>
#include <unordered_map>

#include "sim/vm/runtime.hpp"

namespace gs {

// A deep copy of an object graph from one interpreter's heap into another's. One Cloner
// per copy operation: shared and cyclic structures stay shared and cyclic. Builtin types,
// builtin functions and modules are mapped to the target's own (modules are imported in
// the target by name); native payloads copy themselves when they know how
// (OpaqueData::clone), else become None.
class Cloner {
public:
    Cloner(Thread& from, Thread& to);
    // The copy of v in the target heap; Null (exception set on the target thread) when a
    // module cannot be imported there.
    Value copy(Value v);
    // Copies `from`'s __main__ module (its globals) into the target as its __main__.
    bool copy_main();

private:
    Object* copy_obj(Object* o);
    Type* map_type(Type* t);
    Type* module_type(Type* t);
    Str* copy_str(Str* s);
    Thread& from_;
    Thread& to_;
    std::unordered_map<Object*, Object*> memo_;
    std::unordered_map<Type*, Type*> builtin_types_;
};

}  // namespace gs
