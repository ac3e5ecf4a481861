// asyncio tasks on the timeline: the Task events of a trace (Trace::task_events, sent
// by the event loop's Python code through _asyncio_trace) folded into one lane per task,
// each a sequence of spans that tile it from its creation to its end: ready (scheduled,
// waiting for the loop to run it), running (a step of its coroutine) and waiting (on
// what it awaits). The Chrome-trace export and the report read these; the GUI can too.
// docs/architecture.md, "asyncio tasks in the trace", says how to draw them.
#pragma once
#include <string>
#include <vector>

#include "sim/engine/trace.hpp"

namespace gs {

struct TaskSpan {
    Nanos start = 0, end = 0;
    TaskCode code = TaskCode::Ready;   // Ready, Running or Waiting
    std::string label;                 // ready: why; running: the task's name; waiting: what it awaits
};

struct TaskLane {
    uint32_t task = 0;          // the task's id in its process
    uint32_t thread = 0;        // the loop's thread (trace id)
    uint16_t proc = 0;
    std::string name;           // the task's (last) name, e.g. "Task-1"
    Nanos created = 0, end = 0; // end: when it finished, or the end of the run
    bool finished = false;
    std::string outcome;        // "result", "cancelled", "exception ValueError" ("" if unfinished)
    uint64_t steps = 0;         // times a step of it ran
    std::vector<TaskSpan> spans;
};

// Every task of the run in order of creation; spans are clipped to `end` (the run's) and
// zero-length ones left out.
std::vector<TaskLane> task_lanes(const Trace& trace, Nanos end);

}  // namespace gs
