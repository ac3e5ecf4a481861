// Notes about the implementation (policies `py3` and `py3-prio`).
//
// py3 is CPython 3.2+'s "new GIL" (Python/ceval_gil.c, described in
// ../shared/reference/gil-facts.md §2), re-implemented from that description:
//
// - The lock is a flag `locked` guarded by a mutex, with a condition variable `cond` on
//   which waiters sleep. `switch_number` counts hand-offs; `last_holder` is the thread
//   that held the lock last.
// - take(): while the lock is held, wait on `cond` for at most `interval` (5 ms by
//   default). If the wait timed out, the lock is still held and no hand-off happened
//   meanwhile (switch_number unchanged), set the drop request: the holder will notice it
//   at its next eval-breaker point (back edges and calls since 3.10, every instruction
//   before). On acquiring: set `locked`, record the new holder (bumping switch_number if
//   it changed), wake the thread waiting for the switch, clear the drop request.
// - drop(): `last_holder = me`, clear `locked`, signal `cond` (one waiter wakes; which
//   one is the OS's choice, so not necessarily the one that asked).
// - A forced drop (the holder saw the drop request) then waits on `switch_cond` until
//   another thread has taken the lock: FORCE_SWITCHING, so the dropping thread cannot
//   simply take the lock straight back. A voluntary drop (blocking I/O) does not wait.
//
// The consequence the simulator exists to show: a thread back from I/O must wait a whole
// interval before it may even ask for the lock, so an I/O-bound thread beside a
// CPU-bound one pays about one interval per I/O call (the convoy effect, bpo-7946).
//
// py3-prio is David Beazley's proposed fix from bpo-7946, on the same structure: a thread
// that was forced to drop the lock is CPU-bound; a thread that released it voluntarily is
// I/O-bound. An I/O-bound thread that wants the lock does not wait for the interval: it
// asks a CPU-bound holder to drop at once, and CPU-bound waiters step aside while an
// I/O-bound one waits.
#include <atomic>
#include <memory>

#include "sim/engine/policy.hpp"

namespace gs {

namespace {

struct Py3Thread : PolicyThreadData {
    bool cpu_bound = false;   // py3-prio: last release was forced
};

class Py3Policy : public GilPolicy {
public:
    Py3Policy(Platform& p, const PolicyConfig& cfg, bool prio)
        : GilPolicy(p, cfg), prio_(prio), mutex_(p.new_mutex()), cond_(p.new_cond()),
          switch_mutex_(p.new_mutex()), switch_cond_(p.new_cond()) {}

    void take(PThread* me) override {
        mutex_->lock();
        if (locked_) {
            p_.thread_state(me, ThreadState::WantsGil, Reason::None);
            bool io_bound = prio_ && !data(me).cpu_bound;
            if (io_bound) io_waiters_++;
            while (locked_ || (prio_ && !io_bound && io_waiters_ > 0)) {
                if (io_bound && locked_ && holder_ && data(holder_).cpu_bound && !drop_request_) {
                    // py3-prio: an I/O-bound thread preempts a CPU-bound holder at once.
                    request_drop(me, Reason::Priority);
                }
                uint64_t saved = switch_number_;
                bool signalled = cond_->wait(*mutex_, io_bound && holder_ && data(holder_).cpu_bound ? -1 : cfg_.interval);
                if (!signalled && locked_ && switch_number_ == saved && !drop_request_) {
                    p_.lock_event(LockEvent::Timeout, me, holder_, Reason::Interval);
                    request_drop(me, Reason::Interval);
                } else if (signalled && locked_) {
                    stats_.failed_wakeups++;
                    p_.lock_event(LockEvent::FailedWakeup, me, holder_, Reason::LockTaken);
                }
            }
            if (io_bound) io_waiters_--;
        }
        locked_ = true;
        PThread* prev = last_holder_.load();
        holder_ = me;
        stats_.acquisitions++;
        if (me != last_holder_) {
            last_holder_ = me;
            switch_number_++;
            stats_.switches++;
            switch_mutex_->lock();
            switch_cond_->signal();
            switch_mutex_->unlock();
        }
        drop_request_ = false;
        mutex_->unlock();
        p_.lock_event(LockEvent::Acquire, me, prev, Reason::None);
        p_.thread_state(me, ThreadState::Running, Reason::None);
    }

    void drop(PThread* me, Reason why) override { release(me, why, false); }

    bool wants_check(PThread* me) override { return drop_request_.load(std::memory_order_relaxed); }

    void check(PThread* me) override {
        if (!drop_request_) return;
        // The holder noticed the request at its eval breaker: drop, wait for another
        // thread to take over, then queue up again.
        stats_.forced_switches++;
        p_.lock_event(LockEvent::ForcedSwitch, me, nullptr, drop_reason_);
        if (prio_) data(me).cpu_bound = true;
        release(me, Reason::Forced, true);
        take(me);
    }

private:
    Py3Thread& data(PThread* t) {
        if (!t->policy_data) t->policy_data = std::make_unique<Py3Thread>();
        return static_cast<Py3Thread&>(*t->policy_data);
    }

    void request_drop(PThread* me, Reason why) {
        drop_request_ = true;
        drop_reason_ = why;
        stats_.drop_requests++;
        p_.lock_event(LockEvent::DropRequest, me, holder_, why);
        if (holder_) p_.poke(holder_);
    }

    void release(PThread* me, Reason why, bool forced) {
        mutex_->lock();
        last_holder_ = me;
        locked_ = false;
        holder_ = nullptr;
        if (prio_ && !forced) data(me).cpu_bound = false;
        p_.lock_event(LockEvent::Release, me, nullptr, why);
        // py3-prio: with an I/O-bound thread waiting, wake every waiter so that it (and not
        // a CPU-bound one, which steps aside) is sure to get the lock.
        if (prio_ && io_waiters_ > 0) cond_->broadcast();
        else cond_->signal();
        mutex_->unlock();
        if (forced) {
            // FORCE_SWITCHING: do not come back before someone else has had the lock.
            switch_mutex_->lock();
            if (last_holder_.load() == me) {
                p_.thread_state(me, ThreadState::WantsGil, Reason::Forced);
                switch_cond_->wait(*switch_mutex_, -1);
            }
            switch_mutex_->unlock();
        }
    }

    bool prio_;
    std::unique_ptr<PMutex> mutex_;
    std::unique_ptr<PCond> cond_;
    std::unique_ptr<PMutex> switch_mutex_;
    std::unique_ptr<PCond> switch_cond_;
    bool locked_ = false;
    std::atomic<bool> drop_request_{false};  // read by the holder without the mutex
    Reason drop_reason_ = Reason::Interval;
    PThread* holder_ = nullptr;
    std::atomic<PThread*> last_holder_{nullptr};  // also read under switch_mutex_
    uint64_t switch_number_ = 0;
    int io_waiters_ = 0;
};

}  // namespace

std::unique_ptr<GilPolicy> make_py3_policy(Platform& p, const PolicyConfig& cfg, bool prio) {
    return std::make_unique<Py3Policy>(p, cfg, prio);
}

}  // namespace gs
