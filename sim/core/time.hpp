// Time in gilsim: a signed 64-bit count of nanoseconds since the run began (simulated
// time in the virtual engine, real time in the native one). One type everywhere; it
// becomes seconds only in a program's view (time.perf_counter) and pixels in the GUI.
#pragma once
#include <cstdint>

namespace gs {

using Nanos = int64_t;

}  // namespace gs
