// The runtime API: the generic operations on values that the eval loop, the builtin
// types and the modules all share. Conventions (as CPython's C API):
//   - A function returning Value returns Value::null() when it raised; the exception is
//     then in t.exc. Predicates return int: 1 true, 0 false, -1 raised. bool-returning
//     functions return false when they raised.
//   - Natives may hold raw pointers across calls that do not run Python code; across
//     calls that may (call(), repr() of a user object...), heap values they created must
//     be reachable from the stack, their arguments, or t.temp_roots.
#pragma once
#include <fmt/format.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "sim/vm/interp.hpp"

namespace gs {

// ---- raising ----------------------------------------------------------------------------
Value raise(Thread& t, Type* type, std::string_view msg);
template <class... A>
Value raisef(Thread& t, Type* type, fmt::format_string<A...> f, A&&... a) {
    return raise(t, type, fmt::format(f, std::forward<A>(a)...));
}
// Raise an exception instance or class (as the `raise` statement does). Sets __context__.
Value raise_value(Thread& t, Value exc_or_type);
Value raise_no_memory(Thread& t);
// Create (not raise) an exception instance of `type` with one str argument.
Value new_exception(Thread& t, Type* type, std::string_view msg);
// True if the pending exception is an instance of `type` (or a subclass).
bool exc_pending_is(Thread& t, Type* type);
// exc.__traceback__: None when the exception was never raised.
Value traceback_of(Thread& t, Value exc);
// Take the pending exception, leaving none.
Value take_exc(Thread& t);

// ---- types --------------------------------------------------------------------------
Type* type_of(Interp& in, Value v);
inline Type* type_of(Thread& t, Value v) { return type_of(t.in, v); }
bool is_instance(Interp& in, Value v, Type* type);
std::string_view type_name(Interp& in, Value v);
inline bool is_kind(Value v, Kind k) { return v.is_obj() && v.o->kind == k; }
template <class T> T* as(Value v) { return static_cast<T*>(v.o); }

// ---- allocation shorthands ----------------------------------------------------------
Value make_str(Interp& in, std::string_view utf8);
Value make_tuple(Interp& in, std::initializer_list<Value> items);

// ---- protocols ------------------------------------------------------------------------
int truthy(Thread& t, Value v);
bool hash(Thread& t, Value v, int64_t* out);
int eq(Thread& t, Value a, Value b);                    // a == b, as a truth value
Value compare(Thread& t, Value a, Value b, CmpKind op); // rich comparison result
int compare_bool(Thread& t, Value a, Value b, CmpKind op);
Value binary_op(Thread& t, Value a, Value b, int op);   // op: BinOpKind (+13 in-place)
Value unary_op(Thread& t, Value v, Opcode op);          // UNARY_* opcodes
int contains(Thread& t, Value container, Value item);
Value repr(Thread& t, Value v);                         // a Str, or Null
Value to_str(Thread& t, Value v);                       // str(v)
Value format_value(Thread& t, Value v, Str* spec);      // format(v, spec)
// repr()/str() appended to a std::string (used by container reprs and print).
bool repr_into(Thread& t, Value v, std::string& out);
bool str_into(Thread& t, Value v, std::string& out);
int64_t length(Thread& t, Value v);                     // len(v), -1 raised
// The __index__ protocol: ints and bools, or objects defining __index__.
bool index_value(Thread& t, Value v, int64_t* out);

// ---- attributes ---------------------------------------------------------------------
// Finds `name` on the type or its bases (no descriptors applied); Null if absent.
Value type_lookup(Type* type, Str* name);
Value getattr(Thread& t, Value obj, Str* name);
// As getattr, but a missing attribute returns Null with *found = false and no exception.
Value getattr_opt(Thread& t, Value obj, Str* name, bool* found);
bool setattr(Thread& t, Value obj, Str* name, Value v);
bool delattr(Thread& t, Value obj, Str* name);
// The special method `name` of v's type, bound to v (Null if the type has none).
Value lookup_special(Thread& t, Value v, Str* name);
void type_modified(Type* type);                         // invalidates inline caches

// ---- items --------------------------------------------------------------------------
Value getitem(Thread& t, Value obj, Value key);
bool setitem(Thread& t, Value obj, Value key, Value v);
bool delitem(Thread& t, Value obj, Value key);

// ---- iteration ----------------------------------------------------------------------
Value get_iter(Thread& t, Value v);
// The next item; Null when exhausted (t.exc stays Null) or when it raised (t.exc set).
Value iter_next(Thread& t, Value it);
// Calls fn(item) for each item of an iterable; fn returns false to stop with an error.
template <class F>
bool for_each(Thread& t, Value iterable, F&& fn);

// ---- calls --------------------------------------------------------------------------
// Calls any callable. args[0..nargs) of which the last len(kwnames) are keywords.
// `args` must have one writable slot before args[0] (the VM's stacks always do; use
// call_values when calling with a temporary array).
Value call(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames = nullptr);
Value call_values(Thread& t, Value callable, std::initializer_list<Value> args);
Value call_method(Thread& t, Value self, Str* name, std::initializer_list<Value> args);

// Builtin function creation and method tables.
struct MethodDef {
    const char* name;
    NativeFn fn;
    uint8_t is_static = 0;    // called without self (e.g. dict.fromkeys is a classmethod-
                              // like native that receives the type as args[0] instead)
};
Native* new_native(Interp& in, const char* name, NativeFn fn, Type* owner = nullptr);
void add_methods(Interp& in, Type* type, std::initializer_list<MethodDef> defs);
void add_functions(Interp& in, Dict* dict, std::initializer_list<MethodDef> defs);

// ---- interpreter entry points -------------------------------------------------------
// Compiles and runs a program file as __main__. Returns the process exit status:
// 0, 1 (uncaught exception, traceback written to stderr), 2 (syntax error), or the
// sys.exit code.
int run_main(Thread& t, SourceRef source);
// The exit status of an uncaught SystemExit, as CPython computes it (its code, or 0 for
// None, or 1 after printing a non-int code on stderr). Used by run_main and by the
// engines for a multiprocessing child's exit code.
int exit_status_of(Thread& t, Value exc);
// Compiles and runs a module's source; registers it in sys.modules. Null when it raised.
Module* run_module(Thread& t, const std::string& name, SourceRef source);
// Writes the traceback of `exc` (and its chained causes) the way CPython 3.11 does.
std::string format_exception(Thread& t, Value exc);

// ---- template definitions ---------------------------------------------------------
template <class F>
bool for_each(Thread& t, Value iterable, F&& fn) {
    Value it = get_iter(t, iterable);
    if (it.is_null()) return false;
    t.temp_roots.push_back(it);
    bool ok = true;
    for (;;) {
        Value v = iter_next(t, it);
        if (v.is_null()) {
            ok = t.exc.is_null();
            break;
        }
        if (!fn(v)) {
            ok = false;
            break;
        }
    }
    t.temp_roots.pop_back();
    return ok;
}

}  // namespace gs
