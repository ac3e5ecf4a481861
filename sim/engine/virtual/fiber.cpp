#include "sim/engine/virtual/fiber.hpp"

#include <boost/context/fiber.hpp>
#include <boost/context/protected_fixedsize_stack.hpp>

namespace gs {

namespace ctx = boost::context;

struct Fiber::Impl {
    ctx::fiber self;    // the fiber, while it is suspended
    ctx::fiber caller;  // the scheduler, while the fiber runs
};

Fiber::Fiber(size_t stack_bytes, std::function<void()> body) : impl_(new Impl), body_(std::move(body)) {
    impl_->self = ctx::fiber(std::allocator_arg, ctx::protected_fixedsize_stack(stack_bytes),
                             [this](ctx::fiber&& caller) {
                                 impl_->caller = std::move(caller);
                                 body_();
                                 done_ = true;
                                 return std::move(impl_->caller);
                             });
}

Fiber::~Fiber() = default;

void Fiber::resume() { impl_->self = std::move(impl_->self).resume(); }

void Fiber::yield() { impl_->caller = std::move(impl_->caller).resume(); }

}  // namespace gs
