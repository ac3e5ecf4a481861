// _asyncio_trace: how asyncio's event loop (py/_asyncio_core.py) tells the trace what
// each task does, for the timeline's per-task lanes (docs/architecture.md, "asyncio
// tasks in the trace"). One call per change of a task's state:
//
//   _asyncio_trace.task(code, task_id, label, at=None)
//
// code: CREATED, READY, RUNNING, WAITING, DONE, NAMED (TaskCode in trace.hpp); task_id:
// the task's number, unique in its process; label: the name, or what it awaits. The
// event is stamped with the calling thread's clock and filed under that thread (the
// loop's); `at` (loop time, seconds) stamps it earlier: a sleep that fell due while the
// loop was blocked made its task ready at the due time, not when the loop got to it.
// Without a trace (a bare interpreter, or a run that records none) it does
// nothing -- but always costs the same, so that a run's timing does not depend on
// whether it is traced.
#include <algorithm>
#include <cmath>

#include "sim/modules/kernel_access.hpp"
#include "sim/modules/modules.hpp"
#include "sim/vm/args.hpp"

namespace gs {

namespace {

Value at_task(Thread& t, Value* args, int nargs, Tuple* kw) {
    if (!no_kwargs(t, "task", kw) || !check_nargs(t, "task", nargs, 3, 4)) return Value::null();
    double at = -1;
    if (nargs == 4 && !args[3].is_none() && !arg_float(t, args[3], &at)) return Value::null();
    int64_t code, id;
    if (!arg_int(t, args[0], &code) || !arg_int(t, args[1], &id)) return Value::null();
    Str* label = arg_str(t, args[2], "task", "label");
    if (!label) return Value::null();
    if (code < 0 || code > int64_t(TaskCode::Named))
        return raisef(t, t.in.types.ValueError, "task(): unknown code {}", code);
    Kernel* k = t.in.host.kernel();
    Trace* trace = annotation_trace();
    if (!k || !trace) return Value::none();
    // Both engines number a thread's ident as its trace id + 1 (VHost, NHost).
    uint32_t thread = uint32_t(k->thread_ident(t) - 1);
    Nanos now = k->now(t);
    if (at >= 0) now = std::min(now, Nanos(std::llround(at * 1e9)));
    trace->push_task(now, thread, TaskCode(code), uint32_t(id), trace->intern(label->view()));
    return Value::none();
}

}  // namespace

Module* make_asyncio_trace_module(Thread& t) {
    Module* m = new_module(t.in, "_asyncio_trace");
    add_functions(t.in, m->dict, {{"task", at_task}});
    int i = 0;
    for (const char* name : {"CREATED", "READY", "RUNNING", "WAITING", "DONE", "NAMED"})
        dict_set_str(t.in, m->dict, intern(t.in, name), Value::integer(i++));
    return m;
}

}  // namespace gs
