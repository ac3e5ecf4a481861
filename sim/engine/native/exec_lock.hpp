// The native engine's bytecode lock, for policies without an interpreter lock (`none`).
//
// Free-threaded CPython can drop its lock because every object carries its own lock and
// the allocator is per-thread (PEP 703). gilsim's heap, dicts and lists are not written
// for concurrent mutation, so on real threads two Python threads must not run bytecode at
// the same instant: under `none` the native engine serialises bytecode on this lock, and
// only what runs outside the interpreter goes in parallel (sim.cpu, sim.io, sleeps,
// waits). The virtual engine needs none of this: its fibers never run at the same
// instant, and it models `none` exactly (threads in parallel on the simulated cores).
//
// The lock is a FIFO ticket lock, fair so that a waiting thread (an I/O thread whose
// reply arrived) is not starved by a CPU-bound holder that releases and retakes it at
// every breaker, which is std::mutex's behaviour. The holder hands it over at its next
// breaker once it has held it for kQuantum and someone waits: short enough that I/O
// latency stays far below any interpreter lock's interval (the native convoy-none
// server runs 1.2-1.6x slower beside a CPU-bound thread at 20 us, 2x at 100 us). A waiter spins for up to
// kSpin before it sleeps: a hand-off between two CPU-bound threads then costs a cache
// line, not a futex wake-up (tens of microseconds here, which made two CPU-bound threads
// take 2.2x their sequential time instead of 1.1x). It is not a policy and writes
// nothing to the trace: under `none` a thread waiting here shows as running.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "sim/core/time.hpp"

namespace gs {

class ExecLock {
public:
    static constexpr Nanos kQuantum = 20'000;
    static constexpr Nanos kSpin = 200'000;

    // Blocks until this thread holds the lock; then the caller says when (took()).
    void lock() {
        uint64_t mine = next_.fetch_add(1);
        if (serving_.load() != mine && !spin(mine)) {
            std::condition_variable& cv = cv_[mine % kSlots];
            std::unique_lock<std::mutex> lk(m_);
            blocked_++;
            cv.wait(lk, [&] { return serving_.load() == mine; });
            blocked_--;
        }
    }
    // The time the holder got the lock: its quantum counts from here.
    void took(Nanos now) { since_ = now; }
    void unlock() {
        uint64_t next = serving_.fetch_add(1) + 1;
        std::lock_guard<std::mutex> g(m_);  // orders the increment with a sleeper's check
        // Wake only the sleepers whose slot holds the ticket now served (one, unless
        // more than kSlots threads wait).
        if (blocked_ > 0) cv_[next % kSlots].notify_all();
    }
    // At the holder's breaker: true when it should let a waiting thread in.
    bool should_yield(Nanos now) const {
        return next_.load(std::memory_order_relaxed) - serving_.load(std::memory_order_relaxed) > 1 &&
               now - since_ >= kQuantum;
    }

private:
    static constexpr size_t kSlots = 64;

    // True when the ticket came up within kSpin.
    bool spin(uint64_t mine) {
        auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(kSpin);
        for (int i = 1;; i++) {
            if (serving_.load(std::memory_order_acquire) == mine) return true;
            if (i % 64 == 0) {
                if (std::chrono::steady_clock::now() >= until) return false;
                std::this_thread::yield();  // more waiters than cores: let the holder run
            }
        }
    }

    std::mutex m_;
    std::condition_variable cv_[kSlots];  // a sleeper waits on the slot of its ticket
    std::atomic<uint64_t> next_{0};       // the next ticket handed out
    std::atomic<uint64_t> serving_{0};    // the ticket that holds the lock
    int blocked_ = 0;                     // waiters asleep (m_)
    Nanos since_ = 0;                     // when the holder took it (read by the holder only)
};

}  // namespace gs
