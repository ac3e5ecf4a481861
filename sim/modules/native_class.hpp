// Native classes for modules: a Python type whose instances are Opaque objects carrying
// a C++ payload (a socket's schedule, a lock's state, a queue's items).
#pragma once
#include <initializer_list>

#include "sim/vm/runtime.hpp"

namespace gs {

// A new class `module.name` (builtin: attributes cannot be set on it) with methods.
Type* make_native_class(Interp& in, Module* module, const char* name, std::initializer_list<MethodDef> methods);

// A new instance of `cls` owning `data`.
Value new_opaque(Interp& in, Type* cls, std::unique_ptr<OpaqueData> data);

// The payload of args[0] when it is an instance of `cls` (or a subclass), else null
// with a TypeError raised ("descriptor 'send' requires a 'sim.Socket' object ...").
template <class T>
T* payload(Thread& t, Value self, Type* cls, const char* method) {
    if (is_kind(self, Kind::Opaque) && type_of(t.in, self)->is_subtype_of(cls))
        return static_cast<T*>(as<Opaque>(self)->data.get());
    raisef(t, t.in.types.TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", method,
           cls->name->view(), type_name(t.in, self));
    return nullptr;
}

}  // namespace gs
