// What a run needs: the simulated machine, the lock policy, the program and its
// settings; and what it produces. Both engines take RunOptions and return RunResult.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "sim/core/source.hpp"
#include "sim/engine/policy.hpp"
#include "sim/engine/trace.hpp"

namespace gs {

// The simulated computer (virtual engine). docs/scenarios.md explains each default.
struct MachineConfig {
    int cores = 2;
    Nanos instruction_cost = 25;        // CPU time of one bytecode instruction (one unit)
    Nanos context_switch = 2'000;       // a core switching to another thread
    Nanos wakeup_latency = 8'000;       // a signalled or timed-out thread becoming runnable
    Nanos time_slice = 4'000'000;       // OS quantum when runnable threads outnumber cores
    Nanos syscall_cost = 1'000;         // each lock operation that enters the kernel
    Nanos lock_cost = 50;               // an uncontended mutex lock or unlock (no kernel entry)
    // Moving a cache line that another core wrote last: charged when a thread touches a
    // lock's word (mutex, condition) last touched by a thread on another core.
    Nanos cache_transfer = 100;
    // A futex wake that sends the sleeper to another, idle core costs the waker this on
    // top of the system call: taking that core's run queue and sending it an interrupt
    // (IPI). With no idle core the woken thread only joins a run queue.
    Nanos remote_wakeup = 5'000;
    int wakeup_jitter_pct = 50;         // wake-up latency varies by up to +-this percent
    Nanos thread_start = 100'000;
    Nanos process_start = 50'000'000;
};

enum class EngineKind { Virtual, Native };

struct RunOptions {
    EngineKind engine = EngineKind::Virtual;
    MachineConfig machine;
    PolicyConfig policy;
    uint64_t seed = 1;
    Nanos time_limit = 60'000'000'000;  // stop the program past this (simulated or real) time
    SourceRef program;
    std::vector<std::string> argv;      // sys.argv (argv[0] is the program)
    size_t heap_limit = size_t(4) << 30;
    int recursion_limit = 1000;
    // Program output as it happens (fd 1 or 2). Null: discarded.
    std::function<void(int fd, std::string_view)> output;
    Trace* trace = nullptr;             // where events go (may be null)
    // Virtual engine only: called before the simulated clock moves on to `next` (the
    // trace holds every event before it), so a live viewer can pace the run (slow
    // motion, pause, step). Returning false stops the run ("stopped"). Null: full speed.
    std::function<bool(Nanos next)> pace;
    // Testing: assert at every instruction that the running thread holds its process's
    // lock, and that no two threads hold it (lock_checker.hpp). Slow.
    bool check_lock = false;
    // The caller exits right after the run (gilsim exec): the interpreters' heaps are
    // left to the OS instead of being destroyed object by object, which can take a
    // tenth of a short program's time. Never for runs in a longer-lived process.
    bool exit_after_run = false;
};

struct ProcessReport {
    LockStats lock;
    uint64_t lock_checks = 0;  // with RunOptions::check_lock: the checks made
    Nanos held = 0;          // total time the lock was held
    Nanos waited = 0;        // total time threads spent waiting for it
};

struct ThreadReport {
    uint32_t id = 0;             // trace id
    uint16_t proc = 0;
    std::string name;
    uint64_t instructions = 0;   // bytecode instructions executed (cost units)
};

struct RunResult {
    int exit_code = 0;
    bool timed_out = false;
    Nanos elapsed = 0;                   // program start to exit
    std::map<std::string, double> metrics;   // sim.report(name, value)
    std::vector<ProcessReport> processes;
    std::vector<ThreadReport> threads;
    std::string error;                   // an engine-level failure (deadlock...), if any
                                         // or the first lock-check violation
};

RunResult run_program(const RunOptions& opts);

}  // namespace gs
