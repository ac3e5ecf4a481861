// Argument binding for natives: positional and keyword arguments to named outputs, with
// CPython's wording for the errors. Outputs not provided keep the caller's defaults.
//
//   Value sep = Value::none(), maxsplit = Value::integer(-1);
//   if (!bind_args(t, "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, {&sep, &maxsplit}))
//       return Value::null();
#pragma once
#include <initializer_list>

#include "sim/vm/runtime.hpp"

namespace gs {

bool bind_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
               std::initializer_list<const char*> names, int required,
               std::initializer_list<Value*> out);

// Rejects keyword arguments ("f() takes no keyword arguments").
bool no_kwargs(Thread& t, const char* fname, Tuple* kwnames);
// Checks a positional count: min <= n <= max (max < 0: unbounded).
bool check_nargs(Thread& t, const char* fname, int nargs, int min, int max);

// Converters with CPython's TypeError wording ("'str' object cannot be interpreted as
// an integer").
bool arg_int(Thread& t, Value v, int64_t* out);
Str* arg_str(Thread& t, Value v, const char* fname, const char* what = "argument");
bool arg_float(Thread& t, Value v, double* out);   // int or float (or __float__)

}  // namespace gs
