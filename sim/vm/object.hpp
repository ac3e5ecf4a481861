// The heap object header and the type object. Every heap value starts with an Object;
// its Kind says which C++ struct it is (a subclass instance keeps its base's Kind), its
// Type says which Python class. The collector (heap.hpp) walks objects through their Kind.
#pragma once
#include <cstdint>
#include <vector>

#include "sim/vm/value.hpp"

namespace gs {

struct Type;
struct Str;
struct Dict;

// One row per C++ layout. X(name): the enumerator; the struct is declared elsewhere.
#define GS_OBJECT_KINDS(X)                                                                 \
    X(Type) X(Str) X(Bytes) X(Tuple) X(List) X(Dict) X(Set) X(Code) X(Function) X(Cell)    \
    X(BoundMethod) X(Native) X(Module) X(Instance) X(Exception) X(Range) X(Slice)          \
    X(Iter) X(DictView) X(Property) X(StaticMethod) X(ClassMethod) X(Super) X(Opaque)      \
    X(StrBuffer) X(Traceback) X(Generator)

enum class Kind : uint8_t {
#define GS_X(n) n,
    GS_OBJECT_KINDS(GS_X)
#undef GS_X
};

struct Object {
    Type* type = nullptr;
    Kind kind;
    uint8_t gc_mark = 0;         // 1: reached in this collection (2: a free heap block)
    uint8_t immortal = 0;        // never collected (the interpreter's own singletons)
    uint8_t flags = 0;           // kind-specific bits
    uint32_t gc_size = 0;        // bytes charged to the heap for this object

    explicit Object(Kind k) : kind(k) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
};

// Type::flags
enum TypeFlags : uint32_t {
    TF_BUILTIN = 1,        // defined by the interpreter: attributes cannot be set
    TF_BASETYPE = 2,       // may be subclassed
    TF_HAS_DUNDERS = 4,    // a user class (or ancestor) defines special methods
};

struct Thread;
struct Tuple;

// The behaviour of a type, as C functions (CPython's tp_* slots). Builtin types fill the
// ones they support; a user class gets trampolines that call its dunder methods, and
// inherits the rest from its base. A null slot means "not supported".
// Conventions as in runtime.hpp: Null return = raised (t.exc set), int -1 = raised.
struct TypeSlots {
    Value (*repr)(Thread&, Value self) = nullptr;
    Value (*str)(Thread&, Value self) = nullptr;
    bool (*hash)(Thread&, Value self, int64_t* out) = nullptr;
    // Rich comparison; returns NotImplemented when it does not know the other operand.
    Value (*compare)(Thread&, Value a, Value b, int op) = nullptr;
    // Binary operator (BinOpKind, +13 in-place), tried for a's type then b's type as
    // CPython's number slots are: either operand may be `self`. NotImplemented if unknown.
    Value (*binop)(Thread&, Value a, Value b, int op) = nullptr;
    Value (*unary)(Thread&, Value self, int op) = nullptr;     // op: UNARY_* Opcode
    int (*truthy)(Thread&, Value self) = nullptr;
    int64_t (*len)(Thread&, Value self) = nullptr;             // -1 raised
    Value (*iter)(Thread&, Value self) = nullptr;
    Value (*next)(Thread&, Value self) = nullptr;              // Null, no exc: exhausted
    Value (*getitem)(Thread&, Value self, Value key) = nullptr;
    bool (*setitem)(Thread&, Value self, Value key, Value v) = nullptr;  // v Null: delete
    int (*contains)(Thread&, Value self, Value item) = nullptr;
    Value (*call)(Thread&, Value self, Value* args, int nargs, Tuple* kwnames) = nullptr;
    // Attribute lookup for types whose instances resolve names themselves (modules);
    // Null without exception: not found here, continue the normal lookup.
    Value (*getattr)(Thread&, Value self, Str* name) = nullptr;
    // type(...)(args): creates an instance. Receives the type being called.
    Value (*construct)(Thread&, Type* type, Value* args, int nargs, Tuple* kwnames) = nullptr;
    // format(self, spec); null: str(self) when spec is empty, else TypeError.
    Value (*format)(Thread&, Value self, Str* spec) = nullptr;
};

// A Python class. Builtin types and user classes share this layout; single inheritance
// means the method resolution order is the chain of `base` pointers.
struct Type : Object {
    Str* name = nullptr;
    Str* module = nullptr;       // "builtins" or "__main__", for reprs
    Type* base = nullptr;        // null only for `object`
    Dict* dict = nullptr;        // attributes and methods
    Kind instance_kind = Kind::Instance;  // layout of instances (inherited from builtin base)
    uint32_t tflags = 0;
    uint32_t version = 1;        // bumped on every change to dict of this type or a base,
                                 // so inline caches keyed on it stay sound
    // User classes: instance attribute name -> slot index, shared by all instances.
    Dict* slot_names = nullptr;
    uint32_t nslots = 0;         // slots handed out so far (sizes new instances)
    TypeSlots slots;
    std::vector<Type*> subclasses;  // to propagate version bumps (kept alive by them)
    // The __init__ found for instance creation, valid while version == init_version.
    Value init_cache;
    uint32_t init_version = 0;

    Type() : Object(Kind::Type) {}
    bool is_subtype_of(const Type* other) const {
        for (const Type* t = this; t; t = t->base)
            if (t == other) return true;
        return false;
    }
};

}  // namespace gs
