// The virtual engine: a deterministic discrete-event simulation of a machine with N
// cores. Every simulated OS thread runs on its own fiber; an OS scheduler model decides
// which runnable thread holds a core (time slices, context-switch cost, wake-up
// latency); bytecode instructions cost simulated CPU time; the clock jumps from event to
// event. Everything runs on the calling real thread, so the same options and seed give
// the same trace, byte for byte.
//
// Time: each running thread has its own clock, which advances as it executes. The
// scheduler always continues the running thread that is furthest behind, for at most a
// short lookahead past the others, and processes an event only once every running thread
// has reached its time; so cores advance together and events happen in time order.
#pragma once
#include <deque>
#include <memory>
#include <queue>
#include <random>
#include <vector>

#include "sim/engine/kernel.hpp"
#include "sim/engine/lock_checker.hpp"
#include "sim/engine/machine.hpp"
#include "sim/engine/virtual/fiber.hpp"

namespace gs {

class VEngine;
struct VProcess;

// A simulated OS thread.
struct VThread : PThread {
    enum class Sched : uint8_t { New, Ready, OnCore, Blocked, Done };

    VProcess* proc = nullptr;
    std::unique_ptr<Thread> vm;       // the interpreter's thread state
    std::unique_ptr<Fiber> fiber;
    std::string name;
    bool daemon = false;
    bool is_main = false;
    ThreadHandle* handle = nullptr;

    Sched sched = Sched::New;
    int core = -1;
    int last_core = -1;
    Nanos clock = 0;                  // this thread's time while on a core
    uint64_t units_mark = 0;          // vm->units when clock was last brought up to date
    Nanos ready_since = 0;
    ThreadState logical = ThreadState::Running;  // what the policy or a module says
    ThreadState shown = ThreadState::Created;    // what the trace last said
    Reason shown_reason = Reason::None;

    uint64_t wait_seq = 0;            // the current wait (a stale timeout or wake is ignored)
    // A wake-up for the current wait that arrived before the thread got to block():
    // between joining a wait list and blocking, a thread still runs (it unlocks, pays
    // the system call), and may yield its fiber at the horizon, so a notifier can act
    // first. block() then returns at once instead of sleeping through it.
    uint64_t pending_wake_seq = 0;
    Nanos pending_wake_t = 0;
    bool timed_out = false;
    bool interruptible = false;       // main thread in a sleep or I/O that SIGINT cuts short
    class VWaitList* waiting_on = nullptr;
    int policy_ticks = 0;             // py2: ticks left before the next check
};

// A simulated process: its own interpreter, lock and threads.
struct VProcess {
    uint16_t id = 0;
    std::unique_ptr<class VHost> host;
    std::unique_ptr<Interp> interp;
    std::unique_ptr<class VPlatform> platform;
    std::unique_ptr<LockChecker> checker;  // RunOptions::check_lock
    std::unique_ptr<GilPolicy> policy;
    std::vector<VThread*> threads;
    VThread* main = nullptr;
    bool exited = false;
    int exit_code = 0;
    std::string name = "MainProcess";  // multiprocessing name
    int pid = 0;
    ProcessHandle* handle = nullptr;   // null for the first process
    bool killed = false;               // terminate() was called
    std::vector<ProcessHandle*> children;
};

// A wait queue, as the scheduler sees it: threads blocked until notified.
class VWaitList : public WaitQueue {
public:
    std::deque<std::pair<VThread*, uint64_t>> waiters;  // thread and its wait_seq
};

class VEngine {
public:
    explicit VEngine(const RunOptions& opts);
    ~VEngine();
    RunResult run();

    // ---- used by the platform, the host and the policies (inside fibers) ------------
    VThread* current() const { return current_; }
    const MachineConfig& machine() const { return opts_.machine; }
    const RunOptions& options() const { return opts_; }
    Trace* trace() { return trace_; }
    uint64_t random() { return rng_(); }
    // Brings the running thread's clock up to date with the instructions it ran.
    Nanos sync(VThread* th);
    // Charges CPU time to the running thread (a system call), letting the other cores
    // and any event due meanwhile go first: while one core is in the kernel, the others
    // run (and may, for instance, take a lock that this thread has just released).
    void charge(VThread* th, Nanos ns);
    // Blocks the running thread (off its core) until woken; returns on a core again.
    void block(VThread* th);
    // Schedules `th` to become runnable at `at` (plus wake-up latency when `latency`).
    void wake_at(VThread* th, Nanos at, Reason why, bool latency = true, uint64_t seq = 0);  // seq 0: the current wait
    Nanos wakeup_latency();
    // A timeout for the current wait of `th`.
    void timeout_at(VThread* th, Nanos at);
    // Lets the other cores and pending events catch up when the running thread is at
    // or past its horizon (called at eval-breaker points and in long native calls).
    void maybe_yield(VThread* th);
    // Before the running thread touches memory other cores share (a lock's word, in
    // vplatform.cpp): lets every other core and every event due reach its time first, so
    // that operations on shared locks happen in simulated-time order and a contended
    // mutex is seen as contended.
    void sync_point(VThread* th);
    // Whether some core is idle (a woken thread would be sent there by an interrupt).
    bool has_idle_core() const;
    Nanos horizon() const { return horizon_; }
    // Recomputes the running thread's instruction budget (when its breaker must fire).
    void set_budget(VThread* th);
    // State shown in the trace for `th` (from its scheduling and logical states).
    void show_state(VThread* th, Reason why);
    void emit_lock(LockEvent e, VThread* who, VThread* other, Reason why);

    VThread* new_thread(VProcess* p, const std::string& name, VThread* parent);
    void start_thread(VThread* th, Nanos at, std::function<void()> body);
    void thread_finished(VThread* th);
    void process_exit(VProcess* p, int code);
    // SIGINT for process p at `at` (sim.interrupt).
    void signal_at(VProcess* p, Nanos at);
    RunResult& result() { return result_; }
    VProcess* main_process() { return procs_.empty() ? nullptr : procs_[0].get(); }
    VProcess* new_process(VThread* parent);
    void stop(const std::string& why, int code);

private:
    enum class Ev : uint8_t { Wake, Timeout, SliceEnd, Start, Signal };
    struct Event {
        Nanos t;
        uint64_t seq;
        Ev type;
        Reason reason;
        VThread* th;
        uint64_t tag;
        int core;
        bool operator>(const Event& o) const { return t != o.t ? t > o.t : seq > o.seq; }
    };
    struct Core {
        VThread* running = nullptr;
        Nanos free_at = 0;
        uint64_t epoch = 0;
    };

    void push(Event e);
    void record(const TraceEvent& e);
    void flush_trace(Nanos safe);
    void handle(const Event& e);
    void make_runnable(VThread* th, Nanos t, Reason why);
    void assign(int core, VThread* th, Nanos t);
    void release_core(VThread* th, Nanos t);
    void run_thread(VThread* th, Nanos horizon);
    int idle_core(VThread* th) const;
    void emit_core(int core, VThread* th, Nanos t);

    struct PendingTrace {
        TraceEvent e;
        uint64_t seq;
        bool operator>(const PendingTrace& o) const { return e.t != o.e.t ? e.t > o.e.t : seq > o.seq; }
    };
    std::priority_queue<PendingTrace, std::vector<PendingTrace>, std::greater<PendingTrace>> pending_trace_;
    uint64_t trace_seq_ = 0;

    RunOptions opts_;
    Trace own_trace_;
    Trace* trace_;
    std::mt19937_64 rng_;
    std::vector<Core> cores_;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events_;
    uint64_t seq_ = 0;
    std::deque<VThread*> ready_;
    std::vector<std::unique_ptr<VProcess>> procs_;
    std::vector<std::unique_ptr<VThread>> threads_;
    VThread* current_ = nullptr;
    Nanos now_ = 0;
    Nanos horizon_ = 0;
    bool stopping_ = false;
    Nanos exit_time_ = 0;
    RunResult result_;
};

}  // namespace gs
