// set and frozenset: the two types' slots and methods. Both have the Set layout; a
// frozenset is hashable (CPython 3.11's frozenset_hash) and has no mutating methods.
// The algebra itself is in set_ops.cpp.
#include "sim/objects/init.hpp"
#include "sim/objects/set_ops.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

inline Set* set_of(Value v) { return as<Set>(v); }

// "set.add", "frozenset.union": a method's name for argument errors.
std::string qualname(Thread& t, Value self, const char* name) {
    return std::string(type_name(t.in, self)) + "." + name;
}

Value set_repr(Thread& t, Value self) {
    Set* s = set_of(self);
    bool frozen = is_frozenset(t.in, s);
    std::string_view name = type_name(t.in, self);
    if (s->used == 0) return make_str(t.in, std::string(name) + "()");
    ReprGuard guard(t);
    int g = guard.enter(s);
    if (g < 0) return Value::null();
    if (g == 0) return make_str(t.in, std::string(name) + "(...)");
    // The items are collected first (as PySequence_List does): a repr may mutate the set.
    std::vector<Value> items;
    for (auto& e : s->table)
        if (!e.key.is_null()) items.push_back(e.key);
    List* holder = new_list(t.in);
    holder->items = std::move(items);
    TempRoot root(t, Value(holder));
    std::string out = frozen ? std::string(name) + "({" : "{";
    for (size_t i = 0; i < holder->items.size(); i++) {
        if (i) out += ", ";
        if (!repr_into(t, holder->items[i], out)) return Value::null();
    }
    out += frozen ? "})" : "}";
    return make_str(t.in, out);
}

// frozenset_hash: an order-independent mix of the entries' hashes.
bool frozenset_hash(Thread& t, Value self, int64_t* out) {
    Set* s = set_of(self);
    if (s->hash != -1) {
        *out = s->hash;
        return true;
    }
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t h = 0;
    for (auto& e : s->table)
        if (!e.key.is_null()) h ^= shuffle(uint64_t(e.hash));
    h ^= (uint64_t(s->used) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);  // disperses patterns of nested frozensets
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX) h = 590923713ULL;
    s->hash = int64_t(h);
    *out = s->hash;
    return true;
}

// set_richcompare: == by size then subset; < <= > >= as proper/improper sub/supersets.
Value set_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(a, Kind::Set) || !is_kind(b, Kind::Set)) return t.in.not_implemented;
    Set* v = set_of(a);
    Set* w = set_of(b);
    int r = 0;
    switch (CmpKind(op)) {
        case CmpKind::Eq:
        case CmpKind::Ne: {
            if (v->used != w->used) r = 0;
            else if (cached_hash(t.in, v) != -1 && cached_hash(t.in, w) != -1 && v->hash != w->hash) r = 0;
            else r = set_issubset(t, v, b);
            if (r >= 0 && CmpKind(op) == CmpKind::Ne) r = !r;
            break;
        }
        case CmpKind::Le: r = set_issubset(t, v, b); break;
        case CmpKind::Ge: r = set_issuperset(t, v, b); break;
        case CmpKind::Lt: r = v->used < w->used ? set_issubset(t, v, b) : 0; break;
        case CmpKind::Gt: r = v->used > w->used ? set_issuperset(t, v, b) : 0; break;
    }
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value set_result(Set* s) { return s ? Value(s) : Value::null(); }

// | & - ^ between sets (the result has the left operand's type), and their in-place forms
// on a mutable set. Anything else is NotImplemented: a dict view on the right answers.
Value set_binop(Thread& t, Value a, Value b, int op) {
    if (!is_kind(a, Kind::Set) || !is_kind(b, Kind::Set)) return t.in.not_implemented;
    Set* so = set_of(a);
    BinOpKind kind = BinOpKind(op % kInplace);
    // A frozenset has no in-place forms: `f |= x` rebinds f to f | x.
    if (op >= kInplace && !is_frozenset(t.in, so)) {
        bool ok;
        switch (kind) {
            case BinOpKind::Or: ok = set_update_from(t, so, b); break;
            case BinOpKind::Sub: ok = set_difference_update_from(t, so, b); break;
            case BinOpKind::Xor: ok = set_symmetric_difference_update_from(t, so, b); break;
            case BinOpKind::And: {
                Set* tmp = set_intersection_with(t, so, b);
                ok = tmp != nullptr;
                if (ok) set_swap_bodies(so, tmp);
                break;
            }
            default: return t.in.not_implemented;
        }
        return ok ? a : Value::null();
    }
    switch (kind) {
        case BinOpKind::Or: {
            Set* r = set_copy(t, so);
            if (!r || a.is(b)) return set_result(r);
            TempRoot root(t, Value(r));
            return set_update_from(t, r, b) ? Value(r) : Value::null();
        }
        case BinOpKind::And: return set_result(set_intersection_with(t, so, b));
        case BinOpKind::Sub: return set_result(set_difference(t, so, b));
        case BinOpKind::Xor: return set_result(set_symmetric_difference(t, so, b));
        default: return t.in.not_implemented;
    }
}

int64_t set_len(Thread& t, Value self) { return set_of(self)->used; }
int set_truthy(Thread& t, Value self) { return set_of(self)->used != 0; }

Value set_iter(Thread& t, Value self) {
    Iter* it = new_iter(t.in, t.in.types.set_iterator, IterKind::Set, self);
    it->expect = set_of(self)->used;
    it->remaining = set_of(self)->used;
    return Value(it);
}

int set_contains_slot(Thread& t, Value self, Value item) { return set_contains_any(t, set_of(self), item); }

Value set_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    const char* name = type == t.in.types.frozenset ? "frozenset" : "set";
    if (!no_kwargs(t, name, kwnames) || !method_nargs(t, name, nargs, nullptr, 0, 1)) return Value::null();
    // frozenset(f) is f itself: it cannot change, so a copy would be indistinguishable.
    if (nargs == 1 && type == t.in.types.frozenset && is_kind(args[0], Kind::Set) &&
        args[0].o->type == t.in.types.frozenset)
        return args[0];
    return set_result(set_new_from(t, type, nargs ? args[0] : Value::null()));
}

// ---- methods ----------------------------------------------------------------------------

#define SELF (set_of(args[0]))

bool one_arg(Thread& t, Value* args, int nargs, Tuple* kw, const char* name) {
    return method_one_arg(t, qualname(t, args[0], name).c_str(), nargs - 1, kw);
}
bool no_arg(Thread& t, Value* args, int nargs, Tuple* kw, const char* name) {
    return method_no_args(t, qualname(t, args[0], name).c_str(), nargs - 1, kw);
}
bool any_args(Thread& t, Value* args, Tuple* kw, const char* name) {
    return method_nargs(t, qualname(t, args[0], name).c_str(), 0, kw, 0, 0);
}

Value m_add(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "add")) return Value::null();
    return set_add(t, SELF, args[1]) < 0 ? Value::null() : Value::none();
}

Value m_discard(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "discard")) return Value::null();
    return set_discard_any(t, SELF, args[1]) < 0 ? Value::null() : Value::none();
}

Value m_remove(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "remove")) return Value::null();
    int r = set_discard_any(t, SELF, args[1]);
    if (r < 0) return Value::null();
    return r ? Value::none() : raise_key_error(t, args[1]);
}

// set_pop: scans from the finger left by the previous pop, so repeated pops walk the
// table once instead of rescanning its emptied front each time.
Value m_pop(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_arg(t, args, nargs, kw, "pop")) return Value::null();
    Set* s = SELF;
    if (s->used == 0) return raise_key_error(t, make_str(t.in, "pop from an empty set"));
    size_t mask = s->table.size() - 1;
    size_t i = size_t(s->hash < 0 ? 0 : s->hash) & mask;
    while (s->table[i].key.is_null()) i = i == mask ? 0 : i + 1;
    Value key = s->table[i].key;
    s->table[i].key = Value();
    s->table[i].hash = -1;
    s->used--;
    s->hash = int64_t(i + 1);
    return key;
}

Value m_clear(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_arg(t, args, nargs, kw, "clear")) return Value::null();
    set_clear(SELF);
    return Value::none();
}

Value m_copy(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_arg(t, args, nargs, kw, "copy")) return Value::null();
    if (is_frozenset(t.in, SELF)) return args[0];  // immutable: the copy is itself
    return set_result(set_copy(t, SELF));
}

Value m_union(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "union")) return Value::null();
    Set* r = set_copy(t, SELF);
    if (!r) return Value::null();
    TempRoot root(t, Value(r));
    for (int i = 1; i < nargs; i++)
        if (!args[i].is(args[0]) && !set_update_from(t, r, args[i])) return Value::null();
    return Value(r);
}

Value m_intersection(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "intersection")) return Value::null();
    return set_result(set_intersection_multi(t, SELF, args + 1, nargs - 1));
}

Value m_difference(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "difference")) return Value::null();
    return set_result(set_difference_multi(t, SELF, args + 1, nargs - 1));
}

Value m_symmetric_difference(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "symmetric_difference")) return Value::null();
    return set_result(set_symmetric_difference(t, SELF, args[1]));
}

Value m_update(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "update")) return Value::null();
    for (int i = 1; i < nargs; i++)
        if (!set_update_from(t, SELF, args[i])) return Value::null();
    return Value::none();
}

Value m_intersection_update(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "intersection_update")) return Value::null();
    Set* tmp = set_intersection_multi(t, SELF, args + 1, nargs - 1);
    if (!tmp) return Value::null();
    set_swap_bodies(SELF, tmp);
    return Value::none();
}

Value m_difference_update(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!any_args(t, args, kw, "difference_update")) return Value::null();
    for (int i = 1; i < nargs; i++)
        if (!set_difference_update_from(t, SELF, args[i])) return Value::null();
    return Value::none();
}

Value m_symmetric_difference_update(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "symmetric_difference_update")) return Value::null();
    return set_symmetric_difference_update_from(t, SELF, args[1]) ? Value::none() : Value::null();
}

Value bool_result(int r) { return r < 0 ? Value::null() : Value::boolean(r); }

Value m_issubset(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "issubset")) return Value::null();
    return bool_result(set_issubset(t, SELF, args[1]));
}

Value m_issuperset(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "issuperset")) return Value::null();
    return bool_result(set_issuperset(t, SELF, args[1]));
}

Value m_isdisjoint(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "isdisjoint")) return Value::null();
    return bool_result(set_isdisjoint(t, SELF, args[1]));
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, args, nargs, kw, "__contains__")) return Value::null();
    return bool_result(set_contains_any(t, SELF, args[1]));
}

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return Value::integer(SELF->used);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return set_iter(t, args[0]);
}

#undef SELF

}  // namespace

void init_set_type(Interp& in) {
    for (Type* tp : {in.types.set, in.types.frozenset}) {
        TypeSlots& s = tp->slots;
        s.repr = set_repr;
        s.compare = set_compare;
        s.binop = set_binop;
        s.len = set_len;
        s.truthy = set_truthy;
        s.iter = set_iter;
        s.contains = set_contains_slot;
        s.construct = set_construct;
        add_methods(in, tp,
                    {{"copy", m_copy},
                     {"union", m_union},
                     {"intersection", m_intersection},
                     {"difference", m_difference},
                     {"symmetric_difference", m_symmetric_difference},
                     {"issubset", m_issubset},
                     {"issuperset", m_issuperset},
                     {"isdisjoint", m_isdisjoint},
                     {"__contains__", m_contains},
                     {"__len__", m_len},
                     {"__iter__", m_iter}});
    }
    in.types.frozenset->slots.hash = frozenset_hash;
    add_methods(in, in.types.set,
                {{"add", m_add},
                 {"discard", m_discard},
                 {"remove", m_remove},
                 {"pop", m_pop},
                 {"clear", m_clear},
                 {"update", m_update},
                 {"intersection_update", m_intersection_update},
                 {"difference_update", m_difference_update},
                 {"symmetric_difference_update", m_symmetric_difference_update}});
}

}  // namespace gs
