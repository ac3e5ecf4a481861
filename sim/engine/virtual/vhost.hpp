// The virtual engine's Kernel, one per simulated process: what the interpreter and the
// modules of that process ask of the simulated machine.
#pragma once
#include "sim/engine/virtual/vengine.hpp"

namespace gs {

class VHost : public Kernel {
public:
    VHost(VEngine& e, VProcess& p) : e_(e), p_(p) {}

    void start_main(VThread* main);

    // Host
    void write(Thread& t, int fd, std::string_view text) override;
    int64_t now_ns(Thread& t) override { return now(t); }
    bool on_breaker(Thread& t) override;

    // Kernel
    Nanos now(Thread& t) override { return e_.sync(self(t)); }
    bool block_for(Thread& t, Nanos ns, ThreadState as, Reason why) override;
    bool cpu(Thread& t, Nanos ns, bool release_gil) override;
    WaitQueue* new_wait_queue() override { return new VWaitList; }
    void delete_wait_queue(WaitQueue* q) override { delete static_cast<VWaitList*>(q); }
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
    void report(Thread& t, const std::string& name, double value) override { e_.result().metrics[name] = value; }
    int cpu_count(Thread& t) override { return e_.machine().cores; }
    uint64_t random_seed(Thread& t) override { return e_.options().seed; }
    void interrupt_at(Thread& t, Nanos at) override { e_.signal_at(&p_, at); }
    bool start_process(Thread& parent, Value callable, Value args, const std::string& name,
                       ProcessHandle* handle) override;
    void terminate_process(Thread& t, ProcessHandle* handle) override;
    int process_id(Thread& t) override { return p_.pid; }
    std::string process_name(Thread& t) override { return p_.name; }

private:
    VThread* self(Thread& t) { return static_cast<VThread*>(t.engine); }
    void thread_body(VThread* th, Value callable, Value args);
    void join_non_daemon(VThread* main);
    void child_body(VThread* main, VThread* parent, Value callable, Value args);
    void finish_process(VThread* main, int code);
    bool killed(Thread& t);
    // The main thread with SIGINT pending: raises KeyboardInterrupt (true).
    bool deliver_signal(Thread& t, VThread* th);

    VEngine& e_;
    VProcess& p_;
};

}  // namespace gs
