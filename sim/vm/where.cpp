#include "sim/vm/where.hpp"

#include "sim/vm/interp.hpp"

namespace gs {

ProgramPlace program_place(const Thread& t) {
    for (const Frame* f = t.frame; f; f = f->prev) {
        const Code* c = f->code;
        if (!c || !(c->cflags & CO_PROGRAM) || !f->ip) continue;
        uint32_t pc = f->pc();
        // Outside the breaker a frame's ip points past the instruction it is in (a call).
        if (!(f == t.frame && t.at_breaker) && pc > 0) pc--;
        if (pc >= c->code.size()) pc = uint32_t(c->code.size()) - 1;
        return {c->index, pc, true};
    }
    return {};
}

}  // namespace gs
