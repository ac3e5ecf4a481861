// The slower halves of eval-loop instructions, kept out of the dispatch loop so that the
// loop stays small enough for the compiler to keep its registers.
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

// MAKE_FUNCTION: flags 1 defaults, 2 kwdefaults, 8 closure (values popped by the caller).
Value make_function(Thread& t, Code* code, Dict* globals, Value defaults, Value kwdefaults,
                    Value closure);
// UNPACK_SEQUENCE: writes n items to out[0..n) in stack order (last item first).
bool unpack_sequence(Thread& t, Value seq, int n, Value* out);
// UNPACK_EX: `before` items, a list, `after` items, in stack order.
bool unpack_ex(Thread& t, Value seq, int before, int after, Value* out);
// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
Value import_module(Thread& t, Str* name);
Value import_from(Thread& t, Value module, Str* name);
bool import_star(Thread& t, Value module, Dict* into);
// CHECK_EXC_MATCH: 1 matches, 0 not, -1 raised (the type operand is invalid).
int exc_matches(Thread& t, Value exc, Value type);
// BEFORE_WITH: looks up __enter__/__exit__; *exit_out gets the bound __exit__.
Value with_enter(Thread& t, Value mgr, Value* exit_out);
// WITH_EXCEPT_START: exit(type, value, traceback).
Value with_exit_exc(Thread& t, Value exit, Value exc);
// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be null.
Value format_with(Thread& t, Value v, int conversion, Value spec);
// BUILD_STRING.
Value join_strings(Thread& t, Value* items, int n);
// a <op> b as the truth a fused comparison jumps on: 1, 0, or -1 with an exception set.
int compare_truth(Thread& t, Value a, Value b, CmpKind op);
// Names: NameError with CPython's wording.
Value name_error(Thread& t, Str* name);
Value unbound_local(Thread& t, Code* code, int slot);
Value unbound_free(Thread& t, Code* code, int slot);
// LOAD_NAME / LOAD_GLOBAL slow paths: locals (may be null), globals, builtins.
Value lookup_name(Thread& t, Dict* locals, Dict* globals, Str* name);
// The __build_class__ builtin (LOAD_BUILD_CLASS pushes it).
Value build_class(Thread& t, Value* args, int nargs, Tuple* kwnames);
// CALL_FUNCTION_EX: callable(*args, **kwargs).
Value call_ex(Thread& t, Value callable, Value args, Value kwargs);
// The arguments of such a call flattened for bind_call: buf gets self (if not Null), the
// positional arguments, then the keyword values named by *kwnames.
bool flatten_call_args(Thread& t, Value self, Value args, Value kwargs, std::vector<Value>& buf,
                       Tuple** kwnames);
// DICT_MERGE (a ** argument in a call): duplicate keys are an error.
bool dict_merge_call(Thread& t, Value callable, Dict* into, Value other);
// LIST_EXTEND / SET_UPDATE / DICT_UPDATE.
bool list_extend_any(Thread& t, List* l, Value iterable);
bool set_update_any(Thread& t, Set* s, Value iterable);
bool dict_update_any(Thread& t, Dict* d, Value other);
// Slicing (BUILD_SLICE) and the overflow error of 64-bit ints.
Value new_slice(Thread& t, Value start, Value stop, Value step);
Value int_overflow(Thread& t);

}  // namespace gs

namespace gs {
// RAISE_VARARGS with an exception (instance or class) and an optional cause (Null: none).
void do_raise(Thread& t, Value exc, Value cause);
}  // namespace gs
