#include "sim/engine/virtual/vplatform.hpp"

namespace gs {

// What a lock operation costs on the simulated machine (the MachineConfig keys; the
// reasons are in docs/scenarios.md):
//
// - every mutex lock or unlock: `lock_cost` (an atomic operation);
// - touching a lock's word (a mutex, a condition's waiter list) that a thread on another
//   core touched last: `cache_transfer`, the line moving between the cores' caches. For
//   a mutex this is paid while holding it, so it lengthens the critical section another
//   core may run into;
// - entering the kernel (a contended mutex, waiting, a wake that finds a sleeper):
//   `syscall_cost`; and when the sleeper is sent to another, idle core,
//   `remote_wakeup` more for the waker (the interrupt to that core);
// - the woken thread becomes runnable after `wakeup_latency`.
//
// Lock operations are made in simulated-time order (VEngine::sync_point): before each
// one the other cores catch up, so a thread finds a mutex held exactly when another
// core holds it at that instant. Mutexes behave like futexes: a thread that finds one
// held enters the kernel and sleeps there if it is still held, until the holder's unlock
// wakes it. That is what makes the old GIL's battle costly on several cores
// (gil-facts §1): the woken waiter pulls the lock's lines to its core and holds the
// mutex while it checks the flag; the holder pays the transfers, now and then runs into
// the held mutex and sleeps a whole wake-up latency, and pays a cross-core wake at each
// check that finds the waiter asleep. On one core the woken waiter cannot run while the
// holder does, so none of that happens. Nothing here knows the policy.

namespace {

// The core whose cache holds a lock's word, and the transfer to `th`'s core if another.
class Line {
public:
    void touch(VEngine& e, VThread* th) {
        if (core_ >= 0 && th->core >= 0 && core_ != th->core) e.charge(th, e.machine().cache_transfer);
        if (th->core >= 0) core_ = th->core;
    }

private:
    int core_ = -1;
};

// The waker's cost of a futex wake that finds a sleeper.
void charge_wake(VEngine& e, VThread* me) {
    Nanos cost = e.machine().syscall_cost;
    if (e.has_idle_core()) cost += e.machine().remote_wakeup;
    e.charge(me, cost);
}

// A mutex of the simulated machine, with a futex's behaviour: taken with one atomic
// operation when free; when held, the thread sleeps in the kernel until an unlock wakes
// it, then tries again.
class VMutex : public PMutex {
public:
    explicit VMutex(VEngine& e) : e_(e) {}
    void lock() override {
        VThread* th = e_.current();
        e_.sync_point(th);
        while (held_) {
            // The failed atomic marks the mutex contended (so the unlock will enter the
            // kernel) and fetched the line; then the thread enters futex_wait, which
            // sleeps only if the mutex is still held once it is in the kernel: a short
            // critical section on another core often ends meanwhile.
            contended_ = true;
            e_.charge(th, e_.machine().lock_cost);
            line_.touch(e_, th);
            e_.charge(th, e_.machine().syscall_cost);
            e_.sync_point(th);
            if (!held_) break;
            contended_ = true;  // futex_wait sleeps only on the "contended" value
            th->wait_seq++;
            th->timed_out = false;
            waiters_.waiters.push_back({th, th->wait_seq});
            th->waiting_on = &waiters_;
            e_.block(th);
            e_.sync_point(th);
        }
        held_ = true;
        e_.charge(th, e_.machine().lock_cost);
        line_.touch(e_, th);
    }
    void unlock() override {
        VThread* me = e_.current();
        e_.sync_point(me);
        held_ = false;
        e_.charge(me, e_.machine().lock_cost);
        line_.touch(e_, me);
        if (!contended_) return;
        // A contended mutex: futex_wake, which finds a sleeper or (if the contender is
        // still on its way into the kernel) nobody.
        contended_ = waiters_.waiters.size() > 1;  // other sleepers still to wake
        if (waiters_.waiters.empty()) {
            e_.charge(me, e_.machine().syscall_cost);
            return;
        }
        auto [w, seq] = waiters_.waiters.front();
        waiters_.waiters.pop_front();
        w->waiting_on = nullptr;
        charge_wake(e_, me);
        e_.wake_at(w, e_.sync(me), Reason::Woken, true, seq);
    }

private:
    VEngine& e_;
    bool held_ = false;
    bool contended_ = false;  // the futex word says a thread may be asleep on it
    VWaitList waiters_;
    Line line_;
};

// A condition variable: a signal wakes one waiter chosen by the (seeded) OS model. A
// signal with no waiter does not enter the kernel (it reads the waiter count).
class VCond : public PCond {
public:
    explicit VCond(VEngine& e) : e_(e) {}
    bool wait(PMutex& m, Nanos timeout) override {
        VThread* th = e_.current();
        e_.sync_point(th);
        line_.touch(e_, th);  // joins the waiter list, still holding m
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
        VThread* me = e_.current();
        e_.sync_point(me);
        line_.touch(e_, me);
        if (list_.waiters.empty()) {
            return;
        }
        size_t i = e_.random() % list_.waiters.size();
        auto [w, seq] = list_.waiters[i];
        list_.waiters.erase(list_.waiters.begin() + long(i));
        wake(w, seq);
    }
    void broadcast() override {
        VThread* me = e_.current();
        e_.sync_point(me);
        line_.touch(e_, me);
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
        charge_wake(e_, me);
        e_.wake_at(w, e_.sync(me), Reason::Woken, true, seq);
    }
    VEngine& e_;
    VWaitList list_;
    Line line_;
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
