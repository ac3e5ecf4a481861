#include "gui/trace_json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <tuple>
#include <nlohmann/json.hpp>

#include "sim/engine/chrome_trace.hpp"

namespace gs::gui {

namespace {

using json = nlohmann::json;

constexpr int kStateCount = 0
#define GS_X(n, label) +1
    GS_THREAD_STATES(GS_X)
#undef GS_X
    ;
constexpr int kReasonCount = 0
#define GS_X(n, label) +1
    GS_REASONS(GS_X)
#undef GS_X
    ;

std::optional<ThreadState> state_from(const std::string& s) {
    for (int i = 0; i < kStateCount; i++)
        if (s == state_name(ThreadState(i))) return ThreadState(i);
    return std::nullopt;
}

Reason reason_from(const json& args, const char* key) {
    if (!args.is_object() || !args.contains(key) || !args[key].is_string()) return Reason::None;
    std::string s = args[key].get<std::string>();
    for (int i = 0; i < kReasonCount; i++)
        if (s == reason_text(Reason(i))) return Reason(i);
    return Reason::None;
}

Nanos ns_of(const json& v) {
    if (v.is_number()) return Nanos(std::llround(v.get<double>() * 1000.0));
    if (v.is_string()) return Nanos(std::llround(std::stod(v.get<std::string>()) * 1000.0));
    return 0;
}

// Keeps events in file order among equal times: a span's end comes before the next
// one's start in the file too.
struct Pending {
    TraceEvent e;
    size_t seq;
};

}  // namespace

std::optional<LoadedTrace> load_chrome_trace(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = "cannot open the trace file";
        return std::nullopt;
    }
    json doc = json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("traceEvents") || !doc["traceEvents"].is_array()) {
        *error = "not a Chrome trace (expected a JSON object with \"traceEvents\"; write one with gilsim run X.toml --trace out.json)";
        return std::nullopt;
    }
    LoadedTrace out;
    out.trace = std::make_unique<Trace>();
    Report& rep = out.report;
    const json& other = doc.value("otherData", json::object());
    for (auto& [k, v] : other.items())
        if (k.find('.') != std::string::npos && v.is_string()) rep.settings.emplace_back(k, v.get<std::string>());
    rep.elapsed = other.contains("elapsed_us") ? ns_of(other["elapsed_us"]) : 0;
    rep.engine = other.value("engine", "");
    rep.exit_code = other.value("exit_code", 0);
    std::string scenario = other.value("scenario", "");

    // Pass 1: names. tid t+1 is the thread with trace id t (chrome_trace.hpp).
    std::map<std::string, uint32_t> id_of_name;
    std::map<uint32_t, std::pair<int, std::string>> threads;  // id -> (pid, name)
    std::map<int, std::string> procs;
    // asyncio task lanes: tid kChromeTaskTid - k for the run's k-th task, named "task NAME",
    // sorted at (loop thread id + 1) * kChromeTaskSlots + n.
    struct TaskIn {
        std::string name;
        uint32_t loop = kNoThread;
        std::vector<std::tuple<Nanos, Nanos, TaskCode, std::string>> spans;  // start, end, state, why
    };
    std::map<int, TaskIn> tasks;   // by tid
    int cores = 0;
    for (const json& ev : doc["traceEvents"]) {
        if (ev.value("ph", "") != "M") continue;
        int pid = ev.value("pid", 0), tid = ev.value("tid", 0);
        std::string what = ev.value("name", "");
        std::string name = ev.contains("args") ? ev["args"].value("name", "") : "";
        if (what == "process_name" && pid != kChromeMachinePid) {
            auto cut = name.rfind(" (gil ");
            procs[pid - 1] = cut == std::string::npos ? name : name.substr(0, cut);
        } else if (what == "thread_name" && pid == kChromeMachinePid) {
            cores = std::max(cores, tid);
        } else if (what == "thread_name" && tid <= kChromeTaskTid && pid != kChromeMachinePid) {
            tasks[tid].name = name.rfind("task ", 0) == 0 ? name.substr(5) : name;
        } else if (what == "thread_sort_index" && tid <= kChromeTaskTid && pid != kChromeMachinePid && ev.contains("args")) {
            int64_t si = ev["args"].value("sort_index", int64_t(0));
            if (si >= kChromeTaskSlots) tasks[tid].loop = uint32_t(si / kChromeTaskSlots - 1);
        } else if (what == "thread_name" && tid != kChromeGilTid && tid > 0) {
            threads[uint32_t(tid - 1)] = {pid - 1, name};
            id_of_name[name] = uint32_t(tid - 1);
        }
    }
    if (threads.empty()) {
        *error = "the trace names no threads (is it a gilsim trace?)";
        return std::nullopt;
    }
    for (auto& [p, name] : procs) {
        if (p < 0 || p >= 65535) continue;
        rep.process_names.resize(std::max(rep.process_names.size(), size_t(p) + 1));
        rep.process_names[size_t(p)] = name;
    }
    for (const std::string& name : rep.process_names) out.trace->add_process(name, 0, 0);
    out.trace->cores = cores;
    uint32_t max_id = threads.rbegin()->first;
    for (uint32_t id = 0; id <= max_id; id++) {
        auto it = threads.find(id);
        std::string name = it == threads.end() ? fmt::format("thread {}", id) : it->second.second;
        uint16_t proc = it == threads.end() ? 0 : uint16_t(std::max(0, it->second.first));
        out.trace->add_thread(proc, name, kNoThread, 0);
        ThreadStats ts;
        ts.name = ts.given_name = name;
        ts.id = id;
        ts.proc = proc;
        rep.threads.push_back(ts);
    }
    auto thread_named = [&](const json& args, const char* key) -> uint32_t {
        if (!args.is_object() || !args.contains(key) || !args[key].is_string()) return kNoThread;
        auto it = id_of_name.find(args[key].get<std::string>());
        return it == id_of_name.end() ? kNoThread : it->second;
    };

    // Pass 2: events.
    std::vector<Pending> evs;
    std::map<int64_t, uint32_t> flow_from;            // flow id -> releasing thread
    std::vector<Nanos> last_end(max_id + 1, -1);      // the end of each thread's last span
    auto add = [&](TraceEvent e) {
        evs.push_back({e, evs.size()});
    };
    for (const json& ev : doc["traceEvents"]) {
        std::string ph = ev.value("ph", "");
        int pid = ev.value("pid", 0), tid = ev.value("tid", 0);
        std::string name = ev.value("name", "");
        const json args = ev.value("args", json::object());
        Nanos ts = ev.contains("ts") ? ns_of(ev["ts"]) : 0;
        TraceEvent e{};
        e.t = ts;
        e.other = kNoThread;
        e.core = kNoCore;
        e.proc = uint16_t(std::max(0, pid - 1));
        if (ph == "X" && pid == kChromeMachinePid) {
            auto it = id_of_name.find(name);
            e.kind = EventKind::Core;
            e.core = uint8_t(tid - 1);
            e.thread = it == id_of_name.end() ? kNoThread : it->second;
            add(e);
            e.t = ts + ns_of(ev.value("dur", json(0)));
            e.thread = kNoThread;
            add(e);
        } else if (ph == "X" && tid == kChromeGilTid) {
            e.kind = EventKind::Lock;
            e.code = uint8_t(LockEvent::Acquire);
            e.thread = thread_named(args, "thread");
            add(e);
            e.t = ts + ns_of(ev.value("dur", json(0)));
            e.code = uint8_t(LockEvent::Release);
            e.reason = reason_from(args, "released");
            add(e);
        } else if (ph == "X" && tid > 0 && uint32_t(tid - 1) <= max_id) {
            auto st = state_from(name);
            if (!st) continue;
            e.kind = EventKind::State;
            e.thread = uint32_t(tid - 1);
            e.code = uint8_t(*st);
            e.reason = reason_from(args, "reason");
            if (args.contains("code") && args.contains("pc") && args["code"].is_number_unsigned() &&
                args["pc"].is_number_unsigned())
                e.arg = encode_code_pos(args["code"].get<uint32_t>(), args["pc"].get<uint32_t>());
            add(e);
            last_end[e.thread] = std::max(last_end[e.thread], ts + ns_of(ev.value("dur", json(0))));
        } else if (ph == "X" && tid <= kChromeTaskTid && ev.value("cat", "") == "task") {
            auto it = tasks.find(tid);
            if (it == tasks.end()) continue;
            std::string state = args.value("state", "");
            TaskCode c = state == "running" ? TaskCode::Running : state == "waiting" ? TaskCode::Waiting : TaskCode::Ready;
            if (it->second.loop == kNoThread) it->second.loop = thread_named(args, "loop");
            it->second.spans.emplace_back(ts, ts + ns_of(ev.value("dur", json(0))), c, args.value("why", ""));
        } else if (ph == "s") {
            flow_from[ev.value("id", int64_t(0))] = uint32_t(tid - 1);
        } else if (ph == "f") {
            // The taking thread's Acquire is at the same time: mark its hand-off source.
            auto it = flow_from.find(ev.value("id", int64_t(0)));
            e.kind = EventKind::Mark;  // resolved below
            e.thread = uint32_t(tid - 1);
            e.other = it == flow_from.end() ? kNoThread : it->second;
            add(e);
        } else if (ph == "i") {
            e.kind = EventKind::Lock;
            if (name == "drop_request") {
                e.code = uint8_t(LockEvent::DropRequest);
                e.thread = thread_named(args, "by");
                e.other = thread_named(args, "holder");
            } else if (name == "forced_switch") {
                e.code = uint8_t(LockEvent::ForcedSwitch);
                e.thread = thread_named(args, "thread");
            } else if (name == "failed_wakeup") {
                e.code = uint8_t(LockEvent::FailedWakeup);
                e.thread = uint32_t(tid - 1);
                e.other = thread_named(args, "holder");
            } else {
                continue;
            }
            e.reason = reason_from(args, "reason");
            add(e);
        }
    }
    // A thread whose spans end before the run does had finished.
    for (uint32_t id = 0; id <= max_id; id++) {
        if (last_end[id] < 0 || last_end[id] >= rep.elapsed) continue;
        TraceEvent e{};
        e.t = last_end[id];
        e.thread = id;
        e.other = kNoThread;
        e.core = kNoCore;
        e.proc = rep.threads[id].proc;
        e.kind = EventKind::State;
        e.code = uint8_t(ThreadState::Done);
        e.reason = Reason::Exit;
        add(e);
    }
    std::stable_sort(evs.begin(), evs.end(), [](const Pending& a, const Pending& b) { return a.e.t < b.e.t; });
    // Hand-off marks: give the matching Acquire (same thread, same time) its source.
    for (size_t i = 0; i < evs.size(); i++) {
        if (evs[i].e.kind != EventKind::Mark) continue;
        for (size_t j = i + 1; j < evs.size() && evs[j].e.t == evs[i].e.t; j++)
            if (evs[j].e.kind == EventKind::Lock && evs[j].e.lock() == LockEvent::Acquire && evs[j].e.thread == evs[i].e.thread)
                evs[j].e.other = evs[i].e.other;
        for (size_t j = i; j-- > 0 && evs[j].e.t == evs[i].e.t;)
            if (evs[j].e.kind == EventKind::Lock && evs[j].e.lock() == LockEvent::Acquire && evs[j].e.thread == evs[i].e.thread)
                evs[j].e.other = evs[i].e.other;
    }
    for (const Pending& p : evs)
        if (p.e.kind != EventKind::Mark) out.trace->push(p.e);
    rep.elapsed = std::max(rep.elapsed, evs.empty() ? Nanos(0) : evs.back().e.t);
    // Task lanes back into task events: created, then each span's start, then done if
    // the lane ends before the run does (the outcome is not in the file).
    for (auto& [tid, k] : tasks) {
        if (k.loop > max_id || k.spans.empty()) continue;
        std::stable_sort(k.spans.begin(), k.spans.end(), [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
        auto id = uint32_t(kChromeTaskTid - tid);
        Trace& tr = *out.trace;
        tr.push_task(std::get<0>(k.spans.front()), k.loop, TaskCode::Created, id, tr.intern(k.name));
        for (auto& [start, end, code, why] : k.spans) tr.push_task(start, k.loop, code, id, tr.intern(why));
        Nanos last = std::get<1>(k.spans.back());
        if (last < rep.elapsed) tr.push_task(last, k.loop, TaskCode::Done, id, tr.intern("finished"));
    }
    std::string gil = rep.setting("interpreter.gil");
    out.label = fmt::format("{} (trace{}{})", scenario.empty() ? path : scenario, gil.empty() ? "" : ", gil ", gil);
    return out;
}

}  // namespace gs::gui
