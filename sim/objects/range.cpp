// range and slice objects. A range computes its items instead of storing them: indexing,
// slicing (which yields another range) and `in` for ints are O(1), as in CPython.
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/eval_support.hpp"

namespace gs {

namespace {

inline Range* range_of(Value v) { return as<Range>(v); }

// Range::len when the length does not fit an int64 (range(-2**63, 2**63-1)): len()
// then raises OverflowError as CPython's does for lengths beyond Py_ssize_t.
constexpr int64_t kHugeLength = -1;

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    __int128 n = 0;
    if (step > 0 && start < stop) n = (__int128(stop) - start - 1) / step + 1;
    else if (step < 0 && start > stop) n = (__int128(start) - stop - 1) / -__int128(step) + 1;
    return n > INT64_MAX ? kHugeLength : int64_t(n);
}

Value make_range(Thread& t, int64_t start, int64_t stop, int64_t step) {
    Range* r = t.in.heap.make<Range>(t.in.types.range, 0);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return Value(r);
}

// The number of items, for iteration and bounds: a huge range is treated as INT64_MAX
// long (nothing can iterate further anyway).
int64_t usable_len(const Range* r) { return r->len == kHugeLength ? INT64_MAX : r->len; }

Value range_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "range", kwnames) || !method_nargs(t, "range", nargs, nullptr, 1, 3)) return Value::null();
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++)
        if (!to_index(t, args[i], &v[i])) return Value::null();
    if (nargs == 1) return make_range(t, 0, v[0], 1);
    if (v[2] == 0) return raise(t, t.in.types.ValueError, "range() arg 3 must not be zero");
    return make_range(t, v[0], v[1], v[2]);
}

Value range_repr(Thread& t, Value self) {
    Range* r = range_of(self);
    if (r->step == 1) return make_str(t.in, fmt::format("range({}, {})", r->start, r->stop));
    return make_str(t.in, fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
}

int64_t range_len(Thread& t, Value self) {
    Range* r = range_of(self);
    if (r->len == kHugeLength) {
        raise(t, t.in.types.OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r->len;
}

int range_truthy(Thread& t, Value self) { return range_of(self)->len != 0; }

// The i-th item (0 <= i < len): always representable, since it lies between start and stop.
int64_t item_at(const Range* r, int64_t i) { return int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step)); }

// Position of the int v in r, or -1.
int64_t position_of(const Range* r, int64_t v) {
    bool inside = r->step > 0 ? (v >= r->start && v < r->stop) : (v <= r->start && v > r->stop);
    if (!inside) return -1;
    __int128 off = __int128(v) - r->start;
    if (off % r->step != 0) return -1;
    return int64_t(off / r->step);
}

// A float equal to an int behaves as that int; others (fractional, nan, inf) are never
// equal to a range item. Sets *out and returns true when v can be treated as an int.
bool as_int_value(Value v, int64_t* out) {
    if (v.is_intlike()) {
        *out = v.i;
        return true;
    }
    if (v.is_float() && v.f == v.f && v.f >= -9223372036854775808.0 && v.f < 9223372036854775808.0 &&
        double(int64_t(v.f)) == v.f) {
        *out = int64_t(v.f);
        return true;
    }
    return false;
}

// Linear search for anything else (user objects with __eq__), as CPython's generic
// sequence search: item == value for each item in order. Index, or -1 (-2 raised).
int64_t search(Thread& t, const Range* r, Value value, int64_t* count) {
    int64_t n = usable_len(r), found = -1;
    if (count) *count = 0;
    for (int64_t i = 0; i < n; i++) {
        int c = eq(t, Value::integer(item_at(r, i)), value);
        if (c < 0) return -2;
        if (c) {
            if (!count) return i;
            ++*count;
            found = i;
        }
    }
    return found;
}

int range_contains(Thread& t, Value self, Value item) {
    Range* r = range_of(self);
    int64_t v;
    if (as_int_value(item, &v)) return position_of(r, v) >= 0;
    if (item.is_float()) return 0;
    int64_t i = search(t, r, item, nullptr);
    return i == -2 ? -1 : i >= 0;
}

Value range_getitem(Thread& t, Value self, Value key) {
    Range* r = range_of(self);
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(t, as<Slice>(key), usable_len(r), &start, &stop, &step, &count)) return Value::null();
        __int128 nstart = __int128(r->start) + __int128(start) * r->step;
        __int128 nstop = __int128(r->start) + __int128(stop) * r->step;
        __int128 nstep = __int128(r->step) * step;
        auto fits = [](__int128 x) { return x >= INT64_MIN && x <= INT64_MAX; };
        if (!fits(nstart) || !fits(nstop) || !fits(nstep)) return int_overflow(t);
        return make_range(t, int64_t(nstart), int64_t(nstop), int64_t(nstep));
    }
    if (!is_index(t, key))
        return raisef(t, t.in.types.TypeError, "range indices must be integers or slices, not {}",
                      type_name(t.in, key));
    int64_t i;
    if (!seq_index(t, key, usable_len(r), &i)) return Value::null();
    if (i < 0 || i >= usable_len(r)) return raise(t, t.in.types.IndexError, "range object index out of range");
    return Value::integer(item_at(r, i));
}

Value range_iter(Thread& t, Value self) {
    Range* r = range_of(self);
    Iter* it = new_iter(t.in, t.in.types.range_iterator, IterKind::Range, self);
    it->index = r->start;
    it->step = r->step;
    it->remaining = usable_len(r);
    return Value(it);
}

// range_equals: equal as sequences (same length, and same first item and step where
// those matter).
bool ranges_equal(const Range* a, const Range* b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->len == 0) return true;
    if (a->start != b->start) return false;
    if (a->len == 1) return true;
    return a->step == b->step;
}

Value range_compare(Thread& t, Value a, Value b, int op) {
    CmpKind k = CmpKind(op);
    if (!is_kind(a, Kind::Range) || !is_kind(b, Kind::Range) || (k != CmpKind::Eq && k != CmpKind::Ne))
        return t.in.not_implemented;
    return Value::boolean(ranges_equal(range_of(a), range_of(b)) == (k == CmpKind::Eq));
}

// range_hash: the hash of (len, start, step), with None for what equality ignores.
bool range_hash(Thread& t, Value self, int64_t* out) {
    Range* r = range_of(self);
    Value len = Value::integer(r->len);
    Value items[3] = {len, Value::none(), Value::none()};
    if (r->len != 0) items[1] = Value::integer(r->start);
    if (r->len > 1) items[2] = Value::integer(r->step);
    Tuple* key = new_tuple(t.in, items, 3);
    return hash(t, Value(key), out);
}

Value range_getattr(Thread& t, Value self, Str* name) {
    Range* r = range_of(self);
    std::string_view n = name->view();
    if (n == "start") return Value::integer(r->start);
    if (n == "stop") return Value::integer(r->stop);
    if (n == "step") return Value::integer(r->step);
    return Value::null();
}

Value m_range_reversed(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "range.__reversed__", nargs - 1, kw)) return Value::null();
    Range* r = range_of(args[0]);
    Iter* it = new_iter(t.in, t.in.types.range_iterator, IterKind::Range, args[0]);
    int64_t n = usable_len(r);
    it->index = n ? item_at(r, n - 1) : r->start;
    it->step = r->step == INT64_MIN ? INT64_MAX : -r->step;
    it->remaining = n;
    return Value(it);
}

Value m_range_count(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "range.count", nargs - 1, kw)) return Value::null();
    Range* r = range_of(args[0]);
    int64_t v, n;
    if (as_int_value(args[1], &v)) return Value::integer(position_of(r, v) >= 0);
    if (args[1].is_float()) return Value::integer(0);
    if (search(t, r, args[1], &n) == -2) return Value::null();
    return Value::integer(n);
}

Value m_range_index(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "range.index", nargs - 1, kw)) return Value::null();
    Range* r = range_of(args[0]);
    Value x = args[1];
    int64_t v, i = -1;
    if (as_int_value(x, &v)) {
        i = position_of(r, v);
    } else if (!x.is_float()) {
        i = search(t, r, x, nullptr);
        if (i == -2) return Value::null();
    }
    if (i >= 0) return Value::integer(i);
    if (!x.is_intlike()) return raise(t, t.in.types.ValueError, "sequence.index(x): x not in sequence");
    std::string rep;
    if (!repr_into(t, x, rep)) return Value::null();
    return raisef(t, t.in.types.ValueError, "{} is not in range", rep);
}

// ---- slice --------------------------------------------------------------------------------

inline Slice* slice_of(Value v) { return as<Slice>(v); }

Value slice_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "slice", kwnames) || !method_nargs(t, "slice", nargs, nullptr, 1, 3)) return Value::null();
    if (nargs == 1) return new_slice(t, Value::none(), args[0], Value::none());
    return new_slice(t, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_repr(Thread& t, Value self) {
    Slice* s = slice_of(self);
    std::string out = "slice(";
    if (!repr_into(t, s->start, out)) return Value::null();
    out += ", ";
    if (!repr_into(t, s->stop, out)) return Value::null();
    out += ", ";
    if (!repr_into(t, s->step, out)) return Value::null();
    out += ")";
    return make_str(t.in, out);
}

// Slices compare as the tuples (start, stop, step).
Value slice_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(a, Kind::Slice) || !is_kind(b, Kind::Slice)) return t.in.not_implemented;
    Slice* x = slice_of(a);
    Slice* y = slice_of(b);
    Value ta = make_tuple(t.in, {x->start, x->stop, x->step});
    TempRoot root(t, ta);
    Value tb = make_tuple(t.in, {y->start, y->stop, y->step});
    TempRoot root2(t, tb);
    return compare(t, ta, tb, CmpKind(op));
}

Value slice_getattr(Thread& t, Value self, Str* name) {
    Slice* s = slice_of(self);
    std::string_view n = name->view();
    if (n == "start") return s->start;
    if (n == "stop") return s->stop;
    if (n == "step") return s->step;
    return Value::null();
}

// slice.indices(length): the (start, stop, step) the slice selects in that length.
Value m_slice_indices(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "slice.indices", nargs - 1, kw)) return Value::null();
    int64_t len;
    if (!to_index(t, args[1], &len)) return Value::null();
    if (len < 0) return raise(t, t.in.types.ValueError, "length should not be negative");
    int64_t start, stop, step, count;
    if (!slice_indices(t, slice_of(args[0]), len, &start, &stop, &step, &count)) return Value::null();
    return make_tuple(t.in, {Value::integer(start), Value::integer(stop), Value::integer(step)});
}

}  // namespace

void init_range_slice_types(Interp& in) {
    TypeSlots& r = in.types.range->slots;
    r.repr = range_repr;
    r.hash = range_hash;
    r.compare = range_compare;
    r.len = range_len;
    r.truthy = range_truthy;
    r.iter = range_iter;
    r.getitem = range_getitem;
    r.contains = range_contains;
    r.getattr = range_getattr;
    r.construct = range_construct;
    add_methods(in, in.types.range,
                {{"__reversed__", m_range_reversed}, {"count", m_range_count}, {"index", m_range_index}});

    TypeSlots& s = in.types.slice->slots;
    s.repr = slice_repr;
    s.compare = slice_compare;
    s.getattr = slice_getattr;
    s.construct = slice_construct;
    add_methods(in, in.types.slice, {{"indices", m_slice_indices}});
}

}  // namespace gs
