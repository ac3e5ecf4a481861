// Export of a run's trace in the Chrome Trace Event Format (the JSON that
// ui.perfetto.dev and chrome://tracing open, and that `gilsim gui` reads back).
//
// Lanes (pid, tid):
//   simulated process p         pid p+1, named "<name> (gil <policy>)"
//     thread with trace id i    tid i+1, named by its report name ("MainThread", "Worker#2")
//     the lock owner            tid 1000000, named "GIL owner", sorted first
//     asyncio task k (0-based, in order of creation in the run)
//                               tid -(k+1), named "task <name>", sorted right under its
//                               loop's thread (thread i sorts at (i+1)*1000, its tasks at
//                               (i+1)*1000+1, +2, ...). Negative so that a reader that
//                               takes every positive tid for a thread skips them.
//   the machine                 pid 1000000, named "machine (N cores)"
//     core c                    tid c+1, named "core c"
// Events: one complete ("X") slice per thread-state span, named by the state ("running",
// "wants_gil", "io", ...) with the reason in args; one slice per holding of the lock on
// the owner lane; instants ("i") for drop requests, forced switches and failed wake-ups;
// a flow ("s" -> "f", bound to the enclosing slices) from the thread that released the
// lock to the one that took it at each hand-off; a counter ("C") "GIL waiters" per
// process; one slice per stretch of a core running a thread; on each task lane, slices
// (cat "task") that tile it from creation to end: "ready", the task's name while a step
// runs, "await <what>" while suspended (args: task, state, loop, why). Timestamps are microseconds
// with nanosecond fractions. Zero-length spans are left out.
#pragma once
#include <ostream>
#include <string>

#include "sim/engine/report.hpp"
#include "sim/engine/trace.hpp"

namespace gs {

constexpr int kChromeGilTid = 1'000'000;
constexpr int kChromeMachinePid = 1'000'000;
constexpr int kChromeTaskTid = -1;         // minus the task's index in the run
constexpr int kChromeTaskSlots = 1000;      // sort indices per thread (the thread, then its tasks)

// Writes the whole trace; `report` gives the thread names, the end of the run and the
// settings (recorded under "otherData" with `scenario`).
void write_chrome_trace(std::ostream& out, const Trace& trace, const Report& report, const std::string& scenario);

}  // namespace gs
