// Where a thread is in the program file: its innermost frame running the program's own
// code (CO_PROGRAM), so that a thread waiting inside threading.py's Event.wait is shown
// at the line of the program that called wait(). The engines put it in the trace at every
// state change (trace.hpp, encode_code_pos); the GUI's source and bytecode views read it.
#pragma once
#include <cstdint>

namespace gs {

struct Thread;

struct ProgramPlace {
    uint32_t code = 0;  // Code::index
    uint32_t pc = 0;    // the instruction running (or about to run) in that frame
    bool known = false;
};

// Only for a thread that is not running on another OS thread at the same time.
ProgramPlace program_place(const Thread& t);

}  // namespace gs
