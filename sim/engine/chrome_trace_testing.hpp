// Test support: the checks every exported Chrome trace must pass, whichever engine
// recorded it. Returns the problems found (empty when the trace is sound), so a test can
// print them all at once. Header-only, for the tests (needs nlohmann-json).
//
// Structure (any trace): every event has an integer pid and a numeric ts inside the run;
// every lane that carries events is named, sorted and belongs to a named process; every
// slice has a positive duration and slices on one lane never overlap; each process has a
// "GIL owner" lane; flows pair up (one "s", one "f" per id, the end not before the start).
//
// Consistency between lanes (what makes the timeline tell one story):
// - a thread's state slices tile its lane: each starts where the previous one ended;
// - a holding on the owner lane is named by a thread of that process, and while a thread
//   holds the lock its own lane says running, ready (preempted) or native, never waiting
//   for the lock, in I/O, asleep or blocked;
// - each hand-off flow goes between two threads of one process: it starts on the
//   releaser's lane where its holding ended and ends on the taker's lane where its holding
//   began, and both ends sit inside a slice of their lane (so that viewers can bind them);
// - the "GIL waiters" counter equals the number of thread lanes in wants_gil at its time.
// `tolerance_us` absorbs the recording order of real threads (the native engine stamps
// a state and the lock event next to it from separate clock reads); 1 ns for the virtual
// engine, whose events are exact.
#pragma once
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "sim/engine/chrome_trace.hpp"

namespace gs::testing {

struct ChromeTraceShape {
    size_t slices = 0, gil_slices = 0, flows = 0, instants = 0, counters = 0, core_slices = 0;
    std::set<std::string> thread_names;
    std::set<int64_t> gil_lanes;   // pids with a "GIL owner" lane
    std::vector<std::string> problems;
};

namespace detail {

using Lane = std::pair<int64_t, int64_t>;  // (pid, tid)

struct Span {
    double begin, end;
    std::string name;
    bool operator<(const Span& o) const { return begin != o.begin ? begin < o.begin : end < o.end; }
};

inline std::string lane_text(const Lane& l, const std::map<Lane, std::string>& names) {
    auto it = names.find(l);
    return it != names.end() ? "'" + it->second + "'" : "pid " + std::to_string(l.first) + " tid " + std::to_string(l.second);
}

inline bool inside_a_slice(const std::vector<Span>& v, double ts, double tol) {
    return std::any_of(v.begin(), v.end(), [&](const Span& s) { return s.begin - tol <= ts && ts <= s.end + tol; });
}

}  // namespace detail

inline ChromeTraceShape check_chrome_trace(const nlohmann::json& doc, double tolerance_us = 0.001) {
    using detail::Lane;
    using detail::Span;
    ChromeTraceShape s;
    auto problem = [&](std::string p) {
        if (s.problems.size() < 20) s.problems.push_back(std::move(p));
    };
    if (!doc.is_object() || !doc.contains("traceEvents") || !doc["traceEvents"].is_array()) {
        problem("no traceEvents array");
        return s;
    }
    const double tol = tolerance_us;
    double end = 0;
    if (doc.contains("otherData") && doc["otherData"].contains("elapsed_us"))
        end = std::stod(doc["otherData"]["elapsed_us"].get<std::string>());
    std::map<Lane, std::string> names;
    std::set<Lane> sorted;
    std::set<int64_t> named_processes, sorted_processes;
    std::map<Lane, std::vector<Span>> spans;
    std::set<Lane> used;
    struct FlowEnd {
        Lane lane;
        double ts;
    };
    std::map<int64_t, FlowEnd> flow_s, flow_f;
    std::vector<std::pair<int64_t, std::pair<double, int64_t>>> counters;  // pid, (ts, waiters)
    static const std::set<std::string> states = {"created", "running", "wants_gil", "ready", "io",
                                                 "sleeping", "blocked", "native"};
    for (const auto& e : doc["traceEvents"]) {
        std::string ph = e.value("ph", "");
        if (!e.contains("pid") || !e["pid"].is_number_integer()) {
            problem("an event without an integer pid: " + e.dump());
            continue;
        }
        Lane lane{e["pid"].get<int64_t>(), e.value("tid", int64_t(0))};
        if (ph == "M") {
            std::string n = e.value("name", "");
            if (n == "thread_name") names[lane] = e["args"]["name"].get<std::string>();
            if (n == "thread_sort_index") sorted.insert(lane);
            if (n == "process_name") named_processes.insert(lane.first);
            if (n == "process_sort_index") sorted_processes.insert(lane.first);
            continue;
        }
        if (!e.contains("ts") || !e["ts"].is_number()) {
            problem("an event without a numeric ts: " + e.dump());
            continue;
        }
        double ts = e["ts"].get<double>();
        if (ts < 0 || (end > 0 && ts > end + 1e-3)) problem("ts outside the run: " + e.dump());
        if (ph == "X") {
            double dur = e.value("dur", -1.0);
            if (dur <= 0) problem("a slice without a positive duration: " + e.dump());
            if (end > 0 && ts + dur > end + 1e-3) problem("a slice past the end of the run: " + e.dump());
            spans[lane].push_back({ts, ts + dur, e.value("name", "")});
            used.insert(lane);
            std::string cat = e.value("cat", "");
            if (cat == "state") {
                s.slices++;
                if (!states.count(e.value("name", ""))) problem("a state slice with an unknown state: " + e.dump());
            } else if (cat == "gil") {
                s.gil_slices++;
            } else if (cat == "core") {
                s.core_slices++;
            }
        } else if (ph == "i") {
            s.instants++;
            used.insert(lane);
        } else if (ph == "s" || ph == "f") {
            used.insert(lane);
            int64_t id = e.value("id", int64_t(-1));
            auto& m = ph == "s" ? flow_s : flow_f;
            if (m.count(id)) problem("flow id used twice: " + e.dump());
            m[id] = {lane, ts};
            if (ph == "f") s.flows++;
        } else if (ph == "C") {
            s.counters++;
            if (e.value("name", "") == "GIL waiters")
                counters.push_back({lane.first, {ts, e["args"].value("waiters", int64_t(-1))}});
        } else {
            problem("an unexpected phase: " + e.dump());
        }
    }

    // Structure.
    for (const Lane& l : used) {
        if (!names.count(l)) problem("lane pid " + std::to_string(l.first) + " tid " + std::to_string(l.second) + " has no name");
        if (!sorted.count(l)) problem("lane " + detail::lane_text(l, names) + " has no sort index");
        if (!named_processes.count(l.first)) problem("process " + std::to_string(l.first) + " has no name");
        if (!sorted_processes.count(l.first)) problem("process " + std::to_string(l.first) + " has no sort index");
    }
    for (auto& [lane, v] : spans) {
        std::sort(v.begin(), v.end());
        for (size_t i = 1; i < v.size(); i++)
            if (v[i].begin < v[i - 1].end - 1e-6)
                problem("overlapping slices on lane " + detail::lane_text(lane, names) + " at " + std::to_string(v[i].begin));
    }
    for (auto& [lane, n] : names)
        if (n == "GIL owner" && lane.second == kChromeGilTid) s.gil_lanes.insert(lane.first);
    if (s.gil_lanes.empty()) problem("no GIL owner lane");
    for (auto& [id, sv] : flow_s) {
        auto f = flow_f.find(id);
        if (f == flow_f.end()) problem("a flow start without an end, id " + std::to_string(id));
        else if (f->second.ts < sv.ts) problem("a flow that ends before it starts, id " + std::to_string(id));
    }
    for (auto& [id, fv] : flow_f)
        if (!flow_s.count(id)) problem("a flow end without a start, id " + std::to_string(id));
    std::map<std::pair<int64_t, std::string>, Lane> thread_lane;  // (pid, name) -> lane
    for (auto& [lane, n] : names)
        if (lane.first != kChromeMachinePid && lane.second != kChromeGilTid) {
            s.thread_names.insert(n);
            thread_lane[{lane.first, n}] = lane;
        }

    // Consistency between lanes.
    auto is_thread_lane = [&](const Lane& l) { return l.first != kChromeMachinePid && l.second != kChromeGilTid; };
    for (auto& [lane, v] : spans) {
        if (!is_thread_lane(lane)) continue;
        for (size_t i = 1; i < v.size(); i++)
            if (v[i].begin > v[i - 1].end + tol)
                problem("a gap on lane " + detail::lane_text(lane, names) + " from " + std::to_string(v[i - 1].end) +
                        " to " + std::to_string(v[i].begin));
    }
    static const std::set<std::string> holding_states = {"running", "ready", "native"};
    for (int64_t pid : s.gil_lanes) {
        auto g = spans.find({pid, kChromeGilTid});
        if (g == spans.end()) continue;
        for (const Span& h : g->second) {
            auto tl = thread_lane.find({pid, h.name});
            if (tl == thread_lane.end()) {
                problem("a holding by '" + h.name + "', not a thread of process " + std::to_string(pid));
                continue;
            }
            for (const Span& st : spans[tl->second]) {
                double overlap = std::min(h.end, st.end) - std::max(h.begin, st.begin);
                if (overlap > tol && !holding_states.count(st.name))
                    problem("'" + h.name + "' holds the lock from " + std::to_string(h.begin) + " to " +
                            std::to_string(h.end) + " but its lane says " + st.name + " from " + std::to_string(st.begin));
            }
        }
    }
    for (auto& [id, sv] : flow_s) {
        auto f = flow_f.find(id);
        if (f == flow_f.end()) continue;
        const FlowEnd& fv = f->second;
        std::string what = "hand-off " + std::to_string(id) + " (" + detail::lane_text(sv.lane, names) + " -> " +
                           detail::lane_text(fv.lane, names) + ")";
        if (sv.lane.first != fv.lane.first || !is_thread_lane(sv.lane) || !is_thread_lane(fv.lane) || sv.lane == fv.lane) {
            problem(what + " does not go between two threads of one process");
            continue;
        }
        if (!detail::inside_a_slice(spans[sv.lane], sv.ts, tol)) problem(what + " starts outside any slice of its lane");
        if (!detail::inside_a_slice(spans[fv.lane], fv.ts, tol)) problem(what + " ends outside any slice of its lane");
        const std::vector<Span>& owner = spans[{sv.lane.first, kChromeGilTid}];
        auto holding_of = [&](const Lane& l, double ts, bool at_end) {
            return std::any_of(owner.begin(), owner.end(), [&](const Span& h) {
                return h.name == names[l] && std::abs((at_end ? h.end : h.begin) - ts) <= tol;
            });
        };
        if (!holding_of(sv.lane, sv.ts, true)) problem(what + " does not start where the releaser's holding ended");
        if (!holding_of(fv.lane, fv.ts, false)) problem(what + " does not end where the taker's holding began");
    }
    for (auto& [pid, c] : counters) {
        auto [ts, value] = c;
        int64_t waiting = 0;
        for (auto& [lane, v] : spans)
            if (lane.first == pid && is_thread_lane(lane))
                for (const Span& st : v)
                    if (st.name == "wants_gil" && st.begin <= ts + 1e-6 && ts < st.end - 1e-6) waiting++;
        if (waiting != value)
            problem("'GIL waiters' says " + std::to_string(value) + " at " + std::to_string(ts) + " but " +
                    std::to_string(waiting) + " lanes are in wants_gil");
    }
    return s;
}

}  // namespace gs::testing
