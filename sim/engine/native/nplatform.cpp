#include "sim/engine/native/nplatform.hpp"

namespace gs {

NThread*& current_nthread() {
    thread_local NThread* current = nullptr;
    return current;
}

namespace {

class NMutex : public PMutex {
public:
    void lock() override { m.lock(); }
    void unlock() override { m.unlock(); }
    std::mutex m;
};

class NCond : public PCond {
public:
    bool wait(PMutex& pm, Nanos timeout) override {
        auto& m = static_cast<NMutex&>(pm).m;
        std::unique_lock<std::mutex> lk(m, std::adopt_lock);
        bool signalled = true;
        if (timeout < 0) cv.wait(lk);
        else signalled = cv.wait_for(lk, std::chrono::nanoseconds(timeout)) == std::cv_status::no_timeout;
        lk.release();  // the caller still owns the mutex
        return signalled;
    }
    void signal() override { cv.notify_one(); }
    void broadcast() override { cv.notify_all(); }
    std::condition_variable cv;
};

}  // namespace

std::unique_ptr<PMutex> NPlatform::new_mutex() { return std::make_unique<NMutex>(); }
std::unique_ptr<PCond> NPlatform::new_cond() { return std::make_unique<NCond>(); }

void NPlatform::poke(PThread* holder) {
    auto* th = static_cast<NThread*>(holder);
    if (th->vm) th->vm->budget.store(0, std::memory_order_relaxed);
}

void NPlatform::lock_event(LockEvent ev, PThread* who, PThread* other, Reason why) {
    e_.emit_lock(ev, static_cast<NThread*>(who), static_cast<NThread*>(other), why);
}

void NPlatform::thread_state(PThread* who, ThreadState s, Reason why) {
    e_.show_state(static_cast<NThread*>(who), s, why);
}

}  // namespace gs
