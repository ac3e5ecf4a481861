// The generator and coroutine types as Python sees them: send, throw, close, __next__,
// __await__, their reprs and attributes (gi_running, cr_await...).
#include "sim/objects/container_util.hpp"
#include "sim/objects/identity.hpp"
#include "sim/objects/native_args.hpp"
#include "sim/vm/gen.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

Generator* self_gen(Value* args) { return as<Generator>(args[0]); }

// What a finished send() / __next__() raises: StopIteration carrying the return value
// (no arguments at all when it is None, as CPython's _PyGen_SetStopIterationValue).
Value raise_stop(Thread& t, Value r) {
    Type* si = t.in.types.StopIteration;
    if (r.is_none()) return raise_value(t, Value(si));
    Value e = call_values(t, Value(si), {r});
    if (e.is_null()) return e;
    return raise_value(t, e);
}

Value finish(Thread& t, Value r, bool yielded) {
    if (r.is_null() || yielded) return r;
    return raise_stop(t, r);
}

Value m_send(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!one_arg(t, "send", nargs - 1, kw)) return Value::null();
    bool yielded;
    Value r = gen_send(t, self_gen(args), args[1], false, &yielded);
    return finish(t, r, yielded);
}

Value m_next(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    bool yielded;
    Value r = gen_send(t, self_gen(args), Value::none(), false, &yielded);
    if (r.is_null() || yielded) return r;
    return raise_stop(t, r);
}

// throw(value) or the deprecated throw(type[, value[, traceback]]).
Value m_throw(Thread& t, Value* args, int nargs, Tuple* kw) {
    Interp& in = t.in;
    if (kwcount(kw)) return raise(t, in.types.TypeError, "throw() takes no keyword arguments");
    if (!check_positional(t, "throw", nargs - 1, 1, 3)) return Value::null();
    Value typ = args[1];
    Value val = nargs > 2 ? args[2] : Value::none();
    Value exc;
    if (is_kind(typ, Kind::Exception)) {
        if (!val.is_none())
            return raise(t, in.types.TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else if (is_kind(typ, Kind::Type) && as<Type>(typ)->is_subtype_of(in.types.BaseException)) {
        if (is_kind(val, Kind::Exception) && val.o->type->is_subtype_of(as<Type>(typ))) exc = val;
        else if (val.is_none()) exc = call_values(t, typ, {});
        else if (is_kind(val, Kind::Tuple)) exc = call(t, typ, as<Tuple>(val)->items(), int(as<Tuple>(val)->n));
        else exc = call_values(t, typ, {val});
        if (exc.is_null()) return exc;
    } else {
        return raisef(t, in.types.TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not {}",
                      type_name(in, typ));
    }
    t.temp_roots.push_back(exc);
    bool yielded;
    Value r = gen_throw(t, self_gen(args), exc, &yielded);
    t.temp_roots.pop_back();
    return finish(t, r, yielded);
}

Value m_close(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    if (!gen_close(t, self_gen(args))) return Value::null();
    return Value::none();
}

Value m_self(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!wrapper_args(t, nargs - 1, kw, 0)) return Value::null();
    return args[0];
}

Value gen_repr(Thread& t, Value self) {
    auto* g = as<Generator>(self);
    Str* q = g->qualname ? g->qualname : g->name;
    return make_str(t.in, fmt::format("<{} object {} at {:#x}>", g->is_coro ? "coroutine" : "generator",
                                      q ? q->view() : "?", uint64_t(value_id(self))));
}

Value gen_iter(Thread& t, Value self) { return self; }

Value gen_next(Thread& t, Value self) {
    bool yielded;
    Value r = gen_send(t, as<Generator>(self), Value::none(), false, &yielded);
    if (r.is_null() || yielded) return r;
    return Value::null();  // exhausted: the return value is dropped, as by a for loop
}

}  // namespace

// Attributes of generators and coroutines (attr.cpp's special attributes call this).
// Null without an exception: not one of them.
Value generator_attr(Thread& t, Generator* g, Str* name) {
    Interp& in = t.in;
    if (name == in.names.__name__) return Value(g->name);
    if (name == in.names.__qualname__) return Value(g->qualname);
    std::string_view n = name->view();
    std::string_view p = g->is_coro ? "cr_" : "gi_";
    if (n.size() < 3 || n.substr(0, 3) != p) return Value::null();
    n.remove_prefix(3);
    if (n == "running") return Value::boolean(g->state == GenState::Running);
    if (n == "suspended") return Value::boolean(g->state == GenState::Suspended);
    if (n == "code") return Value(g->frame()->code);
    if (n == (g->is_coro ? "await" : "yieldfrom")) {
        Value yf = gen_yield_from(g);
        return yf.is_null() ? Value::none() : yf;
    }
    if (n == "frame") {
        // gilsim has no frame objects; a live generator's frame is reported as present.
        return g->state == GenState::Closed ? Value::none() : Value::boolean(true);
    }
    return Value::null();
}

void init_generator_types(Interp& in) {
    Type* gen = in.types.generator;
    gen->slots.repr = gen_repr;
    gen->slots.hash = hash_by_identity;
    gen->slots.iter = gen_iter;
    gen->slots.next = gen_next;
    add_methods(in, gen, {{"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__next__", m_next},
                          {"__iter__", m_self}});
    Type* coro = in.types.coroutine;
    coro->slots.repr = gen_repr;
    coro->slots.hash = hash_by_identity;
    add_methods(in, coro, {{"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__await__", m_self}});
}

}  // namespace gs
