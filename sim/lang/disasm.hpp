// The disassembler (`gilsim dis`): each code object's instructions with offset, source
// line, opcode, operand and what the operand means, in the layout of CPython's dis.
#pragma once
#include <string>
#include <vector>

#include "sim/lang/code.hpp"

namespace gs {

struct Interp;

// One instruction as `gilsim dis` and the GUI's bytecode view show it.
struct DisRow {
    uint32_t pc = 0;
    int line = 0;
    bool starts_line = false;  // the first instruction of a new source line
    bool target = false;       // a jump or handler lands here (">>")
    const char* name = "";
    bool has_arg = false;
    uint32_t arg = 0;
    std::string meaning;       // "(x)", "(to 14)" without the parentheses
};
std::vector<DisRow> disassembly_rows(Interp& in, Code* code);

// Disassembles `code` and, after it, every code object among its constants.
std::string disassemble(Interp& in, Code* code);
// One instruction's operand meaning ("(x)", "(to 14)", "(+)"...), also used by the GUI.
std::string operand_meaning(Interp& in, Code* code, uint32_t pc);

}  // namespace gs
