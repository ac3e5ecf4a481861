// The native engine's side of the platform seam: std::mutex, std::condition_variable,
// steady_clock, and the trace behind a mutex (real threads write it concurrently).
#pragma once
#include "sim/engine/native/nengine.hpp"

namespace gs {

// The native thread running on this OS thread (null outside the engine's threads).
NThread*& current_nthread();

class NPlatform : public Platform {
public:
    explicit NPlatform(NEngine& e) : e_(e) {}
    std::unique_ptr<PMutex> new_mutex() override;
    std::unique_ptr<PCond> new_cond() override;
    Nanos now() override { return e_.now(); }
    PThread* current() override { return current_nthread(); }
    void poke(PThread* holder) override;
    void lock_event(LockEvent ev, PThread* who, PThread* other, Reason why) override;
    void thread_state(PThread* who, ThreadState s, Reason why) override;
    uint64_t random() override { return e_.random(); }

private:
    NEngine& e_;
};

}  // namespace gs
