// A fiber: a function running on its own stack that the scheduler resumes and that
// yields back to it. The virtual engine runs every simulated OS thread on one, so that
// the interpreter and the lock policies can block the way real code does while the
// whole simulation stays on one real thread. The backend (Boost.Context's fiber, with
// guard-paged stacks) is chosen here and nowhere else.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>

namespace gs {

class Fiber {
public:
    Fiber(size_t stack_bytes, std::function<void()> body);
    ~Fiber();
    Fiber(const Fiber&) = delete;
    Fiber& operator=(const Fiber&) = delete;

    // From the scheduler: runs the fiber until it yields or its body returns.
    void resume();
    // From inside the fiber: back to whoever resumed it.
    void yield();
    bool done() const { return done_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::function<void()> body_;
    bool done_ = false;
};

}  // namespace gs
