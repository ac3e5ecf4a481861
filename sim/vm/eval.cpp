// The dispatch loop. One function body, instantiated twice: checking the eval breaker at
// back edges and calls only (CPython 3.10+), or before every instruction (3.2-3.9's
// behaviour and py2's ticker). Hot state (ip, sp, the cost counter) lives in locals and
// is written back to the frame/thread wherever another function may look at it.
#include <cmath>

#include "sim/vm/call.hpp"
#include "sim/vm/eval_attr.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/gen.hpp"
#include "sim/vm/green.hpp"
#include "sim/vm/traceback.hpp"

namespace gs {

namespace {

enum : uint32_t { kAdd = uint32_t(BinOpKind::Add), kSub = uint32_t(BinOpKind::Sub), kMul = uint32_t(BinOpKind::Mul) };

// Integer fast paths for BINARY_OP (plain and in-place forms alike). Returns false when
// the generic path must run (overflow, division by zero, other operators).
inline bool int_binop(uint32_t op, int64_t a, int64_t b, Value* out) {
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
    *out = Value::integer(r);
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
        if (!in.host.on_breaker(t)) goto error_noline;
        RESTORE_UNITS();
    }
    FETCH();
}

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) {
        --sp;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(Value::null());
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value v = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        lp[oparg] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (lp[oparg].is_null()) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        lp[oparg] = Value();
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = as<Cell>(lp[oparg])->value;
        if (v.is_null()) {
            SAVE();
            unbound_free(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        as<Cell>(lp[oparg])->value = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell* c = as<Cell>(lp[oparg]);
        if (c->value.is_null()) {
            SAVE();
            unbound_free(t, code, int(oparg));
            goto error;
        }
        c->value = Value();
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(lp[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Str* name = code->slot_name(int(oparg));
        Value v = f->locals ? dict_get_str(f->locals, name) : Value();
        if (v.is_null()) {
            v = as<Cell>(lp[oparg])->value;
            if (v.is_null()) {
                SAVE();
                unbound_free(t, code, int(oparg));
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        InlineCache& c = code->caches[oparg];
        Dict* g = f->globals;
        if (c.type == g && c.version == g->keys_version) {
            if (c.kind == 1) {
                PUSH(g->entries[size_t(c.index)].value);
                DISPATCH();
            }
            if (c.kind == 2 && c.version2 == in.builtins->keys_version) {
                PUSH(in.builtins->entries[size_t(c.index)].value);
                DISPATCH();
            }
        }
        SAVE();
        Value v = load_global_slow(t, c, g);
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        SAVE();
        dict_set_str(in, f->globals, code->names[oparg], POP());
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SAVE();
        Str* name = code->names[oparg];
        int r = dict_del(t, f->globals, Value(name));
        if (r < 0) goto error;
        if (r == 0) {
            name_error(t, name);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SAVE();
        Value v = lookup_name(t, f->locals, f->globals, code->names[oparg]);
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        SAVE();
        Value v = POP();
        Dict* d = f->locals ? f->locals : f->globals;
        dict_set_str(in, d, code->names[oparg], v);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SAVE();
        Str* name = code->names[oparg];
        Dict* d = f->locals ? f->locals : f->globals;
        int r = dict_del(t, d, Value(name));
        if (r < 0) goto error;
        if (r == 0) {
            name_error(t, name);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        InlineCache& c = code->caches[oparg];
        Value obj = TOP();
        if (obj.is_obj() && obj.o->type == c.type && obj.o->type->version == c.version && c.kind == kCacheSlot) {
            auto& slots = as<Instance>(obj)->slots;
            if (size_t(c.index) < slots.size() && !slots[size_t(c.index)].is_null()) {
                TOP() = slots[size_t(c.index)];
                DISPATCH();
            }
        }
        SAVE();
        Value v = load_attr_slow(t, c, obj);
        if (v.is_null()) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        InlineCache& c = code->caches[oparg];
        Value obj = TOP();
        if (obj.is_obj() && obj.o->type == c.type && obj.o->type->version == c.version &&
            c.kind == kCacheMethod) {
            TOP() = c.value;
            PUSH(obj);
            DISPATCH();
        }
        SAVE();
        Value self;
        Value m = load_method_slow(t, c, obj, &self);
        if (m.is_null()) goto error;
        TOP() = m;
        PUSH(self);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        InlineCache& c = code->caches[oparg];
        Value obj = TOP();
        Value v = PEEK(2);
        sp -= 2;
        if (obj.is_obj() && obj.o->type == c.type && obj.o->type->version == c.version && c.kind == kCacheSlot) {
            auto& slots = as<Instance>(obj)->slots;
            if (size_t(c.index) < slots.size()) {
                slots[size_t(c.index)] = v;
                DISPATCH();
            }
        }
        SAVE();
        if (!store_attr_slow(t, c, obj, v)) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SAVE();
        Value obj = POP();
        if (!delattr(t, obj, code->names[oparg])) goto error;
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
            Value r;
            if (int_binop(oparg, a.i, b.i, &r)) {
                TOP() = r;
                DISPATCH();
            }
        } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
            switch (oparg >= uint32_t(kInplace) ? oparg - kInplace : oparg) {
                case kAdd: TOP() = Value::flt(a.f + b.f); DISPATCH();
                case kSub: TOP() = Value::flt(a.f - b.f); DISPATCH();
                case kMul: TOP() = Value::flt(a.f * b.f); DISPATCH();
                case uint32_t(BinOpKind::TrueDiv):
                    if (b.f != 0.0) {
                        TOP() = Value::flt(a.f / b.f);
                        DISPATCH();
                    }
                    break;
                default: break;
            }
        }
        SAVE();
        Value r = binary_op(t, a, b, int(oparg));
        if (r.is_null()) goto error;
        TOP() = r;
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(BINARY_OP_ADD) {
        Value b = TOP(), a = PEEK(2);
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
            int64_t r;
            if (!__builtin_add_overflow(a.i, b.i, &r)) {
                --sp;
                TOP() = Value::integer(r);
                DISPATCH();
            }
        } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
            --sp;
            TOP() = Value::flt(a.f + b.f);
            DISPATCH();
        } else if (is_kind(a, Kind::Str) && is_kind(b, Kind::Str) && a.o->type == in.types.str &&
                   b.o->type == in.types.str) {
            SAVE();
            Str* r = str_concat(in, as<Str>(a), as<Str>(b));
            --sp;
            TOP() = Value(r);
            DISPATCH();
        }
        goto binary_slow;
    }
    TARGET(BINARY_OP_SUB) {
        Value b = TOP(), a = PEEK(2);
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
            int64_t r;
            if (!__builtin_sub_overflow(a.i, b.i, &r)) {
                --sp;
                TOP() = Value::integer(r);
                DISPATCH();
            }
        } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
            --sp;
            TOP() = Value::flt(a.f - b.f);
            DISPATCH();
        }
        goto binary_slow;
    }
binary_slow : {
    Value b = POP();
    Value a = TOP();
    SAVE();
    Value r = binary_op(t, a, b, int(oparg));
    if (r.is_null()) goto error;
    TOP() = r;
    RESTORE_UNITS();
    DISPATCH();
}
    TARGET(LOAD_FAST__LOAD_FAST) {
        Value v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        oparg = *ip++ >> 8;
        v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_CONST) {
        Value v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        PUSH(consts[*ip++ >> 8]);
        DISPATCH();
    }
    TARGET(STORE_FAST__LOAD_FAST) {
        lp[oparg] = POP();
        oparg = *ip++ >> 8;
        Value v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) {
            SAVE();
            unbound_local(t, code, int(oparg));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(COMPARE_OP__JUMP) {
        // COMPARE_OP fused with the conditional jump after it: no bool is materialized.
        Value b = TOP(), a = PEEK(2);
        int res;
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
            res = int_compare(int(oparg), a.i, b.i);
        } else {
            SAVE();
            Value r = compare(t, a, b, CmpKind(oparg));
            if (r.is_null()) goto error;
            res = r.tag == Tag::Bool ? int(r.i) : truthy(t, r);
            if (res < 0) goto error;
            RESTORE_UNITS();
        }
        sp -= 2;
        word = *ip++;
        Opcode jop = op_of(word);
        bool on_true = jop == Opcode::POP_JUMP_IF_TRUE || jop == Opcode::POP_JUMP_BACK_IF_TRUE;
        if (res == int(on_true)) {
            ip = code->code.data() + (word >> 8);
            if (jop == Opcode::POP_JUMP_BACK_IF_TRUE || jop == Opcode::POP_JUMP_BACK_IF_FALSE) CHECK_BREAKER();
        }
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (v.tag == Tag::Int && v.i != INT64_MIN) {
            TOP() = Value::integer(-v.i);
            DISPATCH();
        }
        if (v.tag == Tag::Float) {
            TOP() = Value::flt(-v.f);
            DISPATCH();
        }
        SAVE();
        Value r = unary_op(t, v, Opcode::UNARY_NEGATIVE);
        if (r.is_null()) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SAVE();
        Value r = unary_op(t, TOP(), Opcode::UNARY_POSITIVE);
        if (r.is_null()) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SAVE();
        Value r = unary_op(t, TOP(), Opcode::UNARY_INVERT);
        if (r.is_null()) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        if (v.tag == Tag::Bool) {
            TOP() = Value::boolean(!v.i);
            DISPATCH();
        }
        SAVE();
        int b = truthy(t, v);
        if (b < 0) goto error;
        TOP() = Value::boolean(!b);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
            TOP() = Value::boolean(int_compare(int(oparg), a.i, b.i));
            DISPATCH();
        }
        SAVE();
        Value r = compare(t, a, b, CmpKind(oparg));
        if (r.is_null()) goto error;
        TOP() = r;
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        bool r = TOP().is(b);
        TOP() = Value::boolean(r != (oparg != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value container = POP();
        SAVE();
        int r = contains(t, container, TOP());
        if (r < 0) goto error;
        TOP() = Value::boolean((r != 0) != (oparg != 0));
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value obj = TOP();
        if (key.tag == Tag::Int && is_kind(obj, Kind::List) && obj.o->type == in.types.list) {
            auto& items = as<List>(obj)->items;
            int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
            if (i >= 0 && i < int64_t(items.size())) {
                TOP() = items[size_t(i)];
                DISPATCH();
            }
        }
        SAVE();
        Value r = getitem(t, obj, key);
        if (r.is_null()) goto error;
        TOP() = r;
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = TOP();
        Value obj = PEEK(2);
        Value v = PEEK(3);
        sp -= 3;
        if (key.tag == Tag::Int && is_kind(obj, Kind::List) && obj.o->type == in.types.list) {
            auto& items = as<List>(obj)->items;
            int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
            if (i >= 0 && i < int64_t(items.size())) {
                items[size_t(i)] = v;
                DISPATCH();
            }
        }
        SAVE();
        if (!setitem(t, obj, key, v)) goto error;
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = TOP();
        Value obj = PEEK(2);
        sp -= 2;
        SAVE();
        if (!delitem(t, obj, key)) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : Value::none();
        Value stop = POP();
        Value start = TOP();
        SAVE();
        TOP() = new_slice(t, start, stop, step);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SAVE();
        Tuple* tup = new_tuple(in, sp - oparg, oparg);
        sp -= oparg;
        PUSH(Value(tup));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SAVE();
        List* l = new_list(in, oparg);
        l->items.assign(sp - oparg, sp);
        sp -= oparg;
        PUSH(Value(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SAVE();
        Set* s = new_set(in);
        PUSH(Value(s));
        f->sp = sp;
        for (uint32_t i = 0; i < oparg; i++)
            if (set_add(t, s, sp[-1 - int(oparg) + int(i)]) < 0) goto error;
        Value r = POP();
        sp -= oparg;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE();
        Dict* d = new_dict(in);
        PUSH(Value(d));
        f->sp = sp;
        Value* base = sp - 1 - 2 * int(oparg);
        for (uint32_t i = 0; i < oparg; i++)
            if (!dict_set(t, d, base[2 * i], base[2 * i + 1])) goto error;
        sp = base;
        PUSH(Value(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SAVE();
        Value s = join_strings(t, sp - oparg, int(oparg));
        if (s.is_null()) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        List* l = as<List>(PEEK(oparg));
        l->items.push_back(v);
        if (__builtin_expect(l->items.capacity() > l->charged, 0)) {
            SAVE();
            if (!list_charge(t, l)) goto error;
        }
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        SAVE();
        if (set_add(t, as<Set>(PEEK(oparg)), v) < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE();
        if (!dict_set(t, as<Dict>(PEEK(oparg)), k, v)) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SAVE();
        if (!list_extend_any(t, as<List>(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SAVE();
        if (!set_update_any(t, as<Set>(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        SAVE();
        if (!dict_update_any(t, as<Dict>(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SAVE();
        // Stack: callable, self|NULL, args tuple, kwargs dict, mapping: the callable names
        // the function in the duplicate-key message.
        if (!dict_merge_call(t, PEEK(oparg + 4), as<Dict>(PEEK(oparg + 1)), TOP())) goto error;
        --sp;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        SAVE();
        auto& items = as<List>(TOP())->items;
        TOP() = Value(new_tuple(in, items.data(), uint32_t(items.size())));
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : Value::null();
        SAVE();
        Value r = format_with(t, TOP(), int(oparg & 3), spec);
        if (r.is_null()) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (is_kind(seq, Kind::Tuple) && as<Tuple>(seq)->n == oparg) {
            Tuple* tup = as<Tuple>(seq);
            for (uint32_t i = 0; i < oparg; i++) sp[i] = tup->items()[oparg - 1 - i];
            sp += oparg;
            DISPATCH();
        }
        SAVE();
        if (!unpack_sequence(t, seq, int(oparg), sp)) goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        SAVE();
        int before = int(oparg & 0xff), after = int(oparg >> 8);
        if (!unpack_ex(t, seq, before, after, sp)) goto error;
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) {
        ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        ip = code->code.data() + oparg;
        CHECK_BREAKER();
        FETCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        int b;
        if (v.tag == Tag::Bool) b = int(v.i);
        else {
            SAVE();
            b = truthy(t, v);
            if (b < 0) goto error;
        }
        if (!b) ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int b;
        if (v.tag == Tag::Bool) b = int(v.i);
        else {
            SAVE();
            b = truthy(t, v);
            if (b < 0) goto error;
        }
        if (b) ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_BACK_IF_TRUE) {
        Value v = POP();
        int b;
        if (v.tag == Tag::Bool) b = int(v.i);
        else {
            SAVE();
            b = truthy(t, v);
            if (b < 0) goto error;
        }
        if (b) {
            ip = code->code.data() + oparg;
            CHECK_BREAKER();
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_BACK_IF_FALSE) {
        Value v = POP();
        int b;
        if (v.tag == Tag::Bool) b = int(v.i);
        else {
            SAVE();
            b = truthy(t, v);
            if (b < 0) goto error;
        }
        if (!b) {
            ip = code->code.data() + oparg;
            CHECK_BREAKER();
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP().is_none()) ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!POP().is_none()) ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE();
        int b = truthy(t, TOP());
        if (b < 0) goto error;
        if (!b) ip = code->code.data() + oparg;
        else --sp;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE();
        int b = truthy(t, TOP());
        if (b < 0) goto error;
        if (b) ip = code->code.data() + oparg;
        else --sp;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SAVE();
        Value it = get_iter(t, TOP());
        if (it.is_null()) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value itv = TOP();
        Iter* it = static_cast<Iter*>(itv.o);
        if (itv.o->kind == Kind::Iter) {
            if (it->ik == IterKind::Range) {
                if (it->remaining > 0) {
                    it->remaining--;
                    PUSH(Value::integer(it->index));
                    it->index += it->step;
                    DISPATCH();
                }
                --sp;
                ip = code->code.data() + oparg;
                DISPATCH();
            }
            if (it->ik == IterKind::Seq && it->src.o->kind == Kind::List) {
                auto& items = as<List>(it->src)->items;
                if (it->index < int64_t(items.size())) {
                    PUSH(items[size_t(it->index++)]);
                    DISPATCH();
                }
                it->index = INT64_MAX / 2;  // exhausted for good, even if the list grows
                --sp;
                ip = code->code.data() + oparg;
                DISPATCH();
            }
        }
        if (itv.o->kind == Kind::Generator) {
            // Resume the generator in this loop: its yield lands here, no nested eval.
            auto* g = static_cast<Generator*>(itv.o);
            if ((g->state == GenState::Suspended || g->state == GenState::Created) && !g->is_coro &&
                t.depth < in.config.recursion_limit) {
                SAVE();
                f = gen_enter(t, g, f, kGenForIter, Value::none());
                t.depth++;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        SAVE();
        Value v = iter_next(t, itv);
        RESTORE_UNITS();
        if (v.is_null()) {
            if (!t.exc.is_null()) goto error;
            --sp;
            ip = code->code.data() + oparg;
            DISPATCH();
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        n = int(oparg);
        kwnames = as<Tuple>(POP());
        goto do_call;
    }
    TARGET(CALL) {
        n = int(oparg);
        kwnames = nullptr;
    do_call:
        Value* args = sp - n;
        Value* ret_slot = args - 2;
        Value callable = args[-2];
        bool has_self = !args[-1].is_null();
        if (has_self) {
            args--;
            n++;
        }
        if (__builtin_expect(units >= t.budget.load(std::memory_order_relaxed), 0)) {
            SAVE();
            if (in.heap.wants_collect() && !in.maybe_collect(t)) goto error;
            if (units >= t.budget.load(std::memory_order_relaxed)) {
                if (!in.host.on_breaker(t)) goto error;
                RESTORE_UNITS();
            }
        }
        if (is_kind(callable, Kind::Function)) {
            if (__builtin_expect(t.depth >= in.config.recursion_limit, 0)) {
                SAVE();
                enter_frame_ok(t);
                goto error;
            }
            f->ip = ip;
            f->sp = ret_slot;
            Frame* nf = kwnames ? nullptr : push_simple_call(t, as<Function>(callable), args, n);
            if (!nf) {
                SAVE();
                nf = bind_call(t, as<Function>(callable), args, n, kwnames);
                if (!nf) goto error;
                f->sp = ret_slot;
            }
            t.depth++;
            t.frame = f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        if (!has_self && is_kind(callable, Kind::Type) && as<Type>(callable)->instance_kind == Kind::Instance &&
            !(as<Type>(callable)->tflags & TF_BUILTIN)) {
            Type* cls = as<Type>(callable);
            Value init = init_for(t, cls);
            if (is_kind(init, Kind::Function)) {
                // Instance creation without leaving the loop: allocate, then run __init__
                // in a frame that returns the instance.
                if (__builtin_expect(t.depth >= in.config.recursion_limit, 0)) {
                    SAVE();
                    enter_frame_ok(t);
                    goto error;
                }
                SAVE();
                args[-1] = alloc_instance(t, cls);  // the empty self slot receives it
                f->sp = ret_slot;
                Frame* nf = kwnames ? nullptr : push_simple_call(t, as<Function>(init), args - 1, n + 1);
                if (!nf) {
                    f->sp = sp;
                    nf = bind_call(t, as<Function>(init), args - 1, n + 1, kwnames);
                    if (!nf) goto error;
                    f->sp = ret_slot;
                }
                nf->returns_self = 1;
                t.depth++;
                t.frame = f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        SAVE();
        Value r = call(t, callable, args, n, kwnames);
        if (r.is_null()) goto error;
        sp = ret_slot;
        PUSH(r);
        RESTORE_UNITS();
        if (__builtin_expect(t.green_switch, 0)) goto green_switch;
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : Value::null();
        Value cargs = POP();
        --sp;  // the NULL
        Value callable = TOP();
        SAVE();
        {
            // A Python function (or a method of one) runs in this loop, as CALL does, so
            // that f(*args, **kwargs) costs no nested eval (and green threads can switch).
            Value fnv = callable, self;
            if (is_kind(callable, Kind::BoundMethod) && is_kind(as<BoundMethod>(callable)->func, Kind::Function)) {
                fnv = as<BoundMethod>(callable)->func;
                self = as<BoundMethod>(callable)->self;
            }
            if (is_kind(fnv, Kind::Function)) {
                Tuple* kwn;
                std::vector<Value>& buf = t.call_buf;
                f->sp = sp + 2;  // keep args and kwargs visible to the collector meanwhile
                sp[0] = cargs;
                sp[1] = kwargs.is_null() ? Value::none() : kwargs;
                if (!flatten_call_args(t, self, cargs, kwargs, buf, &kwn)) goto error;
                if (__builtin_expect(t.depth >= in.config.recursion_limit, 0)) {
                    enter_frame_ok(t);
                    goto error;
                }
                Frame* nf = bind_call(t, as<Function>(fnv), buf.data(), int(buf.size()), kwn);
                if (!nf) goto error;
                f->sp = sp - 1;  // the result replaces the callable
                t.depth++;
                t.frame = f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value r = call_ex(t, callable, cargs, kwargs);
        if (r.is_null()) goto error;
        TOP() = r;
        RESTORE_UNITS();
        if (__builtin_expect(t.green_switch, 0)) goto green_switch;
        CHECK_BREAKER();
        FETCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value c = POP();
        Value closure = (oparg & 8) ? POP() : Value::null();
        Value kwdefaults = (oparg & 2) ? POP() : Value::null();
        Value defaults = (oparg & 1) ? POP() : Value::null();
        SAVE();
        PUSH(make_function(t, as<Code>(c), f->globals, defaults, kwdefaults, closure));
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
    do_return:
        if (__builtin_expect(f->gen_mode != kGenNone, 0)) goto gen_return;
        if (f->returns_self) {
            if (!retval.is_none()) {
                SAVE();
                raisef(t, in.types.TypeError, "__init__() should return None, not '{}'", type_name(in, retval));
                goto error;
            }
            retval = lp[0];
        }
        Frame* done = f;
        t.depth--;
        t.frame = f = done->prev;
        t.pop_frame(done);
        if (done->green_bottom) {
            // A green thread returned: it is finished; another one runs.
            t.units = units;
            t.hub->finish_current(retval, Value::null());
            goto green_next;
        }
        if (done->is_entry) {
            t.units = units;
            return retval;
        }
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        PUSH(dict_get_str(in.builtins, intern(in, "__build_class__")));
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        SAVE();
        if (oparg == 0) {
            if (t.handled.is_null() || t.handled.is_none()) {
                raise(t, in.types.RuntimeError, "No active exception to reraise");
                goto error;
            }
            t.exc = t.handled;
            pc = uint32_t(ip - code->code.data()) - 1;
            goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : Value::null();
        Value e = POP();
        f->sp = sp;
        do_raise(t, e, cause);
        goto error;
    }
    TARGET(RERAISE) {
        t.exc = POP();
        SAVE();
        pc = uint32_t(ip - code->code.data()) - 1;
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = t.handled.is_null() ? Value::none() : t.handled;
        PUSH(e);
        t.handled = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        t.handled = prev.is_none() ? Value() : prev;
        // A generator handling nothing sees its resumer's exception (CPython's chain).
        if (__builtin_expect(f->gen_mode != kGenNone, 0) && t.handled.is_null())
            t.handled = Generator::of(f)->caller_handled;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        SAVE();
        int r = exc_matches(t, PEEK(2), TOP());
        if (r < 0) goto error;
        TOP() = Value::boolean(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value(in.types.AssertionError));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        SAVE();
        Value exit;
        Value r = with_enter(t, TOP(), &exit);
        if (r.is_null()) goto error;
        TOP() = exit;
        PUSH(r);
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        // Stack: exit, prev_exc, exc
        SAVE();
        Value r = with_exit_exc(t, PEEK(3), TOP());
        if (r.is_null()) goto error;
        PUSH(r);
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        SAVE();
        Value m = import_module(t, code->names[oparg]);
        if (m.is_null()) goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE();
        Value v = import_from(t, TOP(), code->names[oparg]);
        if (v.is_null()) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        SAVE();
        Value m = POP();
        if (!import_star(t, m, f->locals ? f->locals : f->globals)) goto error;
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) {
        SAVE();
        retval = Value(make_generator(t, f));
        goto do_return;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE();
        Frame* done = f;
        uint8_t mode = done->gen_mode;
        f = done->prev;
        gen_leave(t, Generator::of(done), false);
        t.depth--;
        t.frame = f;
        if (mode == kGenEntry) {
            t.units = units;
            return retval;
        }
        LOAD_FRAME();
        PUSH(retval);  // FOR_ITER's next item, or SEND's yielded value above the receiver
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = TOP();
        Value recv = PEEK(2);
        if (is_kind(recv, Kind::Generator)) {
            auto* g = as<Generator>(recv);
            if ((g->state == GenState::Suspended || (g->state == GenState::Created && v.is_none())) &&
                t.depth < in.config.recursion_limit) {
                --sp;
                SAVE();
                f = gen_enter(t, g, f, kGenSend, v);
                t.depth++;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        SAVE();
        bool yielded;
        Value r = send_any(t, recv, v, &yielded);
        if (r.is_null()) goto error;
        RESTORE_UNITS();
        if (yielded) {
            TOP() = r;
            DISPATCH();
        }
        --sp;
        TOP() = r;
        ip = code->code.data() + oparg;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        SAVE();
        Value it = get_yield_from_iter(t, TOP(), code);
        if (it.is_null()) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SAVE();
        Value it = get_awaitable(t, TOP());
        if (it.is_null()) goto error;
        TOP() = it;
        RESTORE_UNITS();
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        SAVE();
        Value exit;
        Value r = async_with_enter(t, TOP(), &exit);
        if (r.is_null()) goto error;
        TOP() = exit;
        PUSH(r);
        RESTORE_UNITS();
        DISPATCH();
    }

gen_return : {
    // A generator's frame returned: it is finished (see gen.hpp for the modes).
    Frame* done = f;
    uint8_t mode = done->gen_mode;
    f = done->prev;
    gen_leave(t, Generator::of(done), true);
    t.depth--;
    t.frame = f;
    if (mode == kGenEntry) {
        t.units = units;
        return retval;
    }
    LOAD_FRAME();
    if (mode == kGenForIter) {
        --sp;  // the loop is over: drop the iterator, continue after the loop
    } else {
        TOP() = retval;  // the value of `yield from` / `await` replaces the receiver
    }
    ip = code->code.data() + arg_of(ip[-1]);  // the target of FOR_ITER / SEND
    DISPATCH();
}
gen_unwind : {
    // An exception leaves a generator's frame: it is finished; the resumer sees it.
    Frame* done = f;
    uint8_t mode = done->gen_mode;
    Generator* g = Generator::of(done);
    f = done->prev;
    gen_leave(t, g, true);
    gen_fix_stop_iteration(t, g);
    t.depth--;
    t.frame = f;
    if (mode == kGenEntry) {
        t.units = units;
        return Value::null();
    }
    LOAD_FRAME();
    goto error;
}

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
