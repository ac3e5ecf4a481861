// Code objects: the compiler's output for one function, class body, comprehension or
// module. Besides the instructions they carry a location per instruction (tracebacks
// underline the failing expression, the GUI highlights it), the exception table (which
// handler covers which instructions: zero-cost try, as CPython 3.11) and the inline
// caches that LOAD_ATTR / LOAD_GLOBAL specialize into at run time.
#pragma once
#include <string>
#include <vector>

#include "sim/core/source.hpp"
#include "sim/lang/opcodes.hpp"
#include "sim/vm/object.hpp"

namespace gs {

struct Str;

enum CodeFlags : uint32_t {
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_COROUTINE = 0x80,
    CO_MODULE = 0x1000,       // gilsim: module body (NAME ops use globals)
    CO_CLASS_BODY = 0x2000,   // gilsim: class body (NAME ops use the class namespace)
    CO_COMPREHENSION = 0x4000,
    CO_PROGRAM = 0x8000,      // gilsim: compiled from the program file (code_index.hpp)
};

struct ExcEntry {
    uint32_t start, end;      // covered instructions [start, end)
    uint32_t target;          // handler
    uint32_t depth;           // stack depth to unwind to before pushing the exception
};

// What the traceback printer needs beyond an instruction's location to draw CPython 3.11's
// "~~~^~~~" markers: for a binary operation, where the left operand ends and the right one
// starts; for a subscript, where the value ends and the index ends (byte columns).
struct CaretHint {
    enum : uint8_t { None, BinOp, Subscript } kind = None;
    int32_t a = 0, b = 0;
};

// One inline cache (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR).
struct InlineCache {
    Str* name = nullptr;
    Object* type = nullptr;   // the Type (attrs) or the globals Dict (globals) it was filled for
    uint64_t version = 0;     // Type::version or Dict::keys_version at fill time
    uint64_t version2 = 0;    // builtins keys_version (globals found in builtins)
    int32_t index = -1;       // slot / dict entry position
    uint8_t kind = 0;         // what was found (see eval_attr.cpp / eval.cpp)
    Value value;              // a cached method or class attribute
};

struct Code : Object {
    Str* name = nullptr;
    Str* qualname = nullptr;
    SourceRef source;
    int32_t firstlineno = 1;
    uint32_t index = 0;            // place in its file's code tree, in preorder (code_index.hpp)
    int32_t argcount = 0;          // positional parameters (incl. positional-only)
    int32_t posonlyargcount = 0;
    int32_t kwonlyargcount = 0;
    uint32_t cflags = 0;
    int32_t nlocals = 0;           // fast locals (parameters first)
    int32_t stacksize = 0;
    std::vector<Str*> varnames;    // nlocals names
    std::vector<Str*> cellvars;    // locals captured by inner functions (own cells)
    std::vector<Str*> freevars;    // captured from enclosing functions
    std::vector<int32_t> cell2arg; // per cellvar: the parameter it starts from, or -1
    std::vector<Value> consts;
    std::vector<Str*> names;
    std::vector<uint32_t> code;
    std::vector<Loc> locs;         // one per instruction
    std::vector<CaretHint> hints;  // one per instruction
    std::vector<ExcEntry> exc_table;
    std::vector<InlineCache> caches;

    Code() : Object(Kind::Code) {}
    int ncells() const { return int(cellvars.size()); }
    int nfrees() const { return int(freevars.size()); }
    // localsplus: fast locals, then cells, then free variables; then the value stack.
    int nlocalsplus() const { return nlocals + ncells() + nfrees(); }
    int frame_values() const { return nlocalsplus() + stacksize; }
    // Name of localsplus slot i (for messages and the disassembler).
    Str* slot_name(int i) const {
        if (i < nlocals) return varnames[i];
        i -= nlocals;
        if (i < ncells()) return cellvars[i];
        return freevars[i - ncells()];
    }
};

}  // namespace gs
