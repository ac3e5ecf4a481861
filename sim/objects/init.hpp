// Start-up of the builtin types: each object file installs its type's slots and methods.
// Interp's constructor calls these in order (types first, then the builtins module).
#pragma once

namespace gs {

struct Interp;

void init_object_type(Interp& in);      // objects/type.cpp: object, type, super, wrappers
void init_function_types(Interp& in);   // objects/function.cpp
void init_number_types(Interp& in);     // objects/number.cpp: int, bool, float, None
void init_str_type(Interp& in);         // objects/str_methods.cpp
void init_bytes_type(Interp& in);       // objects/bytes.cpp
void init_tuple_type(Interp& in);       // objects/tuple.cpp
void init_list_type(Interp& in);        // objects/list.cpp
void init_dict_type(Interp& in);        // objects/dict.cpp
void init_set_type(Interp& in);         // objects/set.cpp
void init_range_slice_types(Interp& in);// objects/range.cpp
void init_iter_types(Interp& in);       // objects/iter.cpp
void init_exception_types(Interp& in);  // objects/exception.cpp
void init_builtins(Interp& in);         // modules/builtins.cpp: fills in.builtins
void register_modules(Interp& in);      // modules/registry.cpp: sys, time, ...

}  // namespace gs
