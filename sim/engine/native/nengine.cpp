#include "sim/engine/native/nengine.hpp"

#include "sim/engine/native/nhost.hpp"
#include "sim/engine/native/nplatform.hpp"

namespace gs {

NEngine::NEngine(const RunOptions& opts)
    : opts_(opts), trace_(opts.trace ? opts.trace : &own_trace_), rng_(opts.seed),
      start_(std::chrono::steady_clock::now()) {
    trace_->cores = 0;
}

NEngine::~NEngine() {
    for (auto& p : procs_) {
        if (p->os.joinable()) p->os.join();
        for (auto& th : p->threads)
            if (th->os.joinable()) th->os.join();
    }
    if (opts_.exit_after_run)
        for (auto& p : procs_) (void)p->interp.release();  // (see RunOptions::exit_after_run)
    for (auto& p : procs_)
        for (auto& th : p->threads) th->vm.reset();
    procs_.clear();
}

void NEngine::emit(TraceEvent e) {
    std::lock_guard<std::mutex> g(trace_mu_);
    trace_->push(e);
}

void NEngine::emit_now(TraceEvent e) {
    // Stamped under the trace's lock, so the trace is in time order: a thread stamped
    // before taking the lock could be overtaken by another's later event.
    std::lock_guard<std::mutex> g(trace_mu_);
    e.t = now();
    trace_->push(e);
}

void NEngine::show_state(NThread* th, ThreadState s, Reason why) {
    if (th->shown == s && why == Reason::None) return;
    th->shown = s;
    TraceEvent e{};
    e.thread = th->id;
    e.other = kNoThread;
    e.proc = th->proc->id;
    e.kind = EventKind::State;
    e.code = uint8_t(s);
    e.reason = why;
    e.core = kNoCore;
    // Only a thread's own OS thread may read its frames while it runs.
    if (th == current_nthread() && th->vm) e.arg = place_arg(*th->vm);
    emit_now(e);
}

void NEngine::emit_lock(LockEvent ev, NThread* who, NThread* other, Reason why) {
    TraceEvent e{};
    e.thread = who ? who->id : kNoThread;
    e.other = other ? other->id : kNoThread;
    e.proc = who ? who->proc->id : 0;
    e.kind = EventKind::Lock;
    e.code = uint8_t(ev);
    e.reason = why;
    e.core = kNoCore;
    emit_now(e);
}

uint64_t NEngine::random() {
    std::lock_guard<std::mutex> g(rng_mu_);
    return rng_();
}

void NEngine::write(int fd, std::string_view text) {
    std::lock_guard<std::mutex> g(out_mu_);
    if (opts_.output) opts_.output(fd, text);
}

void NEngine::stop(const std::string& why, int code) {
    {
        std::lock_guard<std::mutex> g(result_mu_);
        if (stopping_) return;
        result_.error = why;
        result_.exit_code = code;
        result_.timed_out = code == 124;
    }
    stopping_ = true;
    kcv.notify_all();
}

NThread* NEngine::new_thread(NProcess* p, const std::string& name, NThread* parent) {
    auto th = std::make_unique<NThread>();
    th->proc = p;
    th->name = name;
    Nanos t = now();
    th->id = trace_->add_thread(p->id, name, parent ? parent->id : kNoThread, t);
    th->vm = std::make_unique<Thread>(*p->interp, name);
    th->vm->engine = th.get();
    th->vm->every_instruction =
        p->policy->config().every_instruction || p->policy->tick_budget() > 0 || p->checker;
    TraceEvent e{};
    e.t = t;
    e.thread = th->id;
    e.other = parent ? parent->id : kNoThread;
    e.proc = p->id;
    e.kind = EventKind::Thread;
    emit(e);
    NThread* raw = th.get();
    std::lock_guard<std::mutex> g(p->threads_mu);
    p->threads.push_back(std::move(th));
    return raw;
}

NProcess* NEngine::new_process(NThread* parent) {
    std::lock_guard<std::mutex> g(procs_mu_);
    auto p = std::make_unique<NProcess>();
    p->id = trace_->add_process(procs_.empty() ? "main" : "process " + std::to_string(procs_.size()),
                                parent ? parent->proc->id : 0, now());
    p->host = std::make_unique<NHost>(*this, *p);
    InterpConfig cfg;
    cfg.recursion_limit = opts_.recursion_limit;
    cfg.heap_limit = opts_.heap_limit;
    cfg.argv = opts_.argv;
    p->platform = std::make_unique<NPlatform>(*this);
    std::string err;
    if (opts_.check_lock && opts_.policy.name != "none") p->checker = std::make_unique<LockChecker>(*p->platform);
    p->policy = make_policy(p->checker ? static_cast<Platform&>(*p->checker) : *p->platform, opts_.policy, &err);
    if (p->policy && p->policy->free_threaded()) p->exec = std::make_unique<ExecLock>();
    p->interp = std::make_unique<Interp>(*p->host, cfg);
    NProcess* raw = p.get();
    procs_.push_back(std::move(p));
    return raw;
}

RunResult NEngine::run() {
    NProcess* p = new_process(nullptr);
    NThread* main = new_thread(p, "MainThread", nullptr);
    main->is_main = true;
    p->main = main;
    // A watchdog stops the program at the time limit.
    std::mutex wd_mu;
    std::condition_variable wd_cv;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lk(wd_mu);
        if (!wd_cv.wait_for(lk, std::chrono::nanoseconds(opts_.time_limit), [&] { return done; }))
            stop("the run reached its time limit", 124);
    });
    p->host->run_main(main);
    result_.elapsed = now();
    {
        std::lock_guard<std::mutex> g(wd_mu);
        done = true;
    }
    wd_cv.notify_all();
    watchdog.join();
    // Daemon threads still running are stopped, then every thread is joined.
    stop_daemons(p);
    for (auto& proc : procs_) {
        if (proc->os.joinable()) proc->os.join();
        for (auto& th : proc->threads)
            if (th->os.joinable()) th->os.join();
        proc->ended = true;
        for (auto& tm : proc->timers) tm.join();
    }
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
    for (auto& proc : procs_)
        for (auto& th : proc->threads) {
            ThreadReport tr;
            tr.id = th->id;
            tr.proc = proc->id;
            tr.name = th->id < names.size() ? names[th->id].name : th->name;
            tr.instructions = th->vm ? th->vm->units : 0;
            result_.threads.push_back(tr);
        }
    return result_;
}

void NEngine::stop_daemons(NProcess* p) {
    // Like interpreter shutdown: daemon threads still running are stopped where they are
    // (they notice at their next check point, or within a poll period when blocked).
    stopping_ = true;
    kcv.notify_all();
}

RunResult run_native(const RunOptions& opts) {
    NEngine e(opts);
    return e.run();
}

}  // namespace gs
