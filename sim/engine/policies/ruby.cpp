// Notes about the implementation (policy `ruby`).
//
// Ruby MRI's GVL (thread_pthread.c, described in ../shared/reference/gil-facts.md §4),
// re-implemented from that description:
//
// - Waiters queue in FIFO order. Releasing the lock hands it to the oldest waiter
//   directly, so nobody can barge in.
// - The first waiter is the "designated timer": it sleeps for one quantum (100 ms by
//   default) and, if the same thread still holds the lock, interrupts it. The holder
//   notices at its next check point and yields: it hands the lock to the oldest waiter
//   and queues up behind the others, waiting until its turn comes round.
// - Blocking regions (I/O, sleep) release the lock and hand it over the same way.
#include <atomic>
#include <deque>
#include <memory>

#include "sim/engine/policy.hpp"

namespace gs {

namespace {

struct RubyThread : PolicyThreadData {
    std::unique_ptr<PCond> cond;
};

class RubyPolicy : public GilPolicy {
public:
    RubyPolicy(Platform& p, const PolicyConfig& cfg) : GilPolicy(p, cfg), mutex_(p.new_mutex()) {}

    void take(PThread* me) override {
        mutex_->lock();
        if (owner_ || !queue_.empty()) {
            p_.thread_state(me, ThreadState::WantsGil, Reason::None);
            queue_.push_back(me);
            while (owner_ != me) {
                if (!queue_.empty() && queue_.front() == me && owner_) {
                    // The designated timer: wait one quantum, then interrupt the holder.
                    PThread* was = owner_;
                    uint64_t switches = stats_.switches;
                    bool signalled = data(me).cond->wait(*mutex_, cfg_.interval);
                    if (!signalled && owner_ == was && stats_.switches == switches && !interrupt_) {
                        interrupt_ = true;
                        stats_.drop_requests++;
                        p_.lock_event(LockEvent::Timeout, me, was, Reason::Quantum);
                        p_.lock_event(LockEvent::DropRequest, me, was, Reason::Quantum);
                        p_.poke(was);
                    }
                } else {
                    data(me).cond->wait(*mutex_, -1);
                }
            }
        } else {
            owner_ = me;
        }
        PThread* prev = last_;
        stats_.acquisitions++;
        if (prev != me) {
            stats_.switches++;
            last_ = me;
        }
        mutex_->unlock();
        p_.lock_event(LockEvent::Acquire, me, prev, Reason::None);
        p_.thread_state(me, ThreadState::Running, Reason::None);
    }

    void drop(PThread* me, Reason why) override {
        mutex_->lock();
        release_locked(me, why);
        mutex_->unlock();
    }

    bool wants_check(PThread* me) override { return interrupt_.load(std::memory_order_relaxed); }

    void check(PThread* me) override {
        if (!interrupt_) return;
        mutex_->lock();
        interrupt_ = false;
        if (queue_.empty()) {
            mutex_->unlock();
            return;
        }
        stats_.forced_switches++;
        p_.lock_event(LockEvent::ForcedSwitch, me, queue_.front(), Reason::Quantum);
        release_locked(me, Reason::Yield);
        mutex_->unlock();
        take(me);  // queue up behind the others
    }

private:
    RubyThread& data(PThread* t) {
        if (!t->policy_data) {
            auto d = std::make_unique<RubyThread>();
            d->cond = p_.new_cond();
            t->policy_data = std::move(d);
        }
        return static_cast<RubyThread&>(*t->policy_data);
    }

    void release_locked(PThread* me, Reason why) {
        owner_ = nullptr;
        interrupt_ = false;
        p_.lock_event(LockEvent::Release, me, nullptr, why);
        if (!queue_.empty()) {
            PThread* next = queue_.front();
            queue_.pop_front();
            owner_ = next;  // FIFO hand-off
            p_.lock_event(LockEvent::Handoff, next, me, Reason::Quantum);
            data(next).cond->signal();
            // The new first waiter becomes the timer.
            if (!queue_.empty()) data(queue_.front()).cond->signal();
        }
    }

    std::unique_ptr<PMutex> mutex_;
    std::deque<PThread*> queue_;
    PThread* owner_ = nullptr;
    PThread* last_ = nullptr;
    std::atomic<bool> interrupt_{false};
};

}  // namespace

std::unique_ptr<GilPolicy> make_ruby_policy(Platform& p, const PolicyConfig& cfg) {
    return std::make_unique<RubyPolicy>(p, cfg);
}

}  // namespace gs
