// dict_keys, dict_values and dict_items: live views of a dict. Keys and items views are
// set-like: they compare with sets and other views, and & | - ^ on them return sets,
// built the way CPython 3.11's dictobject.c builds them (the order of the resulting set
// depends on how it was built).
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"

namespace gs {

namespace {

inline DictView* view_of(Value v) { return as<DictView>(v); }

bool is_setlike_view(Value v) { return is_kind(v, Kind::DictView) && view_of(v)->vk != ViewKind::Values; }

// The item a view yields for entry e.
Value view_item(Interp& in, ViewKind vk, const DictEntry& e) {
    switch (vk) {
        case ViewKind::Keys: return e.key;
        case ViewKind::Values: return e.value;
        case ViewKind::Items: return make_tuple(in, {e.key, e.value});
    }
    return e.key;
}

// "dict_keys([1, 2])": the type name around the repr of the view's items as a list.
Value view_repr(Thread& t, Value self) {
    DictView* v = view_of(self);
    ReprGuard guard(t);
    int g = guard.enter(v);
    if (g < 0) return Value::null();
    if (g == 0) return make_str(t.in, "...");
    List* items = new_list(t.in, v->dict->used);
    TempRoot root(t, Value(items));
    for (auto& e : v->dict->entries)
        if (!e.key.is_null()) items->items.push_back(view_item(t.in, v->vk, e));
    std::string out(type_name(t.in, self));
    out += "(";
    if (!repr_into(t, Value(items), out)) return Value::null();
    out += ")";
    return make_str(t.in, out);
}

int64_t view_len(Thread& t, Value self) { return view_of(self)->dict->used; }

Value view_iter(Thread& t, Value self) {
    DictView* v = view_of(self);
    Types& T = t.in.types;
    Type* tp = v->vk == ViewKind::Keys ? T.dict_keyiterator : v->vk == ViewKind::Values ? T.dict_valueiterator
                                                                                        : T.dict_itemiterator;
    IterKind ik = v->vk == ViewKind::Keys ? IterKind::DictKeys : v->vk == ViewKind::Values ? IterKind::DictValues
                                                                                            : IterKind::DictItems;
    return Value(new_dict_iter(t.in, tp, ik, v->dict, false));
}

int view_contains(Thread& t, Value self, Value item) {
    DictView* v = view_of(self);
    Value found;
    switch (v->vk) {
        case ViewKind::Keys: return dict_get(t, v->dict, item, &found);
        case ViewKind::Items: {
            // A (key, value) pair is in the view if the key maps to an equal value.
            if (!is_kind(item, Kind::Tuple) || as<Tuple>(item)->n != 2) return 0;
            Tuple* pair = as<Tuple>(item);
            int r = dict_get(t, v->dict, pair->items()[0], &found);
            if (r <= 0) return r;
            TempRoot root(t, found);
            return eq_or_same(t, found, pair->items()[1]);
        }
        case ViewKind::Values: {
            Dict* d = v->dict;
            for (size_t i = 0; i < d->entries.size(); i++) {
                DictEntry e = d->entries[i];
                if (e.key.is_null()) continue;
                TempRoot root(t, e.value);
                int r = eq_or_same(t, e.value, item);
                if (r != 0) return r;
            }
            return 0;
        }
    }
    return 0;
}

// Every item of `a` is in `b` (CPython's all_contained_in). -1 raised.
int all_contained_in(Thread& t, Value a, Value b) {
    int ok = 1;
    bool fine = for_each(t, a, [&](Value item) {
        int r = contains(t, b, item);
        if (r <= 0) {
            ok = r;
            return false;
        }
        return true;
    });
    return ok < 0 || (ok == 1 && !fine) ? -1 : ok;
}

// Keys and items views compare as sets with sets and with each other.
Value view_compare(Thread& t, Value self, Value other, int op) {
    if (!is_kind(other, Kind::Set) && !is_setlike_view(other)) return t.in.not_implemented;
    int64_t ls = length(t, self), lo = length(t, other);
    if (ls < 0 || lo < 0) return Value::null();
    int ok = 0;
    switch (CmpKind(op)) {
        case CmpKind::Ne:
        case CmpKind::Eq:
            if (ls == lo) ok = all_contained_in(t, self, other);
            if (CmpKind(op) == CmpKind::Ne && ok >= 0) ok = !ok;
            break;
        case CmpKind::Lt: if (ls < lo) ok = all_contained_in(t, self, other); break;
        case CmpKind::Le: if (ls <= lo) ok = all_contained_in(t, self, other); break;
        case CmpKind::Gt: if (ls > lo) ok = all_contained_in(t, other, self); break;
        case CmpKind::Ge: if (ls >= lo) ok = all_contained_in(t, other, self); break;
    }
    if (ok < 0) return Value::null();
    return Value::boolean(ok);
}

// dictviews_to_set: a keys view becomes a set straight from its dict (that path sizes
// the table first, which decides the order); anything else is iterated.
Set* view_to_set(Thread& t, Value v) {
    if (is_kind(v, Kind::DictView) && view_of(v)->vk == ViewKind::Keys) v = Value(view_of(v)->dict);
    return set_new_from(t, t.in.types.set, v);
}

// _PyDictView_Intersect: iterate the smaller operand, keep what the view contains.
Value view_and(Thread& t, Value self, Value other) {
    if (!is_setlike_view(self)) std::swap(self, other);
    int64_t len_self = view_of(self)->dict->used;
    if (is_kind(other, Kind::Set) && other.o->type == t.in.types.set) {
        int64_t len_other = as<Set>(other)->used;
        if (len_self <= len_other) {
            Set* r = set_intersection_with(t, as<Set>(other), self);
            return r ? Value(r) : Value::null();
        }
    }
    if (is_setlike_view(other) && int64_t(view_of(other)->dict->used) > len_self) std::swap(self, other);
    Set* result = new_set(t.in);
    TempRoot root(t, Value(result));
    bool ok = for_each(t, other, [&](Value item) {
        int r = view_contains(t, self, item);
        if (r < 0) return false;
        return r == 0 || set_add(t, result, item) >= 0;
    });
    return ok ? Value(result) : Value::null();
}

// dictitems_xor: pairs of either dict whose key is missing from, or maps to a different
// value in, the other.
Value items_xor(Thread& t, Dict* d1, Dict* d2) {
    Dict* temp = dict_copy(t.in, d1);
    TempRoot rt(t, Value(temp));
    Set* result = new_set(t.in);
    TempRoot rr(t, Value(result));
    for (size_t i = 0; i < d2->entries.size(); i++) {
        DictEntry e = d2->entries[i];
        if (e.key.is_null()) continue;
        TempRoot rk(t, e.key), rv(t, e.value);
        Value val1;
        int found = dict_lookup_known(t, temp, e.key, e.hash, &val1);
        if (found < 0) return Value::null();
        int to_delete = 0;
        if (found) {
            TempRoot r1(t, val1);
            to_delete = eq_or_same(t, val1, e.value);
            if (to_delete < 0) return Value::null();
        }
        if (to_delete) {
            if (dict_del(t, temp, e.key) < 0) return Value::null();
        } else if (set_add(t, result, make_tuple(t.in, {e.key, e.value})) < 0) {
            return Value::null();
        }
    }
    Value rest = new_dict_view(t.in, temp, ViewKind::Items);
    TempRoot rrest(t, rest);
    return set_update_from(t, result, rest) ? Value(result) : Value::null();
}

Value view_binop(Thread& t, Value a, Value b, int op) {
    BinOpKind kind = BinOpKind(op % kInplace);
    if (kind == BinOpKind::And) return view_and(t, a, b);
    if (kind != BinOpKind::Sub && kind != BinOpKind::Or && kind != BinOpKind::Xor) return t.in.not_implemented;
    if (kind == BinOpKind::Xor && is_kind(a, Kind::DictView) && view_of(a)->vk == ViewKind::Items &&
        is_kind(b, Kind::DictView) && view_of(b)->vk == ViewKind::Items)
        return items_xor(t, view_of(a)->dict, view_of(b)->dict);
    Set* result = view_to_set(t, a);
    if (!result) return Value::null();
    TempRoot root(t, Value(result));
    bool ok = kind == BinOpKind::Sub  ? set_difference_update_from(t, result, b)
              : kind == BinOpKind::Or ? set_update_from(t, result, b)
                                      : set_symmetric_difference_update_from(t, result, b);
    return ok ? Value(result) : Value::null();
}

// ---- methods ----------------------------------------------------------------------------

Value m_isdisjoint(Thread& t, Value* args, int nargs, Tuple* kw) {
    const char* name = view_of(args[0])->vk == ViewKind::Keys ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (!method_one_arg(t, name, nargs - 1, kw)) return Value::null();
    Value self = args[0], other = args[1];
    if (self.is(other)) return Value::boolean(view_of(self)->dict->used == 0);
    if (is_kind(other, Kind::Set) || is_setlike_view(other)) {
        int64_t len_other = length(t, other);
        if (len_other < 0) return Value::null();
        if (len_other > int64_t(view_of(self)->dict->used)) std::swap(self, other);
    }
    bool disjoint = true;
    bool ok = for_each(t, other, [&](Value item) {
        int r = contains(t, self, item);
        if (r < 0) return false;
        if (r) disjoint = false;
        return r == 0;
    });
    if (!ok && disjoint) return Value::null();
    return Value::boolean(disjoint);
}

Value m_reversed(Thread& t, Value* args, int nargs, Tuple* kw) {
    std::string name = std::string(type_name(t.in, args[0])) + ".__reversed__";
    if (!method_no_args(t, name.c_str(), nargs - 1, kw)) return Value::null();
    DictView* v = view_of(args[0]);
    IterKind ik = v->vk == ViewKind::Keys ? IterKind::DictKeys : v->vk == ViewKind::Values ? IterKind::DictValues
                                                                                            : IterKind::DictItems;
    return dict_reversed(t, type_of(t.in, args[0]), v->dict, ik);
}

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return Value::integer(view_of(args[0])->dict->used);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return view_iter(t, args[0]);
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    int r = view_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

}  // namespace

Value new_dict_view(Interp& in, Dict* d, ViewKind vk) {
    Type* tp = vk == ViewKind::Keys ? in.types.dict_keys : vk == ViewKind::Values ? in.types.dict_values
                                                                                  : in.types.dict_items;
    auto* v = in.heap.make<DictView>(tp, 0);
    v->vk = vk;
    v->dict = d;
    return Value(v);
}

void init_dict_view_types(Interp& in) {
    Types& T = in.types;
    for (Type* tp : {T.dict_keys, T.dict_values, T.dict_items}) {
        tp->slots.repr = view_repr;
        tp->slots.len = view_len;
        tp->slots.iter = view_iter;
        tp->slots.contains = view_contains;
        add_methods(in, tp,
                    {{"__reversed__", m_reversed}, {"__len__", m_len}, {"__iter__", m_iter},
                     {"__contains__", m_contains}});
    }
    for (Type* tp : {T.dict_keys, T.dict_items}) {
        tp->slots.compare = view_compare;
        tp->slots.binop = view_binop;
        add_methods(in, tp, {{"isdisjoint", m_isdisjoint}});
    }
    // dict_values defines no comparison, so it keeps object's identity hash.
    T.dict_values->slots.hash = hash_by_identity;
}

}  // namespace gs
