// Builtins that consume iterables or drive iterators: len, iter, next, any, all, min,
// max, sum, sorted.
#include "sim/modules/builtins_impl.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/gen.hpp"

namespace gs {

namespace {

using namespace builtins_detail;

Value b_len(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    if (!one_arg(t, "len", nargs, kwnames)) return Value::null();
    int64_t n = length(t, args[0]);
    return n < 0 ? Value::null() : Value::integer(n);
}

// iter(x), or iter(callable, sentinel): an iterator calling callable() until it returns
// the sentinel (iter.cpp's IterKind::Callable advances it).
Value b_iter(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "iter", kwnames) || !check_positional(t, "iter", nargs, 1, 2)) return Value::null();
    if (nargs == 1) return get_iter(t, args[0]);
    if (!is_callable(args[0])) return raise(t, in.types.TypeError, "iter(v, w): v must be callable");
    Iter* it = in.heap.make<Iter>(in.types.callable_iterator, 0);
    it->ik = IterKind::Callable;
    it->a = args[0];
    it->b = args[1];
    return Value(it);
}

// next(it[, default]). An exhausted iterator raises StopIteration() unless a default is
// given; a StopIteration the iterator raised itself is also replaced by the default.
Value b_next(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    if (!no_kwargs(t, "next", kwnames) || !check_positional(t, "next", nargs, 1, 2)) return Value::null();
    Type* tp = type_of(in, args[0]);
    if (!tp->slots.next) return raisef(t, in.types.TypeError, "'{}' object is not an iterator", tp->name->view());
    Value v;
    if (is_kind(args[0], Kind::Generator)) {
        // A generator's return value travels in the StopIteration (the slot drops it).
        bool yielded;
        v = gen_send(t, as<Generator>(args[0]), Value::none(), false, &yielded);
        if (!v.is_null() && !yielded) {
            if (nargs == 2) return args[1];
            if (v.is_none()) return raise_value(t, Value(in.types.StopIteration));
            Value e = call_values(t, Value(in.types.StopIteration), {v});
            return e.is_null() ? e : raise_value(t, e);
        }
    } else {
        v = tp->slots.next(t, args[0]);
    }
    if (!v.is_null()) return v;
    if (t.exc.is_null()) {
        if (nargs == 2) return args[1];
        return raise_value(t, Value(in.types.StopIteration));
    }
    if (nargs == 2 && exc_pending_is(t, in.types.StopIteration)) {
        t.exc = Value();
        return args[1];
    }
    return Value::null();
}

// any() / all(): stop at the first item whose truth equals `stop_on`.
Value any_all(Thread& t, Value* args, int nargs, Tuple* kwnames, const char* fname, bool stop_on) {
    if (!one_arg(t, fname, nargs, kwnames)) return Value::null();
    bool stopped = false;
    bool ok = for_each(t, args[0], [&](Value v) {
        int b = truthy(t, v);
        if (b < 0) return false;
        if (bool(b) == stop_on) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (stopped) return Value::boolean(stop_on);
    return ok ? Value::boolean(!stop_on) : Value::null();
}

Value b_any(Thread& t, Value* a, int n, Tuple* kw) { return any_all(t, a, n, kw, "any", true); }
Value b_all(Thread& t, Value* a, int n, Tuple* kw) { return any_all(t, a, n, kw, "all", false); }

// min() / max() (bltinmodule.c's min_max): one iterable or several arguments, key= and
// (for one iterable) default=. The first of equal extremes wins: an item replaces the
// current one only if strictly smaller (min) or greater (max), compared item-first.
Value min_max(Thread& t, Value* args, int nargs, Tuple* kwnames, bool is_min) {
    Interp& in = t.in;
    const char* name = is_min ? "min" : "max";
    int nkw = kwcount(kwnames);
    int npos = nargs - nkw;
    if (npos == 0) return raisef(t, in.types.TypeError, "{} expected at least 1 argument, got 0", name);
    Value key = Value::none(), dflt;
    if (!parse_args(t, name, args + npos, nkw, kwnames, {"key", "default"}, 0, {&key, &dflt})) return Value::null();
    if (npos > 1 && !dflt.is_null())
        return raisef(t, in.types.TypeError, "Cannot specify a default for {}() with multiple positional arguments",
                      name);
    CmpKind op = is_min ? CmpKind::Lt : CmpKind::Gt;
    RootSlot best_item(t, Value()), best_key(t, Value());
    auto consider = [&](Value item) {
        Value k = item;
        if (!key.is_none()) {
            k = call_values(t, key, {item});
            if (k.is_null()) return false;
        }
        if (best_key.get().is_null()) {
            best_item.get() = item;
            best_key.get() = k;
            return true;
        }
        int c = compare_bool(t, k, best_key.get(), op);
        if (c < 0) return false;
        if (c) {
            best_item.get() = item;
            best_key.get() = k;
        }
        return true;
    };
    if (npos == 1) {
        if (!for_each(t, args[0], consider)) return Value::null();
    } else {
        for (int i = 0; i < npos; i++)
            if (!consider(args[i])) return Value::null();
    }
    if (!best_item.get().is_null()) return best_item.get();
    if (!dflt.is_null()) return dflt;
    return raisef(t, in.types.ValueError, "{}() arg is an empty sequence", name);
}

Value b_min(Thread& t, Value* a, int n, Tuple* kw) { return min_max(t, a, n, kw, true); }
Value b_max(Thread& t, Value* a, int n, Tuple* kw) { return min_max(t, a, n, kw, false); }

// sum(iterable, /, start=0): ints and floats are added without dispatch (ints fall back
// to the generic + on overflow, which raises gilsim's 64-bit OverflowError); anything
// else through +. CPython 3.11 adds floats naively (compensated summation came in 3.12).
Value b_sum(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    Value iterable, start = Value::integer(0);
    if (!parse_args(t, "sum", args, nargs, kwnames, {"", "start"}, 1, {&iterable, &start})) return Value::null();
    if (is_kind(start, Kind::Str))
        return raise(t, in.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_kind(start, Kind::Bytes))
        return raise(t, in.types.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    RootSlot total(t, start);
    bool ok = for_each(t, iterable, [&](Value item) {
        Value acc = total.get();
        if (acc.is_int() && item.is_intlike()) {
            int64_t r;
            if (!__builtin_add_overflow(acc.i, item.i, &r)) {
                total.get() = Value::integer(r);
                return true;
            }
        } else if (acc.is_float() && (item.is_float() || item.is_intlike())) {
            total.get() = Value::flt(acc.f + (item.is_float() ? item.f : double(item.i)));
            return true;
        }
        Value r = binary_op(t, acc, item, int(BinOpKind::Add));
        if (r.is_null()) return false;
        total.get() = r;
        return true;
    });
    return ok ? total.get() : Value::null();
}

// sorted(iterable, /, *, key=None, reverse=False): a new list sorted by list.sort, which
// receives the keyword arguments as given (so its errors name sort(), as in CPython).
Value b_sorted(Thread& t, Value* args, int nargs, Tuple* kwnames) {
    Interp& in = t.in;
    int nkw = kwcount(kwnames);
    if (!check_positional(t, "sorted", nargs - nkw, 1, 1)) return Value::null();
    List* l = new_list(in);
    RootSlot root(t, Value(l));
    Value src = args[0];
    if (is_kind(src, Kind::List) || is_kind(src, Kind::Tuple)) {
        if (!list_extend_any(t, l, src)) return Value::null();
    } else if (!for_each(t, src, [&](Value v) {
                   l->items.push_back(v);
                   return true;
               })) {
        return Value::null();
    }
    Value sort = getattr(t, Value(l), intern(in, "sort"));
    if (sort.is_null()) return sort;
    // The keyword values follow the iterable; the iterable's slot is the one call() may
    // borrow for the bound receiver.
    if (call(t, sort, args + 1, nkw, kwnames).is_null()) return Value::null();
    return Value(l);
}

}  // namespace

void add_builtins_iteration(Interp& in) {
    add_functions(in, in.builtins,
                  {{"len", b_len}, {"iter", b_iter}, {"next", b_next}, {"any", b_any}, {"all", b_all},
                   {"min", b_min}, {"max", b_max}, {"sum", b_sum}, {"sorted", b_sorted}});
}

}  // namespace gs
