#include "sim/lang/opcodes.hpp"

#include <cassert>
#include <cstddef>

namespace gs {

namespace {
struct BinOpName { const char* sym; const char* dunder; const char* rdunder; const char* idunder; const char* isym; };
constexpr BinOpName kBinOps[] = {
#define GS_X(n, sym, stem) {sym, "__" stem "__", "__r" stem "__", "__i" stem "__", sym "="},
    GS_BINOPS(GS_X)
#undef GS_X
};
struct CmpName { const char* sym; const char* dunder; };
constexpr CmpName kCmps[] = {
#define GS_X(n, sym, dunder) {sym, dunder},
    GS_CMPOPS(GS_X)
#undef GS_X
};
}  // namespace

const char* binop_symbol(int op) {
    return op >= kInplace ? kBinOps[op - kInplace].isym : kBinOps[op].sym;
}
const char* binop_dunder(int op) {
    return op >= kInplace ? kBinOps[op - kInplace].idunder : kBinOps[op].dunder;
}
const char* binop_rdunder(int op) { return kBinOps[op % kInplace].rdunder; }
const char* cmp_symbol(CmpKind c) { return kCmps[int(c)].sym; }
const char* cmp_dunder(CmpKind c) { return kCmps[int(c)].dunder; }

CmpKind cmp_swapped(CmpKind c) {
    switch (c) {
        case CmpKind::Lt: return CmpKind::Gt;
        case CmpKind::Le: return CmpKind::Ge;
        case CmpKind::Gt: return CmpKind::Lt;
        case CmpKind::Ge: return CmpKind::Le;
        default: return c;
    }
}

Opcode base_opcode(Opcode op) {
    switch (op) {
        case Opcode::LOAD_FAST__LOAD_FAST:
        case Opcode::LOAD_FAST__LOAD_CONST:
        case Opcode::LOAD_FAST__LOAD_CONST__BINARY_OP: return Opcode::LOAD_FAST;
        case Opcode::LOAD_CONST__COMPARE_OP__JUMP: return Opcode::LOAD_CONST;
        case Opcode::STORE_FAST__LOAD_FAST: return Opcode::STORE_FAST;
        case Opcode::COMPARE_OP__JUMP: return Opcode::COMPARE_OP;
        case Opcode::BINARY_OP_ADD:
        case Opcode::BINARY_OP_SUB: return Opcode::BINARY_OP;
        default: return op;
    }
}

// Whether a BINARY_OP operand is `kind`, plain or in-place.
static bool is_binop(uint32_t arg, BinOpKind kind) { return arg == uint32_t(kind) || arg == uint32_t(kind) + kInplace; }

void specialize(std::vector<uint32_t>& code, const std::vector<bool>& is_target) {
    for (std::size_t i = 0; i < code.size(); i++) {
        Opcode op = op_of(code[i]);
        uint32_t arg = arg_of(code[i]);
        if (op == Opcode::BINARY_OP) {
            if (is_binop(arg, BinOpKind::Add)) code[i] = encode(Opcode::BINARY_OP_ADD, arg);
            else if (is_binop(arg, BinOpKind::Sub)) code[i] = encode(Opcode::BINARY_OP_SUB, arg);
            continue;
        }
        if (i + 1 >= code.size() || is_target[i + 1]) continue;
        Opcode next = op_of(code[i + 1]);
        auto cond_jump = [](Opcode o) {
            return o == Opcode::POP_JUMP_IF_FALSE || o == Opcode::POP_JUMP_IF_TRUE ||
                   o == Opcode::POP_JUMP_BACK_IF_TRUE || o == Opcode::POP_JUMP_BACK_IF_FALSE;
        };
        // Triples first: each saves two dispatches in the loops they are made for.
        if (i + 2 < code.size() && !is_target[i + 2]) {
            Opcode third = op_of(code[i + 2]);
            uint32_t third_arg = arg_of(code[i + 2]);
            bool add_sub = is_binop(third_arg, BinOpKind::Add) || is_binop(third_arg, BinOpKind::Sub);
            Opcode fused3 = Opcode::NOP;
            if (op == Opcode::LOAD_FAST && next == Opcode::LOAD_CONST && third == Opcode::BINARY_OP && add_sub)
                fused3 = Opcode::LOAD_FAST__LOAD_CONST__BINARY_OP;
            else if (op == Opcode::LOAD_CONST && next == Opcode::COMPARE_OP && cond_jump(third))
                fused3 = Opcode::LOAD_CONST__COMPARE_OP__JUMP;
            if (fused3 != Opcode::NOP) {
                code[i] = encode(fused3, arg);
                i += 2;  // the second and third words stay as they are and are skipped
                continue;
            }
        }
        Opcode fused = Opcode::NOP;
        if (op == Opcode::LOAD_FAST && next == Opcode::LOAD_FAST) fused = Opcode::LOAD_FAST__LOAD_FAST;
        else if (op == Opcode::LOAD_FAST && next == Opcode::LOAD_CONST) fused = Opcode::LOAD_FAST__LOAD_CONST;
        else if (op == Opcode::STORE_FAST && next == Opcode::LOAD_FAST) fused = Opcode::STORE_FAST__LOAD_FAST;
        else if (op == Opcode::COMPARE_OP && cond_jump(next)) fused = Opcode::COMPARE_OP__JUMP;
        if (fused == Opcode::NOP) continue;
        code[i] = encode(fused, arg);
        i++;  // the second word stays as it is and is skipped at run time
    }
}

int stack_effect(Opcode op, uint32_t arg, bool jump) {
    const OpInfo& info = op_info(op);
    if (info.effect != VAR) return info.effect;
    int n = int(arg);
    switch (op) {
        case Opcode::BUILD_SLICE: return 1 - n;
        case Opcode::BUILD_TUPLE:
        case Opcode::BUILD_LIST:
        case Opcode::BUILD_SET:
        case Opcode::BUILD_STRING: return 1 - n;
        case Opcode::BUILD_MAP: return 1 - 2 * n;
        case Opcode::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
        case Opcode::UNPACK_SEQUENCE: return n - 1;
        case Opcode::UNPACK_EX: return (n & 0xff) + (n >> 8);
        case Opcode::JUMP_IF_FALSE_OR_POP:
        case Opcode::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
        case Opcode::FOR_ITER: return jump ? -1 : 1;
        case Opcode::CALL: return -n - 1;            // callable, self|NULL, n args -> result
        case Opcode::CALL_KW: return -n - 2;         // ... and the kwnames tuple
        case Opcode::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
        case Opcode::MAKE_FUNCTION:
            return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 8) != 0);
        case Opcode::RAISE_VARARGS: return -n;
        case Opcode::SEND: return jump ? -1 : 0;     // receiver, value -> receiver, yielded | result
        default: break;
    }
    assert(false && "stack_effect: opcode marked VAR without a rule");
    return 0;
}

}  // namespace gs
