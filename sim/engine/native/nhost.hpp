// The native engine's Kernel, one per process: real sleeps, real spinning, and waits
// on condition variables, with the interpreter lock released around each.
#pragma once
#include <functional>

#include "sim/engine/native/nengine.hpp"

namespace gs {

class NHost : public Kernel {
public:
    NHost(NEngine& e, NProcess& p) : e_(e), p_(p) {}
    void run_main(NThread* main);
    void child_main(NThread* main, Thread* parent, Value callable, Value args, std::function<void()> forked);

    void write(Thread& t, int fd, std::string_view text) override { e_.write(fd, text); }
    int64_t now_ns(Thread& t) override { return e_.now(); }
    bool on_breaker(Thread& t) override;
    void interrupt_at(Thread& t, Nanos at) override;

    Nanos now(Thread& t) override { return e_.now(); }
    bool block_for(Thread& t, Nanos ns, ThreadState as, Reason why) override;
    bool cpu(Thread& t, Nanos ns, bool release_gil) override;
    WaitQueue* new_wait_queue() override { return new NWaitList; }
    void delete_wait_queue(WaitQueue* q) override { delete static_cast<NWaitList*>(q); }
    int wait(Thread& t, WaitQueue& q, Nanos timeout, ThreadState as, bool (*still_blocked)(void*),
             void* ctx) override;
    void notify(Thread& t, WaitQueue& q, int n) override;
    bool start_thread(Thread& parent, Value callable, Value args, const std::string& name,
                      ThreadHandle* handle) override;
    uint64_t thread_ident(Thread& t) override { return uint64_t(self(t)->id) + 1; }
    void set_thread_name(Thread& t, ThreadHandle* h, const std::string& name) override;
    Thread* main_thread(Thread& t) override { return p_.main ? p_.main->vm.get() : nullptr; }
    int active_count(Thread& t) override;
    void set_switch_interval(Thread& t, Nanos ns) override { p_.policy->set_interval(ns); }
    Nanos switch_interval(Thread& t) override { return p_.policy->interval(); }
    void set_check_interval(Thread& t, int n) override { p_.policy->set_check_interval(n); }
    int check_interval(Thread& t) override { return p_.policy->check_interval(); }
    void report(Thread& t, const std::string& name, double value) override;
    int cpu_count(Thread& t) override;
    uint64_t random_seed(Thread& t) override { return e_.options().seed; }
    bool start_process(Thread& parent, Value callable, Value args, const std::string& name,
                       ProcessHandle* handle) override;
    void terminate_process(Thread& t, ProcessHandle* handle) override;
    int process_id(Thread& t) override { return p_.pid; }
    std::string process_name(Thread& t) override { return p_.name; }

    // Before running bytecode again: the instruction budget and tick budget.
    void set_budget(NThread* th);
    // The main thread with SIGINT pending: raises KeyboardInterrupt (true).
    bool deliver_signal(Thread& t, NThread* th);

private:
    NThread* self(Thread& t) { return static_cast<NThread*>(t.engine); }
    bool stopped(Thread& t);
    // The policy's take and drop, with the bytecode lock of a lock-less policy inside.
    // The bytecode lock of a lock-less policy (exec_lock.hpp), its quantum started.
    void exec_lock();
    // exec = false: leave the bytecode lock as it is (a call that returns at once).
    void acquire(NThread* th, bool exec = true);
    void release(NThread* th, Reason why, bool exec = true);
    void thread_body(NThread* th, Value callable, Value args);
    void join_non_daemon(NThread* main);
    void finish_process(NThread* main, int code);

    NEngine& e_;
    NProcess& p_;
};

}  // namespace gs
