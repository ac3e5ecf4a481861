// The _gevent module: the primitives of green threads (sim/vm/green.hpp) that
// gevent.py (sim/modules/py) builds gevent's API on. Each primitive waits at most once,
// so that a wait can suspend the green thread and return when it is resumed.
#include <cmath>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/modules/native_class.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/green.hpp"

namespace gs {

namespace {

Type* handle_class(Thread& t) {
    Value m = dict_get_str(t.in.modules, intern(t.in, "_gevent"));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(t.in, "GreenletHandle"));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

Greenlet* greenlet_of(Thread& t, Value v, const char* what) {
    Type* c = handle_class(t);
    return c ? payload<Greenlet>(t, v, c, what) : nullptr;
}

bool seconds_or_none(Thread& t, Value v, Nanos* out) {
    if (v.is_none()) {
        *out = -1;
        return true;
    }
    return seconds_arg(t, v, "timeout", out);
}

// spawn(fn, args, kwargs, delay) -> a handle; the green thread runs when this one waits.
Value g_spawn(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "spawn", kw) || !check_nargs(t, "spawn", nargs, 4, 4)) return Value::null();
    if (!is_kind(args[1], Kind::Tuple) || !is_kind(args[2], Kind::Dict))
        return raise(t, t.in.types.TypeError, "spawn(fn, args: tuple, kwargs: dict, delay)");
    Nanos delay;
    if (!seconds_arg(t, args[3], "delay", &delay)) return Value::null();
    Kernel* k = kernel_of(t, "gevent.spawn");
    if (!k) return Value::null();
    GreenHub* hub = hub_of(t);
    auto g = std::make_unique<Greenlet>();
    Greenlet* raw = g.get();
    raw->hub = hub;
    raw->fn = args[0];
    raw->args = args[1];
    raw->kwargs = args[2];
    raw->stack.first_chunk = 96;
    Value h = new_opaque(t.in, handle_class(t), std::move(g));
    raw->self = h;
    hub->live.push_back(h);
    hub->spawned++;
    if (delay > 0) {
        raw->start_at = k->now(t) + delay;
        hub->timers.push({raw->start_at, hub->seq++, raw, 0});
    } else {
        hub->schedule(raw);
    }
    return h;
}

// patch_time(): from gevent.monkey.patch_all() and patch_time().
Value g_patch_time(Thread& t, Value*, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "patch_time", kw) || !check_nargs(t, "patch_time", nargs, 0, 0)) return Value::null();
    t.in.green_time_patched = true;
    return Value::none();
}

// sleep(seconds): other green threads run meanwhile.
Value g_sleep(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value secs = Value::integer(0);
    if (!bind_args(t, "sleep", args, nargs, kw, {"seconds"}, 0, {&secs})) return Value::null();
    Nanos ns;
    if (!seconds_arg(t, secs, "sleep", &ns)) return Value::null();
    Kernel* k = kernel_of(t, "gevent.sleep");
    if (!k) return Value::null();
    GreenHub* hub = hub_of(t);
    if (!hub->can_switch()) {
        if (!k->block_for(t, ns, ThreadState::Sleeping, Reason::SleepRelease)) return Value::null();
        return Value::none();
    }
    hub->wait_current(k->now(t) + ns);
    return Value::none();
}

// join(handle, timeout): waits until the green thread is done (or the timeout).
Value g_join(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "join", kw) || !check_nargs(t, "join", nargs, 2, 2)) return Value::null();
    Greenlet* g = greenlet_of(t, args[0], "join");
    Nanos timeout;
    if (!g || !seconds_or_none(t, args[1], &timeout)) return Value::null();
    if (g->state == Greenlet::State::Dead) return Value::none();
    GreenHub* hub = g->hub;
    if (hub->t.hub != hub || &hub->t != &t)
        return raise(t, t.in.types.RuntimeError, "cannot join a green thread of another OS thread");
    if (hub->current == g) return raise(t, t.in.types.RuntimeError, "cannot join current greenlet");
    if (!hub->can_switch())
        return raise(t, t.in.types.RuntimeError,
                     "a green thread cannot be joined from inside a callback of native code");
    Kernel* k = kernel_of(t, "join");
    if (!k) return Value::null();
    if (hub->current) g->joiners.push_back(hub->current);
    else g->main_joins = true;
    hub->wait_current(timeout < 0 ? -1 : k->now(t) + timeout);
    return Value::none();
}

// kill(handle, exception): a new green thread never runs; a waiting one gets the
// exception raised where it waits.
Value g_kill(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "kill", kw) || !check_nargs(t, "kill", nargs, 2, 2)) return Value::null();
    Greenlet* g = greenlet_of(t, args[0], "kill");
    if (!g) return Value::null();
    GreenHub* hub = g->hub;
    Value exc = args[1];
    if (is_kind(exc, Kind::Type)) {
        exc = call_values(t, exc, {});
        if (exc.is_null()) return exc;
    }
    switch (g->state) {
        case Greenlet::State::New: {
            for (size_t i = 0; i < hub->ready.size(); i++)
                if (hub->ready[i] == g) {
                    hub->ready.erase(hub->ready.begin() + long(i));
                    break;
                }
            g->state = Greenlet::State::Dead;
            g->value = Value::none();
            g->exception = exc;
            for (Greenlet* j : g->joiners) hub->wake(j, Value());
            g->joiners.clear();
            if (g->main_joins) {
                g->main_joins = false;
                hub->wake_main(Value());
            }
            for (size_t i = 0; i < hub->live.size(); i++)
                if (hub->live[i].o == g->self.o) {
                    hub->live[i] = hub->live.back();
                    hub->live.pop_back();
                    break;
                }
            break;
        }
        case Greenlet::State::Waiting: hub->wake(g, exc, true); break;
        default: break;  // running or ready: it is the current one, or about to run
    }
    return Value::none();
}

Value h_ready(Thread& t, Value* args, int, Tuple*) {
    Greenlet* g = greenlet_of(t, args[0], "ready");
    return g ? Value::boolean(g->state == Greenlet::State::Dead) : Value::null();
}
Value h_started(Thread& t, Value* args, int, Tuple*) {
    Greenlet* g = greenlet_of(t, args[0], "started");
    return g ? Value::boolean(g->state != Greenlet::State::New) : Value::null();
}
Value h_value(Thread& t, Value* args, int, Tuple*) {
    Greenlet* g = greenlet_of(t, args[0], "value");
    if (!g) return Value::null();
    return g->value.is_null() ? Value::none() : g->value;
}
Value h_exception(Thread& t, Value* args, int, Tuple*) {
    Greenlet* g = greenlet_of(t, args[0], "exception");
    if (!g) return Value::null();
    return g->exception.is_null() ? Value::none() : g->exception;
}

Value g_current(Thread& t, Value*, int, Tuple*) {
    GreenHub* hub = t.hub;
    if (!hub || !hub->current) return Value::none();
    return hub->current->self;
}

}  // namespace

bool green_wait(Thread& t, Kernel& k, Nanos ns) {
    if (!t.hub || !t.hub->can_switch() || ns <= 0) return false;
    t.hub->wait_current(k.now(t) + ns);
    return true;
}

Module* make_gevent_module(Thread& t) {
    Interp& in = t.in;
    Module* m = new_module(in, "_gevent");
    make_native_class(in, m, "GreenletHandle",
                      {{"ready", h_ready}, {"started", h_started}, {"value", h_value}, {"exception", h_exception}});
    add_functions(in, m->dict,
                  {{"spawn", g_spawn}, {"sleep", g_sleep}, {"join", g_join}, {"kill", g_kill}, {"current", g_current},
                   {"patch_time", g_patch_time}});
    return m;
}

}  // namespace gs
