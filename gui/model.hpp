// The timeline's data model, kept apart from the views (as Tracy keeps its Worker apart
// from the timeline): span lists per lane, built incrementally from a Trace that may
// still be growing on another thread. Each frame `update()` consumes the events
// published since the last call, so the cost of a frame does not grow with the run.
// Time stays int64 nanoseconds here; only the views turn it into pixels.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/engine/trace.hpp"

namespace gs::gui {

// One stretch of time on a lane: a thread in one state, the lock held by one thread, a
// core running one thread. Spans of a lane are sorted and do not overlap, so both
// `start` and `end` are sorted and a lane can be searched by time. 24 bytes.
struct Span {
    Nanos start = 0;
    Nanos end = 0;        // for the lane's last span: where it was last extended to
    uint32_t who = kNoThread;  // owner/core lanes: the thread; thread lanes: where in the
                               // program the state began (encode_code_pos, 0: unknown)
    uint8_t code = 0;     // thread lanes: ThreadState
    Reason reason = Reason::None;  // why it began (owner lane: why the lock was released)
    uint8_t core = kNoCore;
    uint8_t pad = 0;
};
static_assert(sizeof(Span) <= 64, "a span is at most 64 bytes");

// An instant on the timeline: drop requests, forced switches, failed wake-ups, timeouts.
struct Marker {
    Nanos t;
    uint32_t thread, other;
    uint16_t proc;
    LockEvent kind;
    Reason reason;
};

// The lock passing from one thread to another: released at `from`, taken at `to`.
struct Handoff {
    Nanos from, to;
    uint32_t from_thread, to_thread;
    uint16_t proc;
    Reason reason;  // why the previous holder released it
};

// A lock event, for the Explain narration and stepping (every Lock event of the trace;
// the model keeps only their indexes in the trace, 4 bytes each, and builds these).
struct LockRecord {
    Nanos t;
    uint32_t thread, other;
    uint16_t proc;
    LockEvent kind;
    Reason reason;
};

struct WaitStep {
    Nanos t;
    uint32_t waiters;
};

struct ThreadLane {
    uint32_t id = 0;
    uint16_t proc = 0;
    std::string name;
    Nanos created = 0;
    bool open = false;    // the last span is still going on
    bool finished = false;
    std::vector<Span> spans;
};

struct ProcessLanes {
    std::string name;
    std::vector<Span> owner;        // one span per holding of the lock (who = holder)
    std::vector<WaitStep> waiters;  // number of threads in wants_gil, as steps
    uint32_t holder = kNoThread;
    uint32_t last_releaser = kNoThread;
    Nanos last_release = 0;
    Reason last_release_reason = Reason::None;
    uint32_t waiting = 0;
    uint32_t max_waiters = 0;
};

// One asyncio task (Trace::task_events), drawn as a sub-lane under its loop's thread
// (docs/architecture.md, "asyncio tasks in the trace"). Its spans tile its life: code =
// TaskCode (Ready, Running or Waiting), who = the label's id in TimelineModel::strings
// (ready: why; waiting: what it awaits).
struct TaskLane {
    uint32_t task = 0;        // the task's id in its process
    uint32_t thread = 0;      // the loop's thread
    uint16_t proc = 0;
    std::string name;
    bool open = false;
    bool finished = false;
    std::string outcome;      // "result", "cancelled", "exception ValueError"
    std::vector<Span> spans;
};

struct CoreLane {
    std::vector<Span> spans;  // who = the thread on the core
    bool open = false;
};

class TimelineModel {
public:
    // Consumes the events `trace` published since the last call. `end`: when known
    // (a finished run), open spans are extended to it.
    void update(const Trace& trace);
    void finish(Nanos end);

    Nanos now() const { return now_; }          // the newest time seen
    bool finished() const { return finished_; }
    size_t events() const { return consumed_; }
    size_t span_count() const;
    size_t memory_bytes() const;                // of the span lists, markers and records

    std::vector<ThreadLane> threads;
    std::vector<ProcessLanes> procs;
    std::vector<CoreLane> cores;
    std::vector<Marker> markers;
    std::vector<Handoff> handoffs;
    std::vector<TaskLane> tasks;        // in order of creation
    std::vector<std::string> strings;   // the trace's strings that task spans refer to

    // The lock events, in trace order (which is time order).
    size_t lock_count() const { return lock_events_.size(); }
    LockRecord lock(size_t i) const;
    // The index of the first lock event at or after t.
    size_t first_lock_at(Nanos t) const;

    // The span of `lane` covering t (or null).
    static const Span* at(const std::vector<Span>& lane, Nanos t);
    // The index of the first span of `lane` that ends after t.
    static size_t first_after(const std::vector<Span>& lane, Nanos t);
    // How many threads of `proc` waited for the lock at t.
    uint32_t waiters_at(uint16_t proc, Nanos t) const;
    const std::string& thread_name(uint32_t id) const;

private:
    void sync_names(const Trace& trace);
    void on_state(const TraceEvent& e, ThreadState s, Nanos t);
    void on_lock(const TraceEvent& e, Nanos t, size_t index);
    void on_core(const TraceEvent& e, Nanos t);
    bool update_tasks(const Trace& trace);
    void on_task(const Trace& trace, const TraceEvent& e);
    ProcessLanes& proc(uint16_t p);
    void extend_open(Nanos t);

    const Trace* trace_ = nullptr;     // the trace being read (it outlives the model)
    std::vector<uint32_t> lock_events_;  // indexes of its Lock events
    size_t consumed_ = 0;
    size_t tasks_consumed_ = 0;
    std::unordered_map<uint64_t, uint32_t> task_index_;   // (proc << 32 | task) -> tasks[i]
    size_t names_known_ = 0;
    Nanos now_ = 0;
    bool finished_ = false;
};

}  // namespace gs::gui
