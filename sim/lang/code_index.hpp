// Naming a code object across runs and tools. The trace says where each thread is in the
// program (trace.hpp, encode_code_pos) as a code index and an instruction; the GUI, which
// only reads the trace, recompiles the program and finds the same code object by the
// same numbering: the module body is 0, then the code objects among its constants in
// order, depth first. The compiler is deterministic, so the numbering is too.
#pragma once
#include <cstdint>

#include "sim/lang/code.hpp"

namespace gs {

// Numbers `module` and every code object nested in it; with `program`, marks them
// CO_PROGRAM (the program file's code, as opposed to a library module's).
void number_codes(Code* module, bool program);
// The code object numbered `index` under `module`, or null.
Code* code_by_index(Code* module, uint32_t index);

}  // namespace gs
