// The trace: every state change of every simulated thread and every lock event, with a
// nanosecond timestamp and its reason, in 32 bytes per event. Both engines write it;
// the report, the Chrome-trace export and the GUI read it. It is append-only and
// readable while the run goes on: events live in fixed chunks that never move, and the
// count of published events is atomic, so a reader on another thread sees a prefix.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sim/core/time.hpp"

namespace gs {

// Nanos: sim/core/time.hpp

// One row per thread state: X(name, "label").
#define GS_THREAD_STATES(X)                                                   \
    X(Created, "created")     /* exists, not started yet */                   \
    X(Running, "running")     /* on a core, executing (holding the lock) */   \
    X(WantsGil, "wants_gil")  /* runnable but waiting for the interpreter lock */ \
    X(Ready, "ready")         /* runnable, waiting for a core */              \
    X(Io, "io")               /* blocked in I/O, lock released */             \
    X(Sleeping, "sleeping")   /* in time.sleep, lock released */              \
    X(Blocked, "blocked")     /* on a Python lock, event, queue, join */      \
    X(Native, "native")       /* in native code without the lock (sim.cpu release_gil=True) */ \
    X(Done, "done")

enum class ThreadState : uint8_t {
#define GS_X(n, label) n,
    GS_THREAD_STATES(GS_X)
#undef GS_X
};
const char* state_name(ThreadState s);

// Lock events and other instants: X(name, "label").
#define GS_LOCK_EVENTS(X)                                                       \
    X(Acquire, "acquire")             /* took the interpreter lock */           \
    X(Release, "release")             /* gave it up */                          \
    X(DropRequest, "drop_request")    /* a waiter asked the holder to drop it */ \
    X(ForcedSwitch, "forced_switch")  /* the holder dropped because asked */    \
    X(FailedWakeup, "failed_wakeup")  /* woken, but the lock was taken again */ \
    X(Timeout, "timeout")             /* a waiter's timed wait expired */       \
    X(Handoff, "handoff")             /* ownership passed from one thread to another */ \
    X(Signal, "signal")               /* a signal (Ctrl-C) became pending */

enum class LockEvent : uint8_t {
#define GS_X(n, label) n,
    GS_LOCK_EVENTS(GS_X)
#undef GS_X
};
const char* lock_event_name(LockEvent e);

// Why something happened.
#define GS_REASONS(X)                                                                    \
    X(None, "")                                                                          \
    X(Start, "thread start")                                                             \
    X(Exit, "thread exit")                                                               \
    X(Interval, "switch interval expired")                                               \
    X(CheckInterval, "check interval (ticks) reached")                                   \
    X(IoRelease, "released for I/O")                                                     \
    X(SleepRelease, "released for sleep")                                                \
    X(BlockRelease, "released to block")                                                 \
    X(NativeRelease, "released for native code")                                         \
    X(Forced, "drop request")                                                            \
    X(Priority, "preempted by an I/O-bound thread")                                      \
    X(Deadline, "earlier deadline")                                                      \
    X(Quantum, "quantum expired")                                                        \
    X(Yield, "yield")                                                                    \
    X(Woken, "woken")                                                                    \
    X(TimedOut, "timed out")                                                             \
    X(Preempted, "OS time slice expired")                                                \
    X(CoreFree, "a core became free")                                                    \
    X(IoDone, "I/O completed")                                                           \
    X(SleepDone, "sleep ended")                                                          \
    X(NoCore, "no free core")                                                            \
    X(LockTaken, "the lock was taken")

enum class Reason : uint8_t {
#define GS_X(n, label) n,
    GS_REASONS(GS_X)
#undef GS_X
};
const char* reason_text(Reason r);

enum class EventKind : uint8_t {
    State,     // thread `thread` entered `state` (on core `core`, 255 = none)
    Lock,      // lock event `lock` by `thread`; `other` = the other thread involved
    Thread,    // thread `thread` created in process `proc` (`other` = parent thread)
    Process,   // process `proc` started (`other` = parent process)
    Core,      // core `core` now runs `thread` (kNoThread: idle)
    Mark,      // a program-level marker (arg = index into Trace::string)
    Task,      // an asyncio task changed state (only in Trace::task_events, see below)
};

// What an asyncio task does, as its event loop's Python code reports it (TaskCode in
// `code` of a Task event): X(name, "label").
#define GS_TASK_CODES(X)                                                            \
    X(Created, "created")   /* label: the task's name; it is scheduled to run */     \
    X(Ready, "ready")       /* scheduled to run (woken, or yielded); label: why */  \
    X(Running, "running")   /* a step of its coroutine runs on the loop */          \
    X(Waiting, "waiting")   /* suspended; label: what it awaits ("sleep 0.1 s") */  \
    X(Done, "done")         /* finished; label: "result", "cancelled", "exception ValueError" */ \
    X(Named, "named")       /* renamed (Task.set_name); label: the new name */

enum class TaskCode : uint8_t {
#define GS_X(n, label) n,
    GS_TASK_CODES(GS_X)
#undef GS_X
};
const char* task_code_name(TaskCode c);

struct TraceEvent {
    Nanos t;                // when
    uint32_t thread;        // global thread id (0-based, in creation order)
    uint32_t other;         // the other thread (hand-off target, waker), or an argument
    uint32_t arg;           // State: encode_code_pos; Task, Mark: a string id
    uint16_t proc;          // process id
    EventKind kind;
    uint8_t code;           // ThreadState or LockEvent
    Reason reason;
    uint8_t core;           // 255: none
    uint16_t pad = 0;
    ThreadState state() const { return ThreadState(code); }
    LockEvent lock() const { return LockEvent(code); }
    TaskCode task() const { return TaskCode(code); }
};
static_assert(sizeof(TraceEvent) <= 32, "a trace event is at most 32 bytes");

// A State event's `arg`: where the thread was in the program file when it changed state
// (its innermost frame running the program's own code, not a library module's): the code
// object's index (sim/lang/code_index.hpp) and the instruction. 0: not known.
struct CodePos {
    uint32_t code = 0, pc = 0;
    bool known = false;
};
constexpr uint32_t kPosPcBits = 20;  // up to 1M instructions per code object, 4095 code objects
inline uint32_t encode_code_pos(uint32_t code, uint32_t pc) {
    if (code >= (1u << (32 - kPosPcBits)) - 1 || pc >= (1u << kPosPcBits)) return 0;
    return ((code + 1) << kPosPcBits) | pc;
}
inline CodePos decode_code_pos(uint32_t arg) {
    if (!arg) return {};
    return {(arg >> kPosPcBits) - 1, arg & ((1u << kPosPcBits) - 1), true};
}

constexpr uint32_t kNoThread = 0xffffffffu;
constexpr uint8_t kNoCore = 255;

struct TraceThread {
    uint32_t id;
    uint16_t proc;
    std::string name;
    uint32_t parent;
    Nanos created;
};

// Append-only event log, safe to read from one other thread while written.
class Trace {
public:
    Trace();
    ~Trace();
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;

    void push(const TraceEvent& e);
    size_t size() const { return published_.load(std::memory_order_acquire); }
    const TraceEvent& operator[](size_t i) const { return chunks_[i >> kShift][i & kMask]; }

    // Names of threads and processes (registered before their first event).
    uint32_t add_thread(uint16_t proc, std::string name, uint32_t parent, Nanos t);
    void rename_thread(uint32_t id, std::string name);
    uint16_t add_process(std::string name, uint16_t parent, Nanos t);
    std::vector<TraceThread> threads() const;
    std::vector<std::string> processes() const;
    int cores = 0;   // the simulated machine's cores (0: native engine)

    // Strings that events refer to by index (Task and Mark labels), each stored once.
    uint32_t intern(std::string_view s);
    std::string string(uint32_t id) const;

    // asyncio tasks (kind Task): `thread` is the loop's OS thread, `other` the task's id
    // (unique in its process), `arg` the label's string id, `code` a TaskCode, `proc`
    // filled in from the thread. They come from module code on any thread, outside the
    // engines' time-ordered stream, so they live in a log of their own: in time order
    // per thread (one loop per thread), not across threads. Readers merge by time.
    void push_task(Nanos t, uint32_t thread, TaskCode code, uint32_t task, uint32_t label);
    size_t task_count() const;
    // A copy of the log from index `from` on (a live reader asks only for what is new).
    std::vector<TraceEvent> task_events(size_t from = 0) const;

private:
    static constexpr size_t kShift = 14;               // 16384 events per chunk
    static constexpr size_t kChunk = size_t(1) << kShift;
    static constexpr size_t kMask = kChunk - 1;
    static constexpr size_t kMaxChunks = size_t(1) << 16;  // up to ~1e9 events
    std::unique_ptr<TraceEvent*[]> chunks_;
    size_t used_ = 0;
    std::atomic<size_t> published_{0};
    mutable std::mutex names_mu_;
    std::vector<TraceThread> threads_;
    std::vector<std::string> processes_;
    mutable std::mutex extra_mu_;   // strings and task events: written by module code
    std::vector<std::string> strings_;
    std::unordered_map<std::string, uint32_t> string_ids_;
    std::vector<TraceEvent> tasks_;
};

// Module code has no path to the engine that runs it, hence none to its Trace:
// run_program makes the run's trace reachable from the run's threads while it runs
// (through a thread-local for the virtual engine, whose fibers all run on the caller's
// thread; through a process-wide slot for the native engine, left empty when two native
// runs overlap, so that a run never writes into another's trace). Null: no trace.
Trace* annotation_trace();
class AnnotationScope {
public:
    AnnotationScope(Trace* trace, bool every_thread);
    ~AnnotationScope();
    AnnotationScope(const AnnotationScope&) = delete;
    AnnotationScope& operator=(const AnnotationScope&) = delete;

private:
    Trace* prev_ = nullptr;
    bool every_thread_;
};

}  // namespace gs
