// The native engine: every simulated OS thread is a real std::thread; the same lock
// policies run over std::mutex, std::condition_variable and steady_clock; sim.io sleeps
// for real and sim.cpu spins for real. It measures the machine at hand, as the tools of
// gil-facts.md §7 do, so its figures are noisy where the virtual engine's are exact.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "sim/engine/kernel.hpp"
#include "sim/engine/native/exec_lock.hpp"
#include "sim/engine/lock_checker.hpp"
#include "sim/engine/machine.hpp"

namespace gs {

class NEngine;
struct NProcess;

struct NThread : PThread {
    NProcess* proc = nullptr;
    std::unique_ptr<Thread> vm;
    std::thread os;
    std::string name;
    bool daemon = false;
    bool is_main = false;
    ThreadHandle* handle = nullptr;
    ThreadState shown = ThreadState::Created;
};

// A wait queue: waiters are tokens marked when notified.
class NWaitList : public WaitQueue {
public:
    struct Waiter {
        bool notified = false;
    };
    std::list<Waiter*> waiters;
};

struct NProcess {
    uint16_t id = 0;
    std::unique_ptr<class NHost> host;
    std::unique_ptr<Interp> interp;
    std::unique_ptr<class NPlatform> platform;
    std::unique_ptr<LockChecker> checker;  // RunOptions::check_lock
    std::unique_ptr<GilPolicy> policy;
    std::unique_ptr<ExecLock> exec;      // only when the policy has no lock (exec_lock.hpp)
    std::vector<std::unique_ptr<NThread>> threads;
    NThread* main = nullptr;
    std::mutex threads_mu;               // the threads list
    std::string name = "MainProcess";
    int pid = 0;
    ProcessHandle* handle = nullptr;
    std::atomic<bool> killed{false};
    std::vector<ProcessHandle*> children;
    std::thread os;                      // a child process's main thread
    std::vector<std::thread> timers;     // sim.interrupt: SIGINT deliveries (threads_mu)
    std::atomic<bool> ended{false};      // the run is over: timers stop waiting
};

class NEngine {
public:
    explicit NEngine(const RunOptions& opts);
    ~NEngine();
    RunResult run();

    Nanos now() const {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_).count();
    }
    const RunOptions& options() const { return opts_; }
    Trace* trace() { return trace_; }
    void emit(TraceEvent e);
    void emit_now(TraceEvent e);  // stamped with now() in trace order
    void show_state(NThread* th, ThreadState s, Reason why);
    void emit_lock(LockEvent ev, NThread* who, NThread* other, Reason why);
    uint64_t random();
    bool stopping() const { return stopping_.load(std::memory_order_relaxed); }
    void stop(const std::string& why, int code);
    NThread* new_thread(NProcess* p, const std::string& name, NThread* parent);
    RunResult& result() { return result_; }
    // Wait queues of every process (one lock: notifications cross processes).
    std::mutex kmu;
    std::condition_variable_any kcv;
    NProcess* new_process(NThread* parent);
    std::mutex& result_mu() { return result_mu_; }
    void write(int fd, std::string_view text);

private:
    void stop_daemons(NProcess* p);
    RunOptions opts_;
    Trace own_trace_;
    Trace* trace_;
    std::mutex trace_mu_;
    std::mutex out_mu_;
    std::mutex rng_mu_;
    std::mutex result_mu_;
    std::mutex procs_mu_;
    std::mt19937_64 rng_;
    std::chrono::steady_clock::time_point start_;
    std::atomic<bool> stopping_{false};
    std::vector<std::unique_ptr<NProcess>> procs_;
    RunResult result_;
};

}  // namespace gs
