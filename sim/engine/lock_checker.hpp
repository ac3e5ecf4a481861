// A testing aid in the spirit of Lua's lua_lock/ltests.h: with RunOptions::check_lock,
// each process's policy runs over this Platform decorator, which follows the lock's
// Acquire and Release events; the engines call running() wherever bytecode runs (the
// eval breaker, forced at every instruction in this mode). Any moment at which two
// threads hold the lock, or a thread runs bytecode without it, is recorded as a
// violation and ends up in RunResult::error. Not used for `none`, which has no lock.
#pragma once
#include <mutex>
#include <string>

#include "sim/engine/platform.hpp"

namespace gs {

class LockChecker : public Platform {
public:
    explicit LockChecker(Platform& inner) : in_(inner) {}

    std::unique_ptr<PMutex> new_mutex() override { return in_.new_mutex(); }
    std::unique_ptr<PCond> new_cond() override { return in_.new_cond(); }
    Nanos now() override { return in_.now(); }
    PThread* current() override { return in_.current(); }
    void poke(PThread* holder) override { in_.poke(holder); }
    void thread_state(PThread* who, ThreadState s, Reason why) override { in_.thread_state(who, s, why); }
    uint64_t random() override { return in_.random(); }
    void lock_event(LockEvent e, PThread* who, PThread* other, Reason why) override;

    // `who` is about to run bytecode: it must hold the lock.
    void running(PThread* who);

    uint64_t checks() const;
    std::string violation() const;  // the first one, or ""

private:
    void fail(std::string what);
    Platform& in_;
    mutable std::mutex mu_;  // the native engine calls from many threads
    PThread* holder_ = nullptr;
    uint64_t checks_ = 0;
    std::string violation_;
};

}  // namespace gs
