#include "sim/engine/virtual/fiber.hpp"

#include <boost/context/fiber.hpp>
#include <boost/context/protected_fixedsize_stack.hpp>

// AddressSanitizer must be told about every switch between stacks, or it mistakes the
// fiber's stack for a corrupted one (false stack-buffer-overflow reports). Boost's
// Debian build does not do it, so the switches below are annotated here.
#if defined(__SANITIZE_ADDRESS__)
#define GS_ASAN_FIBERS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GS_ASAN_FIBERS 1
#endif
#endif
#ifdef GS_ASAN_FIBERS
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace gs {

namespace ctx = boost::context;

namespace {
// Thrown at the suspension point of a fiber destroyed before its body finished, so that
// its stack unwinds (destructors run) through our annotated switch rather than Boost's
// own forced unwinding.
struct FiberUnwind {};
}  // namespace

struct Fiber::Impl {
    ctx::fiber self;    // the fiber, while it is suspended
    ctx::fiber caller;  // the scheduler, while the fiber runs
    ctx::stack_context stack;
    bool started = false;
    bool unwinding = false;
#ifdef GS_ASAN_FIBERS
    void* fake_stack = nullptr;            // ASan's fake stack of the side being left
    const void* caller_bottom = nullptr;   // the scheduler's stack, learnt on entry
    size_t caller_size = 0;
#endif

    // Around a switch into the fiber (from the scheduler) and back out of it.
    void enter_fiber() {
#ifdef GS_ASAN_FIBERS
        __sanitizer_start_switch_fiber(&fake_stack, static_cast<char*>(stack.sp) - stack.size, stack.size);
#endif
    }
    void back_in_scheduler() {
#ifdef GS_ASAN_FIBERS
        __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr);
#endif
    }
    // Around a switch out of the fiber (to the scheduler) and back into it; `dying`:
    // the fiber will not come back.
    void leave_fiber(bool dying) {
#ifdef GS_ASAN_FIBERS
        __sanitizer_start_switch_fiber(dying ? nullptr : &fake_stack, caller_bottom, caller_size);
#endif
    }
    void back_in_fiber() {
#ifdef GS_ASAN_FIBERS
        __sanitizer_finish_switch_fiber(fake_stack, &caller_bottom, &caller_size);
#endif
    }
};

Fiber::Fiber(size_t stack_bytes, std::function<void()> body) : impl_(new Impl), body_(std::move(body)) {
    ctx::protected_fixedsize_stack alloc(stack_bytes);
    impl_->stack = alloc.allocate();
#ifdef GS_ASAN_FIBERS
    // A finished fiber's stack is unmapped with its last frames' redzones still poisoned,
    // and a later mapping at the same address inherits that shadow: a new fiber's locals
    // then look like overflows (seen in a full ASan run, 2 runs in 3). Start clean.
    __asan_unpoison_memory_region(static_cast<char*>(impl_->stack.sp) - impl_->stack.size, impl_->stack.size);
#endif
    impl_->self = ctx::fiber(std::allocator_arg, ctx::preallocated(impl_->stack.sp, impl_->stack.size, impl_->stack),
                             alloc, [this](ctx::fiber&& caller) {
                                 impl_->caller = std::move(caller);
                                 impl_->back_in_fiber();
                                 if (!impl_->unwinding) {
                                     try {
                                         body_();
                                     } catch (const FiberUnwind&) {
                                     }
                                 }
                                 done_ = true;
                                 impl_->leave_fiber(true);
                                 return std::move(impl_->caller);
                             });
}

Fiber::~Fiber() {
    if (!done_) {
        // Unwind the fiber's stack: resume it, and its yield() throws FiberUnwind.
        impl_->unwinding = true;
        resume();
    }
}

void Fiber::resume() {
    impl_->started = true;
    impl_->enter_fiber();
    impl_->self = std::move(impl_->self).resume();
    impl_->back_in_scheduler();
}

void Fiber::yield() {
    impl_->leave_fiber(false);
    impl_->caller = std::move(impl_->caller).resume();
    impl_->back_in_fiber();
    if (impl_->unwinding) throw FiberUnwind{};
}

}  // namespace gs
