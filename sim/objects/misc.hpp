// Modules, ranges, slices, iterators, dict views, super, and opaque native payloads.
#pragma once
#include <memory>

#include "sim/vm/object.hpp"

namespace gs {

struct Dict;
struct Str;
class Heap;

struct Module : Object {
    Str* name = nullptr;
    Dict* dict = nullptr;
    Module() : Object(Kind::Module) {}
};

struct Range : Object {
    int64_t start = 0, stop = 0, step = 1;
    int64_t len = 0;
    Range() : Object(Kind::Range) {}
};

struct Slice : Object {
    Value start, stop, step;       // None when omitted
    Slice() : Object(Kind::Slice) {}
};

// Every builtin iterator is one of these; `ik` says which.
enum class IterKind : uint8_t {
    Seq,        // list, tuple: src, index
    Str,        // str: src, index (byte offset)
    Bytes,
    Range,      // cur, step, remaining
    DictKeys, DictValues, DictItems,  // src dict, index into entries, expected size
    Set,        // src set, index into table
    Enumerate,  // a = inner iterator, cur = count
    Zip,        // a = tuple of iterators
    Map,        // a = function, b = tuple of iterators
    Filter,     // a = function or None, b = inner iterator
    Reversed,   // src sequence, index counts down
    GetItem,    // src with __getitem__, index
    Callable,   // a = callable, b = sentinel
};
struct Iter : Object {
    IterKind ik = IterKind::Seq;
    Value src, a, b;
    int64_t index = 0, step = 1, remaining = 0;
    uint32_t expect = 0;       // dict/set size when iteration began
    Iter() : Object(Kind::Iter) {}
};

enum class ViewKind : uint8_t { Keys, Values, Items };
struct DictView : Object {
    ViewKind vk = ViewKind::Keys;
    Dict* dict = nullptr;
    DictView() : Object(Kind::DictView) {}
};

struct Super : Object {
    Type* start = nullptr;     // the class where the search starts after (not named
                               // `type`: that would hide Object::type)
    Value self;
    Super() : Object(Kind::Super) {}
};

// exc.__traceback__: a view of the exception's recorded frames (the innermost one's line
// is tb_lineno). CPython chains one object per frame; programs mostly only test it.
struct TracebackObj : Object {
    Value exc;
    TracebackObj() : Object(Kind::Traceback) {}
};

// A native payload that a module attaches to a Python object (locks, queues, threads).
struct Interp;
struct OpaqueData {
    virtual ~OpaqueData() = default;
    // Report every heap value the payload references to the collector.
    virtual void trace(void (*visit)(Value, void*), void* ctx) {}
    // A payload for the same object in another process (a forked child, a value sent
    // through a multiprocessing queue), or null when it cannot cross (it becomes None).
    virtual std::unique_ptr<OpaqueData> clone_into(Interp& target) { return nullptr; }
};
struct Opaque : Object {
    std::unique_ptr<OpaqueData> data;
    Opaque() : Object(Kind::Opaque) {}
};

}  // namespace gs
