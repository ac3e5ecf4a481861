// The iterator builtins that are types: enumerate, zip, map, filter and reversed. Each
// constructor checks its arguments with CPython's wording and builds an Iter (iter.cpp
// implements their `next`). The builtins module binds the names to these types.
#include "sim/objects/container_util.hpp"
#include "sim/objects/init.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

int positional(int nargs, Tuple* kwnames) { return nargs - (kwnames ? int(kwnames->n) : 0); }

// The iterators of args[0..n) as a tuple.
Tuple* iterators_of(Thread& t, Value* args, int n) {
    Tuple* its = new_tuple(t.in, uint32_t(n));
    TempRoot root(t, Value(its));
    for (int i = 0; i < n; i++) {
        Value it = get_iter(t, args[i]);
        if (it.is_null()) return nullptr;
        its->items()[i] = it;
    }
    return its;
}

// enumerate(iterable, start=0)
Value enumerate_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (nargs > 2)
        return raisef(t, t.in.types.TypeError, "enumerate() takes at most 2 arguments ({} given)", nargs);
    Value iterable, start = Value::integer(0);
    int npos = positional(nargs, kwnames);
    if (npos > 0) iterable = args[0];
    if (npos > 1) start = args[1];
    for (int k = 0; kwnames && k < int(kwnames->n); k++) {
        std::string_view name = as<Str>(kwnames->items()[k])->view();
        Value v = args[npos + k];
        if (name == "iterable" && npos < 1) iterable = v;
        else if (name == "start" && npos < 2) start = v;
        else if (name == "iterable" || name == "start")
            return raisef(t, t.in.types.TypeError, "argument for enumerate() given by name ('{}') and position ({})",
                          name, name == "iterable" ? 1 : 2);
        else return raisef(t, t.in.types.TypeError, "'{}' is an invalid keyword argument for enumerate()", name);
    }
    if (iterable.is_null()) return raise(t, t.in.types.TypeError, "enumerate() missing required argument 'iterable'");
    int64_t count;
    if (!to_index(t, start, &count)) return Value::null();
    Value inner = get_iter(t, iterable);
    if (inner.is_null()) return inner;
    Iter* it = new_iter(t.in, t.in.types.enumerate, IterKind::Enumerate, Value());
    it->a = inner;
    it->index = count;
    return Value(it);
}

// zip(*iterables, strict=False); the strict flag lives in Iter::step (1 strict, 0 not).
Value zip_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    int npos = positional(nargs, kwnames);
    int strict = 0;
    for (int k = 0; kwnames && k < int(kwnames->n); k++) {
        std::string_view name = as<Str>(kwnames->items()[k])->view();
        if (name != "strict")
            return raisef(t, t.in.types.TypeError, "'{}' is an invalid keyword argument for zip()", name);
        strict = truthy(t, args[npos + k]);
        if (strict < 0) return Value::null();
    }
    Tuple* its = iterators_of(t, args, npos);
    if (!its) return Value::null();
    Iter* it = new_iter(t.in, t.in.types.zip, IterKind::Zip, Value());
    it->a = Value(its);
    it->step = strict;
    return Value(it);
}

// map(function, iterable, ...)
Value map_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "map", kwnames)) return Value::null();
    if (nargs < 2) return raise(t, t.in.types.TypeError, "map() must have at least two arguments.");
    Tuple* its = iterators_of(t, args + 1, nargs - 1);
    if (!its) return Value::null();
    Iter* it = new_iter(t.in, t.in.types.map, IterKind::Map, Value());
    it->a = args[0];
    it->b = Value(its);
    return Value(it);
}

// filter(function or None, iterable)
Value filter_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "filter", kwnames) || !method_nargs(t, "filter", nargs, nullptr, 2, 2)) return Value::null();
    Value inner = get_iter(t, args[1]);
    if (inner.is_null()) return inner;
    Iter* it = new_iter(t.in, t.in.types.filter, IterKind::Filter, Value());
    it->a = args[0];
    it->b = inner;
    return Value(it);
}

// reversed(seq): seq.__reversed__() if the type defines it (None: not reversible), else
// any sequence with __len__ and __getitem__, read from the end.
Value reversed_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
    if (!no_kwargs(t, "reversed", kwnames) || !method_nargs(t, "reversed", nargs, nullptr, 1, 1))
        return Value::null();
    Value seq = args[0];
    Type* tp = type_of(t.in, seq);
    Value meth = type_lookup(tp, t.in.names.__reversed__);
    if (meth.is_none()) return raisef(t, t.in.types.TypeError, "'{}' object is not reversible", tp->name->view());
    if (!meth.is_null()) {
        Value bound = lookup_special(t, seq, t.in.names.__reversed__);
        if (bound.is_null()) return bound;
        return call_values(t, bound, {});
    }
    // PySequence_Check: has __getitem__ and is not a dict (a mapping).
    bool is_sequence = tp->slots.getitem && !is_kind(seq, Kind::Dict) && !is_kind(seq, Kind::DictView);
    if (!is_sequence) return raisef(t, t.in.types.TypeError, "'{}' object is not reversible", tp->name->view());
    int64_t n = length(t, seq);
    if (n < 0) return Value::null();
    Iter* it = new_iter(t.in, t.in.types.reversed, IterKind::Reversed, seq);
    it->index = n - 1;
    return Value(it);
}

}  // namespace

void init_iter_constructors(Interp& in) {
    Types& T = in.types;
    T.enumerate->slots.construct = enumerate_construct;
    T.zip->slots.construct = zip_construct;
    T.map->slots.construct = map_construct;
    T.filter->slots.construct = filter_construct;
    T.reversed->slots.construct = reversed_construct;
}

}  // namespace gs
