// Notes about the implementation (policy `py2`).
//
// CPython 2.x's "old GIL" (Python/ceval.c of 2.7, described in
// ../shared/reference/gil-facts.md §1), re-implemented from that description:
//
// - The lock is a binary semaphore: a flag, a mutex and a condition variable.
//   acquire: lock the mutex; while the flag is set, wait on the condition; set the flag;
//   unlock. release: lock; clear the flag; unlock; signal the condition.
// - Every `check_interval` ticks (100 by default; opcodes that are cheap in 2.7 do not
//   tick) the running thread releases the lock and at once blocks to take it back.
//   Nothing makes it step aside: the OS decides who wins.
// - On one core the signalled waiter only becomes runnable; the releaser keeps the core
//   and takes the lock straight back, so hundreds of checks pass before a real switch.
//   On several cores the waiter wakes on another core and finds the lock already taken
//   again (a failed wake-up, counted): a "GIL battle" that makes CPU-bound threads
//   slower with more cores. The policy only does what CPython does; the cost comes from
//   the platform's model of the machine (virtual/vplatform.cpp): the holder's wake-up of
//   a thread on another core, the lock's cache lines moving between cores, and the
//   holder running into the mutex the woken waiter holds.
// - Signals are handled only by the main thread; while one is pending and another thread
//   holds the lock, the ticker is forced to zero (a check after every tick). A lock
//   acquire (hence join()) is not interrupted by a signal: a main thread waiting in
//   join() sees Ctrl-C only once the join returns.
#include <memory>

#include "sim/engine/policy.hpp"

namespace gs {

namespace {

class Py2Policy : public GilPolicy {
public:
    Py2Policy(Platform& p, const PolicyConfig& cfg) : GilPolicy(p, cfg), mutex_(p.new_mutex()), cond_(p.new_cond()) {}

    void take(PThread* me) override {
        mutex_->lock();
        if (locked_) p_.thread_state(me, ThreadState::WantsGil, Reason::None);
        while (locked_) {
            cond_->wait(*mutex_, -1);
            if (locked_) {
                stats_.failed_wakeups++;
                p_.lock_event(LockEvent::FailedWakeup, me, holder_, Reason::LockTaken);
            }
        }
        locked_ = true;
        holder_ = me;
        stats_.acquisitions++;
        PThread* prev = last_holder_;
        if (me != last_holder_) {
            stats_.switches++;
            last_holder_ = me;
        }
        mutex_->unlock();
        p_.lock_event(LockEvent::Acquire, me, prev, Reason::None);
        p_.thread_state(me, ThreadState::Running, Reason::None);
    }

    void drop(PThread* me, Reason why) override {
        mutex_->lock();
        locked_ = false;
        holder_ = nullptr;
        // Recorded under the mutex: once it is unlocked another thread may take the lock
        // (on the native engine, at once) and its Acquire must come after this Release.
        p_.lock_event(LockEvent::Release, me, nullptr, why);
        mutex_->unlock();
        cond_->signal();
    }

    bool signals_interrupt_waits() const override { return false; }

    int tick_budget() const override {
        // Python 2's signal handler sets the ticker to 0 so that the holder checks at once
        // and at every tick while the signal is pending: but only the main thread may run
        // the handler, so a non-main holder just drops and retakes the lock, again and
        // again, while the main thread tries to win it.
        if (signal_pending()) return 1;
        return cfg_.check_interval <= 0 ? 1 : cfg_.check_interval;
    }

    void check(PThread* me) override {
        // The periodic check: release, then at once compete to take the lock back.
        drop(me, Reason::CheckInterval);
        take(me);
    }

private:
    std::unique_ptr<PMutex> mutex_;
    std::unique_ptr<PCond> cond_;
    bool locked_ = false;
    PThread* holder_ = nullptr;
    PThread* last_holder_ = nullptr;
};

}  // namespace

std::unique_ptr<GilPolicy> make_py2_policy(Platform& p, const PolicyConfig& cfg) {
    return std::make_unique<Py2Policy>(p, cfg);
}

}  // namespace gs
