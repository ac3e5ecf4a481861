#include "sim/engine/report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "sim/scenario/settings.hpp"

namespace gs {

namespace {

// Fields of threads.NAME.*: times first (their values are seconds), then counts.
const std::vector<std::string> kThreadTimeFields = {"elapsed", "running", "gil_wait", "io",
                                                    "sleep",   "ready",   "blocked",  "starting"};
const std::vector<std::string> kThreadCountFields = {"instructions", "gil_acquired", "forced_drops", "io_ops"};
const std::vector<std::string> kGilTimeFields = {"held", "contended"};
const std::vector<std::string> kGilCountFields = {"switches",    "drop_requests", "forced_switches", "failed_wakeups",
                                                  "acquisitions", "held_fraction", "contention",      "max_waiters"};

bool contains(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

Nanos* bucket(ThreadTimes& t, ThreadState s) {
    switch (s) {
        case ThreadState::Created: return &t.starting;
        case ThreadState::Running:
        case ThreadState::Native: return &t.running;
        case ThreadState::WantsGil: return &t.gil_wait;
        case ThreadState::Ready: return &t.ready;
        case ThreadState::Io: return &t.io;
        case ThreadState::Sleeping: return &t.sleep;
        case ThreadState::Blocked: return &t.blocked;
        case ThreadState::Done: return nullptr;
    }
    return nullptr;
}

// Per-thread replay state while walking the trace.
struct Walk {
    bool seen = false;
    ThreadState state = ThreadState::Created;
    Nanos since = 0;
};

// Per-process lock replay state.
struct LockWalk {
    uint32_t holder = kNoThread;
    Nanos held_since = 0;
    uint32_t waiters = 0;
    Nanos waited_since = 0;
    uint32_t last_taker = kNoThread;
    LockStats counted;   // the same counts, from lock events (when the engine gives none)
};

double thread_field(const ThreadStats& t, std::string_view f) {
    const ThreadTimes& x = t.time;
    auto s = [](Nanos ns) { return double(ns) / 1e9; };
    if (f == "elapsed") return s(t.elapsed());
    if (f == "running") return s(x.running);
    if (f == "gil_wait") return s(x.gil_wait);
    if (f == "io") return s(x.io);
    if (f == "sleep") return s(x.sleep);
    if (f == "ready") return s(x.ready);
    if (f == "blocked") return s(x.blocked);
    if (f == "starting") return s(x.starting);
    if (f == "instructions") return double(t.instructions);
    if (f == "gil_acquired") return double(t.gil_acquired);
    if (f == "forced_drops") return double(t.forced_drops);
    return double(t.io_ops);
}

double gil_field(const GilStats& g, std::string_view f) {
    if (f == "switches") return double(g.lock.switches);
    if (f == "drop_requests") return double(g.lock.drop_requests);
    if (f == "forced_switches") return double(g.lock.forced_switches);
    if (f == "failed_wakeups") return double(g.lock.failed_wakeups);
    if (f == "acquisitions") return double(g.lock.acquisitions);
    if (f == "held_fraction") return g.held_fraction;
    if (f == "contention") return g.contention;
    if (f == "max_waiters") return double(g.max_waiters);
    if (f == "held") return double(g.held) / 1e9;
    return double(g.contended) / 1e9;
}

std::string unknown(std::string_view what, std::string_view wrong, const std::vector<std::string>& valid) {
    std::string near = closest_name(wrong, valid);
    return fmt::format("unknown {} '{}'{}; valid: {}", what, wrong,
                       near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near), join(valid));
}

}  // namespace

std::string format_number(double v) {
    if (!std::isfinite(v)) return fmt::format("{}", v);
    if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{:.0f}", v);
    if (std::fabs(v) >= 1000) return fmt::format("{:.1f}", v);
    return fmt::format("{:.4g}", v);
}

std::string format_seconds(double v) {
    double a = std::fabs(v);
    if (a == 0 || a >= 1e-3 || !std::isfinite(v)) return format_number(v) + " s";
    if (a >= 1e-6) return format_number(v * 1e6) + " us";
    return format_number(v * 1e9) + " ns";
}

const std::vector<std::string>& thread_fields() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> v = kThreadTimeFields;
        v.insert(v.end(), kThreadCountFields.begin(), kThreadCountFields.end());
        return v;
    }();
    return all;
}

const std::vector<std::string>& gil_fields() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> v = kGilCountFields;
        v.insert(v.end(), kGilTimeFields.begin(), kGilTimeFields.end());
        return v;
    }();
    return all;
}

const TaskStats* Report::task(std::string_view name) const {
    for (const TaskStats& t : tasks)
        if (t.name == name) return &t;
    return nullptr;
}

const ThreadStats* Report::thread(std::string_view name) const {
    for (const ThreadStats& t : threads)
        if (t.name == name) return &t;
    return nullptr;
}

std::string Report::setting(std::string_view name) const {
    for (auto& [k, v] : settings)
        if (k == name) return v;
    return "";
}

std::vector<TraceEvent> settled_events(const Trace& trace) {
    size_t n = trace.size();
    std::vector<TraceEvent> ev;
    ev.reserve(n);
    for (size_t i = 0; i < n; i++) ev.push_back(trace[i]);
    // The last event of each thread, and where its Done is.
    std::map<uint32_t, size_t> last, done;
    for (size_t i = 0; i < n; i++) {
        const TraceEvent& e = ev[i];
        if (e.thread == kNoThread || e.kind == EventKind::Process || e.kind == EventKind::Mark) continue;
        last[e.thread] = i;
        if (e.kind == EventKind::State && e.state() == ThreadState::Done) done[e.thread] = i;
    }
    std::vector<std::pair<size_t, TraceEvent>> moved;  // (insert after index, event)
    std::vector<char> drop(n, 0);
    for (auto& [th, d] : done) {
        size_t l = last[th];
        if (l == d) continue;
        TraceEvent e = ev[d];
        e.t = std::max(e.t, ev[l].t);
        drop[d] = 1;
        moved.emplace_back(l, e);
    }
    if (moved.empty()) return ev;
    std::sort(moved.begin(), moved.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<TraceEvent> out;
    out.reserve(n);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!drop[i]) out.push_back(ev[i]);
        for (; m < moved.size() && moved[m].first == i; m++) out.push_back(moved[m].second);
    }
    return out;
}

Report make_report(const Trace& trace, const RunResult& result, const RunOptions& options) {
    Report r;
    r.exit_code = result.exit_code;
    r.timed_out = result.timed_out;
    r.error = result.error;
    r.engine = options.engine == EngineKind::Native ? "native" : "virtual";
    r.seed = options.seed;
    r.metrics = result.metrics;
    for (const SettingDef& d : setting_defs())
        r.settings.emplace_back(std::string(d.section) + "." + d.key, setting_value(options, d));

    std::vector<TraceEvent> events = settled_events(trace);
    size_t n = events.size();
    // Spans are clipped to the run: a daemon thread still running when the program
    // exits ends with it.
    Nanos end = result.elapsed;
    if (end <= 0)
        for (size_t i = 0; i < n; i++) end = std::max(end, events[i].t);
    r.elapsed = end;

    std::vector<TraceThread> names = trace.threads();
    r.process_names = trace.processes();
    r.threads.resize(names.size());
    std::map<std::string, int> seen_names;
    for (size_t i = 0; i < names.size(); i++) {
        ThreadStats& t = r.threads[i];
        t.id = names[i].id;
        t.proc = names[i].proc;
        t.given_name = names[i].name;
        int k = ++seen_names[names[i].name];
        t.name = k == 1 ? names[i].name : fmt::format("{}#{}", names[i].name, k);
        t.start = std::min(names[i].created, end);
        t.end = end;
    }
    for (const ThreadReport& tr : result.threads)
        if (tr.id < r.threads.size()) r.threads[tr.id].instructions = tr.instructions;

    size_t nproc = std::max(r.process_names.size(), result.processes.size());
    std::vector<LockWalk> locks(nproc);
    std::vector<Walk> walk(r.threads.size());
    auto lock_of = [&](uint16_t p) -> LockWalk& {
        if (p >= locks.size()) locks.resize(size_t(p) + 1);
        return locks[p];
    };
    r.processes.resize(nproc);
    auto gil_of = [&](uint16_t p) -> GilStats& {
        if (p >= r.processes.size()) r.processes.resize(size_t(p) + 1);
        return r.processes[p];
    };

    for (size_t i = 0; i < n; i++) {
        const TraceEvent& e = events[i];
        Nanos t = std::min(e.t, end);
        if (e.kind == EventKind::Thread || e.kind == EventKind::State) {
            if (e.thread >= r.threads.size()) continue;  // not registered: nothing to name it by
            ThreadStats& th = r.threads[e.thread];
            Walk& w = walk[e.thread];
            if (e.kind == EventKind::Thread) {
                w = {true, ThreadState::Created, t};
                th.start = t;
                continue;
            }
            if (!w.seen) w = {true, ThreadState::Created, t};
            t = std::max(t, w.since);  // a lane never goes back in time
            ThreadState s = e.state();
            if (Nanos* b = bucket(th.time, w.state)) *b += t - w.since;
            LockWalk& lk = lock_of(e.proc);
            bool was_waiting = w.state == ThreadState::WantsGil, waits = s == ThreadState::WantsGil;
            if (!was_waiting && waits) {
                if (lk.waiters++ == 0) lk.waited_since = t;
                gil_of(e.proc).max_waiters = std::max(gil_of(e.proc).max_waiters, lk.waiters);
            } else if (was_waiting && !waits && lk.waiters > 0) {
                if (--lk.waiters == 0) gil_of(e.proc).contended += std::max<Nanos>(0, t - lk.waited_since);
            }
            if (s == ThreadState::Io && w.state != ThreadState::Io) th.io_ops++;
            w.state = s;
            w.since = t;
            if (s == ThreadState::Done) {
                th.finished = true;
                th.end = t;
            }
        } else if (e.kind == EventKind::Lock) {
            LockWalk& lk = lock_of(e.proc);
            GilStats& g = gil_of(e.proc);
            if (lk.holder != kNoThread) t = std::max(t, lk.held_since);
            switch (e.lock()) {
                case LockEvent::Acquire:
                    // A new holder closes the previous holding even if its Release is
                    // missing or recorded later (per-core clocks may disagree slightly).
                    if (lk.holder != kNoThread) g.held += t - lk.held_since;
                    lk.holder = e.thread;
                    lk.held_since = t;
                    lk.counted.acquisitions++;
                    if (lk.last_taker != e.thread) lk.counted.switches++;
                    lk.last_taker = e.thread;
                    if (e.thread < r.threads.size()) r.threads[e.thread].gil_acquired++;
                    break;
                case LockEvent::Release:
                    if (lk.holder == e.thread) {
                        g.held += t - lk.held_since;
                        lk.holder = kNoThread;
                    }
                    break;
                case LockEvent::DropRequest: lk.counted.drop_requests++; break;
                case LockEvent::ForcedSwitch:
                    lk.counted.forced_switches++;
                    if (e.thread < r.threads.size()) r.threads[e.thread].forced_drops++;
                    break;
                case LockEvent::FailedWakeup: lk.counted.failed_wakeups++; break;
                default: break;
            }
        }
    }
    // Close whatever is still open at the end of the run.
    for (size_t i = 0; i < r.threads.size(); i++) {
        Walk& w = walk[i];
        if (!w.seen || w.state == ThreadState::Done) continue;
        if (Nanos* b = bucket(r.threads[i].time, w.state)) *b += end - w.since;
    }
    for (size_t p = 0; p < locks.size(); p++) {
        GilStats& g = gil_of(uint16_t(p));
        if (locks[p].holder != kNoThread) g.held += end - locks[p].held_since;
        if (locks[p].waiters > 0) g.contended += end - locks[p].waited_since;
        // The policy's own counts are authoritative; the trace's are the fallback.
        g.lock = p < result.processes.size() ? result.processes[p].lock : locks[p].counted;
        g.held_fraction = end > 0 ? double(g.held) / double(end) : 0;
        g.contention = end > 0 ? double(g.contended) / double(end) : 0;
    }
    while (r.process_names.size() < r.processes.size()) r.process_names.push_back("process");
    add_task_stats(r, trace);
    return r;
}

std::string check_report_path(std::string_view path, bool* is_time) {
    *is_time = false;
    std::string p(path);
    if (p == "elapsed") {
        *is_time = true;
        return "";
    }
    if (p == "exit_code" || p == "seed" || p == "timed_out") return "";
    auto gil_field_ok = [&](std::string_view f) -> std::string {
        if (contains(kGilTimeFields, f)) *is_time = true;
        if (contains(gil_fields(), f)) return "";
        return unknown("lock field", f, gil_fields());
    };
    if (p.rfind("threads.", 0) == 0) {
        size_t dot = p.rfind('.');
        if (dot <= 8) return fmt::format("'{}': expected threads.NAME.FIELD, like threads.MainThread.elapsed", p);
        std::string f = p.substr(dot + 1);
        if (!contains(thread_fields(), f)) return unknown("thread field", f, thread_fields());
        *is_time = contains(kThreadTimeFields, f);
        return "";
    }
    if (p.rfind("gil.", 0) == 0) return gil_field_ok(std::string_view(p).substr(4));
    if (p.rfind("tasks.", 0) == 0) {
        size_t dot = p.rfind('.');
        if (dot <= 6) return fmt::format("'{}': expected tasks.NAME.FIELD, like tasks.Task-1.running", p);
        std::string f = p.substr(dot + 1);
        if (!contains(task_fields(), f)) return unknown("task field", f, task_fields());
        *is_time = f != "steps";
        return "";
    }
    if (p.rfind("processes.", 0) == 0) {
        std::string_view rest = std::string_view(p).substr(10);
        size_t dot = rest.find('.');
        std::string_view num = rest.substr(0, dot);
        bool digits = !num.empty() && std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || dot == std::string_view::npos || rest.substr(dot + 1, 4) != "gil.")
            return fmt::format("'{}': expected processes.N.gil.FIELD, like processes.0.gil.switches", p);
        return gil_field_ok(rest.substr(dot + 5));
    }
    if (p.rfind("metrics.", 0) == 0 && p.size() > 8) return "";
    if (p.rfind("settings.", 0) == 0) {
        std::string name = p.substr(9);
        size_t dot = name.find('.');
        const SettingDef* d = dot == std::string::npos ? nullptr : find_setting(name.substr(0, dot), name.substr(dot + 1));
        if (!d) return unknown("setting", name, setting_names());
        *is_time = d->kind == SettingKind::Duration;
        return "";
    }
    static const std::vector<std::string> tops = {"elapsed",    "exit_code", "seed",     "timed_out", "threads.",
                                                  "tasks.",     "gil.",       "processes.", "metrics.", "settings."};
    std::string near = closest_name(p, {"elapsed", "exit_code", "seed", "timed_out"});
    return fmt::format("unknown report path '{}'{}; a path starts with one of: {}", p,
                       near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near), join(tops));
}

std::vector<std::string> report_paths(const Report& r) {
    std::vector<std::string> v = {"elapsed", "exit_code", "seed", "timed_out"};
    for (const ThreadStats& t : r.threads)
        for (const std::string& f : thread_fields()) v.push_back("threads." + t.name + "." + f);
    for (const TaskStats& t : r.tasks)
        for (const std::string& f : task_fields()) v.push_back("tasks." + t.name + "." + f);
    for (size_t p = 0; p < r.processes.size(); p++)
        for (const std::string& f : gil_fields())
            v.push_back(r.processes.size() == 1 ? "gil." + f : fmt::format("processes.{}.gil.{}", p, f));
    for (auto& [k, _] : r.metrics) v.push_back("metrics." + k);
    return v;
}

std::optional<double> report_value(const Report& r, std::string_view path, std::string* error) {
    bool is_time;
    std::string shape = check_report_path(path, &is_time);
    if (!shape.empty()) {
        *error = shape;
        return std::nullopt;
    }
    std::string p(path);
    if (p == "elapsed") return double(r.elapsed) / 1e9;
    if (p == "exit_code") return double(r.exit_code);
    if (p == "seed") return double(r.seed);
    if (p == "timed_out") return r.timed_out ? 1.0 : 0.0;
    if (p.rfind("threads.", 0) == 0) {
        size_t dot = p.rfind('.');
        std::string name = p.substr(8, dot - 8), field = p.substr(dot + 1);
        if (const ThreadStats* t = r.thread(name)) return thread_field(*t, field);
        std::vector<std::string> names;
        for (const ThreadStats& t : r.threads) names.push_back(t.name);
        *error = unknown("thread", name, names);
        return std::nullopt;
    }
    if (p.rfind("tasks.", 0) == 0) {
        size_t dot = p.rfind('.');
        std::string name = p.substr(6, dot - 6), f = p.substr(dot + 1);
        if (const TaskStats* t = r.task(name)) {
            if (f == "steps") return double(t->steps);
            Nanos v = f == "elapsed" ? t->elapsed() : f == "running" ? t->running : f == "waiting" ? t->waiting : t->ready;
            return double(v) / 1e9;
        }
        std::vector<std::string> names;
        for (const TaskStats& t : r.tasks) names.push_back(t.name);
        *error = names.empty() ? "the run has no asyncio task" : unknown("task", name, names);
        return std::nullopt;
    }
    if (p.rfind("gil.", 0) == 0) {
        if (r.processes.size() == 1) return gil_field(r.processes[0], p.substr(4));
        *error = r.processes.empty()
                     ? "the run has no process"
                     : fmt::format("the run has {} processes: use processes.N.gil.{} (N from 0 to {})",
                                   r.processes.size(), p.substr(4), r.processes.size() - 1);
        return std::nullopt;
    }
    if (p.rfind("processes.", 0) == 0) {
        size_t n = size_t(std::stoul(p.substr(10)));
        if (n < r.processes.size()) return gil_field(r.processes[n], p.substr(p.find(".gil.") + 5));
        *error = fmt::format("'{}': the run has {} process{} (0 to {})", p, r.processes.size(),
                             r.processes.size() == 1 ? "" : "es", r.processes.size() - 1);
        return std::nullopt;
    }
    if (p.rfind("metrics.", 0) == 0) {
        auto it = r.metrics.find(p.substr(8));
        if (it != r.metrics.end()) return it->second;
        std::vector<std::string> names;
        for (auto& [k, _] : r.metrics) names.push_back(k);
        *error = names.empty() ? fmt::format("no metric '{}': the program reported none (sim.report(name, value))",
                                             p.substr(8))
                               : unknown("metric", p.substr(8), names);
        return std::nullopt;
    }
    // settings.SECTION.KEY: counts as numbers, durations in seconds.
    std::string name = p.substr(9);
    size_t dot = name.find('.');
    const SettingDef* d = find_setting(name.substr(0, dot), name.substr(dot + 1));
    std::string text = r.setting(name), err;
    if (d->kind == SettingKind::Count)
        if (auto v = parse_count(text, &err)) return double(*v);
    if (d->kind == SettingKind::Duration)
        if (auto v = parse_duration(text, &err)) return double(*v) / 1e9;
    *error = fmt::format("setting {} is \"{}\", not a number", name, text);
    return std::nullopt;
}

}  // namespace gs
