// Test support: the structural checks every exported Chrome trace must pass, whichever
// engine recorded it. Returns the problems found (empty when the trace is sound), so a
// test can print them all at once. Header-only, for the tests (needs nlohmann-json).
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
    std::vector<std::string> problems;
};

inline ChromeTraceShape check_chrome_trace(const nlohmann::json& doc) {
    ChromeTraceShape s;
    auto problem = [&](std::string p) {
        if (s.problems.size() < 20) s.problems.push_back(std::move(p));
    };
    if (!doc.is_object() || !doc.contains("traceEvents") || !doc["traceEvents"].is_array()) {
        problem("no traceEvents array");
        return s;
    }
    double end = 0;
    if (doc.contains("otherData") && doc["otherData"].contains("elapsed_us"))
        end = std::stod(doc["otherData"]["elapsed_us"].get<std::string>());
    using Lane = std::pair<int64_t, int64_t>;
    std::map<Lane, std::string> names;
    std::map<Lane, bool> sorted;
    std::map<int64_t, std::string> process_names;
    std::map<Lane, std::vector<std::pair<double, double>>> spans;
    std::set<Lane> used;
    std::map<int64_t, std::pair<double, double>> flow_s, flow_f;  // id -> (ts, count)
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
            if (n == "thread_sort_index") sorted[lane] = true;
            if (n == "process_name") process_names[lane.first] = e["args"]["name"].get<std::string>();
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
            spans[lane].push_back({ts, ts + dur});
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
            m[id] = {ts, 1};
            if (ph == "f") s.flows++;
        } else if (ph == "C") {
            s.counters++;
        } else {
            problem("an unexpected phase: " + e.dump());
        }
    }
    for (const Lane& l : used) {
        if (!names.count(l)) problem("lane pid " + std::to_string(l.first) + " tid " + std::to_string(l.second) + " has no name");
        if (!sorted.count(l)) problem("lane " + std::to_string(l.second) + " has no sort index");
        if (!process_names.count(l.first)) problem("process " + std::to_string(l.first) + " has no name");
    }
    for (auto& [lane, v] : spans) {
        std::sort(v.begin(), v.end());
        for (size_t i = 1; i < v.size(); i++)
            if (v[i].first < v[i - 1].second - 1e-6)
                problem("overlapping slices on lane '" + names[lane] + "' at " + std::to_string(v[i].first));
    }
    bool gil_lane = false;
    for (auto& [lane, n] : names)
        if (n == "GIL owner") gil_lane = true;
    if (!gil_lane) problem("no GIL owner lane");
    for (auto& [id, sv] : flow_s) {
        auto f = flow_f.find(id);
        if (f == flow_f.end()) problem("a flow start without an end, id " + std::to_string(id));
        else if (f->second.first < sv.first) problem("a flow that ends before it starts, id " + std::to_string(id));
    }
    for (auto& [id, fv] : flow_f)
        if (!flow_s.count(id)) problem("a flow end without a start, id " + std::to_string(id));
    for (auto& [lane, n] : names)
        if (lane.first != kChromeMachinePid && lane.second != kChromeGilTid) s.thread_names.insert(n);
    return s;
}

}  // namespace gs::testing
