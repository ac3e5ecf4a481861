// The modules a program can import, by name.
#include "sim/modules/modules.hpp"
#include "sim/objects/init.hpp"

namespace gs {

void register_modules(Interp& in) { in.module_factories["sys"] = make_sys_module; }

}  // namespace gs
