// What the modules (time, threading, queue, sim, multiprocessing, gevent) ask of the
// engine: the clock, blocking calls that release the interpreter lock, waiting on
// Python-level objects, and starting threads and processes. Both engines implement it;
// module code is written once against it.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

#include "sim/engine/trace.hpp"
#include "sim/vm/interp.hpp"
#include "sim/vm/where.hpp"

namespace gs {

// A State event's `arg` for thread `t` (trace.hpp): where it is in the program file.
inline uint32_t place_arg(const Thread& t) {
    ProgramPlace p = program_place(t);
    return p.known ? encode_code_pos(p.code, p.pc) : 0;
}

// Something Python-level threads wait on (a Lock, an Event, a Queue, a join).
// Engine-specific; created by Kernel::new_wait_queue and owned by an OpaqueData.
class WaitQueue {
public:
    virtual ~WaitQueue() = default;
};

// A started thread, as threading.Thread and join() need it.
struct ThreadHandle {
    uint32_t trace_id = 0;
    uint64_t ident = 0;
    bool daemon = false;
    bool started = false;
    // Set by the thread's own OS thread, read by joiners on others (native engine).
    std::atomic<bool> finished{false};
    WaitQueue* joiners = nullptr;  // woken when the thread finishes
};

// A started process, as multiprocessing.Process needs it.
struct ProcessHandle {
    int pid = 0;
    bool daemon = false;
    bool started = false;
    // Set by the child's OS thread, read by the parent's (native engine).
    std::atomic<bool> finished{false};
    int exitcode = 0;          // valid once finished (negative: killed by that signal)
    WaitQueue* joiners = nullptr;
    void* engine = nullptr;    // the engine's process record
};

class Kernel : public Host {
public:
    Kernel* kernel() override { return this; }

    // time.perf_counter() and friends.
    virtual Nanos now(Thread& t) = 0;
    // Blocks the calling thread for `ns` (sleep or I/O) with the lock released.
    // False when an exception was set (the run is being stopped).
    virtual bool block_for(Thread& t, Nanos ns, ThreadState as, Reason why) = 0;
    // Native computation for `ns`, holding the lock (cannot be interrupted) or not.
    virtual bool cpu(Thread& t, Nanos ns, bool release_gil) = 0;

    virtual WaitQueue* new_wait_queue() = 0;
    virtual void delete_wait_queue(WaitQueue* q) = 0;
    // Releases the lock and waits on q until notified or `timeout` passes (negative: no
    // limit). 1 notified, 0 timed out, -1 exception set. `still_blocked` is re-checked
    // under the engine's lock just before sleeping, so a notify between the caller's
    // test and the wait is not lost.
    virtual int wait(Thread& t, WaitQueue& q, Nanos timeout, ThreadState as, bool (*still_blocked)(void*),
                     void* ctx) = 0;
    // Wakes up to n waiters (n < 0: all).
    virtual void notify(Thread& t, WaitQueue& q, int n) = 0;

    // Starts a new OS thread of this process running callable(*args) (args: a tuple).
    virtual bool start_thread(Thread& parent, Value callable, Value args, const std::string& name,
                              ThreadHandle* handle) = 0;
    virtual uint64_t thread_ident(Thread& t) = 0;
    virtual void set_thread_name(Thread& t, ThreadHandle* h, const std::string& name) = 0;
    virtual Thread* main_thread(Thread& t) = 0;
    virtual int active_count(Thread& t) = 0;

    // Starts a new process: a separate interpreter with its own lock, whose globals are a
    // copy of this process's at this moment (fork), running callable(*args) (copied too)
    // in its main thread. `name` is its multiprocessing name.
    virtual bool start_process(Thread& parent, Value callable, Value args, const std::string& name,
                               ProcessHandle* handle) = 0;
    virtual void terminate_process(Thread& t, ProcessHandle* handle) = 0;
    // This process: its pid and its multiprocessing name ("MainProcess" for the first).
    virtual int process_id(Thread& t) = 0;
    virtual std::string process_name(Thread& t) = 0;

    // sys.setswitchinterval / getswitchinterval / setcheckinterval / getcheckinterval.
    virtual void set_switch_interval(Thread& t, Nanos ns) = 0;
    virtual Nanos switch_interval(Thread& t) = 0;
    virtual void set_check_interval(Thread& t, int n) = 0;
    virtual int check_interval(Thread& t) = 0;

    // sim.report(name, value).
    virtual void report(Thread& t, const std::string& name, double value) = 0;
    // The machine's cores (multiprocessing.cpu_count()).
    virtual int cpu_count(Thread& t) = 0;
    // The run's seeded random source (random module).
    virtual uint64_t random_seed(Thread& t) = 0;
    // sim.interrupt(after): SIGINT reaches this process at `at` (as if the user pressed
    // Ctrl-C). Only the main thread handles it, by raising KeyboardInterrupt once it runs
    // Python code again: at its next eval breaker, or when a sleep or I/O it is blocked
    // in is interrupted and it has the lock back. (Waits on Python locks and joins are
    // not interrupted, as in Python 2; docs/language.md.)
    virtual void interrupt_at(Thread& t, Nanos at) = 0;
};

}  // namespace gs
