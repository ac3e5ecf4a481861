// Interpreter lock policies: one object per simulated process, shared by its threads.
// Each is written once against Platform (platform.hpp) and runs on both engines.
// Files: policies/py2.cpp, py3.cpp (py3 and py3-prio), bfs.cpp, ruby.cpp, none.cpp.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <string_view>

#include "sim/engine/platform.hpp"

namespace gs {

struct PolicyConfig {
    std::string name = "py3";    // py2 | py3 | py3-prio | bfs | ruby | none
    Nanos interval = 5'000'000;  // switch interval (py3, py3-prio), quantum (ruby, bfs)
    int check_interval = 100;    // py2: ticks between checks
    bool every_instruction = false;  // py3: the eval breaker is checked at every instruction
};

struct LockStats {
    uint64_t switches = 0;          // the lock changed hands
    uint64_t drop_requests = 0;
    uint64_t forced_switches = 0;
    uint64_t failed_wakeups = 0;
    uint64_t acquisitions = 0;
};

class GilPolicy {
public:
    explicit GilPolicy(Platform& p, const PolicyConfig& cfg) : p_(p), cfg_(cfg) {}
    virtual ~GilPolicy() = default;

    // Blocks until `me` holds the lock.
    virtual void take(PThread* me) = 0;
    // Releases the lock voluntarily (blocking I/O, sleep, waiting on an object).
    virtual void drop(PThread* me, Reason why) = 0;
    // At the eval breaker of the holder: gives the lock up and takes it back if the
    // policy says so (a drop request, a quantum, py2's check interval).
    virtual void check(PThread* me) = 0;
    // The breaker is due in this many instructions (py2's ticks) or never (0).
    virtual int tick_budget() const { return 0; }
    // Whether the holder should stop at the next breaker point without anyone poking it.
    virtual bool wants_check(PThread* me) { return false; }
    // The time at which the holder must run check() on its own (a time slice ending),
    // or kNever.
    static constexpr Nanos kNever = INT64_MAX;
    virtual Nanos next_check(PThread* me) { return kNever; }
    virtual void thread_exit(PThread* me) { me->policy_data.reset(); }
    // True for `none`: threads never wait for each other.
    virtual bool free_threaded() const { return false; }
    // A signal is pending for the main thread (py2 then checks at every tick).
    void set_signal_pending(bool v) { signal_pending_.store(v, std::memory_order_relaxed); }
    bool signal_pending() const { return signal_pending_.load(std::memory_order_relaxed); }
    // Whether SIGINT interrupts the main thread's waits on Python locks and joins
    // (CPython 3.2+: yes; Python 2: no, so Ctrl-C waits until join() returns).
    virtual bool signals_interrupt_waits() const { return true; }

    // sys.setswitchinterval / sys.setcheckinterval.
    Nanos interval() const { return cfg_.interval; }
    virtual void set_interval(Nanos ns) { cfg_.interval = ns; }
    int check_interval() const { return cfg_.check_interval; }
    void set_check_interval(int n) { cfg_.check_interval = n; }
    const PolicyConfig& config() const { return cfg_; }
    const LockStats& stats() const { return stats_; }

protected:
    Platform& p_;
    PolicyConfig cfg_;
    LockStats stats_;
    std::atomic<bool> signal_pending_{false};
};

// The policy of that name, or null (with the list of valid names in *error).
std::unique_ptr<GilPolicy> make_policy(Platform& p, const PolicyConfig& cfg, std::string* error);
// The valid policy names, for messages: "py2, py3, py3-prio, bfs, ruby, none".
std::string_view policy_names();

}  // namespace gs
