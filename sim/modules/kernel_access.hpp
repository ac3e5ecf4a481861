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

// A duration in seconds (int or float) as nanoseconds; ValueError when negative.
bool seconds_arg(Thread& t, Value v, const char* what, Nanos* out);

}  // namespace gs
