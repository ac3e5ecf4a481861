#include "sim/lang/code_index.hpp"

#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

void number(Code* c, bool program, uint32_t* next) {
    c->index = (*next)++;
    if (program) c->cflags |= CO_PROGRAM;
    for (Value v : c->consts)
        if (is_kind(v, Kind::Code)) number(as<Code>(v), program, next);
}

Code* find(Code* c, uint32_t index) {
    if (c->index == index) return c;
    Code* best = nullptr;
    for (Value v : c->consts) {
        if (!is_kind(v, Kind::Code)) continue;
        // Preorder: the wanted code is under the last child numbered at or before it.
        Code* k = as<Code>(v);
        if (k->index > index) break;
        best = k;
    }
    return best ? find(best, index) : nullptr;
}

}  // namespace

void number_codes(Code* module, bool program) {
    uint32_t next = 0;
    number(module, program, &next);
}

Code* code_by_index(Code* module, uint32_t index) { return module ? find(module, index) : nullptr; }

}  // namespace gs
