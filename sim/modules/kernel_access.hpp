// How module code reaches the engine: the Kernel of the thread's process, or a clear
// RuntimeError when the interpreter runs without one (a bare interpreter in unit tests).
#pragma once
#include "sim/engine/kernel.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

inline Kernel* kernel_of(Thread& t, const char* what) {
    Kernel* k = t.in.host.kernel();
    if (!k) raisef(t, t.in.types.RuntimeError, "{} needs an engine (run the program with gilsim)", what);
    return k;
}

// Under green threads (gevent, whose monkey patching the sim module behaves as if
// applied), a wait suspends only the calling green thread: the others run meanwhile, and
// the OS thread blocks, releasing the lock, only when none can run (green.cpp). Outside
// gevent (no hub on this thread), or inside a native callback, this returns false and
// the caller blocks the OS thread. Defined in gevent_module.cpp.
bool green_wait(Thread& t, Kernel& k, Nanos ns);

// Blocks (state Blocked) on `q` while still_blocked(ctx), for at most `timeout` (-1: no
// limit): 1 when the condition ended, 0 on timeout, -1 when an exception was raised
// (Ctrl-C, the run stopped). The loop of every join and lock wait.
inline int wait_while(Thread& t, Kernel& k, WaitQueue& q, Nanos timeout, bool (*still_blocked)(void*), void* ctx) {
    Nanos deadline = timeout < 0 ? -1 : k.now(t) + timeout;
    while (still_blocked(ctx)) {
        Nanos left = -1;
        if (deadline >= 0) {
            left = deadline - k.now(t);
            if (left <= 0) return 0;
        }
        if (k.wait(t, q, left, ThreadState::Blocked, still_blocked, ctx) < 0) return -1;
    }
    return 1;
}

// A duration in seconds (int or float) as nanoseconds; ValueError when negative.
bool seconds_arg(Thread& t, Value v, const char* what, Nanos* out);

}  // namespace gs
