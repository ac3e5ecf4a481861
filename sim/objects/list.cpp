// list: the mutable sequence. Its type slots, item and slice assignment (with CPython's
// listobject.c semantics and messages), and its methods. Sorting is in list_sort.cpp.
//
// Natives here may call Python code in the middle of an operation (an item's __eq__ or
// __repr__, a generator being consumed), and that code may mutate the list. So loops
// re-read the size every step and never keep iterators into `items` across such calls.
#include <algorithm>

#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

using Items = std::vector<Value>;

inline Items& items_of(Value v) { return as<List>(v)->items; }

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

Value list_repr(Thread& t, Value self) {
    if (items_of(self).empty()) return make_str(t.in, "[]");
    ReprGuard guard(t);
    int g = guard.enter(self.o);
    if (g < 0) return Value::null();
    if (g == 0) return make_str(t.in, "[...]");
    std::string out = "[";
    Items& items = items_of(self);
    for (size_t i = 0; i < items.size(); i++) {  // an item's repr may shrink the list
        if (i) out += ", ";
        if (!repr_into(t, items[i], out)) return Value::null();
    }
    out += "]";
    return make_str(t.in, out);
}

// list_richcompare: lists of different lengths are unequal without looking at items;
// otherwise the first pair that differs under == decides.
Value list_compare(Thread& t, Value a, Value b, int op) {
    if (!is_kind(a, Kind::List) || !is_kind(b, Kind::List)) return t.in.not_implemented;
    Items& x = items_of(a);
    Items& y = items_of(b);
    CmpKind k = CmpKind(op);
    if (x.size() != y.size() && (k == CmpKind::Eq || k == CmpKind::Ne)) return Value::boolean(k == CmpKind::Ne);
    CompareDepth depth(t);
    size_t i = 0;
    for (; i < x.size() && i < y.size(); i++) {
        Value xi = x[i], yi = y[i];
        if (xi.is(yi)) continue;
        if (!depth.cover(xi)) return Value::null();
        int r = eq(t, xi, yi);
        if (r < 0) return Value::null();
        if (!r) break;
    }
    if (i >= x.size() || i >= y.size()) return Value::boolean(cmp_sizes(int64_t(x.size()), int64_t(y.size()), op));
    if (k == CmpKind::Eq) return Value::boolean(false);
    if (k == CmpKind::Ne) return Value::boolean(true);
    if (!depth.cover(x[i])) return Value::null();
    return compare(t, x[i], y[i], k);
}

bool list_repeat_into(Thread& t, Items& dst, const Items& src, int64_t count) {
    if (count <= 0 || src.empty()) {
        dst.clear();
        return true;
    }
    if (uint64_t(count) > (uint64_t(1) << 40) / src.size()) {
        raise_no_memory(t);
        return false;
    }
    if (!reserve_ok(t, uint64_t(count) * src.size())) return false;
    Items pattern = src;  // src may be dst (l *= n)
    dst.clear();
    dst.reserve(size_t(count) * pattern.size());
    for (int64_t k = 0; k < count; k++) dst.insert(dst.end(), pattern.begin(), pattern.end());
    return true;
}

Value list_binop(Thread& t, Value a, Value b, int op) {
    bool inplace = op >= kInplace;
    BinOpKind kind = BinOpKind(op % kInplace);
    bool left = is_kind(a, Kind::List);
    Value r;
    if (kind == BinOpKind::Add) {
        if (!left) return t.in.not_implemented;
        if (inplace) {  // list_inplace_concat extends with any iterable, after b's __radd__
            if (try_right_binop(t, a, b, op, &r)) return r;
            if (!list_extend(t, as<List>(a), b)) return Value::null();
            return a;
        }
        if (is_kind(b, Kind::List)) {
            Items& x = items_of(a);
            Items& y = items_of(b);
            if (!reserve_ok(t, uint64_t(x.size()) + y.size())) return Value::null();
            List* res = new_list(t.in, x.size() + y.size());
            res->items.insert(res->items.end(), x.begin(), x.end());
            res->items.insert(res->items.end(), y.begin(), y.end());
            return Value(res);
        }
        if (try_right_binop(t, a, b, op, &r)) return r;
        return raisef(t, t.in.types.TypeError, "can only concatenate list (not \"{}\") to list", type_name(t.in, b));
    }
    if (kind == BinOpKind::Mul) {
        if (!left && is_builtin_seq(a))
            return raisef(t, t.in.types.TypeError, "can't multiply sequence by non-int of type 'list'");
        if (left && try_right_binop(t, a, b, op, &r)) return r;
        int64_t count;
        if (!seq_repeat_count(t, left ? b : a, &count)) return Value::null();
        Value seq = left ? a : b;
        if (inplace && left) {
            if (!list_repeat_into(t, items_of(a), items_of(a), count)) return Value::null();
            return a;
        }
        List* res = new_list(t.in);
        if (!list_repeat_into(t, res->items, items_of(seq), count)) return Value::null();
        return Value(res);
    }
    return t.in.not_implemented;
}

int64_t list_len(Thread& t, Value self) { return int64_t(items_of(self).size()); }
int list_truthy(Thread& t, Value self) { return !items_of(self).empty(); }

Value list_iter(Thread& t, Value self) { return Value(new_iter(t.in, t.in.types.list_iterator, IterKind::Seq, self)); }

Value bad_index(Thread& t, Value key) {
    return raisef(t, t.in.types.TypeError, "list indices must be integers or slices, not {}", type_name(t.in, key));
}

Value list_getitem(Thread& t, Value self, Value key) {
    Items& items = items_of(self);
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(t, as<Slice>(key), int64_t(items.size()), &start, &stop, &step, &count))
            return Value::null();
        List* r = new_list(t.in, count > 0 ? size_t(count) : 0);
        // (an __index__ method of a bound may have shrunk the list meanwhile)
        for (int64_t k = 0, i = start; k < count && size_t(i) < items.size(); k++, i += step)
            r->items.push_back(items[size_t(i)]);
        return Value(r);
    }
    if (!is_index(t, key)) return bad_index(t, key);
    int64_t i;
    if (!seq_index(t, key, int64_t(items.size()), &i)) return Value::null();
    if (i < 0 || i >= int64_t(items.size())) return raise(t, t.in.types.IndexError, "list index out of range");
    return items[size_t(i)];
}

// Deletes the extended slice start, start+step, ... (count items).
void delete_extended(Items& items, int64_t start, int64_t step, int64_t count) {
    if (step < 0) {  // walk it forwards instead: same items, ascending
        start = start + step * (count - 1);
        step = -step;
    }
    std::vector<bool> drop(items.size(), false);
    for (int64_t k = 0, i = start; k < count && size_t(i) < drop.size(); k++, i += step) drop[size_t(i)] = true;
    size_t w = 0;
    for (size_t r = 0; r < items.size(); r++)
        if (!drop[r]) items[w++] = items[r];
    items.resize(w);
}

bool list_setslice(Thread& t, Value self, Slice* sl, Value v) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, sl, int64_t(items_of(self).size()), &start, &stop, &step, &count)) return false;
    if (step == 1) {  // list_ass_slice: replace items [start, stop) with v's
        Items repl;
        if (!v.is_null() && !sequence_items(t, v, &repl, "can only assign an iterable")) return false;
        Items& items = items_of(self);  // re-read: collecting v may have run Python code
        int64_t n = int64_t(items.size());
        int64_t lo = std::clamp<int64_t>(start, 0, n);
        int64_t hi = std::clamp<int64_t>(stop, lo, n);
        if (!reserve_ok(t, uint64_t(n - (hi - lo)) + repl.size())) return false;
        items.erase(items.begin() + lo, items.begin() + hi);
        items.insert(items.begin() + lo, repl.begin(), repl.end());
        return true;
    }
    if (v.is_null()) {
        if (count > 0) delete_extended(items_of(self), start, step, count);
        return true;
    }
    Items repl;
    if (!sequence_items(t, v, &repl, "must assign iterable to extended slice")) return false;
    if (int64_t(repl.size()) != count) {
        raisef(t, t.in.types.ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
               repl.size(), count);
        return false;
    }
    Items& items = items_of(self);
    for (int64_t k = 0, i = start; k < count; k++, i += step)
        if (i >= 0 && i < int64_t(items.size())) items[size_t(i)] = repl[size_t(k)];
    return true;
}

// Assignment and (v Null) deletion of an item or a slice.
bool list_setitem(Thread& t, Value self, Value key, Value v) {
    if (is_kind(key, Kind::Slice)) return list_setslice(t, self, as<Slice>(key), v);
    if (!is_index(t, key)) {
        bad_index(t, key);
        return false;
    }
    int64_t i;
    if (!seq_index(t, key, int64_t(items_of(self).size()), &i)) return false;
    Items& items = items_of(self);
    if (i < 0 || i >= int64_t(items.size())) {
        raise(t, t.in.types.IndexError, "list assignment index out of range");
        return false;
    }
    if (v.is_null()) items.erase(items.begin() + i);
    else items[size_t(i)] = v;
    return true;
}

int list_contains(Thread& t, Value self, Value item) {
    Items& items = items_of(self);
    for (size_t i = 0; i < items.size(); i++) {
        int r = eq_or_same(t, items[i], item);
        if (r != 0) return r;
    }
    return 0;
}

Value list_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "list", kwnames) || !method_nargs(t, "list", nargs, nullptr, 0, 1)) return Value::null();
    if (nargs == 0) return Value(new_list(t.in));
    List* l = list_from_iterable(t, args[0]);
    return l ? Value(l) : Value::null();
}

// ---- methods ----------------------------------------------------------------------------

#define SELF_ITEMS (as<List>(args[0])->items)

Value m_append(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "list.append", nargs - 1, kw)) return Value::null();
    SELF_ITEMS.push_back(args[1]);
    return list_charge(t, as<List>(args[0])) ? Value::none() : Value::null();
}

Value m_extend(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "list.extend", nargs - 1, kw)) return Value::null();
    return list_extend(t, as<List>(args[0]), args[1]) ? Value::none() : Value::null();
}

Value m_insert(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "insert", nargs - 1, kw, 2, 2)) return Value::null();
    int64_t where;
    if (!to_index(t, args[1], &where)) return Value::null();
    Items& items = SELF_ITEMS;
    int64_t n = int64_t(items.size());
    if (where < 0) where = std::max<int64_t>(where + n, 0);
    if (where > n) where = n;
    items.insert(items.begin() + where, args[2]);
    return list_charge(t, as<List>(args[0])) ? Value::none() : Value::null();
}

Value m_pop(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "pop", nargs - 1, kw, 0, 1)) return Value::null();
    int64_t i = -1;
    if (nargs > 1 && !to_index(t, args[1], &i)) return Value::null();
    Items& items = SELF_ITEMS;
    if (items.empty()) return raise(t, t.in.types.IndexError, "pop from empty list");
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) return raise(t, t.in.types.IndexError, "pop index out of range");
    Value v = items[size_t(i)];
    items.erase(items.begin() + i);
    return v;
}

Value m_remove(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "list.remove", nargs - 1, kw)) return Value::null();
    Items& items = SELF_ITEMS;
    for (size_t i = 0; i < items.size(); i++) {
        int r = eq_or_same(t, items[i], args[1]);
        if (r < 0) return Value::null();
        if (r) {
            if (i < items.size()) items.erase(items.begin() + long(i));
            return Value::none();
        }
    }
    return raise(t, t.in.types.ValueError, "list.remove(x): x not in list");
}

Value m_index(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "index", nargs - 1, kw, 1, 3)) return Value::null();
    int64_t n = int64_t(SELF_ITEMS.size());
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && !index_bound(t, args[2], n, &start)) return Value::null();
    if (nargs > 3 && !index_bound(t, args[3], n, &stop)) return Value::null();
    Items& items = SELF_ITEMS;
    for (int64_t i = start; i < stop && i < int64_t(items.size()); i++) {
        int r = eq_or_same(t, items[size_t(i)], args[1]);
        if (r < 0) return Value::null();
        if (r) return Value::integer(i);
    }
    std::string r;
    if (!repr_into(t, args[1], r)) return Value::null();
    return raisef(t, t.in.types.ValueError, "{} is not in list", r);
}

Value m_count(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "list.count", nargs - 1, kw)) return Value::null();
    Items& items = SELF_ITEMS;
    int64_t n = 0;
    for (size_t i = 0; i < items.size(); i++) {
        int r = eq_or_same(t, items[i], args[1]);
        if (r < 0) return Value::null();
        n += r;
    }
    return Value::integer(n);
}

// sort(*, key=None, reverse=False): keyword-only arguments.
Value m_sort(Thread& t, Value* args, int nargs, Tuple* kw) {
    int nkw = kw ? int(kw->n) : 0;
    if (nargs - 1 - nkw > 0) return raise(t, t.in.types.TypeError, "sort() takes no positional arguments");
    Value key = Value::none(), reverse = Value::boolean(false);
    for (int k = 0; k < nkw; k++) {
        std::string_view name = as<Str>(kw->items()[k])->view();
        Value v = args[nargs - nkw + k];
        if (name == "key") key = v;
        else if (name == "reverse") reverse = v;
        else return raisef(t, t.in.types.TypeError, "'{}' is an invalid keyword argument for sort()", name);
    }
    int64_t rev;
    if (!to_index(t, reverse, &rev)) return Value::null();
    return list_sort(t, as<List>(args[0]), key, rev != 0) ? Value::none() : Value::null();
}

Value m_reverse(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "list.reverse", nargs - 1, kw)) return Value::null();
    std::reverse(SELF_ITEMS.begin(), SELF_ITEMS.end());
    return Value::none();
}

Value m_copy(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "list.copy", nargs - 1, kw)) return Value::null();
    List* l = new_list(t.in, SELF_ITEMS.size());
    l->items = SELF_ITEMS;
    return Value(l);
}

Value m_clear(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "list.clear", nargs - 1, kw)) return Value::null();
    Items().swap(SELF_ITEMS);  // release the memory, as CPython does
    return Value::none();
}

Value m_getitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "list.__getitem__", nargs - 1, kw)) return Value::null();
    return list_getitem(t, args[0], args[1]);
}

Value m_setitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!setitem_wrapper_args(t, nargs - 1, kw)) return Value::null();
    return list_setitem(t, args[0], args[1], args[2]) ? Value::none() : Value::null();
}

Value m_delitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    return list_setitem(t, args[0], args[1], Value::null()) ? Value::none() : Value::null();
}

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return Value::integer(int64_t(SELF_ITEMS.size()));
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    int r = list_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return list_iter(t, args[0]);
}

Value m_reversed(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "list.__reversed__", nargs - 1, kw)) return Value::null();
    Iter* it = new_iter(t.in, t.in.types.list_reverseiterator, IterKind::Reversed, args[0]);
    it->index = int64_t(SELF_ITEMS.size()) - 1;
    return Value(it);
}

#undef SELF_ITEMS

}  // namespace

bool list_extend(Thread& t, List* l, Value iterable) {
    if (is_kind(iterable, Kind::List)) {
        Items src = items_of(iterable);  // a copy: l.extend(l) doubles once
        l->items.insert(l->items.end(), src.begin(), src.end());
        return true;
    }
    if (is_kind(iterable, Kind::Tuple)) {
        Tuple* tu = as<Tuple>(iterable);
        l->items.insert(l->items.end(), tu->items(), tu->items() + tu->n);
        return true;
    }
    return for_each(t, iterable, [&](Value v) {
        l->items.push_back(v);
        return list_charge(t, l);
    });
}

List* list_from_iterable(Thread& t, Value iterable) {
    List* l = new_list(t.in);
    TempRoot root(t, Value(l));
    return list_extend(t, l, iterable) ? l : nullptr;
}

void init_list_type(Interp& in) {
    TypeSlots& s = in.types.list->slots;
    s.repr = list_repr;
    s.compare = list_compare;
    s.binop = list_binop;
    s.len = list_len;
    s.truthy = list_truthy;
    s.iter = list_iter;
    s.getitem = list_getitem;
    s.setitem = list_setitem;
    s.contains = list_contains;
    s.construct = list_construct;
    add_methods(in, in.types.list,
                {{"append", m_append},
                 {"extend", m_extend},
                 {"insert", m_insert},
                 {"pop", m_pop},
                 {"remove", m_remove},
                 {"index", m_index},
                 {"count", m_count},
                 {"sort", m_sort},
                 {"reverse", m_reverse},
                 {"copy", m_copy},
                 {"clear", m_clear},
                 {"__getitem__", m_getitem},
                 {"__setitem__", m_setitem},
                 {"__delitem__", m_delitem},
                 {"__len__", m_len},
                 {"__contains__", m_contains},
                 {"__iter__", m_iter},
                 {"__reversed__", m_reversed}});
}

}  // namespace gs
