// The report of a run: what each thread spent its time on, how the interpreter lock
// behaved, and what the program measured. Computed from the trace (state spans and lock
// events) and the RunResult, so both engines report alike and the GUI can compute the
// same numbers for any time range. Every number has a dotted path ("threads.client.io",
// "gil.switches", "metrics.rps") used by [expect], `--json` and `sweep --metric`;
// docs/scenarios.md lists them.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/engine/machine.hpp"

namespace gs {

// Time a thread spent in each state (nanoseconds). The states of the trace fold into
// these: Running and Native are `running`; WantsGil is `gil_wait`.
struct ThreadTimes {
    Nanos running = 0;   // on a core, executing (holding the lock, or native code without it)
    Nanos gil_wait = 0;  // runnable but waiting for the interpreter lock
    Nanos io = 0;        // blocked in I/O (lock released)
    Nanos sleep = 0;     // in time.sleep
    Nanos ready = 0;     // runnable, no free core
    Nanos blocked = 0;   // on a Python lock, event, condition or join
    Nanos starting = 0;  // from start() until it first ran or queued (machine.thread_start)
};

struct ThreadStats {
    std::string name;          // unique in the report: the second "Worker" is "Worker#2"
    std::string given_name;    // as the program named it
    uint32_t id = 0;           // trace id
    uint16_t proc = 0;
    Nanos start = 0;           // when it was created (Thread.start())
    Nanos end = 0;             // when it finished, or the end of the run
    bool finished = false;
    ThreadTimes time;
    uint64_t instructions = 0; // bytecode instructions executed
    uint64_t gil_acquired = 0; // times it took the lock
    uint64_t forced_drops = 0; // times it was made to give the lock up
    uint64_t io_ops = 0;       // blocking I/O calls
    Nanos elapsed() const { return end - start; }
};

// One process's interpreter lock.
struct GilStats {
    LockStats lock;            // counts, from the policy (or counted from lock events)
    Nanos held = 0;            // total time some thread held the lock
    Nanos contended = 0;       // total time at least one thread waited for it
    uint32_t max_waiters = 0;
    double held_fraction = 0;  // held / elapsed
    double contention = 0;     // contended / elapsed
};

// An asyncio task (task_lanes.hpp): where its life went, from creation to its end.
// running + waiting + ready = elapsed.
struct TaskStats {
    std::string name;          // unique in the report, as thread names: the second "fetch" is "fetch#2"
    uint32_t thread = 0;       // its loop's thread (trace id)
    Nanos start = 0, end = 0;  // created; finished (or the end of the run)
    bool finished = false;
    std::string outcome;       // "result", "cancelled", "exception ValueError"; "" if unfinished
    Nanos running = 0;         // steps of its coroutine running on the loop
    Nanos waiting = 0;         // suspended on what it awaits
    Nanos ready = 0;           // woken or scheduled, waiting for the loop to run it
    uint64_t steps = 0;
    Nanos elapsed() const { return end - start; }
};

struct Report {
    Nanos elapsed = 0;
    int exit_code = 0;
    bool timed_out = false;
    std::string error;         // an engine-level failure (deadlock...), if any
    std::string engine;        // "virtual" | "native"
    uint64_t seed = 0;
    std::vector<ThreadStats> threads;       // in creation order
    std::vector<TaskStats> tasks;           // asyncio tasks, in creation order
    std::vector<GilStats> processes;        // by process id
    std::vector<std::string> process_names;
    std::map<std::string, double> metrics;  // sim.report(name, value)
    // Every effective setting ("machine.cores" -> "2"), in the settings table's order.
    std::vector<std::pair<std::string, std::string>> settings;

    const ThreadStats* thread(std::string_view name) const;
    const TaskStats* task(std::string_view name) const;
    std::string setting(std::string_view name) const;
};

// The trace's events in order, with one correction: a thread's Done state comes after
// every other event of that thread. (The virtual engine stamps Done with the global
// clock, which can lag the thread's own; its last lock release and state changes then
// appear after it. With that fixed in the engine this returns the events unchanged.)
std::vector<TraceEvent> settled_events(const Trace& trace);

// Builds the report. `trace` must be the complete trace of the run.
Report make_report(const Trace& trace, const RunResult& result, const RunOptions& options);

// The value at a dotted path: a time in seconds, a count, a fraction. On an unknown
// path, nullopt and *error says why and which paths exist (and the closest one).
std::optional<double> report_value(const Report& r, std::string_view path, std::string* error);
// Every path report_value accepts for this report (settings excepted), in display order.
std::vector<std::string> report_paths(const Report& r);

// Whether a path has the shape of a report path, before any run: "" if it does, else
// what is wrong. *is_time says whether its value is a time (so that a bound may be a
// duration string). Thread and metric names are only known after the run.
std::string check_report_path(std::string_view path, bool* is_time);

// A value as people read it: integers without a fraction, others with 4 significant
// digits ("0.412", "121.2", "3"); used by check lines, tables and bounds alike.
std::string format_number(double v);
// A time in seconds the same way, with a unit: "0.412 s", smaller units only under a
// millisecond ("18.31 us"), so that values and bounds line up.
std::string format_seconds(double v);

// The per-thread and per-lock field names, for messages and docs.
const std::vector<std::string>& thread_fields();
const std::vector<std::string>& gil_fields();
const std::vector<std::string>& task_fields();   // tasks.NAME.FIELD

// Fills r.tasks from the trace's task events (task_lanes.cpp).
void add_task_stats(Report& r, const Trace& trace);

}  // namespace gs
