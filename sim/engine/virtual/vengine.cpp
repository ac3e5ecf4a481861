#include "sim/engine/virtual/vengine.hpp"


#include <algorithm>
#include <cassert>

#include "sim/engine/virtual/vhost.hpp"
#include "sim/engine/virtual/vplatform.hpp"

namespace gs {

namespace {
// How far a running thread may get ahead of the other running cores before the
// scheduler lets them catch up: the granularity at which cores interleave.
constexpr Nanos kLookahead = 20'000;
constexpr size_t kFiberStack = 512 * 1024;
}  // namespace

VEngine::VEngine(const RunOptions& opts)
    : opts_(opts), trace_(opts.trace ? opts.trace : &own_trace_), rng_(opts.seed) {
    cores_.resize(size_t(std::max(1, opts_.machine.cores)));
    trace_->cores = int(cores_.size());
}

VEngine::~VEngine() {
    // Unfinished fibers (a time limit, a deadlock) are unwound before the interpreters
    // they run go away.
    for (auto& th : threads_) th->fiber.reset();
    if (opts_.exit_after_run)
        for (auto& p : procs_) (void)p->interp.release();  // (see RunOptions::exit_after_run)
    for (auto& th : threads_) th->vm.reset();
    procs_.clear();
}

// Threads run ahead of each other by up to the lookahead, so events are produced a little
// out of time order. They wait here until no thread can produce an earlier one (every
// running thread and every pending event is past them), and reach the trace in order.
void VEngine::record(const TraceEvent& e) { pending_trace_.push({e, trace_seq_++}); }

void VEngine::flush_trace(Nanos safe) {
    while (!pending_trace_.empty() && pending_trace_.top().e.t <= safe) {
        trace_->push(pending_trace_.top().e);
        pending_trace_.pop();
    }
}

void VEngine::push(Event e) {
    e.seq = seq_++;
    events_.push(e);
    // An event due before the running thread's horizon moves the horizon: the thread
    // must stop there so that the event happens in time order.
    if (current_ && e.t < horizon_) {
        horizon_ = std::max(e.t, current_->clock);
        if (current_->vm && current_->sched == VThread::Sched::OnCore) set_budget(current_);
    }
}

void VEngine::charge(VThread* th, Nanos ns) {
    th->clock += ns;
    if (th == current_ && th->sched == VThread::Sched::OnCore) maybe_yield(th);
}

Nanos VEngine::sync(VThread* th) {
    if (!th || !th->vm) return now_;
    uint64_t u = th->vm->units;
    if (u > th->units_mark) {
        th->clock += Nanos(u - th->units_mark) * opts_.machine.instruction_cost;
        th->units_mark = u;
    }
    return th->clock;
}

void VEngine::set_budget(VThread* th) {
    Thread* t = th->vm.get();
    GilPolicy& pol = *th->proc->policy;
    if (pol.wants_check(th)) {
        t->budget.store(0, std::memory_order_relaxed);
        return;
    }
    Nanos until = std::min(horizon_, pol.next_check(th));
    Nanos left = until - th->clock;
    uint64_t units = left <= 0 ? 0 : uint64_t(left / opts_.machine.instruction_cost) + 1;
    if (th->proc->checker) units = 1;  // check_lock: the breaker at every instruction
    t->budget.store(t->units + units, std::memory_order_relaxed);
    // py2's ticker counts down from one check to the next: re-armed when it fired (or
    // when the interval became shorter), not whenever the horizon moves, or every
    // interruption by another core would lengthen the holder's interval.
    int ticks = pol.tick_budget();
    if (ticks <= 0)
        t->tick_budget = UINT64_MAX;
    else if (t->ticks >= t->tick_budget || t->tick_budget - t->ticks > uint64_t(ticks))
        t->tick_budget = t->ticks + uint64_t(ticks);
}

void VEngine::show_state(VThread* th, Reason why) {
    ThreadState s;
    switch (th->sched) {
        case VThread::Sched::Ready: s = ThreadState::Ready; break;
        case VThread::Sched::Done: s = ThreadState::Done; break;
        case VThread::Sched::New: s = ThreadState::Created; break;
        default: s = th->logical; break;
    }
    if (s == th->shown && why == th->shown_reason) return;
    if (s == th->shown && why == Reason::None) return;
    th->shown = s;
    th->shown_reason = why;
    Nanos t = th->sched == VThread::Sched::OnCore ? th->clock : std::max(now_, th->ready_since);
    TraceEvent e{};
    e.t = t;
    e.thread = th->id;
    e.other = kNoThread;
    e.proc = th->proc->id;
    e.kind = EventKind::State;
    e.code = uint8_t(s);
    e.reason = why;
    e.core = th->core >= 0 ? uint8_t(th->core) : kNoCore;
    e.arg = th->vm ? place_arg(*th->vm) : 0;  // fibers never run at once: any thread's frames can be read
    record(e);
}

void VEngine::emit_lock(LockEvent ev, VThread* who, VThread* other, Reason why) {
    TraceEvent e{};
    e.t = who ? (who->sched == VThread::Sched::OnCore ? who->clock : now_) : now_;
    e.thread = who ? who->id : kNoThread;
    e.other = other ? other->id : kNoThread;
    e.proc = who ? who->proc->id : 0;
    e.kind = EventKind::Lock;
    e.code = uint8_t(ev);
    e.reason = why;
    e.core = who && who->core >= 0 ? uint8_t(who->core) : kNoCore;
    record(e);
}

void VEngine::emit_core(int core, VThread* th, Nanos t) {
    TraceEvent e{};
    e.t = t;
    e.thread = th ? th->id : kNoThread;
    e.other = kNoThread;
    e.proc = th ? th->proc->id : 0;
    e.kind = EventKind::Core;
    e.core = uint8_t(core);
    record(e);
}

// ---- threads ------------------------------------------------------------------------

VThread* VEngine::new_thread(VProcess* p, const std::string& name, VThread* parent) {
    auto th = std::make_unique<VThread>();
    th->proc = p;
    th->name = name;
    Nanos t = parent ? parent->clock : now_;
    th->id = trace_->add_thread(p->id, name, parent ? parent->id : kNoThread, t);
    th->vm = std::make_unique<Thread>(*p->interp, name);
    th->vm->engine = th.get();
    th->vm->every_instruction =
        p->policy->config().every_instruction || p->policy->tick_budget() > 0 || p->checker;
    VThread* raw = th.get();
    p->threads.push_back(raw);
    threads_.push_back(std::move(th));
    TraceEvent e{};
    e.t = t;
    e.thread = raw->id;
    e.other = parent ? parent->id : kNoThread;
    e.proc = p->id;
    e.kind = EventKind::Thread;
    record(e);
    return raw;
}

void VEngine::start_thread(VThread* th, Nanos at, std::function<void()> body) {
    th->fiber = std::make_unique<Fiber>(kFiberStack, [this, th, body = std::move(body)] {
        body();
        thread_finished(th);
    });
    push({at, 0, Ev::Start, Reason::Start, th, 0, -1});
}

void VEngine::thread_finished(VThread* th) {
    sync(th);
    th->logical = ThreadState::Done;
    Nanos t = th->clock;
    release_core(th, t);
    th->sched = VThread::Sched::Done;
    show_state(th, Reason::Exit);
}

VProcess* VEngine::new_process(VThread* parent) {
    auto p = std::make_unique<VProcess>();
    p->id = trace_->add_process(procs_.empty() ? "main" : "process " + std::to_string(procs_.size()),
                                parent ? parent->proc->id : 0, parent ? parent->clock : now_);
    p->host = std::make_unique<VHost>(*this, *p);
    InterpConfig cfg;
    cfg.recursion_limit = opts_.recursion_limit;
    cfg.heap_limit = opts_.heap_limit;
    cfg.instruction_cost_ns = opts_.machine.instruction_cost;
    cfg.argv = opts_.argv;
    p->platform = std::make_unique<VPlatform>(*this);
    std::string err;
    if (opts_.check_lock && opts_.policy.name != "none") p->checker = std::make_unique<LockChecker>(*p->platform);
    p->policy = make_policy(p->checker ? static_cast<Platform&>(*p->checker) : *p->platform, opts_.policy, &err);
    p->interp = std::make_unique<Interp>(*p->host, cfg);
    VProcess* raw = p.get();
    procs_.push_back(std::move(p));
    return raw;
}

void VEngine::signal_at(VProcess* p, Nanos at) {
    if (p->main) push({at, 0, Ev::Signal, Reason::None, p->main, 0, -1});
}

void VEngine::process_exit(VProcess* p, int code) {
    p->exited = true;
    p->exit_code = code;
    if (p == main_process()) exit_time_ = p->main->clock;
}

// ---- scheduling ---------------------------------------------------------------------

int VEngine::idle_core(VThread* th) const {
    // Prefer the core the thread ran on last (warm caches), then the lowest index.
    if (th->last_core >= 0 && !cores_[size_t(th->last_core)].running) return th->last_core;
    for (size_t i = 0; i < cores_.size(); i++)
        if (!cores_[i].running) return int(i);
    return -1;
}

void VEngine::assign(int c, VThread* th, Nanos t) {
    Core& core = cores_[size_t(c)];
    core.running = th;
    core.epoch++;
    Nanos start = std::max(t, core.free_at);
    start += opts_.machine.context_switch;  // the core switches to this thread
    th->core = c;
    th->last_core = c;
    th->sched = VThread::Sched::OnCore;
    th->clock = start;
    if (th->vm) th->units_mark = th->vm->units;
    emit_core(c, th, start);
    show_state(th, Reason::None);
    push({start + opts_.machine.time_slice, 0, Ev::SliceEnd, Reason::Preempted, th, core.epoch, c});
}

void VEngine::make_runnable(VThread* th, Nanos t, Reason why) {
    int c = idle_core(th);
    if (c >= 0) {
        assign(c, th, t);
        return;
    }
    th->sched = VThread::Sched::Ready;
    th->ready_since = t;
    ready_.push_back(th);
    Nanos saved = now_;
    now_ = t;
    show_state(th, Reason::NoCore);
    now_ = saved;
}

void VEngine::release_core(VThread* th, Nanos t) {
    if (th->core < 0) return;
    Core& core = cores_[size_t(th->core)];
    int c = th->core;
    core.running = nullptr;
    core.free_at = t;
    th->core = -1;
    if (!ready_.empty()) {
        VThread* next = ready_.front();
        ready_.pop_front();
        assign(c, next, std::max(t, next->ready_since));
    } else {
        emit_core(c, nullptr, t);
    }
}

void VEngine::block(VThread* th) {
    sync(th);
    if (th->pending_wake_seq == th->wait_seq) {  // already woken: don't sleep
        th->pending_wake_seq = 0;
        th->clock = std::max(th->clock, th->pending_wake_t);
        return;
    }
    release_core(th, th->clock);
    th->sched = VThread::Sched::Blocked;
    show_state(th, Reason::None);
    th->fiber->yield();
    // Back on a core (assign() set the clock).
    show_state(th, Reason::None);
}

void VEngine::wake_at(VThread* th, Nanos at, Reason why, bool latency, uint64_t seq) {
    push({at + (latency ? wakeup_latency() : 0), 0, Ev::Wake, why, th, seq ? seq : th->wait_seq, -1});
}

Nanos VEngine::wakeup_latency() {
    // Real wake-ups vary: which thread wins a race after a wake-up is the OS's choice,
    // modelled by a seeded random latency around the configured one.
    Nanos base = opts_.machine.wakeup_latency;
    int pct = opts_.machine.wakeup_jitter_pct;
    if (pct <= 0 || base <= 0) return base;
    Nanos spread = base * pct / 100;
    return base - spread + Nanos(rng_() % uint64_t(2 * spread + 1));
}

void VEngine::timeout_at(VThread* th, Nanos at) { push({at, 0, Ev::Timeout, Reason::TimedOut, th, th->wait_seq, -1}); }

void VEngine::maybe_yield(VThread* th) {
    if (th->clock < horizon_) return;
    th->fiber->yield();
}

void VEngine::sync_point(VThread* th) {
    sync(th);
    while (th == current_ && th->sched == VThread::Sched::OnCore) {
        bool behind = !events_.empty() && events_.top().t <= th->clock;
        for (const Core& c : cores_)
            if (c.running && c.running != th && c.running->clock < th->clock) behind = true;
        if (!behind) return;
        // The scheduler resumes the thread that is furthest behind, after the events due.
        horizon_ = th->clock;
        th->fiber->yield();
    }
}

bool VEngine::has_idle_core() const {
    for (const Core& c : cores_)
        if (!c.running) return true;
    return false;
}

void VEngine::handle(const Event& e) {
    VThread* th = e.th;
    switch (e.type) {
        case Ev::Start:
            make_runnable(th, e.t, Reason::Start);
            break;
        case Ev::Signal: {
            VProcess* p = th->proc;
            if (p->exited || p->killed || th->sched == VThread::Sched::Done) break;
            p->policy->set_signal_pending(true);
            Nanos saved = now_;
            now_ = e.t;
            emit_lock(LockEvent::Signal, th, nullptr, Reason::None);
            now_ = saved;
            // The main thread notices it at its next breaker; a sleep or I/O it is in
            // ends now (EINTR). Running threads recompute their budgets (py2's ticker).
            if (th->sched == VThread::Sched::Blocked && th->interruptible) {
                if (th->waiting_on) {
                    auto& ws = th->waiting_on->waiters;
                    for (size_t i = 0; i < ws.size(); i++)
                        if (ws[i].first == th) {
                            ws.erase(ws.begin() + long(i));
                            break;
                        }
                    th->waiting_on = nullptr;
                }
                push({e.t, 0, Ev::Wake, Reason::Woken, th, th->wait_seq, -1});
            }
            for (VThread* o : p->threads)
                if (o->vm && o->sched != VThread::Sched::Done) o->vm->budget.store(0, std::memory_order_relaxed);
            break;
        }
        case Ev::Wake:
            if (e.tag != th->wait_seq || th->sched == VThread::Sched::Done) break;  // stale
            if (th->sched != VThread::Sched::Blocked) {  // not asleep yet: see pending_wake_seq
                th->pending_wake_seq = e.tag;
                th->pending_wake_t = e.t;
                break;
            }
            make_runnable(th, e.t, e.reason);
            break;
        case Ev::Timeout:
            // Only if the thread is still in the wait this timeout belongs to.
            if (th->sched != VThread::Sched::Blocked || th->wait_seq != e.tag || !th->waiting_on) break;
            {
                auto& ws = th->waiting_on->waiters;
                for (size_t i = 0; i < ws.size(); i++)
                    if (ws[i].first == th) {
                        ws.erase(ws.begin() + long(i));
                        break;
                    }
            }
            th->waiting_on = nullptr;
            th->timed_out = true;
            push({e.t + wakeup_latency(), 0, Ev::Wake, Reason::TimedOut, th, th->wait_seq, -1});
            break;
        case Ev::SliceEnd: {
            Core& core = cores_[size_t(e.core)];
            if (core.running != th || core.epoch != e.tag) break;
            if (ready_.empty()) {
                push({e.t + opts_.machine.time_slice, 0, Ev::SliceEnd, Reason::Preempted, th, core.epoch, e.core});
                break;
            }
            // The OS preempts: the thread goes to the back of the run queue.
            Nanos t = std::max(e.t, th->clock);
            th->clock = t;
            int c = th->core;
            core.running = nullptr;
            core.free_at = t;
            th->core = -1;
            th->sched = VThread::Sched::Ready;
            th->ready_since = t;
            ready_.push_back(th);
            Nanos saved = now_;
            now_ = t;
            show_state(th, Reason::Preempted);
            now_ = saved;
            VThread* next = ready_.front();
            ready_.pop_front();
            assign(c, next, t);
            break;
        }
    }
}

void VEngine::run_thread(VThread* th, Nanos horizon) {
    current_ = th;
    horizon_ = horizon;
    if (th->vm) set_budget(th);
    th->fiber->resume();
    current_ = nullptr;
    if (th->fiber->done()) th->sched = VThread::Sched::Done;
}

void VEngine::stop(const std::string& why, int code) {
    if (stopping_) return;
    stopping_ = true;
    result_.error = why;
    result_.exit_code = code;
}

RunResult VEngine::run() {
    VProcess* p = new_process(nullptr);
    VThread* main = new_thread(p, "MainThread", nullptr);
    main->is_main = true;
    p->main = main;
    p->host->start_main(main);
    const Nanos limit = opts_.time_limit;
    while (!stopping_) {
        if (p->exited) break;
        // The running thread that is furthest behind.
        VThread* next = nullptr;
        Nanos second = INT64_MAX;
        for (Core& c : cores_) {
            if (!c.running) continue;
            VThread* th = c.running;
            if (!next || th->clock < next->clock) {
                if (next) second = std::min(second, next->clock);
                next = th;
            } else {
                second = std::min(second, th->clock);
            }
        }
        Nanos te = events_.empty() ? INT64_MAX : events_.top().t;
        flush_trace(std::min(te, next ? next->clock : INT64_MAX) - 1);
        if (opts_.pace && (next || te != INT64_MAX) && !opts_.pace(std::min(te, next ? next->clock : te))) {
            stop("stopped", 130);
            break;
        }
        if (!next && te == INT64_MAX) {
            stop("deadlock: every thread is blocked and nothing can wake them", 1);
            break;
        }
        if (next && next->clock > limit) {
            result_.timed_out = true;
            stop("the run reached its time limit", 124);
            break;
        }
        if (te <= (next ? next->clock : INT64_MAX)) {
            Event e = events_.top();
            events_.pop();
            if (e.t > limit) {
                now_ = limit;
                result_.timed_out = true;
                stop("the run reached its time limit", 124);
                break;
            }
            now_ = std::max(now_, e.t);
            handle(e);
            continue;
        }
        Nanos horizon = std::min(te, second == INT64_MAX ? INT64_MAX : second + kLookahead);
        horizon = std::max(horizon, next->clock + 1000);
        horizon = std::min(horizon, limit + 1);
        run_thread(next, horizon);
    }
    flush_trace(INT64_MAX);
    result_.elapsed = p->exited ? exit_time_ : std::max(main->clock, now_);
    if (!result_.timed_out && p->exited) result_.exit_code = p->exit_code;
    for (auto& proc : procs_) {
        ProcessReport pr;
        pr.lock = proc->policy->stats();
        if (proc->checker) {
            pr.lock_checks = proc->checker->checks();
            if (result_.error.empty()) result_.error = proc->checker->violation();
        }
        result_.processes.push_back(pr);
    }
    std::vector<TraceThread> names = trace_->threads();
    for (auto& th : threads_) {
        ThreadReport tr;
        tr.id = th->id;
        tr.proc = th->proc->id;
        tr.name = th->id < names.size() ? names[th->id].name : th->name;
        tr.instructions = th->vm ? th->vm->units : 0;
        result_.threads.push_back(tr);
    }
    return result_;
}

}  // namespace gs
