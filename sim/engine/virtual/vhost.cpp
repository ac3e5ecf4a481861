#include "sim/engine/virtual/vhost.hpp"

#include "sim/vm/call.hpp"
#include "sim/vm/clone.hpp"
#include "sim/vm/eval_support.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

void VHost::write(Thread& t, int fd, std::string_view text) {
    if (e_.options().output) e_.options().output(fd, text);
}

// terminate(): the process's threads stop where they are, as on SIGTERM.
bool VHost::killed(Thread& t) {
    if (!p_.killed) return false;
    if (t.exc.is_null()) raise(t, t.in.types.SystemExit, "terminated");
    return true;
}

bool VHost::deliver_signal(Thread& t, VThread* th) {
    if (!th->is_main || !p_.policy->signal_pending()) return false;
    p_.policy->set_signal_pending(false);
    if (t.exc.is_null()) raise(t, t.in.types.KeyboardInterrupt, "");
    return true;
}

bool VHost::on_breaker(Thread& t) {
    VThread* th = self(t);
    if (!th) return Host::on_breaker(t);
    if (killed(t) || deliver_signal(t, th)) return false;
    e_.sync(th);
    if (p_.checker) p_.checker->running(th);
    GilPolicy& pol = *p_.policy;
    bool ticks_due = t.ticks >= t.tick_budget;
    if (pol.wants_check(th) || ticks_due || pol.next_check(th) <= th->clock) pol.check(th);
    e_.maybe_yield(th);
    e_.set_budget(th);
    if (p_.checker) p_.checker->running(th);
    return true;
}

bool VHost::block_for(Thread& t, Nanos ns, ThreadState as, Reason why) {
    VThread* th = self(t);
    e_.sync(th);
    p_.policy->drop(th, why);
    th->logical = as;
    e_.show_state(th, why);
    e_.charge(th, e_.machine().syscall_cost);
    th->wait_seq++;
    e_.wake_at(th, th->clock + (ns > 0 ? ns : 0), as == ThreadState::Io ? Reason::IoDone : Reason::SleepDone);
    th->interruptible = th->is_main;
    e_.block(th);
    th->interruptible = false;
    p_.policy->take(th);
    return !killed(t) && !deliver_signal(t, th);
}

bool VHost::cpu(Thread& t, Nanos ns, bool release_gil) {
    VThread* th = self(t);
    e_.sync(th);
    if (release_gil) {
        p_.policy->drop(th, Reason::NativeRelease);
        th->logical = ThreadState::Native;
        e_.show_state(th, Reason::NativeRelease);
    }
    // Compute on the core for ns: other cores and events catch up at each horizon, and
    // the OS may preempt the thread (it then continues where it stopped).
    Nanos left = ns;
    while (left > 0) {
        Nanos step = std::min(left, std::max<Nanos>(e_.horizon() - th->clock, 0));
        th->clock += step;
        left -= step;
        if (left > 0 || th->clock >= e_.horizon()) th->fiber->yield();
    }
    if (release_gil) p_.policy->take(th);
    return !killed(t);
}

int VHost::wait(Thread& t, WaitQueue& q, Nanos timeout, ThreadState as, bool (*still_blocked)(void*), void* ctx) {
    VThread* th = self(t);
    if (still_blocked && !still_blocked(ctx)) return 1;
    auto& list = static_cast<VWaitList&>(q);
    e_.sync(th);
    // Like Py_BEGIN_ALLOW_THREADS before a futex wait: the lock is released first (which
    // may itself wait, for the lock's own mutex), then the condition is checked again
    // and the thread joins the queue with no yield in between, so no notify is lost.
    p_.policy->drop(th, Reason::BlockRelease);
    if (still_blocked && !still_blocked(ctx)) {
        p_.policy->take(th);
        return killed(t) ? -1 : 1;
    }
    th->wait_seq++;
    th->timed_out = false;
    list.waiters.push_back({th, th->wait_seq});
    th->waiting_on = &list;
    th->logical = as;
    e_.show_state(th, Reason::BlockRelease);
    e_.charge(th, e_.machine().syscall_cost);
    if (timeout >= 0) e_.timeout_at(th, th->clock + timeout);
    const bool interruptible = th->is_main && p_.policy->signals_interrupt_waits();
    th->interruptible = interruptible;
    e_.block(th);
    th->interruptible = false;
    p_.policy->take(th);
    if (killed(t) || (interruptible && deliver_signal(t, th))) return -1;
    return th->timed_out ? 0 : 1;
}

void VHost::notify(Thread& t, WaitQueue& q, int n) {
    auto& list = static_cast<VWaitList&>(q);
    VThread* me = self(t);
    Nanos now = e_.sync(me);
    while (!list.waiters.empty() && n != 0) {
        auto [w, seq] = list.waiters.front();
        list.waiters.pop_front();
        w->waiting_on = nullptr;
        e_.charge(me, e_.machine().syscall_cost);
        e_.wake_at(w, now, Reason::Woken, true, seq);
        if (n > 0) n--;
    }
}

int VHost::active_count(Thread& t) {
    int n = 0;
    for (VThread* th : p_.threads)
        if (th->sched != VThread::Sched::Done && (th->handle == nullptr || th->handle->started)) n++;
    return n;
}

void VHost::thread_body(VThread* th, Value callable, Value args) {
    Thread& t = *th->vm;
    p_.policy->take(th);
    Tuple* a = as<Tuple>(args);
    std::vector<Value> buf(a->n + 1);
    for (uint32_t i = 0; i < a->n; i++) buf[i + 1] = a->items()[i];
    // At native depth 0, as module code runs, so that the collector may run meanwhile
    // (the target and its arguments stay rooted in temp_roots until it returns).
    Value r = call_toplevel(t, callable, buf.data() + 1, int(a->n), nullptr);
    t.temp_roots.clear();
    if (r.is_null()) {
        Value exc = take_exc(t);
        if (!(is_kind(exc, Kind::Exception) && exc.o->type->is_subtype_of(t.in.types.SystemExit))) {
            // threading's default excepthook.
            write(t, 2, "Exception in thread " + th->name + ":\n" + format_exception(t, exc));
        }
    }
    if (th->handle) {
        th->handle->finished = true;
        if (th->handle->joiners) notify(t, *th->handle->joiners, -1);
    }
    p_.policy->drop(th, Reason::Exit);
    p_.policy->thread_exit(th);
}

bool VHost::start_thread(Thread& parent, Value callable, Value args, const std::string& name, ThreadHandle* handle) {
    VThread* me = self(parent);
    e_.sync(me);
    VThread* th = e_.new_thread(&p_, name, me);
    th->handle = handle;
    th->daemon = handle->daemon;
    handle->trace_id = th->id;
    handle->ident = uint64_t(th->id) + 1;
    handle->started = true;
    // Kept alive until the thread's first frame holds them.
    th->vm->temp_roots.push_back(callable);
    th->vm->temp_roots.push_back(args);
    e_.charge(me, e_.machine().syscall_cost);
    e_.start_thread(th, me->clock + e_.machine().thread_start, [this, th, callable, args] {
        thread_body(th, callable, args);
    });
    return true;
}

void VHost::set_thread_name(Thread& t, ThreadHandle* h, const std::string& name) {
    if (h) e_.trace()->rename_thread(h->trace_id, name);
    else e_.trace()->rename_thread(self(t)->id, name);
}

void VHost::join_non_daemon(VThread* main) {
    // Interpreter shutdown waits for the threads that are not daemons (threading._shutdown).
    for (;;) {
        VThread* pending = nullptr;
        for (VThread* th : p_.threads)
            if (th != main && !th->daemon && th->handle && !th->handle->finished) {
                pending = th;
                break;
            }
        if (!pending) return;
        ThreadHandle* h = pending->handle;
        if (!h->joiners) h->joiners = new_wait_queue();
        wait(*main->vm, *h->joiners, -1, ThreadState::Blocked,
             [](void* c) { return !static_cast<ThreadHandle*>(c)->finished; }, h);
    }
}

void VHost::finish_process(VThread* main, int code) {
    Thread& t = *main->vm;
    t.exc = Value();
    join_non_daemon(main);
    // multiprocessing joins the child processes that are not daemons, and ends the others.
    for (ProcessHandle* h : p_.children) {
        auto* child = static_cast<VProcess*>(h->engine);
        if (h->finished) continue;
        if (child && child->main && child->main->daemon) {
            terminate_process(t, h);
            continue;
        }
        while (!h->finished && !p_.killed) {
            int r = wait(t, *h->joiners, -1, ThreadState::Blocked,
                         [](void* c) { return !static_cast<ProcessHandle*>(c)->finished; }, h);
            if (r < 0) break;
        }
    }
    t.exc = Value();
    if (p_.killed) code = -15;
    p_.policy->drop(main, Reason::Exit);
    e_.process_exit(&p_, code);
    if (p_.handle) {
        p_.handle->exitcode = code;
        p_.handle->finished = true;
        if (p_.handle->joiners) notify(t, *p_.handle->joiners, -1);
    }
}

void VHost::start_main(VThread* main) {
    e_.start_thread(main, 0, [this, main] {
        Thread& t = *main->vm;
        p_.policy->take(main);
        int code = run_main(t, e_.options().program);
        finish_process(main, code);
    });
}

// The child's main thread: copy the parent's state while the parent waits (fork), pay
// the start-up cost, run the target, exit with its status.
void VHost::child_body(VThread* main, VThread* parent, Value callable, Value args) {
    Thread& t = *main->vm;
    Thread& pt = *parent->vm;
    p_.policy->take(main);
    t.native_depth++;  // no collection in the child until the copy is complete
    // The modules the parent has loaded, imported here first (importing runs code).
    for (auto& e : pt.in.modules->entries) {
        if (!is_kind(e.key, Kind::Str) || as<Str>(e.key)->view() == "__main__") continue;
        if (import_module(t, intern(t.in, as<Str>(e.key)->view())).is_null()) t.exc = Value();
    }
    Cloner c(pt, t);
    bool ok = c.copy_main();
    Value fn = ok ? c.copy(callable) : Value::null();
    Value a = fn.is_null() ? Value::null() : c.copy(args);
    t.native_depth--;
    e_.wake_at(parent, e_.sync(main), Reason::Woken, false);  // fork() returns in the parent
    int code = 0;
    if (a.is_null()) {
        write(t, 2, "Process " + p_.name + ":\n" + format_exception(t, take_exc(t)));
        finish_process(main, 1);
        return;
    }
    t.temp_roots.push_back(fn);
    t.temp_roots.push_back(a);
    // A new interpreter starting up costs CPU time on its core.
    cpu(t, e_.machine().process_start, false);
    Tuple* at = as<Tuple>(a);
    std::vector<Value> buf(at->n + 1);
    for (uint32_t i = 0; i < at->n; i++) buf[i + 1] = at->items()[i];
    Value r = p_.killed ? Value::null() : call_toplevel(t, fn, buf.data() + 1, int(at->n), nullptr);
    t.temp_roots.clear();
    if (r.is_null() && !p_.killed) {
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

bool VHost::start_process(Thread& parent, Value callable, Value args, const std::string& name,
                          ProcessHandle* handle) {
    VThread* me = self(parent);
    e_.sync(me);
    VProcess* child = e_.new_process(me);
    child->name = name;
    child->pid = 4000 + child->id;
    child->handle = handle;
    handle->engine = child;
    handle->pid = child->pid;
    handle->started = true;
    p_.children.push_back(handle);
    VThread* cm = e_.new_thread(child, "MainThread", me);
    cm->is_main = true;
    cm->daemon = handle->daemon;
    child->main = cm;
    cm->vm->temp_roots.push_back(callable);  // (in the parent's heap: kept by the parent)
    e_.charge(me, e_.machine().syscall_cost);
    auto* host = child->host.get();
    e_.start_thread(cm, me->clock, [host, cm, me, callable, args] { host->child_body(cm, me, callable, args); });
    // fork(): the parent waits, keeping its lock, until the child has its copy.
    me->wait_seq++;
    me->logical = ThreadState::Blocked;
    e_.block(me);
    me->logical = ThreadState::Running;
    e_.show_state(me, Reason::None);
    return true;
}

void VHost::terminate_process(Thread& t, ProcessHandle* handle) {
    auto* child = static_cast<VProcess*>(handle->engine);
    if (!child || handle->finished || child->killed) return;
    child->killed = true;
    // Threads blocked in the child wake up to find themselves killed.
    for (VThread* th : child->threads)
        if (th->sched == VThread::Sched::Blocked) {
            if (th->waiting_on) {
                auto& ws = th->waiting_on->waiters;
                for (size_t i = 0; i < ws.size(); i++)
                    if (ws[i].first == th) {
                        ws.erase(ws.begin() + long(i));
                        break;
                    }
                th->waiting_on = nullptr;
            }
            e_.wake_at(th, e_.sync(self(t)), Reason::Woken);
        } else if (th->vm) {
            th->vm->budget.store(0, std::memory_order_relaxed);
        }
}

}  // namespace gs
