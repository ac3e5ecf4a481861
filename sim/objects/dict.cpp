// dict: the type's slots and methods over the compact hash table of containers.cpp.
// The views (keys(), values(), items()) are in dict_views.cpp.
//
// A key's __hash__ or __eq__, and a value's __repr__, are Python code that may mutate the
// dict being worked on: loops re-read the entry count every step, copy the entry they are
// on, and keep what they hold reachable (TempRoot) while such code runs.
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

Value dict_repr(Thread& t, Value self) {
    Dict* d = as<Dict>(self);
    if (d->used == 0) return make_str(t.in, "{}");
    ReprGuard guard(t);
    int g = guard.enter(d);
    if (g < 0) return Value::null();
    if (g == 0) return make_str(t.in, "{...}");
    std::string out = "{";
    bool first = true;
    for (size_t i = 0; i < d->entries.size(); i++) {
        DictEntry e = d->entries[i];
        if (e.key.is_null()) continue;
        TempRoot rk(t, e.key), rv(t, e.value);
        if (!first) out += ", ";
        first = false;
        if (!repr_into(t, e.key, out)) return Value::null();
        out += ": ";
        if (!repr_into(t, e.value, out)) return Value::null();
    }
    out += "}";
    return make_str(t.in, out);
}

// dict_equal: same size, and every key of a maps to an equal value in b.
int dict_equal(Thread& t, Dict* a, Dict* b) {
    if (a->used != b->used) return 0;
    // Entered up front: the loop's TempRoots must be pushed after the depth marker.
    CompareDepth depth(t);
    if (!depth.enter()) return -1;
    for (size_t i = 0; i < a->entries.size(); i++) {
        DictEntry e = a->entries[i];
        if (e.key.is_null()) continue;
        TempRoot rk(t, e.key), rv(t, e.value);
        Value bval;
        int r = dict_lookup_known(t, b, e.key, e.hash, &bval);
        if (r <= 0) return r;
        TempRoot rb(t, bval);
        int c = eq_or_same(t, e.value, bval);
        if (c <= 0) return c;
    }
    return 1;
}

// Only == and != are defined on dicts.
Value dict_compare(Thread& t, Value a, Value b, int op) {
    CmpKind k = CmpKind(op);
    if (!is_kind(a, Kind::Dict) || !is_kind(b, Kind::Dict) || (k != CmpKind::Eq && k != CmpKind::Ne))
        return t.in.not_implemented;
    int r = dict_equal(t, as<Dict>(a), as<Dict>(b));
    if (r < 0) return Value::null();
    return Value::boolean((r == 1) == (k == CmpKind::Eq));
}

// d | other (both dicts) and d |= other (any mapping or iterable of pairs).
Value dict_binop(Thread& t, Value a, Value b, int op) {
    if (BinOpKind(op % kInplace) != BinOpKind::Or || !is_kind(a, Kind::Dict)) return t.in.not_implemented;
    if (op >= kInplace) return dict_update_from(t, as<Dict>(a), b) ? a : Value::null();
    if (!is_kind(b, Kind::Dict)) return t.in.not_implemented;
    Dict* r = dict_copy(t.in, as<Dict>(a));
    TempRoot root(t, Value(r));
    return dict_update_from(t, r, b) ? Value(r) : Value::null();
}

int64_t dict_len(Thread& t, Value self) { return as<Dict>(self)->used; }
int dict_truthy(Thread& t, Value self) { return as<Dict>(self)->used != 0; }

Value dict_iter(Thread& t, Value self) {
    return Value(new_dict_iter(t.in, t.in.types.dict_keyiterator, IterKind::DictKeys, as<Dict>(self), false));
}

Value dict_getitem(Thread& t, Value self, Value key) {
    Value v;
    int r = dict_get(t, as<Dict>(self), key, &v);
    if (r < 0) return Value::null();
    if (r == 0) return raise_key_error(t, key);
    return v;
}

bool dict_setitem(Thread& t, Value self, Value key, Value v) {
    if (!v.is_null()) return dict_set(t, as<Dict>(self), key, v);
    int r = dict_del(t, as<Dict>(self), key);
    if (r == 0) raise_key_error(t, key);
    return r > 0;
}

int dict_contains(Thread& t, Value self, Value key) {
    Value v;
    return dict_get(t, as<Dict>(self), key, &v);
}

// Adds the keyword arguments of a call (dict(a=1), d.update(b=2)) to d.
bool add_kwargs(Thread& t, Dict* d, Value* args, int nargs, Tuple* kwnames) {
    if (!kwnames) return true;
    int npos = nargs - int(kwnames->n);
    for (uint32_t k = 0; k < kwnames->n; k++)
        if (!dict_set(t, d, kwnames->items()[k], args[npos + int(k)])) return false;
    return true;
}

int npositional(int nargs, Tuple* kwnames) { return nargs - (kwnames ? int(kwnames->n) : 0); }

Value dict_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    int npos = npositional(nargs, kwnames);
    if (!method_nargs(t, "dict", npos, nullptr, 0, 1)) return Value::null();
    Dict* d = new_dict(t.in);
    TempRoot root(t, Value(d));
    if (npos == 1 && !dict_update_from(t, d, args[0])) return Value::null();
    if (!add_kwargs(t, d, args, nargs, kwnames)) return Value::null();
    return Value(d);
}

// ---- methods ----------------------------------------------------------------------------

#define SELF_DICT (as<Dict>(args[0]))

Value m_keys(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.keys", nargs - 1, kw)) return Value::null();
    return new_dict_view(t.in, SELF_DICT, ViewKind::Keys);
}

Value m_values(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.values", nargs - 1, kw)) return Value::null();
    return new_dict_view(t.in, SELF_DICT, ViewKind::Values);
}

Value m_items(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.items", nargs - 1, kw)) return Value::null();
    return new_dict_view(t.in, SELF_DICT, ViewKind::Items);
}

Value m_get(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "get", nargs - 1, kw, 1, 2)) return Value::null();
    Value v;
    int r = dict_get(t, SELF_DICT, args[1], &v);
    if (r < 0) return Value::null();
    if (r) return v;
    return nargs > 2 ? args[2] : Value::none();
}

Value m_setdefault(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "setdefault", nargs - 1, kw, 1, 2)) return Value::null();
    Value v;
    int r = dict_get(t, SELF_DICT, args[1], &v);
    if (r < 0) return Value::null();
    if (r) return v;
    Value dflt = nargs > 2 ? args[2] : Value::none();
    return dict_set(t, SELF_DICT, args[1], dflt) ? dflt : Value::null();
}

Value m_update(Thread& t, Value* args, int nargs, Tuple* kw) {
    int npos = npositional(nargs, kw) - 1;
    if (!method_nargs(t, "update", npos, nullptr, 0, 1)) return Value::null();
    if (npos == 1 && !dict_update_from(t, SELF_DICT, args[1])) return Value::null();
    if (!add_kwargs(t, SELF_DICT, args + 1, nargs - 1, kw)) return Value::null();
    return Value::none();
}

Value m_pop(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "pop", nargs - 1, kw, 1, 2)) return Value::null();
    Value v;
    int r = dict_get(t, SELF_DICT, args[1], &v);
    if (r < 0) return Value::null();
    if (r == 0) return nargs > 2 ? args[2] : raise_key_error(t, args[1]);
    TempRoot root(t, v);
    if (dict_del(t, SELF_DICT, args[1]) < 0) return Value::null();
    return v;
}

// The most recently inserted item (LIFO), as a (key, value) tuple.
Value m_popitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.popitem", nargs - 1, kw)) return Value::null();
    Dict* d = SELF_DICT;
    if (d->used == 0) return raise_key_error(t, make_str(t.in, "popitem(): dictionary is empty"));
    size_t i = d->entries.size();
    while (d->entries[i - 1].key.is_null()) i--;
    DictEntry e = d->entries[i - 1];
    Value pair = make_tuple(t.in, {e.key, e.value});
    TempRoot root(t, pair);
    if (dict_del(t, d, e.key) < 0) return Value::null();
    return pair;
}

Value m_copy(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.copy", nargs - 1, kw)) return Value::null();
    return Value(dict_copy(t.in, SELF_DICT));
}

Value m_clear(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.clear", nargs - 1, kw)) return Value::null();
    dict_clear(SELF_DICT);
    return Value::none();
}

// dict.fromkeys(iterable, value=None): called through the class, args[0] is the type.
Value m_fromkeys(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_nargs(t, "fromkeys", nargs - 1, kw, 1, 2)) return Value::null();
    Value value = nargs > 2 ? args[2] : Value::none();
    Dict* d = new_dict(t.in);
    TempRoot root(t, Value(d));
    bool ok = for_each(t, args[1], [&](Value k) { return dict_set(t, d, k, value); });
    return ok ? Value(d) : Value::null();
}

Value m_getitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "dict.__getitem__", nargs - 1, kw)) return Value::null();
    return dict_getitem(t, args[0], args[1]);
}

Value m_setitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!setitem_wrapper_args(t, nargs - 1, kw)) return Value::null();
    return dict_set(t, SELF_DICT, args[1], args[2]) ? Value::none() : Value::null();
}

Value m_delitem(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 1)) return Value::null();
    return dict_setitem(t, args[0], args[1], Value::null()) ? Value::none() : Value::null();
}

Value m_contains(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_one_arg(t, "dict.__contains__", nargs - 1, kw)) return Value::null();
    int r = dict_contains(t, args[0], args[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_len(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return Value::integer(SELF_DICT->used);
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return dict_iter(t, args[0]);
}

Value m_reversed(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!method_no_args(t, "dict.__reversed__", nargs - 1, kw)) return Value::null();
    return dict_reversed(t, t.in.types.dict, SELF_DICT, IterKind::DictKeys);
}

#undef SELF_DICT

// PyDict_MergeFromSeq2: each item must be a 2-item sequence (key, value).
bool merge_pairs(Thread& t, Dict* d, Value seq) {
    int64_t i = 0;
    std::vector<Value> pair;
    return for_each(t, seq, [&](Value item) {
        TempRoot root(t, item);
        if (!sequence_items(t, item, &pair, nullptr)) {
            if (exc_pending_is(t, t.in.types.TypeError)) {
                take_exc(t);
                raisef(t, t.in.types.TypeError,
                       "cannot convert dictionary update sequence element #{} to a sequence", i);
            }
            return false;
        }
        if (pair.size() != 2) {
            raisef(t, t.in.types.ValueError, "dictionary update sequence element #{} has length {}; 2 is required",
                   i, pair.size());
            return false;
        }
        i++;
        return dict_set(t, d, pair[0], pair[1]);
    });
}

}  // namespace

int dict_lookup_known(Thread& t, Dict* d, Value key, int64_t hash, Value* out) {
restart:
    if (d->index.empty()) return 0;
    // The probe sequence of containers.cpp's dict_lookup, so the same keys are compared
    // in the same order (a key's __eq__ may be observable).
    size_t mask = d->index.size() - 1;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == -1) return 0;
        if (ix >= 0) {
            DictEntry& e = d->entries[size_t(ix)];
            if (e.key.is(key)) {
                *out = e.value;
                return 1;
            }
            if (e.hash == hash) {
                uint64_t version = d->keys_version;
                int r = eq(t, e.key, key);
                if (r < 0) return -1;
                if (d->keys_version != version) goto restart;  // the dict changed under us
                if (r) {
                    *out = d->entries[size_t(ix)].value;
                    return 1;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

bool dict_update_from(Thread& t, Dict* d, Value arg) {
    if (is_kind(arg, Kind::Dict)) {
        Dict* src = as<Dict>(arg);
        for (size_t i = 0; i < src->entries.size(); i++) {
            DictEntry e = src->entries[i];
            if (!e.key.is_null() && !dict_set(t, d, e.key, e.value)) return false;
        }
        return true;
    }
    // A mapping is anything with a keys attribute (PyDict_Merge on a non-dict).
    bool found;
    Value keys_m = getattr_opt(t, arg, intern(t.in, "keys"), &found);
    if (!found) return merge_pairs(t, d, arg);
    if (keys_m.is_null()) return false;
    Value keys = call_values(t, keys_m, {});
    if (keys.is_null()) return false;
    TempRoot root(t, keys);
    return for_each(t, keys, [&](Value k) {
        TempRoot rk(t, k);
        Value v = getitem(t, arg, k);
        return !v.is_null() && dict_set(t, d, k, v);
    });
}

void init_dict_type(Interp& in) {
    TypeSlots& s = in.types.dict->slots;
    s.repr = dict_repr;
    s.compare = dict_compare;
    s.binop = dict_binop;
    s.len = dict_len;
    s.truthy = dict_truthy;
    s.iter = dict_iter;
    s.getitem = dict_getitem;
    s.setitem = dict_setitem;
    s.contains = dict_contains;
    s.construct = dict_construct;
    add_methods(in, in.types.dict,
                {{"keys", m_keys},
                 {"values", m_values},
                 {"items", m_items},
                 {"get", m_get},
                 {"setdefault", m_setdefault},
                 {"update", m_update},
                 {"pop", m_pop},
                 {"popitem", m_popitem},
                 {"copy", m_copy},
                 {"clear", m_clear},
                 {"fromkeys", m_fromkeys, 1},
                 {"__getitem__", m_getitem},
                 {"__setitem__", m_setitem},
                 {"__delitem__", m_delitem},
                 {"__contains__", m_contains},
                 {"__len__", m_len},
                 {"__iter__", m_iter},
                 {"__reversed__", m_reversed}});
    init_dict_view_types(in);
    // The reverse iterators' types hang off the __reversed__ natives (see dict_reversed).
    Type* reverse_keys = new_iterator_type(in, "dict_reversekeyiterator");
    auto attach = [&](Type* owner, Type* iter_type) {
        as<Native>(dict_get_str(owner->dict, in.names.__reversed__))->data = Value(iter_type);
    };
    attach(in.types.dict, reverse_keys);
    attach(in.types.dict_keys, reverse_keys);
    attach(in.types.dict_values, new_iterator_type(in, "dict_reversevalueiterator"));
    attach(in.types.dict_items, new_iterator_type(in, "dict_reverseitemiterator"));
}

Value dict_reversed(Thread& t, Type* owner, Dict* d, IterKind ik) {
    Value type = as<Native>(dict_get_str(owner->dict, t.in.names.__reversed__))->data;
    return Value(new_dict_iter(t.in, as<Type>(type), ik, d, true));
}

}  // namespace gs
