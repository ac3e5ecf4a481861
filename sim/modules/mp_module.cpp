// The _multiprocessing module: what multiprocessing.py (sim/modules/py) builds on.
// Processes start through the engine (a separate interpreter with its own lock and a
// copy of this one's globals); a channel carries values between processes in a form
// that belongs to no heap (sim/vm/portable.hpp), as pickle does for CPython.
#include <cmath>
#include <deque>
#include <mutex>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/modules/native_class.hpp"
#include "sim/vm/args.hpp"
#include "sim/vm/portable.hpp"

namespace gs {

namespace {

struct ProcData : OpaqueData {
    ProcessHandle handle;
    std::unique_ptr<WaitQueue> joiners;
};

// The state of a channel, shared by every process that holds it.
struct ChannelState {
    std::mutex mu;  // the native engine's processes run in parallel
    std::deque<std::shared_ptr<Portable>> items;
    int64_t maxsize = 0;
    std::unique_ptr<WaitQueue> getters, putters;
    bool closed = false;
};

struct ChannelData : OpaqueData {
    std::shared_ptr<ChannelState> st;
    std::unique_ptr<OpaqueData> clone_into(Interp&) override {
        auto c = std::make_unique<ChannelData>();
        c->st = st;
        return c;
    }
};

Type* mp_class(Thread& t, const char* name) {
    Value m = dict_get_str(t.in.modules, intern(t.in, "_multiprocessing"));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(t.in, name));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

bool timeout_arg(Thread& t, Value v, Nanos* out) {
    if (v.is_none()) {
        *out = -1;
        return true;
    }
    double s;
    if (!arg_float(t, v, &s)) return false;
    if (s < 0) {
        raise(t, t.in.types.ValueError, "'timeout' must be a non-negative number");
        return false;
    }
    *out = Nanos(std::llround(s * 1e9));
    return true;
}

// start_process(target, args, name, daemon) -> a handle.
Value m_start_process(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value fn, fargs = Value(t.in.empty_tuple), name = Value::none(), daemon = Value::boolean(false);
    if (!bind_args(t, "start_process", args, nargs, kw, {"target", "args", "name", "daemon"}, 1,
                   {&fn, &fargs, &name, &daemon}))
        return Value::null();
    if (!is_kind(fargs, Kind::Tuple)) return raise(t, t.in.types.TypeError, "args must be a tuple");
    Kernel* k = kernel_of(t, "multiprocessing");
    if (!k) return Value::null();
    auto d = std::make_unique<ProcData>();
    d->joiners.reset(k->new_wait_queue());
    d->handle.joiners = d->joiners.get();
    d->handle.daemon = truthy(t, daemon) > 0;
    ProcData* raw = d.get();
    Value h = new_opaque(t.in, mp_class(t, "_ProcessHandle"), std::move(d));
    t.temp_roots.push_back(h);
    std::string n = is_kind(name, Kind::Str) ? std::string(as<Str>(name)->view()) : "Process";
    bool ok = k->start_process(t, fn, fargs, n, &raw->handle);
    t.temp_roots.pop_back();
    return ok ? h : Value::null();
}

ProcData* proc_of(Thread& t, Value self, const char* m) {
    Type* c = mp_class(t, "_ProcessHandle");
    return c ? payload<ProcData>(t, self, c, m) : nullptr;
}

Value p_join(Thread& t, Value* args, int nargs, Tuple* kw) {
    ProcData* d = proc_of(t, args[0], "join");
    if (!d) return Value::null();
    Value to = Value::none();
    if (!bind_args(t, "join", args + 1, nargs - 1, kw, {"timeout"}, 0, {&to})) return Value::null();
    Nanos timeout;
    if (!timeout_arg(t, to, &timeout)) return Value::null();
    Kernel* k = kernel_of(t, "join");
    if (!k) return Value::null();
    if (wait_while(t, *k, *d->joiners, timeout, [](void* c) { return !static_cast<ProcessHandle*>(c)->finished; },
                   &d->handle) < 0)
        return Value::null();
    return Value::none();
}

Value p_is_alive(Thread& t, Value* args, int, Tuple*) {
    ProcData* d = proc_of(t, args[0], "is_alive");
    return d ? Value::boolean(d->handle.started && !d->handle.finished) : Value::null();
}

Value p_exitcode(Thread& t, Value* args, int, Tuple*) {
    ProcData* d = proc_of(t, args[0], "exitcode");
    if (!d) return Value::null();
    return d->handle.finished ? Value::integer(d->handle.exitcode) : Value::none();
}

Value p_pid(Thread& t, Value* args, int, Tuple*) {
    ProcData* d = proc_of(t, args[0], "pid");
    return d ? Value::integer(d->handle.pid) : Value::null();
}

Value p_terminate(Thread& t, Value* args, int, Tuple*) {
    ProcData* d = proc_of(t, args[0], "terminate");
    Kernel* k = kernel_of(t, "terminate");
    if (!d || !k) return Value::null();
    k->terminate_process(t, &d->handle);
    return Value::none();
}

Value m_current(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "current_process");
    if (!k) return Value::null();
    return make_tuple(t.in, {make_str(t.in, k->process_name(t)), Value::integer(k->process_id(t))});
}

Value m_cpu_count(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "cpu_count");
    return k ? Value::integer(k->cpu_count(t)) : Value::null();
}

// ---- channels -------------------------------------------------------------------------

ChannelData* chan_of(Thread& t, Value self, const char* m) {
    Type* c = mp_class(t, "_Channel");
    return c ? payload<ChannelData>(t, self, c, m) : nullptr;
}

Value m_channel(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value maxsize = Value::integer(0);
    if (!bind_args(t, "_Channel", args, nargs, kw, {"maxsize"}, 0, {&maxsize})) return Value::null();
    int64_t n;
    if (!arg_int(t, maxsize, &n)) return Value::null();
    Kernel* k = kernel_of(t, "multiprocessing.Queue");
    if (!k) return Value::null();
    auto d = std::make_unique<ChannelData>();
    d->st = std::make_shared<ChannelState>();
    d->st->maxsize = n;
    d->st->getters.reset(k->new_wait_queue());
    d->st->putters.reset(k->new_wait_queue());
    return new_opaque(t.in, mp_class(t, "_Channel"), std::move(d));
}

size_t nodes(const Portable& p) {
    size_t n = 1;
    for (auto& c : p.items) n += nodes(*c);
    if (p.args) n += nodes(*p.args);
    return n;
}

// put(obj, block, timeout) -> True, or False when full (non-blocking or timed out).
Value c_put(Thread& t, Value* args, int nargs, Tuple* kw) {
    ChannelData* d = chan_of(t, args[0], "put");
    if (!d) return Value::null();
    Value obj, block = Value::boolean(true), to = Value::none();
    if (!bind_args(t, "put", args + 1, nargs - 1, kw, {"obj", "block", "timeout"}, 1, {&obj, &block, &to}))
        return Value::null();
    Nanos timeout;
    if (!timeout_arg(t, to, &timeout)) return Value::null();
    std::shared_ptr<Portable> p = to_portable(t, obj);
    if (!p) return Value::null();
    t.units += nodes(*p);  // serialising costs CPU time
    Kernel* k = kernel_of(t, "Queue.put");
    if (!k) return Value::null();
    auto* st = d->st.get();
    Nanos deadline = timeout < 0 ? -1 : k->now(t) + timeout;
    for (;;) {
        {
            std::lock_guard<std::mutex> g(st->mu);
            if (st->maxsize <= 0 || int64_t(st->items.size()) < st->maxsize) {
                st->items.push_back(p);
                break;
            }
        }
        if (!truthy(t, block)) return Value::boolean(false);
        Nanos left = -1;
        if (deadline >= 0) {
            left = deadline - k->now(t);
            if (left <= 0) return Value::boolean(false);
        }
        int r = k->wait(t, *st->putters, left, ThreadState::Blocked,
                        [](void* c) {
                            auto* s = static_cast<ChannelState*>(c);
                            std::lock_guard<std::mutex> g(s->mu);
                            return s->maxsize > 0 && int64_t(s->items.size()) >= s->maxsize;
                        },
                        st);
        if (r < 0) return Value::null();
    }
    k->notify(t, *st->getters, 1);
    return Value::boolean(true);
}

// get(block, timeout) -> (True, obj), or (False, None) when empty.
Value c_get(Thread& t, Value* args, int nargs, Tuple* kw) {
    ChannelData* d = chan_of(t, args[0], "get");
    if (!d) return Value::null();
    Value block = Value::boolean(true), to = Value::none();
    if (!bind_args(t, "get", args + 1, nargs - 1, kw, {"block", "timeout"}, 0, {&block, &to})) return Value::null();
    Nanos timeout;
    if (!timeout_arg(t, to, &timeout)) return Value::null();
    Kernel* k = kernel_of(t, "Queue.get");
    if (!k) return Value::null();
    auto* st = d->st.get();
    Nanos deadline = timeout < 0 ? -1 : k->now(t) + timeout;
    std::shared_ptr<Portable> p;
    for (;;) {
        {
            std::lock_guard<std::mutex> g(st->mu);
            if (!st->items.empty()) {
                p = st->items.front();
                st->items.pop_front();
                break;
            }
        }
        if (!truthy(t, block)) return make_tuple(t.in, {Value::boolean(false), Value::none()});
        Nanos left = -1;
        if (deadline >= 0) {
            left = deadline - k->now(t);
            if (left <= 0) return make_tuple(t.in, {Value::boolean(false), Value::none()});
        }
        int r = k->wait(t, *st->getters, left, ThreadState::Blocked,
                        [](void* c) {
                            auto* s = static_cast<ChannelState*>(c);
                            std::lock_guard<std::mutex> g(s->mu);
                            return s->items.empty();
                        },
                        st);
        if (r < 0) return Value::null();
    }
    k->notify(t, *st->putters, 1);
    t.units += nodes(*p);
    Value v = from_portable(t, *p);
    if (v.is_null()) return v;
    return make_tuple(t.in, {Value::boolean(true), v});
}

Value c_qsize(Thread& t, Value* args, int, Tuple*) {
    ChannelData* d = chan_of(t, args[0], "qsize");
    if (!d) return Value::null();
    std::lock_guard<std::mutex> g(d->st->mu);
    return Value::integer(int64_t(d->st->items.size()));
}

}  // namespace

Module* make_mp_module(Thread& t) {
    Interp& in = t.in;
    Module* m = new_module(in, "_multiprocessing");
    make_native_class(in, m, "_ProcessHandle",
                      {{"join", p_join},
                       {"is_alive", p_is_alive},
                       {"exitcode", p_exitcode},
                       {"pid", p_pid},
                       {"terminate", p_terminate}});
    make_native_class(in, m, "_ChannelType", {{"put", c_put}, {"get", c_get}, {"qsize", c_qsize}});
    Value ct = dict_get_str(m->dict, intern(in, "_ChannelType"));
    dict_set_str(in, m->dict, intern(in, "_Channel"), ct);
    add_functions(in, m->dict,
                  {{"start_process", m_start_process},
                   {"current_process_info", m_current},
                   {"cpu_count", m_cpu_count},
                   {"channel", m_channel}});
    return m;
}

}  // namespace gs
