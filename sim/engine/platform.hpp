// The seam between the lock policies and the engines. A policy (policies/*.cpp) is
// written once against this small interface: a mutex, a condition variable with a timed
// wait, the clock, the current thread, a way to poke a thread's eval breaker, and the
// trace. The virtual engine implements it with fibers and simulated time, the native
// engine with std::mutex, std::condition_variable and steady_clock.
#pragma once
#include <cstdint>
#include <memory>

#include "sim/engine/trace.hpp"

namespace gs {

// A thread as policies see it. The engine's own record derives from it.
struct PolicyThreadData {
    virtual ~PolicyThreadData() = default;
};

struct PThread {
    uint32_t id = 0;  // trace id
    // The lock policy's per-thread state: created by the policy on first use, freed by
    // GilPolicy::thread_exit or with the thread (a main thread has no thread_exit).
    std::unique_ptr<PolicyThreadData> policy_data;
    virtual ~PThread() = default;
};

class PMutex {
public:
    virtual ~PMutex() = default;
    virtual void lock() = 0;
    virtual void unlock() = 0;
};

class PCond {
public:
    virtual ~PCond() = default;
    // Atomically releases m and waits; m is held again on return. Like CPython's
    // condvar.h contract: returns true when signalled (or spuriously woken), false when
    // the timeout elapsed. A negative timeout waits without limit.
    virtual bool wait(PMutex& m, Nanos timeout) = 0;
    virtual void signal() = 0;      // wakes one waiter (the platform chooses which)
    virtual void broadcast() = 0;   // wakes every waiter
};

class Platform {
public:
    virtual ~Platform() = default;
    virtual std::unique_ptr<PMutex> new_mutex() = 0;
    virtual std::unique_ptr<PCond> new_cond() = 0;
    virtual Nanos now() = 0;
    virtual PThread* current() = 0;
    // Makes `holder` stop at its next eval-breaker point (a drop request).
    virtual void poke(PThread* holder) = 0;
    // Trace: a lock event, and the current thread's state as the policy sees it.
    virtual void lock_event(LockEvent e, PThread* who, PThread* other, Reason why) = 0;
    virtual void thread_state(PThread* who, ThreadState s, Reason why) = 0;
    // A deterministic random source (the run's seed) for policies that need one.
    virtual uint64_t random() = 0;
};

}  // namespace gs
