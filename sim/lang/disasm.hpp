// The disassembler (`gilsim dis`): each code object's instructions with offset, source
// line, opcode, operand and what the operand means, in the layout of CPython's dis.
#pragma once
#include <string>

#include "sim/lang/code.hpp"

namespace gs {

struct Interp;

// Disassembles `code` and, after it, every code object among its constants.
std::string disassemble(Interp& in, Code* code);
// One instruction's operand meaning ("(x)", "(to 14)", "(+)"...), also used by the GUI.
std::string operand_meaning(Interp& in, Code* code, uint32_t pc);

}  // namespace gs
