// The _thread module: the native primitives that threading.py (sim/modules/py) builds
// on, as CPython's threading.py builds on its _thread. Locks block through the engine's
// wait queues (releasing the interpreter lock while they wait); threads start on the
// engine and can be joined through their handle.
#include <atomic>
#include <cmath>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/modules/native_class.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

struct KernelQueue {
    Kernel* k = nullptr;
    WaitQueue* q = nullptr;
    explicit KernelQueue(Kernel* kernel) : k(kernel), q(kernel->new_wait_queue()) {}
    ~KernelQueue() {
        if (k && q) k->delete_wait_queue(q);
    }
    KernelQueue(const KernelQueue&) = delete;
    KernelQueue& operator=(const KernelQueue&) = delete;
};

struct LockData : OpaqueData {
    explicit LockData(Kernel* k) : waiters(k) {}
    // Written holding the interpreter lock (or `none`'s bytecode lock); read also by a
    // waiter re-checking it without either (NHost::wait), hence atomic.
    std::atomic<bool> locked{false};
    uint64_t owner = 0;     // RLock: the owning thread's ident
    int64_t count = 0;      // RLock: recursion depth
    KernelQueue waiters;
};

struct HandleData : OpaqueData {
    explicit HandleData(Kernel* k) : joiners(k) { handle.joiners = joiners.q; }
    ThreadHandle handle;
    KernelQueue joiners;
};

Type* class_in_module(Thread& t, const char* name) {
    Value m = dict_get_str(t.in.modules, intern(t.in, "_thread"));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(t.in, name));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

// acquire(blocking=True, timeout=-1) arguments, as CPython checks them.
bool parse_acquire(Thread& t, Value* args, int nargs, Tuple* kw, bool* blocking, Nanos* timeout) {
    Value b = Value::boolean(true), to = Value::integer(-1);
    if (!bind_args(t, "acquire", args + 1, nargs - 1, kw, {"blocking", "timeout"}, 0, {&b, &to})) return false;
    int bl = truthy(t, b);
    if (bl < 0) return false;
    double secs;
    if (!arg_float(t, to, &secs)) return false;
    if (!bl && secs != -1) {
        raise(t, t.in.types.ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (secs < 0 && secs != -1) {
        raise(t, t.in.types.ValueError, "timeout value must be a non-negative number");
        return false;
    }
    *blocking = bl != 0;
    *timeout = secs < 0 ? -1 : Nanos(std::llround(secs * 1e9));
    return true;
}

// Waits until the lock is free (or the timeout passes): 1 free, 0 timed out, -1 raised.
int wait_free(Thread& t, Kernel* k, LockData* d, Nanos timeout) {
    return wait_while(t, *k, *d->waiters.q, timeout, [](void* c) -> bool { return static_cast<LockData*>(c)->locked; }, d);
}

LockData* lock_of(Thread& t, Value self, const char* cls, const char* m) {
    Type* c = class_in_module(t, cls);
    return c ? payload<LockData>(t, self, c, m) : nullptr;
}

Value lock_acquire(Thread& t, Value* args, int nargs, Tuple* kw) {
    LockData* d = lock_of(t, args[0], "LockType", "acquire");
    if (!d) return Value::null();
    bool blocking;
    Nanos timeout;
    if (!parse_acquire(t, args, nargs, kw, &blocking, &timeout)) return Value::null();
    if (d->locked) {
        if (!blocking) return Value::boolean(false);
        Kernel* k = kernel_of(t, "Lock.acquire");
        if (!k) return Value::null();
        int r = wait_free(t, k, d, timeout);
        if (r < 0) return Value::null();
        if (r == 0) return Value::boolean(false);
    }
    d->locked = true;
    return Value::boolean(true);
}

Value lock_release(Thread& t, Value* args, int nargs, Tuple* kw) {
    LockData* d = lock_of(t, args[0], "LockType", "release");
    if (!d) return Value::null();
    if (!d->locked) return raise(t, t.in.types.RuntimeError, "release unlocked lock");
    d->locked = false;
    Kernel* k = kernel_of(t, "Lock.release");
    if (!k) return Value::null();
    k->notify(t, *d->waiters.q, 1);
    return Value::none();
}

Value lock_locked(Thread& t, Value* args, int nargs, Tuple*) {
    LockData* d = lock_of(t, args[0], "LockType", "locked");
    return d ? Value::boolean(d->locked) : Value::null();
}

Value lock_exit(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value r = lock_release(t, args, 1, nullptr);
    return r.is_null() ? r : Value::boolean(false);
}

Value lock_repr(Thread& t, Value self) {
    auto* d = static_cast<LockData*>(as<Opaque>(self)->data.get());
    return make_str(t.in, fmt::format("<{} _thread.lock object at {:#x}>", d->locked ? "locked" : "unlocked",
                                      uintptr_t(self.o)));
}

Value rlock_acquire(Thread& t, Value* args, int nargs, Tuple* kw) {
    LockData* d = lock_of(t, args[0], "_RLockType", "acquire");
    if (!d) return Value::null();
    bool blocking;
    Nanos timeout;
    if (!parse_acquire(t, args, nargs, kw, &blocking, &timeout)) return Value::null();
    Kernel* k = kernel_of(t, "RLock.acquire");
    if (!k) return Value::null();
    uint64_t me = k->thread_ident(t);
    if (d->locked && d->owner == me) {
        d->count++;
        return Value::boolean(true);
    }
    if (d->locked) {
        if (!blocking) return Value::boolean(false);
        int r = wait_free(t, k, d, timeout);
        if (r < 0) return Value::null();
        if (r == 0) return Value::boolean(false);
    }
    d->locked = true;
    d->owner = me;
    d->count = 1;
    return Value::boolean(true);
}

Value rlock_release(Thread& t, Value* args, int nargs, Tuple* kw) {
    LockData* d = lock_of(t, args[0], "_RLockType", "release");
    if (!d) return Value::null();
    Kernel* k = kernel_of(t, "RLock.release");
    if (!k) return Value::null();
    if (!d->locked || d->owner != k->thread_ident(t))
        return raise(t, t.in.types.RuntimeError, "cannot release un-acquired lock");
    if (--d->count > 0) return Value::none();
    d->locked = false;
    d->owner = 0;
    k->notify(t, *d->waiters.q, 1);
    return Value::none();
}

Value rlock_exit(Thread& t, Value* args, int nargs, Tuple*) {
    Value r = rlock_release(t, args, 1, nullptr);
    return r.is_null() ? r : Value::boolean(false);
}

Value rlock_is_owned(Thread& t, Value* args, int nargs, Tuple*) {
    LockData* d = lock_of(t, args[0], "_RLockType", "_is_owned");
    Kernel* k = kernel_of(t, "RLock");
    if (!d || !k) return Value::null();
    return Value::boolean(d->locked && d->owner == k->thread_ident(t));
}

Value new_lock(Thread& t, const char* cls) {
    Kernel* k = kernel_of(t, "a lock");
    if (!k) return Value::null();
    return new_opaque(t.in, class_in_module(t, cls), std::make_unique<LockData>(k));
}

Value m_allocate_lock(Thread& t, Value*, int nargs, Tuple*) { return new_lock(t, "LockType"); }
Value m_rlock(Thread& t, Value*, int nargs, Tuple*) { return new_lock(t, "_RLockType"); }

// start_thread(function, args, name, daemon) -> handle with join(timeout), is_alive().
Value m_start_thread(Thread& t, Value* args, int nargs, Tuple* kw) {
    Value fn, fargs = Value(t.in.empty_tuple), name = Value::none(), daemon = Value::boolean(false);
    if (!bind_args(t, "start_thread", args, nargs, kw, {"function", "args", "name", "daemon"}, 1,
                   {&fn, &fargs, &name, &daemon}))
        return Value::null();
    if (!is_kind(fargs, Kind::Tuple)) return raise(t, t.in.types.TypeError, "2nd arg must be a tuple");
    Kernel* k = kernel_of(t, "starting a thread");
    if (!k) return Value::null();
    auto data = std::make_unique<HandleData>(k);
    HandleData* d = data.get();
    d->handle.daemon = truthy(t, daemon) > 0;
    Value h = new_opaque(t.in, class_in_module(t, "_ThreadHandle"), std::move(data));
    std::string n = is_kind(name, Kind::Str) ? std::string(as<Str>(name)->view()) : "Thread";
    t.temp_roots.push_back(h);
    bool ok = k->start_thread(t, fn, fargs, n, &d->handle);
    t.temp_roots.pop_back();
    return ok ? h : Value::null();
}

HandleData* handle_of(Thread& t, Value self, const char* m) {
    Type* c = class_in_module(t, "_ThreadHandle");
    return c ? payload<HandleData>(t, self, c, m) : nullptr;
}

Value h_join(Thread& t, Value* args, int nargs, Tuple* kw) {
    HandleData* d = handle_of(t, args[0], "join");
    if (!d) return Value::null();
    Value to = Value::none();
    if (!bind_args(t, "join", args + 1, nargs - 1, kw, {"timeout"}, 0, {&to})) return Value::null();
    Kernel* k = kernel_of(t, "join");
    if (!k) return Value::null();
    Nanos timeout = -1;
    if (!to.is_none()) {
        double secs;
        if (!arg_float(t, to, &secs)) return Value::null();
        timeout = secs <= 0 ? 0 : Nanos(std::llround(secs * 1e9));
    }
    if (wait_while(t, *k, *d->joiners.q, timeout,
                   [](void* c) { return !static_cast<HandleData*>(c)->handle.finished; }, d) < 0)
        return Value::null();
    return Value::boolean(d->handle.finished);
}

Value h_is_alive(Thread& t, Value* args, int nargs, Tuple*) {
    HandleData* d = handle_of(t, args[0], "is_alive");
    return d ? Value::boolean(d->handle.started && !d->handle.finished) : Value::null();
}

Value h_ident(Thread& t, Value* args, int nargs, Tuple*) {
    HandleData* d = handle_of(t, args[0], "ident");
    return d ? Value::integer(int64_t(d->handle.ident)) : Value::null();
}

Value h_set_name(Thread& t, Value* args, int nargs, Tuple*) {
    HandleData* d = handle_of(t, args[0], "set_name");
    if (!d || !check_nargs(t, "set_name", nargs, 2, 2)) return Value::null();
    Str* s = arg_str(t, args[1], "set_name");
    Kernel* k = kernel_of(t, "set_name");
    if (!s || !k) return Value::null();
    k->set_thread_name(t, &d->handle, std::string(s->view()));
    return Value::none();
}

Value m_set_own_name(Thread& t, Value* args, int nargs, Tuple*) {
    if (!check_nargs(t, "_set_own_name", nargs, 1, 1)) return Value::null();
    Str* s = arg_str(t, args[0], "_set_own_name");
    Kernel* k = kernel_of(t, "_set_own_name");
    if (!s || !k) return Value::null();
    t.name = std::string(s->view());
    k->set_thread_name(t, nullptr, t.name);
    return Value::none();
}

Value m_get_ident(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "get_ident");
    return k ? Value::integer(int64_t(k->thread_ident(t))) : Value::null();
}

Value m_main_ident(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "_main_ident");
    if (!k) return Value::null();
    Thread* m = k->main_thread(t);
    return Value::integer(m ? int64_t(k->thread_ident(*m)) : 0);
}

Value m_count(Thread& t, Value*, int, Tuple*) {
    Kernel* k = kernel_of(t, "_count");
    return k ? Value::integer(k->active_count(t)) : Value::null();
}

}  // namespace

Module* make_thread_module(Thread& t) {
    Interp& in = t.in;
    Module* m = new_module(in, "_thread");
    Type* lock = make_native_class(in, m, "LockType",
                                   {{"acquire", lock_acquire},
                                    {"acquire_lock", lock_acquire},
                                    {"release", lock_release},
                                    {"release_lock", lock_release},
                                    {"locked", lock_locked},
                                    {"__enter__", lock_acquire},
                                    {"__exit__", lock_exit}});
    lock->slots.repr = lock_repr;
    dict_set_str(in, m->dict, intern(in, "lock"), Value(lock));
    make_native_class(in, m, "_RLockType",
                      {{"acquire", rlock_acquire},
                       {"release", rlock_release},
                       {"__enter__", rlock_acquire},
                       {"__exit__", rlock_exit},
                       {"_is_owned", rlock_is_owned}});
    make_native_class(in, m, "_ThreadHandle",
                      {{"join", h_join}, {"is_alive", h_is_alive}, {"ident", h_ident}, {"set_name", h_set_name}});
    add_functions(in, m->dict,
                  {{"allocate_lock", m_allocate_lock},
                   {"allocate", m_allocate_lock},
                   {"RLock", m_rlock},
                   {"start_thread", m_start_thread},
                   {"get_ident", m_get_ident},
                   {"get_native_id", m_get_ident},
                   {"_main_ident", m_main_ident},
                   {"_set_own_name", m_set_own_name},
                   {"_count", m_count}});
    dict_set_str(in, m->dict, intern(in, "TIMEOUT_MAX"), Value::flt(9223372036.0));
    dict_set_str(in, m->dict, intern(in, "error"), Value(in.types.RuntimeError));
    return m;
}

}  // namespace gs
