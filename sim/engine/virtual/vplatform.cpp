#include "sim/engine/virtual/vplatform.hpp"

namespace gs {

namespace {

// A mutex of the simulated machine. Fibers switch only where a thread blocks, and the
// policies never block while holding their mutex except inside a condition wait (which
// releases it), so contention is rare; when it happens the waiter blocks like any other.
class VMutex : public PMutex {
public:
    explicit VMutex(VEngine& e) : e_(e) {}
    void lock() override {
        VThread* th = e_.current();
        e_.charge(th, e_.machine().lock_cost);
        while (held_) {
            th->wait_seq++;
            th->timed_out = false;
            waiters_.waiters.push_back({th, th->wait_seq});
            th->waiting_on = &waiters_;
            e_.charge(th, e_.machine().syscall_cost);  // a contended lock enters the kernel
            e_.block(th);
        }
        held_ = true;
    }
    void unlock() override {
        held_ = false;
        e_.charge(e_.current(), e_.machine().lock_cost);
        if (!waiters_.waiters.empty()) {
            auto [w, seq] = waiters_.waiters.front();
            waiters_.waiters.pop_front();
            w->waiting_on = nullptr;
            VThread* me = e_.current();
            e_.charge(me, e_.machine().syscall_cost);
            e_.wake_at(w, e_.sync(me), Reason::Woken, true, seq);
        }
    }

private:
    VEngine& e_;
    bool held_ = false;
    VWaitList waiters_;
};

// A condition variable: a signal wakes one waiter chosen by the (seeded) OS model.
class VCond : public PCond {
public:
    explicit VCond(VEngine& e) : e_(e) {}
    bool wait(PMutex& m, Nanos timeout) override {
        VThread* th = e_.current();
        e_.sync(th);
        th->wait_seq++;
        th->timed_out = false;
        list_.waiters.push_back({th, th->wait_seq});
        th->waiting_on = &list_;
        m.unlock();
        e_.charge(th, e_.machine().syscall_cost);
        if (timeout >= 0) e_.timeout_at(th, th->clock + timeout);
        e_.block(th);
        m.lock();
        return !th->timed_out;
    }
    void signal() override {
        if (list_.waiters.empty()) return;
        size_t i = e_.random() % list_.waiters.size();
        auto [w, seq] = list_.waiters[i];
        list_.waiters.erase(list_.waiters.begin() + long(i));
        wake(w, seq);
    }
    void broadcast() override {
        while (!list_.waiters.empty()) {
            auto [w, seq] = list_.waiters.front();
            list_.waiters.pop_front();
            wake(w, seq);
        }
    }

private:
    void wake(VThread* w, uint64_t seq) {
        w->waiting_on = nullptr;
        VThread* me = e_.current();
        e_.charge(me, e_.machine().syscall_cost);  // futex wake
        e_.wake_at(w, e_.sync(me), Reason::Woken, true, seq);
    }
    VEngine& e_;
    VWaitList list_;
};

}  // namespace

std::unique_ptr<PMutex> VPlatform::new_mutex() { return std::make_unique<VMutex>(e_); }
std::unique_ptr<PCond> VPlatform::new_cond() { return std::make_unique<VCond>(e_); }

void VPlatform::poke(PThread* holder) {
    auto* th = static_cast<VThread*>(holder);
    if (th->vm) th->vm->budget.store(0, std::memory_order_relaxed);
}

void VPlatform::lock_event(LockEvent ev, PThread* who, PThread* other, Reason why) {
    e_.emit_lock(ev, static_cast<VThread*>(who), static_cast<VThread*>(other), why);
}

void VPlatform::thread_state(PThread* who, ThreadState s, Reason why) {
    auto* th = static_cast<VThread*>(who);
    th->logical = s;
    e_.show_state(th, why);
}

}  // namespace gs
