// Argument checking for the builtins and the exception types, worded exactly as the
// CPython 3.11 function being imitated words it. CPython has several argument parsers,
// and which one a builtin uses decides its messages, so each style has its own helper:
//
//   METH_O        len(), repr(), abs()...  "len() takes exactly one argument (2 given)"
//   METH_NOARGS   globals(), locals()      "globals() takes no arguments (1 given)"
//   UnpackTuple   divmod(), getattr()...   "divmod expected 2 arguments, got 1"
//   getargs       round(), sum(), print()  "round() missing required argument 'number'
//                 (keywords allowed)        (pos 1)", "'x' is an invalid keyword argument
//                                            for round()"
//
// Keyword rejection ("len() takes no keyword arguments") is args.hpp's no_kwargs.
#pragma once
#include <initializer_list>

#include "sim/vm/runtime.hpp"

namespace gs {

// Number of keyword arguments in a native call.
inline int kwcount(Tuple* kwnames) { return kwnames ? int(kwnames->n) : 0; }

// METH_O: exactly one positional argument, no keywords.
bool one_arg(Thread& t, const char* fname, int nargs, Tuple* kwnames);
// METH_NOARGS: no arguments at all.
bool no_args(Thread& t, const char* fname, int nargs, Tuple* kwnames);
// _PyArg_UnpackTuple / _PyArg_CheckPositional: min <= npos <= max (keywords checked
// separately by the caller).
bool check_positional(Thread& t, const char* fname, int npos, int min, int max);

// PyArg_ParseTupleAndKeywords (getargs.c's vgetargskeywords): binds args[0..nargs) (the
// last len(kwnames) of them keywords) to `names`, in order. An empty name is
// positional-only. The first `required` are required. Unbound outputs keep their values.
bool parse_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required,
                std::initializer_list<Value*> out);

}  // namespace gs
