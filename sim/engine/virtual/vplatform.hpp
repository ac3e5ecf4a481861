// The virtual engine's side of the platform seam (platform.hpp): mutexes and condition
// variables whose waiters block their fiber and are woken through the scheduler's
// events, the simulated clock, and the trace.
#pragma once
#include "sim/engine/virtual/vengine.hpp"

namespace gs {

class VPlatform : public Platform {
public:
    explicit VPlatform(VEngine& e) : e_(e) {}
    std::unique_ptr<PMutex> new_mutex() override;
    std::unique_ptr<PCond> new_cond() override;
    Nanos now() override { return e_.sync(e_.current()); }
    PThread* current() override { return e_.current(); }
    void poke(PThread* holder) override;
    void lock_event(LockEvent ev, PThread* who, PThread* other, Reason why) override;
    void thread_state(PThread* who, ThreadState s, Reason why) override;
    uint64_t random() override { return e_.random(); }

private:
    VEngine& e_;
};

}  // namespace gs
