// Notes about the implementation (policy `none`).
//
// Free-threaded CPython (PEP 703, 3.13+): no global lock at all. The threads of a process
// run in parallel, limited only by the machine's cores. (The per-object locking that
// makes this safe in CPython costs it some 5-8% single-threaded; the simulator's
// [machine] instruction cost is the place to model that.)
#include <memory>

#include "sim/engine/policy.hpp"

namespace gs {

namespace {

class NonePolicy : public GilPolicy {
public:
    using GilPolicy::GilPolicy;
    void take(PThread* me) override { p_.thread_state(me, ThreadState::Running, Reason::None); }
    void drop(PThread*, Reason) override {}
    void check(PThread*) override {}
    bool free_threaded() const override { return true; }
};

}  // namespace

std::unique_ptr<GilPolicy> make_none_policy(Platform& p, const PolicyConfig& cfg) {
    return std::make_unique<NonePolicy>(p, cfg);
}

}  // namespace gs
