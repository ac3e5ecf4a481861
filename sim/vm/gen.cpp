// Generators and coroutines (see gen.hpp for the design): creation, resumption from
// native code, throw() with delegation to a `yield from` sub-iterator, close(), and the
// helpers of the SEND / GET_AWAITABLE / GET_YIELD_FROM_ITER instructions. The semantics
// and messages follow CPython 3.11's Objects/genobject.c.
#include "sim/vm/gen.hpp"

#include <cstring>

#include "sim/objects/identity.hpp"
#include "sim/vm/call.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

Generator* make_generator(Thread& t, Frame* f) {
    Interp& in = t.in;
    Code* c = f->code;
    size_t nvals = size_t(c->frame_values());
    Type* tp = (c->cflags & CO_COROUTINE) ? in.types.coroutine : in.types.generator;
    Generator* g = in.heap.make<Generator>(tp, sizeof(Frame) + nvals * sizeof(Value));
    Frame* gf = new (g->frame()) Frame();
    gf->code = c;
    gf->func = f->func;
    gf->globals = f->globals;
    gf->locals = f->locals;
    Value* dst = gf->localsplus();
    Value* src = f->localsplus();
    int nl = c->nlocalsplus();
    for (int i = 0; i < nl; i++) dst[i] = src[i];
    for (size_t i = size_t(nl); i < nvals; i++) dst[i] = Value();
    gf->ip = f->ip;
    gf->sp = gf->stack_base();
    g->is_coro = (c->cflags & CO_COROUTINE) != 0;
    g->name = f->func ? f->func->name : c->name;
    g->qualname = f->func ? f->func->qualname : c->qualname;
    return g;
}

Frame* gen_enter(Thread& t, Generator* g, Frame* caller, GenMode mode, Value send) {
    Frame* gf = g->frame();
    gf->prev = caller;
    gf->gen_mode = mode;
    gf->is_entry = 0;
    if (!send.is_null()) *gf->sp++ = send;
    g->state = GenState::Running;
    // The generator's own handled exception (if it yielded inside an except block)
    // is what sys.exc_info() shows in it; otherwise the resumer's shows through.
    g->caller_handled = t.handled;
    if (!g->handled.is_null()) t.handled = g->handled;
    t.frame = gf;
    return gf;
}

void gen_leave(Thread& t, Generator* g, bool finished) {
    Frame* gf = g->frame();
    gf->prev = nullptr;
    gf->gen_mode = kGenNone;
    gf->is_entry = 0;
    g->handled = t.handled.is(g->caller_handled) ? Value() : t.handled;
    t.handled = g->caller_handled;
    g->caller_handled = Value();
    if (!finished) {
        g->state = GenState::Suspended;
        return;
    }
    // A finished frame keeps nothing alive.
    g->state = GenState::Closed;
    g->handled = Value();
    Value* lp = gf->localsplus();
    for (Value* v = lp; v < gf->sp; v++) *v = Value();
    gf->sp = gf->stack_base();
}

void gen_fix_stop_iteration(Thread& t, Generator* g) {
    if (!exc_pending_is(t, t.in.types.StopIteration)) return;
    Value orig = take_exc(t);
    Value e = new_exception(t, t.in.types.RuntimeError,
                            g->is_coro ? "coroutine raised StopIteration" : "generator raised StopIteration");
    auto* eo = as<ExceptionObj>(e);
    eo->cause = orig;
    eo->context = orig;
    eo->suppress_context = true;
    t.exc = e;
}

bool gen_check_resume(Thread& t, Generator* g, Value send, bool* finished) {
    Interp& in = t.in;
    *finished = false;
    switch (g->state) {
        case GenState::Running:
            raise(t, in.types.ValueError, g->is_coro ? "coroutine already executing" : "generator already executing");
            return false;
        case GenState::Closed:
            if (g->is_coro) {
                raise(t, in.types.RuntimeError, "cannot reuse already awaited coroutine");
                return false;
            }
            *finished = true;
            return true;
        case GenState::Created:
            if (!send.is_null() && !send.is_none()) {
                raise(t, in.types.TypeError, g->is_coro ? "can't send non-None value to a just-started coroutine"
                                                        : "can't send non-None value to a just-started generator");
                return false;
            }
            return true;
        case GenState::Suspended: return true;
    }
    return true;
}

Value gen_send(Thread& t, Generator* g, Value send, bool throwing, bool* yielded) {
    *yielded = false;
    bool finished;
    if (!gen_check_resume(t, g, throwing ? Value::null() : send, &finished)) return Value::null();
    if (finished) return throwing ? Value::null() : Value::none();
    if (!enter_frame_ok(t)) return Value::null();
    if (throwing && g->state == GenState::Suspended && !g->handled.is_null() && is_kind(t.exc, Kind::Exception) &&
        as<ExceptionObj>(t.exc)->context.is_null() && !t.exc.is(g->handled))
        as<ExceptionObj>(t.exc)->context = g->handled;  // raised inside the except block it is suspended in
    Frame* gf = gen_enter(t, g, t.frame, kGenEntry, throwing ? Value::null() : Value(send.is_null() ? Value::none() : send));
    t.depth++;
    t.native_depth++;
    Value r = eval_generator(t, gf, throwing);
    t.native_depth--;
    *yielded = !r.is_null() && g->state == GenState::Suspended;
    return r;
}

Value gen_yield_from(Generator* g) {
    if (g->state != GenState::Suspended) return Value::null();
    Frame* gf = g->frame();
    uint32_t prev = gf->ip[-1];
    if (op_of(prev) != Opcode::YIELD_VALUE || arg_of(prev) != 1) return Value::null();
    return gf->sp[-1];
}

namespace {

Value stop_value(Value exc) {
    Value v = as<ExceptionObj>(exc)->value;
    return v.is_null() ? Value::none() : v;
}

// Closes a sub-iterator on the way to closing its delegating generator.
bool close_iter(Thread& t, Value yf) {
    if (is_kind(yf, Kind::Generator)) return gen_close(t, as<Generator>(yf));
    bool found;
    Value m = getattr_opt(t, yf, t.in.names.close, &found);
    if (!found) return t.exc.is_null();
    return !call_values(t, m, {}).is_null();
}

}  // namespace

Value gen_throw(Thread& t, Generator* g, Value exc, bool* yielded) {
    Interp& in = t.in;
    *yielded = false;
    Value yf = gen_yield_from(g);
    if (!yf.is_null()) {
        Frame* gf = g->frame();
        if (exc.o->type->is_subtype_of(in.types.GeneratorExit)) {
            // close() the sub-iterator, then raise GeneratorExit here (or what closing raised).
            g->state = GenState::Running;
            bool ok = close_iter(t, yf);
            g->state = GenState::Suspended;
            if (!ok) return gen_send(t, g, Value::null(), true, yielded);
        } else {
            g->state = GenState::Running;
            Value r;
            bool sub_yielded = false, has_throw = true;
            t.temp_roots.push_back(yf);
            if (is_kind(yf, Kind::Generator)) {
                r = gen_throw(t, as<Generator>(yf), exc, &sub_yielded);
            } else {
                bool found;
                Value m = getattr_opt(t, yf, in.names.throw_, &found);
                if (!found) {
                    has_throw = false;
                    r = Value::none();
                } else {
                    r = call_values(t, m, {exc});
                    sub_yielded = !r.is_null();
                }
            }
            t.temp_roots.pop_back();
            g->state = GenState::Suspended;
            if (!t.exc.is_null() && !has_throw) return Value::null();
            if (has_throw) {
                if (sub_yielded) {
                    *yielded = true;
                    return r;
                }
                // The sub-iterator finished: continue after the SEND loop (the instruction
                // after this YIELD_VALUE jumps back to SEND, whose target is the exit).
                const uint32_t* base = gf->code->code.data();
                uint32_t send_word = base[arg_of(gf->ip[0])];
                gf->sp--;
                gf->ip = base + arg_of(send_word);
                if (r.is_null()) {
                    if (!exc_pending_is(t, in.types.StopIteration)) return gen_send(t, g, Value::null(), true, yielded);
                    r = stop_value(take_exc(t));
                }
                return gen_send(t, g, r, false, yielded);
            }
        }
    }
    if (t.exc.is_null()) t.exc = exc;
    return gen_send(t, g, Value::null(), true, yielded);
}

bool gen_close(Thread& t, Generator* g) {
    Interp& in = t.in;
    if (g->state == GenState::Created) {
        gen_leave(t, g, true);  // never ran: nothing to clean up
        t.handled = Value();
        return true;
    }
    if (g->state == GenState::Closed) return true;
    Value yf = gen_yield_from(g);
    bool err = false;
    if (!yf.is_null()) {
        g->state = GenState::Running;
        t.temp_roots.push_back(yf);
        err = !close_iter(t, yf);
        t.temp_roots.pop_back();
        g->state = GenState::Suspended;
    }
    if (!err) {
        Value ge = call_values(t, Value(in.types.GeneratorExit), {});
        if (ge.is_null()) return false;
        t.exc = ge;
    }
    bool yielded;
    Value r = gen_send(t, g, Value::null(), true, &yielded);
    if (yielded) {
        raise(t, in.types.RuntimeError, g->is_coro ? "coroutine ignored GeneratorExit" : "generator ignored GeneratorExit");
        return false;
    }
    if (r.is_null()) {
        if (exc_pending_is(t, in.types.GeneratorExit) || exc_pending_is(t, in.types.StopIteration)) {
            t.exc = Value();
            return true;
        }
        return false;
    }
    return true;
}

Value send_any(Thread& t, Value recv, Value v, bool* yielded) {
    Interp& in = t.in;
    *yielded = false;
    if (is_kind(recv, Kind::Generator)) return gen_send(t, as<Generator>(recv), v, false, yielded);
    Value r;
    if (v.is_none() && (type_of(in, recv)->tflags & TF_BUILTIN)) {
        r = iter_next(t, recv);
        if (r.is_null()) return t.exc.is_null() ? Value::none() : Value::null();
        *yielded = true;
        return r;
    }
    // A Python iterator: call __next__ / send itself, so that the value its StopIteration
    // carries becomes the value of the `yield from`.
    r = v.is_none() ? call_method(t, recv, in.names.__next__, {}) : call_method(t, recv, in.names.send, {v});
    if (!r.is_null()) {
        *yielded = true;
        return r;
    }
    if (!exc_pending_is(t, in.types.StopIteration)) return r;
    return stop_value(take_exc(t));
}

Value get_yield_from_iter(Thread& t, Value v, Code* code) {
    if (is_kind(v, Kind::Generator)) {
        if (as<Generator>(v)->is_coro && !(code->cflags & CO_COROUTINE))
            return raise(t, t.in.types.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return v;
    }
    return get_iter(t, v);
}

Value get_awaitable(Thread& t, Value v) {
    Interp& in = t.in;
    if (is_kind(v, Kind::Generator) && as<Generator>(v)->is_coro) {
        if (!gen_yield_from(as<Generator>(v)).is_null())
            return raise(t, in.types.RuntimeError, "coroutine is being awaited already");
        return v;
    }
    Value m = lookup_special(t, v, in.names.__await__);
    if (m.is_null()) {
        if (!t.exc.is_null()) return m;
        return raisef(t, in.types.TypeError, "object {} can't be used in 'await' expression", type_name(in, v));
    }
    Value r = call_values(t, m, {});
    if (r.is_null()) return r;
    if (is_kind(r, Kind::Generator) && as<Generator>(r)->is_coro)
        return raise(t, in.types.TypeError, "__await__() returned a coroutine");
    if (!type_of(in, r)->slots.next && type_lookup(type_of(in, r), in.names.__next__).is_null())
        return raisef(t, in.types.TypeError, "__await__() returned non-iterator of type '{}'", type_name(in, r));
    return r;
}

Value async_with_enter(Thread& t, Value mgr, Value* exit_out) {
    Interp& in = t.in;
    Value enter = lookup_special(t, mgr, intern(in, "__aenter__"));
    if (enter.is_null())
        return raisef(t, in.types.TypeError,
                      "'{}' object does not support the asynchronous context manager protocol", type_name(in, mgr));
    Value exit = lookup_special(t, mgr, intern(in, "__aexit__"));
    if (exit.is_null())
        return raisef(t, in.types.TypeError,
                      "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ "
                      "method)",
                      type_name(in, mgr));
    *exit_out = exit;
    t.temp_roots.push_back(exit);
    Value r = call_values(t, enter, {});
    t.temp_roots.pop_back();
    return r;
}

void mark_generator(Heap& heap, Generator* g) {
    heap.mark(g->name);
    heap.mark(g->qualname);
    heap.mark_value(g->handled);
    heap.mark_value(g->caller_handled);
    Frame* f = g->frame();
    heap.mark(f->code);
    heap.mark(f->func);
    heap.mark(f->globals);
    heap.mark(f->locals);
    Value* end = f->sp ? f->sp : f->stack_base();
    for (Value* v = f->localsplus(); v < end; v++) heap.mark_value(*v);
}

}  // namespace gs
