#include "sim/engine/lock_checker.hpp"

#include <fmt/format.h>

namespace gs {

void LockChecker::lock_event(LockEvent e, PThread* who, PThread* other, Reason why) {
    {
        std::lock_guard<std::mutex> g(mu_);
        if (e == LockEvent::Acquire) {
            if (holder_ && holder_ != who)
                fail(fmt::format("thread {} acquired the lock while thread {} held it", who->id, holder_->id));
            holder_ = who;
        } else if (e == LockEvent::Release) {
            if (holder_ != who)
                fail(fmt::format("thread {} released a lock held by {}", who->id,
                                 holder_ ? std::to_string(holder_->id) : std::string("nobody")));
            holder_ = nullptr;
        }
    }
    in_.lock_event(e, who, other, why);
}

void LockChecker::running(PThread* who) {
    std::lock_guard<std::mutex> g(mu_);
    checks_++;
    if (holder_ != who)
        fail(fmt::format("thread {} ran bytecode while {} held the lock", who->id,
                         holder_ ? "thread " + std::to_string(holder_->id) : std::string("nobody")));
}

uint64_t LockChecker::checks() const {
    std::lock_guard<std::mutex> g(mu_);
    return checks_;
}

std::string LockChecker::violation() const {
    std::lock_guard<std::mutex> g(mu_);
    return violation_;
}

void LockChecker::fail(std::string what) {
    if (violation_.empty()) violation_ = "lock check: " + what;
}

}  // namespace gs
