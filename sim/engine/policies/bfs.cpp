// Notes about the implementation (policy `bfs`).
//
// Nir Aides' scheduler patch from bpo-7946 (after Con Kolivas' Brain Fuck Scheduler),
// described in ../shared/reference/gil-facts.md §3 and re-implemented from it:
//
// - Each thread gets time slices of `rr_interval` (the interval setting, 10 ms by
//   default) of time holding the lock. When a slice is used up and refilled, the
//   thread's deadline becomes now + 8 slices. A slice is spent only while holding the
//   lock, so an I/O-bound thread keeps its old deadline for a long time, while a
//   CPU-bound one gets a new, later deadline every slice: that is what lets I/O threads
//   win.
// - The lock goes to the waiter with the earliest deadline (direct hand-off). A thread
//   whose deadline has passed, typically an I/O thread back from a wait that used little
//   of its slice, asks the holder to drop at once: it preempts.
// - The holder gives the lock up when its slice is used, or when asked.
// - A waiter's timed wait is (number of waiters) x rr_interval x 0.55; when it expires
//   and the holder's slice is over, it asks for the lock.
// - (The patch reads the clock only every 5000 ticks; the simulator knows the time at
//   every instruction, so it checks the slice's end exactly.)
#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

#include "sim/engine/policy.hpp"

namespace gs {

namespace {

struct BfsThread : PolicyThreadData {
    Nanos deadline = 0;
    Nanos slice_left = 0;  // of the current slice, while not holding the lock
    Nanos slice_end = 0;   // while holding: when the slice runs out
    std::unique_ptr<PCond> cond;
    bool granted = false;
};

class BfsPolicy : public GilPolicy {
public:
    BfsPolicy(Platform& p, const PolicyConfig& cfg) : GilPolicy(p, cfg), mutex_(p.new_mutex()) {}

    void take(PThread* me) override {
        BfsThread& d = data(me);
        mutex_->lock();
        if (holder_ || !waiters_.empty()) {
            p_.thread_state(me, ThreadState::WantsGil, Reason::None);
            waiters_.push_back(me);
            d.granted = false;
            if (holder_ && d.deadline < data(holder_).deadline) request_drop(me, Reason::Deadline);
            while (!d.granted) {
                Nanos timeout = Nanos(double(waiters_.size()) * double(cfg_.interval) * 0.55);
                bool signalled = d.cond->wait(*mutex_, timeout);
                if (!signalled && !d.granted && holder_ && p_.now() >= data(holder_).slice_end) {
                    p_.lock_event(LockEvent::Timeout, me, holder_, Reason::Quantum);
                    request_drop(me, Reason::Quantum);
                }
                if (!holder_ && !d.granted && best() == me) grant(me);  // a free lock left to us
            }
        }
        holder_ = me;
        Nanos now = p_.now();
        if (d.slice_left <= 0) refill(d, now);
        d.slice_end = now + d.slice_left;
        PThread* prev = last_holder_;
        stats_.acquisitions++;
        if (prev != me) {
            stats_.switches++;
            last_holder_ = me;
        }
        // (No clearing of drop_request_ here: with direct hand-off, a request made after
        // the grant is meant for this thread, even before it runs.)
        mutex_->unlock();
        p_.lock_event(LockEvent::Acquire, me, prev, Reason::None);
        p_.thread_state(me, ThreadState::Running, Reason::None);
    }

    void drop(PThread* me, Reason why) override {
        BfsThread& d = data(me);
        d.slice_left = std::max<Nanos>(d.slice_end - p_.now(), 0);
        mutex_->lock();
        holder_ = nullptr;
        drop_request_ = false;  // it was meant for this holder
        p_.lock_event(LockEvent::Release, me, nullptr, why);
        if (PThread* next = best()) grant(next);
        mutex_->unlock();
    }

    bool wants_check(PThread* me) override { return drop_request_; }
    Nanos next_check(PThread* me) override { return data(me).slice_end; }

    void check(PThread* me) override {
        bool expired = p_.now() >= data(me).slice_end;
        if (!drop_request_ && !expired) return;
        mutex_->lock();
        bool others = !waiters_.empty();
        mutex_->unlock();
        if (!others) {
            // Nobody waits: refill the slice and carry on.
            BfsThread& d = data(me);
            Nanos now = p_.now();
            refill(d, now);
            d.slice_end = now + d.slice_left;
            drop_request_ = false;
            return;
        }
        stats_.forced_switches++;
        p_.lock_event(LockEvent::ForcedSwitch, me, nullptr, expired ? Reason::Quantum : Reason::Deadline);
        drop(me, Reason::Forced);
        take(me);
    }

private:
    BfsThread& data(PThread* t) {
        if (!t->policy_data) {
            auto d = std::make_unique<BfsThread>();
            d->cond = p_.new_cond();
            t->policy_data = std::move(d);
        }
        return static_cast<BfsThread&>(*t->policy_data);
    }

    void refill(BfsThread& d, Nanos now) {
        d.slice_left = cfg_.interval;
        d.deadline = now + 8 * cfg_.interval;
    }

    // The waiter with the earliest deadline (the first of equals).
    PThread* best() {
        PThread* b = nullptr;
        for (PThread* w : waiters_)
            if (!b || data(w).deadline < data(b).deadline) b = w;
        return b;
    }

    void grant(PThread* next) {
        for (size_t i = 0; i < waiters_.size(); i++)
            if (waiters_[i] == next) {
                waiters_.erase(waiters_.begin() + long(i));
                break;
            }
        holder_ = next;
        data(next).granted = true;
        p_.lock_event(LockEvent::Handoff, next, nullptr, Reason::Deadline);
        data(next).cond->signal();
    }

    void request_drop(PThread* me, Reason why) {
        if (drop_request_) return;
        drop_request_ = true;
        stats_.drop_requests++;
        p_.lock_event(LockEvent::DropRequest, me, holder_, why);
        if (holder_) p_.poke(holder_);
    }

    std::unique_ptr<PMutex> mutex_;
    std::vector<PThread*> waiters_;
    PThread* holder_ = nullptr;
    PThread* last_holder_ = nullptr;
    std::atomic<bool> drop_request_{false};
};

}  // namespace

std::unique_ptr<GilPolicy> make_bfs_policy(Platform& p, const PolicyConfig& cfg) {
    return std::make_unique<BfsPolicy>(p, cfg);
}

}  // namespace gs
