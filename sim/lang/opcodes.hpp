// The instruction set: one row per opcode, the single table that the compiler (stack
// effects, operand kinds), the VM (dispatch), the disassembler (names, operand meanings)
// and the cost model (simulated CPU time, py2 ticks) all derive from. Instructions are
// 32-bit words: opcode in the low 8 bits, operand in the high 24 (no EXTENDED_ARG).
//
// Columns: X(NAME, OPERAND, EFFECT, BREAKER, COST, TICK)
//   OPERAND  what the 24-bit operand means (ArgKind below; the disassembler shows it)
//   EFFECT   fixed stack effect, or VAR: computed by stack_effect() from the operand
//   BREAKER  1: the eval breaker is checked here (back edges and calls, as CPython 3.10+)
//   COST     simulated CPU cost in units of [machine] instruction_cost
//   TICK     1: counts toward py2's check_interval ("fast" opcodes in 2.7 skip the ticker)
#pragma once
#include <cstdint>
#include <vector>

namespace gs {

#define GS_OPCODES(X)                                                   \
    /* stack manipulation */                                            \
    X(NOP,                  None,    0,   0, 1, 0)                      \
    X(POP_TOP,              None,    -1,  0, 1, 0)                      \
    X(PUSH_NULL,            None,    1,   0, 1, 0)                      \
    X(COPY,                 Count,   1,   0, 1, 0)                      \
    X(SWAP,                 Count,   0,   0, 1, 0)                      \
    /* constants and variables */                                       \
    X(LOAD_CONST,           Const,   1,   0, 1, 0)                      \
    X(LOAD_FAST,            Local,   1,   0, 1, 0)                      \
    X(STORE_FAST,           Local,   -1,  0, 1, 0)                      \
    X(DELETE_FAST,          Local,   0,   0, 1, 1)                      \
    X(LOAD_DEREF,           Cell,    1,   0, 1, 1)                      \
    X(STORE_DEREF,          Cell,    -1,  0, 1, 1)                      \
    X(DELETE_DEREF,         Cell,    0,   0, 1, 1)                      \
    X(LOAD_CLOSURE,         Cell,    1,   0, 1, 1)                      \
    X(LOAD_CLASSDEREF,      Cell,    1,   0, 1, 1)                      \
    X(LOAD_GLOBAL,          Global,  1,   0, 1, 1)                      \
    X(STORE_GLOBAL,         Name,    -1,  0, 1, 1)                      \
    X(DELETE_GLOBAL,        Name,    0,   0, 1, 1)                      \
    X(LOAD_NAME,            Name,    1,   0, 1, 1)                      \
    X(STORE_NAME,           Name,    -1,  0, 1, 1)                      \
    X(DELETE_NAME,          Name,    0,   0, 1, 1)                      \
    /* attributes */                                                    \
    X(LOAD_ATTR,            Attr,    0,   0, 1, 1)                      \
    X(LOAD_METHOD,          Attr,    1,   0, 1, 1)                      \
    X(STORE_ATTR,           Attr,    -2,  0, 1, 1)                      \
    X(DELETE_ATTR,          Name,    -1,  0, 1, 1)                      \
    /* operators */                                                     \
    X(BINARY_OP,            BinOp,   -1,  0, 1, 1)                      \
    X(UNARY_NEGATIVE,       None,    0,   0, 1, 1)                      \
    X(UNARY_POSITIVE,       None,    0,   0, 1, 1)                      \
    X(UNARY_NOT,            None,    0,   0, 1, 1)                      \
    X(UNARY_INVERT,         None,    0,   0, 1, 1)                      \
    X(COMPARE_OP,           Cmp,     -1,  0, 1, 1)                      \
    X(IS_OP,                Invert,  -1,  0, 1, 1)                      \
    X(CONTAINS_OP,          Invert,  -1,  0, 1, 1)                      \
    X(BINARY_SUBSCR,        None,    -1,  0, 1, 1)                      \
    X(STORE_SUBSCR,         None,    -3,  0, 1, 1)                      \
    X(DELETE_SUBSCR,        None,    -2,  0, 1, 1)                      \
    X(BUILD_SLICE,          Count,   VAR, 0, 1, 1)                      \
    /* building values */                                               \
    X(BUILD_TUPLE,          Count,   VAR, 0, 1, 1)                      \
    X(BUILD_LIST,           Count,   VAR, 0, 1, 1)                      \
    X(BUILD_SET,            Count,   VAR, 0, 1, 1)                      \
    X(BUILD_MAP,            Count,   VAR, 0, 1, 1)                      \
    X(BUILD_STRING,         Count,   VAR, 0, 1, 1)                      \
    X(LIST_APPEND,          Count,   -1,  0, 1, 1)                      \
    X(SET_ADD,              Count,   -1,  0, 1, 1)                      \
    X(MAP_ADD,              Count,   -2,  0, 1, 1)                      \
    X(LIST_EXTEND,          Count,   -1,  0, 1, 1)                      \
    X(SET_UPDATE,           Count,   -1,  0, 1, 1)                      \
    X(DICT_UPDATE,          Count,   -1,  0, 1, 1)                      \
    X(DICT_MERGE,           Count,   -1,  0, 1, 1)                      \
    X(LIST_TO_TUPLE,        None,    0,   0, 1, 1)                      \
    X(FORMAT_VALUE,         Format,  VAR, 0, 1, 1)                      \
    X(UNPACK_SEQUENCE,      Count,   VAR, 0, 1, 1)                      \
    X(UNPACK_EX,            Unpack,  VAR, 0, 1, 1)                      \
    /* control flow */                                                  \
    X(JUMP_FORWARD,         Jump,    0,   0, 1, 0)                      \
    X(JUMP_BACKWARD,        Jump,    0,   1, 1, 0)                      \
    X(POP_JUMP_IF_FALSE,    Jump,    -1,  0, 1, 1)                      \
    X(POP_JUMP_IF_TRUE,     Jump,    -1,  0, 1, 1)                      \
    X(POP_JUMP_BACK_IF_TRUE, Jump,   -1,  1, 1, 1)                      \
    X(POP_JUMP_BACK_IF_FALSE, Jump,  -1,  1, 1, 1)                      \
    X(POP_JUMP_IF_NONE,     Jump,    -1,  0, 1, 1)                      \
    X(POP_JUMP_IF_NOT_NONE, Jump,    -1,  0, 1, 1)                      \
    X(JUMP_IF_FALSE_OR_POP, Jump,    VAR, 0, 1, 1)                      \
    X(JUMP_IF_TRUE_OR_POP,  Jump,    VAR, 0, 1, 1)                      \
    X(GET_ITER,             None,    0,   0, 1, 1)                      \
    X(FOR_ITER,             Jump,    VAR, 0, 1, 1)                      \
    /* calls and functions */                                           \
    X(CALL,                 Count,   VAR, 1, 1, 1)                      \
    X(CALL_KW,              Count,   VAR, 1, 1, 1)                      \
    X(CALL_FUNCTION_EX,     CallEx,  VAR, 1, 1, 1)                      \
    X(MAKE_FUNCTION,        MakeFn,  VAR, 0, 1, 1)                      \
    X(RETURN_VALUE,         None,    -1,  0, 1, 1)                      \
    X(LOAD_BUILD_CLASS,     None,    1,   0, 1, 1)                      \
    /* exceptions and with */                                           \
    X(RAISE_VARARGS,        Count,   VAR, 0, 1, 1)                      \
    X(RERAISE,              None,    -1,  0, 1, 1)                      \
    X(PUSH_EXC_INFO,        None,    1,   0, 1, 1)                      \
    X(POP_EXCEPT,           None,    -1,  0, 1, 1)                      \
    X(CHECK_EXC_MATCH,      None,    0,   0, 1, 1)                      \
    X(LOAD_ASSERTION_ERROR, None,    1,   0, 1, 1)                      \
    X(BEFORE_WITH,          None,    1,   0, 1, 1)                      \
    X(WITH_EXCEPT_START,    None,    1,   0, 1, 1)                      \
    /* imports */                                                       \
    X(IMPORT_NAME,          Name,    1,   0, 1, 1)                      \
    X(IMPORT_FROM,          Name,    1,   0, 1, 1)                      \
    X(IMPORT_STAR,          None,    -1,  0, 1, 1)                      \
    /* generators and coroutines (sim/vm/gen.hpp). YIELD_VALUE's operand is 1 inside   \
       yield from / await: the receiver below it is what throw() and close() forward to */ \
    X(RETURN_GENERATOR,     None,    1,   0, 1, 1)                      \
    X(YIELD_VALUE,          Count,   0,   0, 1, 1)                      \
    X(SEND,                 Jump,    VAR, 0, 1, 1)                      \
    X(GET_YIELD_FROM_ITER,  None,    0,   0, 1, 1)                      \
    X(GET_AWAITABLE,        None,    0,   0, 1, 1)                      \
    X(BEFORE_ASYNC_WITH,    None,    1,   0, 1, 1)                      \
    /* Specialized forms, written over the base instruction by the assembler. A fused  \
       pair or triple keeps its later words in place and skips them, so offsets, jump   \
       targets and locations are those of the unfused code; its COST and TICK count     \
       every part (so simulated time is the same fused or not). */                      \
    X(LOAD_FAST__LOAD_FAST, Local,   2,   0, 2, 0)                      \
    X(LOAD_FAST__LOAD_CONST, Local,  2,   0, 2, 0)                      \
    X(STORE_FAST__LOAD_FAST, Local,  0,   0, 2, 0)                      \
    X(COMPARE_OP__JUMP,     Cmp,     -2,  0, 2, 2)                      \
    X(BINARY_OP_ADD,        BinOp,   -1,  0, 1, 1)                      \
    X(BINARY_OP_SUB,        BinOp,   -1,  0, 1, 1)                      \
    /* `n - 1`, `i + 2`: a local, a constant, + or -. The loop counter's update */       \
    X(LOAD_FAST__LOAD_CONST__BINARY_OP, Local, 1, 0, 3, 1)              \
    /* `n > 0` deciding a branch: a constant, a comparison, a conditional jump */       \
    X(LOAD_CONST__COMPARE_OP__JUMP, Const, -1, 0, 3, 2)

enum class ArgKind : uint8_t {
    None,    // no operand
    Count,   // a number of items
    Const,   // index into the code's constants
    Local,   // fast local slot
    Cell,    // cell or free variable slot (in the frame, after the fast locals)
    Name,    // index into the code's names
    Global,  // inline cache slot; the cache names the global
    Attr,    // inline cache slot; the cache names the attribute
    BinOp,   // which binary operator (BinOpKind)
    Cmp,     // which comparison (CmpKind)
    Invert,  // 1: `is not` / `not in`
    Jump,    // absolute target instruction index
    Format,  // FORMAT_VALUE flags: conversion (low 2 bits) | has spec (4) | an int may stay one (8)
    Unpack,  // UNPACK_EX: before | after << 8
    CallEx,  // CALL_FUNCTION_EX: 1 = with a **kwargs dict
    MakeFn,  // MAKE_FUNCTION flags: 1 defaults, 2 kwdefaults, 8 closure
};

enum class Opcode : uint8_t {
#define GS_X(name, arg, eff, brk, cost, tick) name,
    GS_OPCODES(GS_X)
#undef GS_X
    COUNT_
};
constexpr int kNumOpcodes = int(Opcode::COUNT_);
constexpr int VAR = 1000;   // EFFECT column: variable

struct OpInfo {
    const char* name;
    ArgKind arg;
    int effect;       // VAR when operand-dependent
    bool breaker;
    uint8_t cost;
    uint8_t tick;
};

inline constexpr OpInfo kOpInfo[] = {
#define GS_X(name, arg, eff, brk, cost, tick) {#name, ArgKind::arg, eff, brk != 0, cost, tick},
    GS_OPCODES(GS_X)
#undef GS_X
};
inline constexpr const OpInfo& op_info(Opcode op) { return kOpInfo[int(op)]; }

// Binary operators (BINARY_OP's operand): the plain ones, then their in-place forms at +13.
// The order is CPython's (Include/opcode.h NB_*), so `dis` prints familiar numbers.
#define GS_BINOPS(X)                                                                      \
    X(Add, "+", "add") X(And, "&", "and") X(FloorDiv, "//", "floordiv")                   \
    X(LShift, "<<", "lshift") X(MatMul, "@", "matmul") X(Mul, "*", "mul")               \
    X(Mod, "%", "mod") X(Or, "|", "or") X(Pow, "**", "pow") X(RShift, ">>", "rshift")    \
    X(Sub, "-", "sub") X(TrueDiv, "/", "truediv") X(Xor, "^", "xor")
enum class BinOpKind : uint8_t {
#define GS_X(n, sym, stem) n,
    GS_BINOPS(GS_X)
#undef GS_X
};
constexpr int kNumBinOps = 13;
constexpr int kInplace = 13;    // BINARY_OP operand for `a op= b` is op + kInplace

#define GS_CMPOPS(X) X(Lt, "<", "__lt__") X(Le, "<=", "__le__") X(Eq, "==", "__eq__") \
    X(Ne, "!=", "__ne__") X(Gt, ">", "__gt__") X(Ge, ">=", "__ge__")
enum class CmpKind : uint8_t {
#define GS_X(n, sym, dunder) n,
    GS_CMPOPS(GS_X)
#undef GS_X
};

const char* binop_symbol(int op);       // "+", "+=", ...
const char* binop_dunder(int op);       // "__add__", "__iadd__", ...
const char* binop_rdunder(int op);      // "__radd__", ...
const char* cmp_symbol(CmpKind c);
const char* cmp_dunder(CmpKind c);
CmpKind cmp_swapped(CmpKind c);         // a < b  <=>  b > a

// The instruction a specialized form stands for (itself for base instructions): what
// the disassembler shows, and what the compiler's stack accounting sees.
Opcode base_opcode(Opcode op);
// Rewrites base instructions into specialized forms where that is sound. `is_target[i]`
// marks instructions that jumps or handlers reach (a fused pair never swallows one).
void specialize(std::vector<uint32_t>& code, const std::vector<bool>& is_target);

// Stack effect of one instruction; `jump` selects the taken branch where they differ.
int stack_effect(Opcode op, uint32_t arg, bool jump);

// Encoding.
inline constexpr uint32_t encode(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline constexpr Opcode op_of(uint32_t word) { return Opcode(word & 0xff); }
inline constexpr uint32_t arg_of(uint32_t word) { return word >> 8; }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace gs
