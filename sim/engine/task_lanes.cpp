#include "sim/engine/task_lanes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "sim/engine/report.hpp"

namespace gs {

std::vector<TaskLane> task_lanes(const Trace& trace, Nanos end) {
    std::vector<TraceEvent> ev = trace.task_events();
    // In time order per thread already; merge the threads' loops by time.
    std::stable_sort(ev.begin(), ev.end(), [](const TraceEvent& a, const TraceEvent& b) { return a.t < b.t; });
    std::vector<TaskLane> lanes;
    std::map<std::pair<uint16_t, uint32_t>, size_t> index;  // (proc, task) -> lane
    struct Open {
        bool open = false;
        TaskCode code = TaskCode::Ready;
        std::string label;
        Nanos since = 0;
    };
    std::vector<Open> open;
    auto close = [&](size_t i, Nanos t) {
        Open& o = open[i];
        if (!o.open) return;
        t = std::min(std::max(t, o.since), end);
        if (t > o.since) {
            lanes[i].spans.push_back({o.since, t, o.code, o.code == TaskCode::Running ? lanes[i].name : o.label});
        }
        o.open = false;
    };
    for (const TraceEvent& e : ev) {
        auto key = std::make_pair(e.proc, e.other);
        auto it = index.find(key);
        if (it == index.end()) {
            // A task seen first by another event than Created (tracing began late): a lane anyway.
            it = index.emplace(key, lanes.size()).first;
            TaskLane l;
            l.task = e.other;
            l.thread = e.thread;
            l.proc = e.proc;
            l.name = e.task() == TaskCode::Created ? trace.string(e.arg) : "task " + std::to_string(e.other);
            l.created = std::min(e.t, end);
            l.end = end;
            lanes.push_back(std::move(l));
            open.emplace_back();
        }
        size_t i = it->second;
        TaskLane& l = lanes[i];
        Nanos t = std::min(e.t, end);
        switch (e.task()) {
            case TaskCode::Named: l.name = trace.string(e.arg); continue;
            case TaskCode::Done:
                close(i, t);
                l.finished = true;
                l.end = std::max(t, l.created);
                l.outcome = trace.string(e.arg);
                continue;
            case TaskCode::Created:
            case TaskCode::Ready:
            case TaskCode::Running:
            case TaskCode::Waiting: break;
        }
        if (l.finished) continue;
        // Back-to-back Ready events (woken, then scheduled) keep the first span going.
        if (open[i].open && open[i].code == TaskCode::Ready && e.task() == TaskCode::Ready) continue;
        close(i, t);
        TaskCode c = e.task() == TaskCode::Created ? TaskCode::Ready : e.task();
        if (c == TaskCode::Running) l.steps++;
        std::string label = e.task() == TaskCode::Created ? "created" : trace.string(e.arg);
        open[i] = {true, c, std::move(label), std::max(t, open[i].since)};
    }
    for (size_t i = 0; i < lanes.size(); i++) close(i, end);
    return lanes;
}

// ---- the report's tasks.NAME.FIELD ---------------------------------------------------

const std::vector<std::string>& task_fields() {
    static const std::vector<std::string> v = {"elapsed", "running", "waiting", "ready", "steps"};
    return v;
}

void add_task_stats(Report& r, const Trace& trace) {
    std::map<std::string, int> seen;
    for (const TaskLane& l : task_lanes(trace, r.elapsed)) {
        TaskStats t;
        int k = ++seen[l.name];
        t.name = k == 1 ? l.name : fmt::format("{}#{}", l.name, k);
        t.thread = l.thread;
        t.start = l.created;
        t.end = l.end;
        t.finished = l.finished;
        t.outcome = l.outcome;
        t.steps = l.steps;
        for (const TaskSpan& s : l.spans)
            (s.code == TaskCode::Running ? t.running : s.code == TaskCode::Waiting ? t.waiting : t.ready) += s.end - s.start;
        r.tasks.push_back(std::move(t));
    }
}

}  // namespace gs
