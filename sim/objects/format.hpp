// Text formatting shared by str(), repr(), format(), f-strings, str.format and `%`:
// the format-spec mini-language for int, float and str, float repr (shortest round-trip,
// as CPython), and printf-style formatting.
#pragma once
#include <string>

#include "sim/vm/runtime.hpp"

namespace gs {

std::string int_repr(int64_t v);
std::string float_repr(double v);          // repr(float): '0.1', '1e+16', 'inf', 'nan'
std::string str_repr(std::string_view s);  // repr(str) with CPython's quoting and escapes
std::string bytes_repr(std::string_view b);
// ascii(): the text with every non-ASCII character escaped (\xe9, \u4e2d, \U0001f600);
// applied to a repr() it gives ascii(obj).
std::string ascii_escape(std::string_view s);

// format(value, spec) for the builtin scalar types; Null + ValueError on a bad spec.
Value format_int(Thread& t, int64_t v, Str* spec);
Value format_float(Thread& t, double v, Str* spec);
Value format_str(Thread& t, Str* s, Str* spec);
// format_int naming another type in its errors (bool: "... for object of type 'bool'").
Value format_int_as(Thread& t, int64_t v, Str* spec, std::string_view type_name);

// str.format(*args, **kwargs), str.format_map(mapping) and str % args.
Value str_format_method(Thread& t, Str* fmt, Value* args, int nargs, Tuple* kwnames);
Value str_format_map(Thread& t, Str* fmt, Value mapping);
Value str_percent(Thread& t, Str* fmt, Value args);
Value bytes_percent(Thread& t, Bytes* fmt, Value args);

}  // namespace gs
