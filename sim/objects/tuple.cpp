// tuple: the immutable sequence. Its hash is CPython 3.11's xxHash-based tuplehash, so
// that sets and dicts keyed by tuples lay out (and so iterate) exactly as in CPython.
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

// Objects/tupleobject.c's constants (the 64-bit xxHash primes).
constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

inline uint64_t rotl31(uint64_t x) { return (x << 31) | (x >> 33); }

bool cmp_sizes(int64_t a, int64_t b, int op) {
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

Value tuple_repr(Thread& t, Value self) {
    Tuple* tu = as<Tuple>(self);
    if (tu->n == 0) return make_str(t.in, "()");
    ReprGuard guard(t);
    int g = guard.enter(tu);
    if (g < 0) return Value::null();
    if (g == 0) return make_str(t.in, "(...)");
    std::string out = "(";
    for (uint32_t i = 0; i < tu->n; i++) {
        if (i) out += ", ";
        if (!repr_into(t, tu->items()[i], out)) return Value::null();
    }
    out += tu->n == 1 ? ",)" : ")";
    return make_str(t.in, out);
}

// A value whose hash can never change, so a tuple made only of them may cache its hash
// (CPython recomputes it every time; caching is invisible unless an item's __hash__ is
// Python code, which these never are).
bool hash_is_fixed(Value v) {
    if (!v.is_obj()) return true;
    Kind k = v.o->kind;
    if (k == Kind::Str || k == Kind::Bytes || k == Kind::Range) return true;
    return k == Kind::Tuple && static_cast<Tuple*>(v.o)->hash != -1;
}

bool tuple_hash(Thread& t, Value self, int64_t* out) {
    Tuple* tu = as<Tuple>(self);
    if (tu->hash != -1) {
        *out = tu->hash;
        return true;
    }
    uint64_t acc = kXXPrime5;
    bool fixed = true;
    for (uint32_t i = 0; i < tu->n; i++) {
        Value v = tu->items()[i];
        int64_t lane;
        if (!hash(t, v, &lane)) return false;
        fixed = fixed && hash_is_fixed(v);
        acc += uint64_t(lane) * kXXPrime2;
        acc = rotl31(acc);
        acc *= kXXPrime1;
    }
    acc += uint64_t(tu->n) ^ (kXXPrime5 ^ 3527539ULL);
    if (acc == UINT64_MAX) acc = 1546275796;
    *out = int64_t(acc);
    if (fixed) tu->hash = *out;
    return true;
}

// Lexicographic, as tuplerichcompare: find the first pair that differs under == (with
// identity implying equality), then compare that pair with the operator itself.
Value tuple_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(a, Kind::Tuple) || !is_kind(b, Kind::Tuple)) return t.in.not_implemented;
    Tuple* x = as<Tuple>(a);
    Tuple* y = as<Tuple>(b);
    CompareDepth depth(t);
    uint32_t i = 0;
    for (; i < x->n && i < y->n; i++) {
        if (!x->items()[i].is(y->items()[i]) && !depth.cover(x->items()[i])) return Value::null();
        int k = eq_or_same(t, x->items()[i], y->items()[i]);
        if (k < 0) return Value::null();
        if (!k) break;
    }
    if (i >= x->n || i >= y->n) return Value::boolean(cmp_sizes(x->n, y->n, op));
    if (CmpKind(op) == CmpKind::Eq) return Value::boolean(false);
    if (CmpKind(op) == CmpKind::Ne) return Value::boolean(true);
    if (!depth.cover(x->items()[i])) return Value::null();
    return compare(t, x->items()[i], y->items()[i], CmpKind(op));
}

Value tuple_repeat(Thread& t, Value self, int64_t count) {
    Tuple* tu = as<Tuple>(self);
    if (count <= 0 || tu->n == 0) return Value(t.in.empty_tuple);
    if (count == 1) return self;  // immutable: CPython returns the same object
    if (uint64_t(count) > (uint64_t(UINT32_MAX) / tu->n)) return raise_no_memory(t);
    if (!reserve_ok(t, uint64_t(count) * tu->n)) return Value::null();
    Tuple* r = new_tuple(t.in, uint32_t(count * tu->n));
    Value* dst = r->items();
    for (int64_t k = 0; k < count; k++, dst += tu->n) std::copy(tu->items(), tu->items() + tu->n, dst);
    return Value(r);
}

Value tuple_binop(Thread& t, Value a, Value b, int op) {
    if (op >= kInplace) return t.in.not_implemented;  // immutable: `a += b` is `a = a + b`
    bool left = is_kind(a, Kind::Tuple);
    Value r;
    if (BinOpKind(op) == BinOpKind::Add) {
        if (!left) return t.in.not_implemented;
        if (is_kind(b, Kind::Tuple)) {
            Tuple* x = as<Tuple>(a);
            Tuple* y = as<Tuple>(b);
            if (y->n == 0) return a;
            if (x->n == 0) return b;
            if (!reserve_ok(t, uint64_t(x->n) + y->n)) return Value::null();
            Tuple* res = new_tuple(t.in, x->n + y->n);
            std::copy(x->items(), x->items() + x->n, res->items());
            std::copy(y->items(), y->items() + y->n, res->items() + x->n);
            return Value(res);
        }
        if (try_right_binop(t, a, b, op, &r)) return r;
        return raisef(t, t.in.types.TypeError, "can only concatenate tuple (not \"{}\") to tuple",
                      type_name(t.in, b));
    }
    if (BinOpKind(op) == BinOpKind::Mul) {
        // Another builtin sequence on the left is the one being repeated (its own slot
        // declined), so the count is this tuple: report it as CPython's sq_repeat does.
        if (!left && is_builtin_seq(a))
            return raisef(t, t.in.types.TypeError, "can't multiply sequence by non-int of type 'tuple'");
        if (left && try_right_binop(t, a, b, op, &r)) return r;
        int64_t count;
        if (!seq_repeat_count(t, left ? b : a, &count)) return Value::null();
        return tuple_repeat(t, left ? a : b, count);
    }
    return t.in.not_implemented;
}

int64_t tuple_len(Thread& t, Value self) { return as<Tuple>(self)->n; }

Value tuple_iter(Thread& t, Value self) {
    return Value(new_iter(t.in, t.in.types.tuple_iterator, IterKind::Seq, self));
}

Value tuple_getitem(Thread& t, Value self, Value key) {
    Tuple* tu = as<Tuple>(self);
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(t, as<Slice>(key), tu->n, &start, &stop, &step, &count)) return Value::null();
        if (count <= 0) return Value(t.in.empty_tuple);
        if (step == 1 && count == tu->n) return self;
        Tuple* r = new_tuple(t.in, uint32_t(count));
        for (int64_t k = 0, i = start; k < count; k++, i += step) r->items()[k] = tu->items()[i];
        return Value(r);
    }
    if (!is_index(t, key))
        return raisef(t, t.in.types.TypeError, "tuple indices must be integers or slices, not {}",
                      type_name(t.in, key));
    int64_t i;
    if (!seq_index(t, key, tu->n, &i)) return Value::null();
    if (i < 0 || i >= int64_t(tu->n)) return raise(t, t.in.types.IndexError, "tuple index out of range");
    return tu->items()[i];
}

int tuple_contains(Thread& t, Value self, Value item) {
    Tuple* tu = as<Tuple>(self);
    for (uint32_t i = 0; i < tu->n; i++) {
        int r = eq_or_same(t, tu->items()[i], item);
        if (r != 0) return r;
    }
    return 0;
}

Value tuple_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "tuple", kwnames) || !method_nargs(t, "tuple", nargs, nullptr, 0, 1)) return Value::null();
    if (nargs == 0) return Value(t.in.empty_tuple);
    return tuple_from_iterable(t, args[0]);
}

// ---- methods ----------------------------------------------------------------------------

Value m_count(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "tuple.count", nargs - 1, kw)) return Value::null();
    Tuple* tu = as<Tuple>(args[0]);
    int64_t n = 0;
    for (uint32_t i = 0; i < tu->n; i++) {
        int r = eq_or_same(t, tu->items()[i], args[1]);
        if (r < 0) return Value::null();
        n += r;
    }
    return Value::integer(n);
}

Value m_index(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "index", nargs - 1, kw, 1, 3)) return Value::null();
    Tuple* tu = as<Tuple>(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && !index_bound(t, args[2], tu->n, &start)) return Value::null();
    if (nargs > 3 && !index_bound(t, args[3], tu->n, &stop)) return Value::null();
    for (int64_t i = start; i < stop && i < int64_t(tu->n); i++) {
        int r = eq_or_same(t, tu->items()[i], args[1]);
        if (r < 0) return Value::null();
        if (r) return Value::integer(i);
    }
    return raise(t, t.in.types.ValueError, "tuple.index(x): x not in tuple");
}

Value m_getitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    return tuple_getitem(t, args[0], args[1]);
}

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return Value::integer(as<Tuple>(args[0])->n);
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    int r = tuple_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return tuple_iter(t, args[0]);
}

}  // namespace

Value tuple_from_iterable(Thread& t, Value iterable) {
    if (is_kind(iterable, Kind::Tuple)) return iterable;  // immutable: no copy needed
    if (is_kind(iterable, Kind::List)) {
        auto& items = as<List>(iterable)->items;
        return Value(new_tuple(t.in, items.data(), uint32_t(items.size())));
    }
    List* buf = list_from_iterable(t, iterable);
    if (!buf) return Value::null();
    if (buf->items.size() > UINT32_MAX) return raise_no_memory(t);
    return Value(new_tuple(t.in, buf->items.data(), uint32_t(buf->items.size())));
}

void init_tuple_type(Interp& in) {
    TypeSlots& s = in.types.tuple->slots;
    s.repr = tuple_repr;
    s.hash = tuple_hash;
    s.compare = tuple_compare;
    s.binop = tuple_binop;
    s.len = tuple_len;
    s.iter = tuple_iter;
    s.getitem = tuple_getitem;
    s.contains = tuple_contains;
    s.construct = tuple_construct;
    add_methods(in, in.types.tuple,
                {{"count", m_count},
                 {"index", m_index},
                 {"__getitem__", m_getitem},
                 {"__len__", m_len},
                 {"__contains__", m_contains},
                 {"__iter__", m_iter}});
}

}  // namespace gs
