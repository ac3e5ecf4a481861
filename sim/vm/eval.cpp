// The dispatch loop. One function body, instantiated twice: checking the eval breaker at
// back edges and calls only (CPython 3.10+), or before every instruction (3.2-3.9's
// behaviour and py2's ticker). Hot state (ip, sp, the cost counter) lives in locals and
// is written back to the frame/thread wherever another function may look at it.
#include <emmintrin.h>

#include <cmath>
#include <cstddef>

#include "sim/vm/call.hpp"
#include "sim/vm/eval_attr.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/gen.hpp"
#include "sim/vm/green.hpp"
#include "sim/vm/traceback.hpp"

namespace gs {

namespace {

// Writes an int Value with one 16-byte store built in a register. Built field by field,
// it is written as a byte and a word, and the next instruction's 16-byte load of it
// (STORE_FAST's copy, a comparison) cannot be forwarded from two stores: the core waits
// until they reach the cache, a stall that was about 40% of the countdown loop's time.
static_assert(sizeof(Value) == 16 && offsetof(Value, i) == 8);
inline void store_int(Value* dst, int64_t x) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), _mm_set_epi64x(x, int64_t(Tag::Int)));
}

enum : uint32_t { kAdd = uint32_t(BinOpKind::Add), kSub = uint32_t(BinOpKind::Sub), kMul = uint32_t(BinOpKind::Mul) };

// Integer fast paths for BINARY_OP (plain and in-place forms alike). Returns false when
// the generic path must run (overflow, division by zero, other operators).
inline bool int_binop(uint32_t op, int64_t a, int64_t b, int64_t* out) {
    int64_t r;
    switch (op) {
        case uint32_t(BinOpKind::Add):
        case uint32_t(BinOpKind::Add) + kInplace:
            if (__builtin_add_overflow(a, b, &r)) return false;
            break;
        case uint32_t(BinOpKind::Sub):
        case uint32_t(BinOpKind::Sub) + kInplace:
            if (__builtin_sub_overflow(a, b, &r)) return false;
            break;
        case uint32_t(BinOpKind::Mul):
        case uint32_t(BinOpKind::Mul) + kInplace:
            if (__builtin_mul_overflow(a, b, &r)) return false;
            break;
        case uint32_t(BinOpKind::And):
        case uint32_t(BinOpKind::And) + kInplace: r = a & b; break;
        case uint32_t(BinOpKind::Or):
        case uint32_t(BinOpKind::Or) + kInplace: r = a | b; break;
        case uint32_t(BinOpKind::Xor):
        case uint32_t(BinOpKind::Xor) + kInplace: r = a ^ b; break;
        case uint32_t(BinOpKind::FloorDiv):
        case uint32_t(BinOpKind::FloorDiv) + kInplace:
            if (b == 0 || (a == INT64_MIN && b == -1)) return false;
            r = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
            break;
        case uint32_t(BinOpKind::Mod):
        case uint32_t(BinOpKind::Mod) + kInplace:
            if (b == 0 || b == -1) return false;
            r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) r += b;
            break;
        default: return false;
    }
    *out = r;
    return true;
}

inline bool int_compare(int op, int64_t a, int64_t b) {
    switch (CmpKind(op)) {
        case CmpKind::Lt: return a < b;
        case CmpKind::Le: return a <= b;
        case CmpKind::Eq: return a == b;
        case CmpKind::Ne: return a != b;
        case CmpKind::Gt: return a > b;
        case CmpKind::Ge: return a >= b;
    }
    return false;
}

}  // namespace

template <bool kEvery>
static Value eval(Thread& t, Frame* f, bool throwing) {
    static void* const kLabels[] = {
#define GS_X(name, arg, eff, brk, cost, tick) &&L_##name,
        GS_OPCODES(GS_X)
#undef GS_X
    };
    Interp& in = t.in;
    const uint32_t* ip;
    Value* sp;
    Value* lp;
    Code* code;
    const Value* consts;
    uint64_t units = t.units;
    uint32_t word, oparg;
    int cmp_res = 0;  // a fused comparison's truth, for the jump at compare_jump
    uint32_t pc;       // the instruction an exception is attributed to
    Value retval;
    int n;             // CALL / CALL_KW argument count
    Tuple* kwnames;

#define LOAD_FRAME()          \
    do {                      \
        code = f->code;       \
        consts = code->consts.data(); \
        ip = f->ip;           \
        sp = f->sp;           \
        lp = f->localsplus(); \
    } while (0)
#define SAVE()          \
    do {                \
        f->ip = ip;     \
        f->sp = sp;     \
        t.units = units; \
    } while (0)
#define RESTORE_UNITS() units = t.units
#define PUSH(v) (*sp++ = (v))
// A fresh int result, written with one 16-byte store (see store_int).
#define PUSH_INT(x) store_int(sp++, (x))
#define SET_TOP_INT(x) store_int(sp - 1, (x))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define FETCH()                             \
    do {                                    \
        word = *ip++;                       \
        oparg = word >> 8;                  \
        goto* kLabels[word & 0xff];         \
    } while (0)
#define DISPATCH()                                                                              \
    do {                                                                                        \
        if constexpr (kEvery) {                                                                 \
            if (__builtin_expect(units >= t.budget.load(std::memory_order_relaxed) ||           \
                                 t.ticks >= t.tick_budget, 0))                                  \
                goto breaker;                                                                   \
        }                                                                                       \
        FETCH();                                                                                \
    } while (0)
// Every instruction adds its cost; in every-instruction mode also its py2 ticks.
#define TARGET(name)                                                \
    L_##name : units += kOpInfo[int(Opcode::name)].cost;            \
    if constexpr (kEvery) t.ticks += kOpInfo[int(Opcode::name)].tick;
// The heap lowers every thread's budget when it wants a collection (Interp's pressure
// hook), so one comparison covers time slices, drop requests and garbage collection.
#define CHECK_BREAKER()                                                                      \
    do {                                                                                     \
        if (__builtin_expect(units >= t.budget.load(std::memory_order_relaxed), 0)) goto breaker; \
    } while (0)

    LOAD_FRAME();
    // generator.throw(): the exception is raised where the generator is suspended.
    if (__builtin_expect(throwing, 0)) goto error;
    DISPATCH();

breaker : {
    SAVE();
    if (in.heap.wants_collect() && !in.maybe_collect(t)) goto error_noline;
    if (units >= t.budget.load(std::memory_order_relaxed) || t.ticks >= t.tick_budget) {
        t.at_breaker = true;
        bool ok = in.host.on_breaker(t);
        t.at_breaker = false;
        if (!ok) goto error_noline;
        RESTORE_UNITS();
    }
    FETCH();
}

#include "sim/vm/eval_ops_names.inc"
#include "sim/vm/eval_ops_values.inc"
#include "sim/vm/eval_ops_flow.inc"
#include "sim/vm/eval_ops_gen.inc"

error:
    // The exception passes through this frame: record where (its traceback entry). The
    // failing instruction is the one before ip ...
    pc = uint32_t(ip - code->code.data()) - 1;
    add_traceback(t, code, pc);
    goto exception_unwind;
error_noline:
    // ... except at the eval breaker, which runs before the instruction at ip.
    pc = uint32_t(ip - code->code.data());
    add_traceback(t, code, pc);
exception_unwind : {
    for (const ExcEntry& e : code->exc_table) {
        if (pc >= e.start && pc < e.end) {
            sp = f->stack_base() + e.depth;
            PUSH(take_exc(t));
            ip = code->code.data() + e.target;
            DISPATCH();
        }
    }
    // No handler here: the frame is done; the exception continues in the caller.
    if (__builtin_expect(f->gen_mode != kGenNone, 0)) goto gen_unwind;
    Frame* done = f;
    t.depth--;
    t.frame = f = done->prev;
    t.pop_frame(done);
    if (done->green_bottom) {
        // A green thread raised: it is finished (the hub reports it); another one runs.
        t.units = units;
        t.hub->finish_current(Value::null(), take_exc(t));
        goto green_next;
    }
    if (done->is_entry) {
        t.units = units;
        return Value::null();
    }
    LOAD_FRAME();
    goto error;
}

green_switch : {
    // A native asked to wait (gevent.sleep, a join, green I/O): the running green thread
    // is suspended right after that call, and another one runs on this OS thread.
    SAVE();
    t.green_switch = false;
    t.hub->switch_next();
    goto green_resume;
}
green_next : {
    t.green_switch = false;
    t.hub->switch_next();
}
green_resume : {
    f = t.frame;
    RESTORE_UNITS();
    LOAD_FRAME();
    bool is_exc = false;
    Value rv = t.hub->take_resume(&is_exc);
    if (!rv.is_null()) {
        if (is_exc) {
            t.exc = rv;
            goto error;
        }
        TOP() = rv;  // what the wait returns, in place of the call's placeholder
    }
    DISPATCH();
}

#undef LOAD_FRAME
#undef SAVE
#undef RESTORE_UNITS
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef FETCH
#undef DISPATCH
#undef TARGET
#undef CHECK_BREAKER
}

Value run_frame(Thread& t, Frame* f) {
    f->is_entry = 1;
    t.frame = f;
    t.depth++;
    return t.every_instruction ? eval<true>(t, f, false) : eval<false>(t, f, false);
}

Value eval_generator(Thread& t, Frame* f, bool throwing) {
    f->is_entry = 1;
    return t.every_instruction ? eval<true>(t, f, throwing) : eval<false>(t, f, throwing);
}

}  // namespace gs
