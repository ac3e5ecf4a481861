#include "gui/model.hpp"

#include <algorithm>

namespace gs::gui {

namespace {

// Closes the open last span of `lane` at t and opens a new one; a zero-length span is
// replaced rather than kept, so lanes hold only visible time.
void open_span(std::vector<Span>& lane, bool& open, Nanos t, const Span& next) {
    if (open && !lane.empty()) {
        Span& last = lane.back();
        if (t <= last.start) {
            lane.pop_back();
        } else {
            last.end = t;
        }
    }
    Span s = next;
    s.start = t;
    s.end = t;
    lane.push_back(s);
    open = true;
}

void close_span(std::vector<Span>& lane, bool& open, Nanos t) {
    if (!open || lane.empty()) return;
    Span& last = lane.back();
    if (t <= last.start) lane.pop_back();
    else last.end = t;
    open = false;
}

std::string fmt_task_name(uint32_t id) { return "task " + std::to_string(id); }

}  // namespace

const Span* TimelineModel::at(const std::vector<Span>& lane, Nanos t) {
    size_t i = first_after(lane, t);
    if (i < lane.size() && lane[i].start <= t) return &lane[i];
    return nullptr;
}

size_t TimelineModel::first_after(const std::vector<Span>& lane, Nanos t) {
    auto it = std::upper_bound(lane.begin(), lane.end(), t, [](Nanos v, const Span& s) { return v < s.end; });
    return size_t(it - lane.begin());
}

uint32_t TimelineModel::waiters_at(uint16_t p, Nanos t) const {
    if (p >= procs.size()) return 0;
    const auto& w = procs[p].waiters;
    auto it = std::upper_bound(w.begin(), w.end(), t, [](Nanos v, const WaitStep& s) { return v < s.t; });
    return it == w.begin() ? 0 : std::prev(it)->waiters;
}

const std::string& TimelineModel::thread_name(uint32_t id) const {
    static const std::string kNobody = "nobody";  // immutable: not global mutable state
    return id < threads.size() ? threads[id].name : kNobody;
}

size_t TimelineModel::span_count() const {
    size_t n = 0;
    for (auto& t : threads) n += t.spans.size();
    for (auto& p : procs) n += p.owner.size();
    for (auto& c : cores) n += c.spans.size();
    for (auto& k : tasks) n += k.spans.size();
    return n;
}

size_t TimelineModel::memory_bytes() const {
    size_t n = 0;
    for (auto& t : threads) n += t.spans.capacity() * sizeof(Span);
    for (auto& p : procs) n += p.owner.capacity() * sizeof(Span) + p.waiters.capacity() * sizeof(WaitStep);
    for (auto& c : cores) n += c.spans.capacity() * sizeof(Span);
    for (auto& k : tasks) n += k.spans.capacity() * sizeof(Span);
    n += markers.capacity() * sizeof(Marker) + handoffs.capacity() * sizeof(Handoff) + lock_events_.capacity() * sizeof(uint32_t);
    return n;
}

ProcessLanes& TimelineModel::proc(uint16_t p) {
    if (p >= procs.size()) procs.resize(size_t(p) + 1);
    return procs[p];
}

void TimelineModel::sync_names(const Trace& trace) {
    std::vector<TraceThread> names = trace.threads();
    for (const TraceThread& t : names) {
        if (t.id >= threads.size()) threads.resize(size_t(t.id) + 1);
        ThreadLane& l = threads[t.id];
        l.id = t.id;
        l.proc = t.proc;
        l.name = t.name;
        l.created = t.created;
        proc(t.proc);
    }
    std::vector<std::string> pn = trace.processes();
    for (size_t p = 0; p < pn.size(); p++) proc(uint16_t(p)).name = pn[p];
    if (cores.size() < size_t(std::max(trace.cores, 0))) cores.resize(size_t(trace.cores));
}

void TimelineModel::update(const Trace& trace) {
    trace_ = &trace;
    size_t n = trace.size();
    bool new_tasks = update_tasks(trace);
    if (n == consumed_ && names_known_ != 0) {
        if (new_tasks) extend_open(now_);
        return;
    }
    sync_names(trace);
    names_known_ = threads.size();
    for (size_t i = consumed_; i < n; i++) {
        const TraceEvent& e = trace[i];
        // Lanes only go forward: an event stamped slightly early joins the lane's end.
        Nanos t = std::max<Nanos>(e.t, 0);
        // The virtual engine can stamp Done before the thread's last events (report.hpp,
        // settled_events, which moves Done after them): they stretch its last span.
        if (e.thread < threads.size() && threads[e.thread].finished && e.kind != EventKind::Thread) {
            auto& spans = threads[e.thread].spans;
            if (!spans.empty()) spans.back().end = std::max(spans.back().end, t);
        }
        switch (e.kind) {
            case EventKind::Thread: on_state(e, ThreadState::Created, t); break;
            case EventKind::State: on_state(e, e.state(), t); break;
            case EventKind::Lock: on_lock(e, t, i); break;
            case EventKind::Core: on_core(e, t); break;
            default: break;
        }
        now_ = std::max(now_, t);
    }
    consumed_ = n;
    extend_open(now_);
}

void TimelineModel::extend_open(Nanos t) {
    for (auto& l : threads)
        if (l.open && !l.spans.empty()) l.spans.back().end = std::max(l.spans.back().end, t);
    for (auto& p : procs)
        if (p.holder != kNoThread && !p.owner.empty()) p.owner.back().end = std::max(p.owner.back().end, t);
    for (auto& c : cores)
        if (c.open && !c.spans.empty()) c.spans.back().end = std::max(c.spans.back().end, t);
    for (auto& k : tasks)
        if (k.open && !k.spans.empty()) k.spans.back().end = std::max(k.spans.back().end, t);
}

bool TimelineModel::update_tasks(const Trace& trace) {
    size_t n = trace.task_count();
    if (n <= tasks_consumed_) return false;
    std::vector<TraceEvent> ev = trace.task_events(tasks_consumed_);
    tasks_consumed_ += ev.size();
    // In time order per loop thread; merge the loops by time (a late event, stamped
    // earlier than the lane's end, is clamped to it in on_task).
    std::stable_sort(ev.begin(), ev.end(), [](const TraceEvent& a, const TraceEvent& b) { return a.t < b.t; });
    for (const TraceEvent& e : ev) on_task(trace, e);
    return !ev.empty();
}

void TimelineModel::on_task(const Trace& trace, const TraceEvent& e) {
    while (strings.size() <= e.arg) strings.push_back(trace.string(uint32_t(strings.size())));
    Nanos t = std::max<Nanos>(e.t, 0);
    auto [it, added] = task_index_.emplace((uint64_t(e.proc) << 32) | e.other, uint32_t(tasks.size()));
    if (added) {
        // A task seen first by another event than Created (tracing began late): a lane anyway.
        TaskLane nl;
        nl.task = e.other;
        nl.thread = e.thread;
        nl.proc = e.proc;
        nl.name = e.task() == TaskCode::Created ? strings[e.arg] : fmt_task_name(e.other);
        tasks.push_back(std::move(nl));
    }
    TaskLane* l = &tasks[it->second];
    if (!l->spans.empty()) t = std::max(t, l->spans.back().start);
    switch (e.task()) {
        case TaskCode::Named: l->name = strings[e.arg]; return;
        case TaskCode::Done:
            close_span(l->spans, l->open, t);
            l->finished = true;
            l->outcome = strings[e.arg];
            return;
        default: break;
    }
    if (l->finished) return;
    // Back-to-back Ready events (woken, then scheduled) keep the first span going.
    if (l->open && !l->spans.empty() && TaskCode(l->spans.back().code) == TaskCode::Ready && e.task() == TaskCode::Ready)
        return;
    Span sp;
    sp.code = uint8_t(e.task() == TaskCode::Created ? TaskCode::Ready : e.task());
    sp.who = e.task() == TaskCode::Created ? kNoThread : e.arg;   // created: no label
    open_span(l->spans, l->open, t, sp);
    now_ = std::max(now_, t);
}

void TimelineModel::finish(Nanos end) {
    now_ = std::max(now_, end);
    extend_open(now_);
    finished_ = true;
    // Nothing grows any more: give back what the vectors reserved for growth.
    for (auto& t : threads) t.spans.shrink_to_fit();
    for (auto& p : procs) p.owner.shrink_to_fit(), p.waiters.shrink_to_fit();
    for (auto& c : cores) c.spans.shrink_to_fit();
    for (auto& k : tasks) k.spans.shrink_to_fit();
    markers.shrink_to_fit();
    handoffs.shrink_to_fit();
    lock_events_.shrink_to_fit();
}

LockRecord TimelineModel::lock(size_t i) const {
    const TraceEvent& e = (*trace_)[lock_events_[i]];
    return {std::max<Nanos>(e.t, 0), e.thread, e.other, e.proc, e.lock(), e.reason};
}

size_t TimelineModel::first_lock_at(Nanos t) const {
    auto it = std::lower_bound(lock_events_.begin(), lock_events_.end(), t,
                               [&](uint32_t idx, Nanos v) { return (*trace_)[idx].t < v; });
    return size_t(it - lock_events_.begin());
}

void TimelineModel::on_state(const TraceEvent& e, ThreadState s, Nanos t) {
    if (e.thread >= threads.size()) threads.resize(size_t(e.thread) + 1);
    ThreadLane& l = threads[e.thread];
    if (!l.spans.empty()) t = std::max(t, l.spans.back().start);
    bool was_waiting = l.open && !l.spans.empty() && ThreadState(l.spans.back().code) == ThreadState::WantsGil;
    bool waiting = s == ThreadState::WantsGil;
    if (was_waiting != waiting) {
        ProcessLanes& p = proc(e.proc);
        p.waiting = waiting ? p.waiting + 1 : (p.waiting ? p.waiting - 1 : 0);
        p.max_waiters = std::max(p.max_waiters, p.waiting);
        if (!p.waiters.empty() && p.waiters.back().t == t) p.waiters.back().waiters = p.waiting;
        else p.waiters.push_back({t, p.waiting});
    }
    if (l.finished) return;  // a late state change (see update)
    if (s == ThreadState::Done) {
        close_span(l.spans, l.open, t);
        l.finished = true;
        return;
    }
    Span sp;
    sp.code = uint8_t(s);
    sp.reason = e.reason;
    sp.core = e.core;
    sp.who = e.arg;  // where in the program the state began
    open_span(l.spans, l.open, t, sp);
}

void TimelineModel::on_lock(const TraceEvent& e, Nanos t, size_t index) {
    ProcessLanes& p = proc(e.proc);
    if (p.holder != kNoThread && !p.owner.empty()) t = std::max(t, p.owner.back().start);
    lock_events_.push_back(uint32_t(index));
    switch (e.lock()) {
        case LockEvent::Acquire: {
            bool open = p.holder != kNoThread;
            Span sp;
            sp.who = e.thread;
            open_span(p.owner, open, t, sp);
            if (e.other != kNoThread && e.other != e.thread) {
                Nanos from = p.last_releaser == e.other ? std::min(p.last_release, t) : t;
                handoffs.push_back({from, t, e.other, e.thread, e.proc, p.last_release_reason});
            }
            p.holder = e.thread;
            break;
        }
        case LockEvent::Release: {
            if (p.holder == e.thread) {
                bool open = true;
                close_span(p.owner, open, t);
                if (!p.owner.empty() && p.owner.back().who == e.thread && p.owner.back().end == t)
                    p.owner.back().reason = e.reason;
                p.holder = kNoThread;
            }
            p.last_releaser = e.thread;
            p.last_release = t;
            p.last_release_reason = e.reason;
            break;
        }
        case LockEvent::DropRequest:
        case LockEvent::ForcedSwitch:
        case LockEvent::FailedWakeup:
        case LockEvent::Timeout:
            markers.push_back({t, e.thread, e.other, e.proc, e.lock(), e.reason});
            break;
        default: break;
    }
}

void TimelineModel::on_core(const TraceEvent& e, Nanos t) {
    if (e.core == kNoCore) return;
    if (e.core >= cores.size()) cores.resize(size_t(e.core) + 1);
    CoreLane& c = cores[e.core];
    if (!c.spans.empty()) t = std::max(t, c.spans.back().start);
    if (e.thread == kNoThread) {
        close_span(c.spans, c.open, t);
        return;
    }
    Span sp;
    sp.who = e.thread;
    sp.core = e.core;
    open_span(c.spans, c.open, t, sp);
}

}  // namespace gs::gui
