#include "sim/engine/virtual/vhost.hpp"

#include "sim/vm/runtime.hpp"

namespace gs {

void VHost::write(Thread& t, int fd, std::string_view text) {
    if (e_.options().output) e_.options().output(fd, text);
}

bool VHost::on_breaker(Thread& t) {
    VThread* th = self(t);
    if (!th) return Host::on_breaker(t);
    e_.sync(th);
    GilPolicy& pol = *p_.policy;
    bool ticks_due = t.ticks >= t.tick_budget;
    if (pol.wants_check(th) || ticks_due || pol.next_check(th) <= th->clock) pol.check(th);
    e_.maybe_yield(th);
    e_.set_budget(th);
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
    e_.block(th);
    p_.policy->take(th);
    return true;
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
    return true;
}

int VHost::wait(Thread& t, WaitQueue& q, Nanos timeout, ThreadState as, bool (*still_blocked)(void*), void* ctx) {
    VThread* th = self(t);
    if (still_blocked && !still_blocked(ctx)) return 1;
    auto& list = static_cast<VWaitList&>(q);
    e_.sync(th);
    th->wait_seq++;
    th->timed_out = false;
    list.waiters.push_back({th, th->wait_seq});
    th->waiting_on = &list;
    p_.policy->drop(th, Reason::BlockRelease);
    th->logical = as;
    e_.show_state(th, Reason::BlockRelease);
    e_.charge(th, e_.machine().syscall_cost);
    if (timeout >= 0) e_.timeout_at(th, th->clock + timeout);
    e_.block(th);
    p_.policy->take(th);
    return th->timed_out ? 0 : 1;
}

void VHost::notify(Thread& t, WaitQueue& q, int n) {
    auto& list = static_cast<VWaitList&>(q);
    VThread* me = self(t);
    Nanos now = e_.sync(me);
    while (!list.waiters.empty() && n != 0) {
        VThread* w = list.waiters.front().first;
        list.waiters.pop_front();
        w->waiting_on = nullptr;
        e_.charge(me, e_.machine().syscall_cost);
        e_.wake_at(w, now, Reason::Woken);
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
    t.temp_roots.clear();  // the target and its arguments are on the stack from here
    Tuple* a = as<Tuple>(args);
    std::vector<Value> buf(a->n + 1);
    for (uint32_t i = 0; i < a->n; i++) buf[i + 1] = a->items()[i];
    Value r = call(t, callable, buf.data() + 1, int(a->n), nullptr);
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

void VHost::start_main(VThread* main) {
    e_.start_thread(main, 0, [this, main] {
        Thread& t = *main->vm;
        p_.policy->take(main);
        int code = run_main(t, e_.options().program);
        join_non_daemon(main);
        p_.policy->drop(main, Reason::Exit);
        e_.process_exit(&p_, code);
    });
}

}  // namespace gs
