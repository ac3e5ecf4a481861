#include "sim/engine/native/nhost.hpp"

#include "sim/engine/native/nplatform.hpp"

#include <future>

#include "sim/vm/call.hpp"
#include "sim/vm/clone.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {
// Blocking calls wake at least this often to notice that the run is being stopped.
constexpr Nanos kStopPoll = 20'000'000;
// Policies with a time-based check (bfs, ruby) read the clock this often.
constexpr uint64_t kClockCheckUnits = 2000;
}  // namespace

void NHost::set_budget(NThread* th) {
    Thread* t = th->vm.get();
    GilPolicy& pol = *p_.policy;
    if (pol.wants_check(th)) {
        t->budget.store(0, std::memory_order_relaxed);
        return;
    }
    // A time-based policy, or the bytecode lock of `none`, needs the clock read often.
    bool clocked = pol.next_check(th) != GilPolicy::kNever || p_.exec;
    uint64_t b = clocked ? t->units + kClockCheckUnits : UINT64_MAX;
    if (p_.checker) b = t->units + 1;  // check_lock: the breaker at every instruction
    t->budget.store(b, std::memory_order_relaxed);
    // py2's ticker: re-armed when it fired or the interval became shorter (as in
    // VEngine::set_budget), not at every breaker visit.
    int ticks = pol.tick_budget();
    if (ticks <= 0)
        t->tick_budget = UINT64_MAX;
    else if (t->ticks >= t->tick_budget || t->tick_budget - t->ticks > uint64_t(ticks))
        t->tick_budget = t->ticks + uint64_t(ticks);
}

bool NHost::stopped(Thread& t) {
    if (p_.killed) {
        if (t.exc.is_null()) raise(t, t.in.types.SystemExit, "terminated");
        return true;
    }
    if (!e_.stopping()) return false;
    // The run is being stopped (time limit): unwind the program.
    if (t.exc.is_null()) raise(t, t.in.types.SystemExit, "stopped: the run reached its time limit");
    return true;
}

bool NHost::deliver_signal(Thread& t, NThread* th) {
    if (!th->is_main || !p_.policy->signal_pending()) return false;
    p_.policy->set_signal_pending(false);
    if (t.exc.is_null()) raise(t, t.in.types.KeyboardInterrupt, "");
    return true;
}

// A timer thread plays the user pressing Ctrl-C at `at`.
void NHost::interrupt_at(Thread& t, Nanos at) {
    NProcess* p = &p_;
    NEngine* e = &e_;
    std::lock_guard<std::mutex> g(p->threads_mu);
    p->timers.emplace_back([p, e, at] {
        for (;;) {
            if (p->ended || p->killed || e->stopping()) return;
            Nanos left = at - e->now();
            if (left <= 0) break;
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<Nanos>(left, 1'000'000)));
        }
        p->policy->set_signal_pending(true);
        p->platform->lock_event(LockEvent::Signal, p->main, nullptr, Reason::None);
        std::lock_guard<std::mutex> g2(p->threads_mu);
        for (auto& th : p->threads)
            if (th->vm) th->vm->budget.store(0, std::memory_order_relaxed);
    });
}

void NHost::exec_lock() {
    p_.exec->lock();
    p_.exec->took(e_.now());
}

void NHost::acquire(NThread* th, bool exec) {
    p_.policy->take(th);
    if (p_.exec && exec) exec_lock();
    set_budget(th);
}

void NHost::release(NThread* th, Reason why, bool exec) {
    if (p_.exec && exec) p_.exec->unlock();
    p_.policy->drop(th, why);
}

bool NHost::on_breaker(Thread& t) {
    NThread* th = self(t);
    if (!th) return Host::on_breaker(t);
    if (stopped(t) || deliver_signal(t, th)) return false;
    if (p_.checker) p_.checker->running(th);
    GilPolicy& pol = *p_.policy;
    bool ticks_due = t.ticks >= t.tick_budget;
    if (pol.wants_check(th) || ticks_due || pol.next_check(th) <= e_.now()) pol.check(th);
    if (p_.exec && p_.exec->should_yield(e_.now())) {
        p_.exec->unlock();
        exec_lock();
    }
    set_budget(th);
    if (p_.checker) p_.checker->running(th);
    return true;
}

bool NHost::block_for(Thread& t, Nanos ns, ThreadState as, Reason why) {
    NThread* th = self(t);
    // A call that returns at once (a buffered send) keeps the bytecode lock of `none`:
    // handing it over and back costs two wake-ups, and nothing runs in between.
    const bool exec = ns > 0;
    release(th, why, exec);
    e_.show_state(th, as, why);
    Nanos end = e_.now() + ns;
    // The main thread's sleep ends early on SIGINT (EINTR): it polls every millisecond.
    const Nanos poll = th->is_main ? 1'000'000 : kStopPoll;
    while (!e_.stopping() && !p_.killed && !(th->is_main && p_.policy->signal_pending())) {
        Nanos left = end - e_.now();
        if (left <= 0) break;
        std::this_thread::sleep_for(std::chrono::nanoseconds(std::min(left, poll)));
    }
    acquire(th, exec);
    return !stopped(t) && !deliver_signal(t, th);
}

bool NHost::cpu(Thread& t, Nanos ns, bool release_gil) {
    NThread* th = self(t);
    if (release_gil) {
        release(th, Reason::NativeRelease);
        e_.show_state(th, ThreadState::Native, Reason::NativeRelease);
    } else if (p_.exec && ns > 0) {
        p_.exec->unlock();  // no interpreter lock to hold: native code runs in parallel
    }
    Nanos end = e_.now() + ns;
    while (e_.now() < end && !e_.stopping() && !p_.killed) {
        // Spin: this is the CPU work a C extension would do.
    }
    if (release_gil) {
        acquire(th);
    } else {
        if (p_.exec && ns > 0) exec_lock();
        set_budget(th);
    }
    return !stopped(t);
}

int NHost::wait(Thread& t, WaitQueue& q, Nanos timeout, ThreadState as, bool (*still_blocked)(void*), void* ctx) {
    NThread* th = self(t);
    auto& list = static_cast<NWaitList&>(q);
    NWaitList::Waiter me;
    {
        std::lock_guard<std::mutex> g(e_.kmu);
        if (still_blocked && !still_blocked(ctx)) return 1;
        list.waiters.push_back(&me);
    }
    release(th, Reason::BlockRelease);
    e_.show_state(th, as, Reason::BlockRelease);
    Nanos deadline = timeout < 0 ? -1 : e_.now() + timeout;
    bool timed_out = false;
    const bool interruptible = th->is_main && p_.policy->signals_interrupt_waits();
    {
        std::unique_lock<std::mutex> lk(e_.kmu);
        while (!me.notified && !e_.stopping() && !p_.killed && !(interruptible && p_.policy->signal_pending())) {
            Nanos left = interruptible ? 1'000'000 : kStopPoll;
            if (deadline >= 0) {
                Nanos rem = deadline - e_.now();
                if (rem <= 0) {
                    timed_out = true;
                    break;
                }
                left = std::min(left, rem);
            }
            e_.kcv.wait_for(lk, std::chrono::nanoseconds(left));
            // Re-read the state at every poll too, so that no wait outlives its
            // condition, whichever path changed it.
            if (!me.notified && still_blocked && !still_blocked(ctx)) break;
        }
        if (!me.notified) list.waiters.remove(&me);
    }
    acquire(th);
    if (stopped(t) || (interruptible && deliver_signal(t, th))) return -1;
    return timed_out ? 0 : 1;
}

void NHost::notify(Thread& t, WaitQueue& q, int n) {
    auto& list = static_cast<NWaitList&>(q);
    {
        std::lock_guard<std::mutex> g(e_.kmu);
        while (!list.waiters.empty() && n != 0) {
            list.waiters.front()->notified = true;
            list.waiters.pop_front();
            if (n > 0) n--;
        }
    }
    e_.kcv.notify_all();
}

int NHost::active_count(Thread& t) {
    std::lock_guard<std::mutex> g(p_.threads_mu);
    int n = 0;
    for (auto& th : p_.threads)
        if (th->is_main || (th->handle && th->handle->started && !th->handle->finished)) n++;
    return n;
}

void NHost::report(Thread& t, const std::string& name, double value) {
    std::lock_guard<std::mutex> g(e_.result_mu());
    e_.result().metrics[name] = value;
}

int NHost::cpu_count(Thread& t) {
    unsigned n = std::thread::hardware_concurrency();
    return n ? int(n) : 1;
}

void NHost::set_thread_name(Thread& t, ThreadHandle* h, const std::string& name) {
    e_.trace()->rename_thread(h ? h->trace_id : self(t)->id, name);
}

void NHost::thread_body(NThread* th, Value callable, Value args) {
    current_nthread() = th;
    Thread& t = *th->vm;
    acquire(th);
    Tuple* a = as<Tuple>(args);
    std::vector<Value> buf(a->n + 1);
    for (uint32_t i = 0; i < a->n; i++) buf[i + 1] = a->items()[i];
    // At native depth 0, as module code runs, so that the collector may run meanwhile
    // (the target and its arguments stay rooted in temp_roots until it returns).
    Value r = call_toplevel(t, callable, buf.data() + 1, int(a->n), nullptr);
    t.temp_roots.clear();
    if (r.is_null()) {
        Value exc = take_exc(t);
        if (!(is_kind(exc, Kind::Exception) && exc.o->type->is_subtype_of(t.in.types.SystemExit)))
            write(t, 2, "Exception in thread " + th->name + ":\n" + format_exception(t, exc));
    }
    if (th->handle) {
        {
            std::lock_guard<std::mutex> g(e_.kmu);
            th->handle->finished = true;
        }
        if (th->handle->joiners) notify(t, *th->handle->joiners, -1);
    }
    e_.show_state(th, ThreadState::Done, Reason::Exit);
    release(th, Reason::Exit);
    p_.policy->thread_exit(th);
}

bool NHost::start_thread(Thread& parent, Value callable, Value args, const std::string& name, ThreadHandle* handle) {
    NThread* me = self(parent);
    NThread* th = e_.new_thread(&p_, name, me);
    th->handle = handle;
    th->daemon = handle->daemon;
    handle->trace_id = th->id;
    handle->ident = uint64_t(th->id) + 1;
    handle->started = true;
    th->vm->temp_roots.push_back(callable);
    th->vm->temp_roots.push_back(args);
    th->os = std::thread([this, th, callable, args] { thread_body(th, callable, args); });
    return true;
}

void NHost::join_non_daemon(NThread* main) {
    for (;;) {
        NThread* pending = nullptr;
        {
            std::lock_guard<std::mutex> g(p_.threads_mu);
            for (auto& th : p_.threads)
                if (th.get() != main && !th->daemon && th->handle && !th->handle->finished) {
                    pending = th.get();
                    break;
                }
        }
        if (!pending) return;
        ThreadHandle* h = pending->handle;
        if (!h->joiners) return;  // cannot happen: threading creates it
        if (wait(*main->vm, *h->joiners, -1, ThreadState::Blocked,
                 [](void* c) { return !static_cast<ThreadHandle*>(c)->finished; }, h) < 0)
            return;
    }
}

void NHost::finish_process(NThread* main, int code) {
    Thread& t = *main->vm;
    t.exc = Value();
    join_non_daemon(main);
    for (ProcessHandle* h : p_.children) {
        if (h->finished) continue;
        if (h->daemon) {
            terminate_process(t, h);
            continue;
        }
        while (!h->finished && !e_.stopping()) {
            if (wait(t, *h->joiners, -1, ThreadState::Blocked,
                     [](void* c) { return !static_cast<ProcessHandle*>(c)->finished; }, h) < 0)
                break;
        }
    }
    t.exc = Value();
    if (p_.killed) code = -15;
    e_.show_state(main, ThreadState::Done, Reason::Exit);
    release(main, Reason::Exit);
    if (p_.handle) {
        {
            std::lock_guard<std::mutex> g(e_.kmu);
            p_.handle->exitcode = code;
            p_.handle->finished = true;
        }
        if (p_.handle->joiners) notify(t, *p_.handle->joiners, -1);
    } else {
        std::lock_guard<std::mutex> g(e_.result_mu());
        if (!e_.result().timed_out) e_.result().exit_code = code;
    }
}

void NHost::run_main(NThread* main) {
    current_nthread() = main;
    Thread& t = *main->vm;
    acquire(main);
    int code = ::gs::run_main(t, e_.options().program);
    finish_process(main, code);
}

void NHost::child_main(NThread* main, Thread* parent, Value callable, Value args, std::function<void()> forked) {
    current_nthread() = main;
    Thread& t = *main->vm;
    acquire(main);
    t.native_depth++;
    for (auto& e : parent->in.modules->entries) {
        if (!is_kind(e.key, Kind::Str) || as<Str>(e.key)->view() == "__main__") continue;
        if (import_module(t, intern(t.in, as<Str>(e.key)->view())).is_null()) t.exc = Value();
    }
    Cloner c(*parent, t);
    bool ok = c.copy_main();
    Value fn = ok ? c.copy(callable) : Value::null();
    Value a = fn.is_null() ? Value::null() : c.copy(args);
    t.native_depth--;
    forked();  // the parent may go on: its state is no longer read
    if (a.is_null()) {
        write(t, 2, "Process " + p_.name + ":\n" + format_exception(t, take_exc(t)));
        finish_process(main, 1);
        return;
    }
    Tuple* at = as<Tuple>(a);
    std::vector<Value> buf(at->n + 1);
    for (uint32_t i = 0; i < at->n; i++) buf[i + 1] = at->items()[i];
    Value r = call_toplevel(t, fn, buf.data() + 1, int(at->n), nullptr);
    int code = 0;
    if (r.is_null()) {
        Value exc = take_exc(t);
        if (is_kind(exc, Kind::Exception) && exc.o->type->is_subtype_of(t.in.types.SystemExit)) {
            code = exit_status_of(t, exc);
            t.exc = Value();
        } else {
            write(t, 2, "Process " + p_.name + ":\n" + format_exception(t, exc));
            code = 1;
        }
    }
    finish_process(main, code);
}

bool NHost::start_process(Thread& parent, Value callable, Value args, const std::string& name,
                          ProcessHandle* handle) {
    NThread* me = self(parent);
    NProcess* child = e_.new_process(me);
    child->name = name;
    child->pid = 4000 + child->id;
    child->handle = handle;
    handle->engine = child;
    handle->pid = child->pid;
    handle->started = true;
    p_.children.push_back(handle);
    NThread* cm = e_.new_thread(child, "MainThread", me);
    cm->is_main = true;
    child->main = cm;
    // fork(): this thread keeps its lock (so no thread of this process changes the heap)
    // until the child has copied what it needs.
    std::promise<void> copied;
    std::future<void> done = copied.get_future();
    NHost* host = child->host.get();
    Thread* pt = &parent;
    child->os = std::thread([host, cm, pt, callable, args, &copied] {
        host->child_main(cm, pt, callable, args, [&copied] { copied.set_value(); });
    });
    done.wait();
    return true;
}

void NHost::terminate_process(Thread& t, ProcessHandle* handle) {
    auto* child = static_cast<NProcess*>(handle->engine);
    if (!child || handle->finished) return;
    child->killed = true;
    std::lock_guard<std::mutex> g(child->threads_mu);
    for (auto& th : child->threads)
        if (th->vm) th->vm->budget.store(0, std::memory_order_relaxed);
    e_.kcv.notify_all();
}

}  // namespace gs
