// Frame set-up for calls into Python functions (shared by call() and the eval loop).
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

// Pushes a frame for fn with the arguments bound to its parameters (defaults, *args,
// **kwargs, keyword-only, cells and free variables set up). Null with an exception set
// when the arguments do not fit or the recursion limit is reached.
Frame* bind_call(Thread& t, Function* fn, Value* args, int nargs, Tuple* kwnames);

// The fast path of a call: a plain function (positional parameters only, no cells or
// free variables) called with exactly its parameters. Null when it does not apply.
inline Frame* push_simple_call(Thread& t, Function* fn, const Value* args, int n) {
    Code* c = fn->code;
    if (c->argcount != n || (c->cflags & (CO_VARARGS | CO_VARKEYWORDS)) || c->kwonlyargcount ||
        c->ncells() || c->nfrees())
        return nullptr;
    Frame* f = t.push_frame(c, c->frame_values());
    f->func = fn;
    f->globals = fn->globals;
    Value* lp = f->localsplus();
    for (int i = 0; i < n; i++) lp[i] = args[i];
    f->sp = f->stack_base();
    f->ip = c->code.data();
    return f;
}

// Calls a callable as the first thing a thread (or process, or green thread) runs: a
// Python function or a method of one runs at native depth 0 like a program's module
// code, so the collector may run inside it; anything else goes through call().
Value call_toplevel(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames = nullptr);
// Prepares (without running) the bottom frame of such a call: the function, with `self`
// first for a bound method. Null (no exception) when the callable is not Python code.
Frame* toplevel_frame(Thread& t, Value callable, Value* args, int nargs, Tuple* kwnames, bool* raised);

// The recursion limit check (RecursionError) applied when a frame is pushed.
bool enter_frame_ok(Thread& t);

// Creates an instance of a user class (the default construct slot); runs __init__.
Value construct_instance(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames);
// The instance allocation part: a fresh, uninitialised instance of `type`.
Value alloc_instance(Thread& t, Type* type);

}  // namespace gs
