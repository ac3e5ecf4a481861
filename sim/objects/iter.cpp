// The builtin iterators: one Iter layout, one `next` slot that dispatches on its
// IterKind, and `iter(it)` returning it. The constructors of enumerate, zip, map, filter
// and reversed are in iter_builtins.cpp.
//
// Field meanings per kind are in misc.hpp. Two are shared with the eval loop's FOR_ITER
// fast path and must not change: Seq over a list (index counts up; an exhausted iterator
// parks index far past any length so that a list growing later stays exhausted) and
// Range (index = next value, step, remaining = values left). The other iterators over a
// container drop it (src = None) once exhausted, so it can be collected, as CPython
// clears it_seq; the dict and set iterators' `expect` is the size iteration began with.
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"

namespace gs {

namespace {

constexpr int64_t kExhausted = INT64_MAX / 2;  // the eval loop's marker for Seq

// Bytes in the UTF-8 sequence that starts with byte c.
int utf8_len(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 0xE ? 3 : 4; }

Value next_seq(Thread& t, Iter* it) {
    if (is_kind(it->src, Kind::List)) {
        auto& items = as<List>(it->src)->items;
        if (it->index < int64_t(items.size())) return items[size_t(it->index++)];
        it->index = kExhausted;
        return Value::null();
    }
    Tuple* tu = as<Tuple>(it->src);
    if (it->index < int64_t(tu->n)) return tu->items()[it->index++];
    return Value::null();
}

Value next_str(Thread& t, Iter* it) {
    Str* s = as<Str>(it->src);
    if (it->index >= int64_t(s->len)) return Value::null();
    unsigned char c = static_cast<unsigned char>(s->data()[it->index]);
    if (c < 0x80) {
        it->index++;
        return Value(t.in.char_strs[c]);
    }
    int n = utf8_len(c);
    Str* ch = new_str_known(t.in, std::string_view(s->data() + it->index, size_t(n)), 1);
    it->index += n;
    return Value(ch);
}

Value next_range(Iter* it) {
    if (it->remaining <= 0) return Value::null();
    it->remaining--;
    int64_t v = it->index;
    it->index = int64_t(uint64_t(v) + uint64_t(it->step));  // wraps only past the last item
    return Value::integer(v);
}

// dictiter_iternext* and dictreviter_iternext: a size change since iteration began is an
// error (sticky), and so is finding more entries than the dict had (keys replaced during
// iteration). A reverse iterator (step -1) walks the entries from the last.
Value next_dict(Thread& t, Iter* it) {
    if (it->src.is_none()) return Value::null();
    Dict* d = as<Dict>(it->src);
    if (it->expect != d->used) {
        it->expect = UINT32_MAX;
        return raise(t, t.in.types.RuntimeError, "dictionary changed size during iteration");
    }
    int64_t n = int64_t(d->entries.size());
    int64_t i = it->index;
    if (it->step < 0) {
        if (i >= n) i = n - 1;
        while (i >= 0 && d->entries[size_t(i)].key.is_null()) i--;
    } else {
        while (i < n && d->entries[size_t(i)].key.is_null()) i++;
    }
    if (i < 0 || i >= n) {
        it->src = Value::none();
        return Value::null();
    }
    if (it->remaining <= 0) {
        it->src = Value::none();
        return raise(t, t.in.types.RuntimeError, "dictionary keys changed during iteration");
    }
    it->index = i + it->step;
    it->remaining--;
    const DictEntry& e = d->entries[size_t(i)];
    switch (it->ik) {
        case IterKind::DictKeys: return e.key;
        case IterKind::DictValues: return e.value;
        default: return make_tuple(t.in, {e.key, e.value});
    }
}

Value next_set(Thread& t, Iter* it) {
    if (it->src.is_none()) return Value::null();
    Set* s = as<Set>(it->src);
    if (it->expect != s->used) {
        it->expect = UINT32_MAX;
        return raise(t, t.in.types.RuntimeError, "Set changed size during iteration");
    }
    size_t i = size_t(it->index);
    while (i < s->table.size() && s->table[i].key.is_null()) i++;
    it->index = int64_t(i) + 1;
    if (i >= s->table.size()) {
        it->src = Value::none();
        return Value::null();
    }
    it->remaining--;
    return s->table[i].key;
}

Value next_enumerate(Thread& t, Iter* it) {
    Value v = iter_next(t, it->a);
    if (v.is_null()) return v;
    TempRoot root(t, v);
    Value pair = make_tuple(t.in, {Value::integer(it->index), v});
    it->index++;
    return pair;
}

// zip_next, with strict=True's checks that every iterator ends together.
Value next_zip(Thread& t, Iter* it) {
    Tuple* its = as<Tuple>(it->a);
    uint32_t n = its->n;
    if (n == 0) return Value::null();
    Tuple* result = new_tuple(t.in, n);
    TempRoot root(t, Value(result));
    for (uint32_t i = 0; i < n; i++) {
        Value v = iter_next(t, its->items()[i]);
        if (!v.is_null()) {
            result->items()[i] = v;
            continue;
        }
        if (!it->step || !t.exc.is_null()) return Value::null();  // not strict, or raised
        const char* plural = i == 1 ? " " : "s 1-";
        if (i)
            return raisef(t, t.in.types.ValueError, "zip() argument {} is shorter than argument{}{}", i + 1, plural,
                          i);
        for (uint32_t j = 1; j < n; j++) {
            Value extra = iter_next(t, its->items()[j]);
            if (!extra.is_null())
                return raisef(t, t.in.types.ValueError, "zip() argument {} is longer than argument{}{}", j + 1,
                              j == 1 ? " " : "s 1-", j);
            if (!t.exc.is_null()) return Value::null();
        }
        return Value::null();
    }
    return Value(result);
}

Value next_map(Thread& t, Iter* it) {
    Tuple* its = as<Tuple>(it->b);
    std::vector<Value> buf(size_t(its->n) + 1);  // call() wants a writable slot before args
    for (uint32_t i = 0; i < its->n; i++) {
        Value v = iter_next(t, its->items()[i]);
        if (v.is_null()) return v;
        buf[i + 1] = v;
    }
    return call(t, it->a, buf.data() + 1, int(its->n));
}

Value next_filter(Thread& t, Iter* it) {
    bool plain = it->a.is_none() || it->a.is(Value(t.in.types.bool_));
    for (;;) {
        Value item = iter_next(t, it->b);
        if (item.is_null()) return item;
        TempRoot root(t, item);
        int ok;
        if (plain) {
            ok = truthy(t, item);
        } else {
            Value r = call_values(t, it->a, {item});
            if (r.is_null()) return r;
            ok = truthy(t, r);
        }
        if (ok < 0) return Value::null();
        if (ok) return item;
    }
}

// True (and the exception cleared) when an item lookup failed with IndexError or
// StopIteration: the end of an old-protocol sequence.
bool end_of_sequence(Thread& t) {
    if (!exc_pending_is(t, t.in.types.IndexError) && !exc_pending_is(t, t.in.types.StopIteration)) return false;
    take_exc(t);
    return true;
}

// reversed(): a list is read directly (list_reverseiterator); anything else by index.
Value next_reversed(Thread& t, Iter* it) {
    if (it->index < 0 || it->src.is_none()) return Value::null();
    if (is_kind(it->src, Kind::List)) {
        auto& items = as<List>(it->src)->items;
        if (it->index < int64_t(items.size())) return items[size_t(it->index--)];
        it->index = -1;
        return Value::null();
    }
    Value v = getitem(t, it->src, Value::integer(it->index));
    if (v.is_null()) {
        if (!end_of_sequence(t)) return v;
        it->index = -1;
        it->src = Value::none();
        return v;
    }
    it->index--;
    return v;
}

Value next_getitem(Thread& t, Iter* it) {
    if (it->src.is_none()) return Value::null();
    Value v = getitem(t, it->src, Value::integer(it->index));
    if (v.is_null()) {
        if (end_of_sequence(t)) it->src = Value::none();
        return v;
    }
    it->index++;
    return v;
}

// iter(callable, sentinel): calls until the result equals the sentinel.
Value next_callable(Thread& t, Iter* it) {
    if (it->a.is_null()) return Value::null();
    Value r = call_values(t, it->a, {});
    if (r.is_null()) {
        if (exc_pending_is(t, t.in.types.StopIteration)) {
            take_exc(t);
            it->a = it->b = Value();
        }
        return r;
    }
    TempRoot root(t, r);
    int done = eq_or_same(t, it->b, r);
    if (done < 0) return Value::null();
    if (!done) return r;
    it->a = it->b = Value();
    return Value::null();
}

Value iter_next_slot(Thread& t, Value self) {
    Iter* it = as<Iter>(self);
    switch (it->ik) {
        case IterKind::Seq: return next_seq(t, it);
        case IterKind::Str: return next_str(t, it);
        case IterKind::Bytes: {
            Bytes* b = as<Bytes>(it->src);
            if (it->index >= int64_t(b->len)) return Value::null();
            return Value::integer(b->data()[it->index++]);
        }
        case IterKind::Range: return next_range(it);
        case IterKind::DictKeys:
        case IterKind::DictValues:
        case IterKind::DictItems: return next_dict(t, it);
        case IterKind::Set: return next_set(t, it);
        case IterKind::Enumerate: return next_enumerate(t, it);
        case IterKind::Zip: return next_zip(t, it);
        case IterKind::Map: return next_map(t, it);
        case IterKind::Filter: return next_filter(t, it);
        case IterKind::Reversed: return next_reversed(t, it);
        case IterKind::GetItem: return next_getitem(t, it);
        case IterKind::Callable: return next_callable(t, it);
    }
    return Value::null();
}

Value iter_self(Thread& t, Value self) { return self; }

Value m_next(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    Value v = iter_next_slot(t, args[0]);
    if (v.is_null() && t.exc.is_null()) return raise_value(t, Value(t.in.types.StopIteration));
    return v;
}

Value m_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return args[0];
}

}  // namespace

Iter* new_iter(Interp& in, Type* type, IterKind ik, Value src) {
    Iter* it = in.heap.make<Iter>(type, 0);
    it->ik = ik;
    it->src = src;
    return it;
}

Iter* new_dict_iter(Interp& in, Type* type, IterKind ik, Dict* d, bool reverse) {
    Iter* it = new_iter(in, type, ik, Value(d));
    it->expect = d->used;
    it->remaining = d->used;
    it->step = reverse ? -1 : 1;
    it->index = reverse ? int64_t(d->entries.size()) - 1 : 0;
    return it;
}

namespace {

void install_iterator_slots(Interp& in, Type* tp) {
    tp->slots.iter = iter_self;
    tp->slots.next = iter_next_slot;
    tp->slots.repr = identity_repr;
    tp->slots.hash = hash_by_identity;
    add_methods(in, tp, {{"__next__", m_next}, {"__iter__", m_iter}});
}

}  // namespace

Type* new_iterator_type(Interp& in, const char* name) {
    Type* tp = in.heap.make<Type>(in.types.type, 0);
    tp->name = intern(in, name);
    tp->module = in.names.builtins;
    tp->base = in.types.object;
    tp->dict = new_dict(in);
    tp->instance_kind = Kind::Iter;
    tp->tflags = TF_BUILTIN;
    install_iterator_slots(in, tp);
    return tp;
}

void init_iter_types(Interp& in) {
    Types& T = in.types;
    for (Type* tp : {T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.range_iterator, T.str_iterator,
                     T.bytes_iterator, T.dict_keyiterator, T.dict_valueiterator, T.dict_itemiterator,
                     T.set_iterator, T.enumerate, T.zip, T.map, T.filter, T.reversed, T.iterator,
                     T.callable_iterator})
        install_iterator_slots(in, tp);
    init_iter_constructors(in);
}

}  // namespace gs
