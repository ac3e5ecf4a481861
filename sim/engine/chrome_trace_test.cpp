// The Chrome-trace export: its structure (every lane named, slices closed and not
// overlapping, a GIL owner lane, hand-off flows, timestamps inside the run), on runs
// under several policies. The checks live in chrome_trace_testing.hpp so that the native
// engine's traces can be held to the same shape.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "sim/engine/chrome_trace_testing.hpp"
#include "sim/scenario/scenario_run.hpp"

using namespace gs;

namespace {

const char* kConvoy = R"(
import sim, threading, time
stop = False
def spin():
    while not stop:
        pass
def client():
    s = sim.connect(latency=0.00005)
    for i in range(10):
        s.send(b"x")
        s.recv(1)
    time.sleep(0.002)
cpu = threading.Thread(target=spin, name="cpu")
c = threading.Thread(target=client, name="client")
cpu.start()
c.start()
c.join()
stop = True
cpu.join()
)";

struct Exported {
    ScenarioRun run;
    nlohmann::json doc;
};

Exported export_run(const std::string& program, const std::vector<std::string>& sets) {
    ScenarioResult loaded =
        parse_scenario("[scenario]\nname = \"t\"\nsource = '''" + program + "'''\n", "/tmp/t.toml", sets);
    if (auto* e = std::get_if<ScenarioError>(&loaded)) FAIL(e->render());
    Exported x;
    x.run = run_scenario(std::get<Scenario>(loaded));
    REQUIRE(x.run.result.exit_code == 0);
    std::ostringstream out;
    write_chrome_trace(out, *x.run.trace, x.run.report, "t");
    x.doc = nlohmann::json::parse(out.str());
    return x;
}

// Hand-offs in the trace: an Acquire whose previous holder is another thread.
size_t handoffs(const Trace& trace) {
    size_t n = 0;
    for (size_t i = 0; i < trace.size(); i++) {
        const TraceEvent& e = trace[i];
        if (e.kind == EventKind::Lock && e.lock() == LockEvent::Acquire && e.other != kNoThread && e.other != e.thread)
            n++;
    }
    return n;
}

}  // namespace

TEST_CASE("the exported trace is well formed under every policy", "[chrome_trace]") {
    // py2 is checked apart (below): its traces break the cross-lane consistency checks.
    for (const char* gil : {"py3", "py3-prio", "bfs", "ruby", "none"}) {
        INFO("gil " << gil);
        Exported x = export_run(kConvoy, {std::string("interpreter.gil=") + gil, "interpreter.switch_interval=2ms"});
        testing::ChromeTraceShape s = testing::check_chrome_trace(x.doc);
        for (const std::string& p : s.problems) UNSCOPED_INFO(p);
        CHECK(s.problems.empty());
        CHECK(s.slices > 0);
        CHECK(s.core_slices > 0);
        CHECK(s.counters > 0);
        CHECK(s.thread_names == std::set<std::string>{"MainThread", "cpu", "client"});
        // One flow per hand-off of the lock.
        CHECK(s.flows == handoffs(*x.run.trace));
        if (std::string(gil) == "none") {
            CHECK(s.gil_slices == 0);
        } else {
            CHECK(s.gil_slices > 0);
            CHECK(s.flows > 0);
        }
        if (std::string(gil) == "py3") CHECK(s.instants >= 2 * x.run.report.processes[0].lock.forced_switches);
    }
}

// Known engine issue, reported to the lead: under py2 the virtual engine records lock
// acquisitions whose times fall inside another thread's holding (a thread on one core
// runs ahead of the others' clocks through its release and re-acquire), so some
// hand-offs start where the releaser still holds the lock. Kept as a test so that the
// fix shows up; [!mayfail] reports it without failing the suite.
TEST_CASE("py2 traces are consistent between lanes", "[chrome_trace][!mayfail]") {
    Exported x = export_run(kConvoy, {"interpreter.gil=py2"});
    testing::ChromeTraceShape s = testing::check_chrome_trace(x.doc);
    for (size_t i = 0; i < std::min<size_t>(3, s.problems.size()); i++) UNSCOPED_INFO(s.problems[i]);
    CHECK(s.problems.empty());
    CHECK(s.flows == handoffs(*x.run.trace));
}

TEST_CASE("the trace checker catches what it promises", "[chrome_trace]") {
    // A sound trace, then one defect at a time: each must be reported.
    Exported x = export_run(kConvoy, {});
    REQUIRE(testing::check_chrome_trace(x.doc).problems.empty());
    auto defect = [&](const char* what, auto change) {
        nlohmann::json doc = x.doc;
        change(doc["traceEvents"]);
        INFO(what);
        CHECK_FALSE(testing::check_chrome_trace(doc).problems.empty());
    };
    auto first = [](nlohmann::json& ev, auto pred) -> nlohmann::json& {
        for (auto& e : ev)
            if (pred(e)) return e;
        FAIL("no such event");
        return ev[0];
    };
    defect("an unnamed lane", [&](nlohmann::json& ev) {
        first(ev, [](const nlohmann::json& e) { return e["ph"] == "M" && e["name"] == "thread_name" && e["args"]["name"] == "client"; })
            ["name"] = "x";
    });
    defect("overlapping slices", [&](nlohmann::json& ev) {
        auto& e = first(ev, [](const nlohmann::json& e) { return e["ph"] == "X" && e["cat"] == "state" && e["name"] == "io"; });
        e["dur"] = e["dur"].get<double>() + 5000;
    });
    defect("a gap in a thread's lane", [&](nlohmann::json& ev) {
        auto& e = first(ev, [](const nlohmann::json& e) { return e["ph"] == "X" && e["cat"] == "state" && e["name"] == "io"; });
        e["dur"] = e["dur"].get<double>() / 2;
    });
    defect("a holder waiting for the lock", [&](nlohmann::json& ev) {
        first(ev, [](const nlohmann::json& e) { return e["ph"] == "X" && e["cat"] == "state" && e["name"] == "running" &&
                                       e["dur"].get<double>() > 10; })["name"] = "wants_gil";
    });
    defect("a flow that starts off its releaser's holding", [&](nlohmann::json& ev) {
        auto& e = first(ev, [](const nlohmann::json& e) { return e["ph"] == "s"; });
        e["ts"] = e["ts"].get<double>() - 0.5;
    });
    defect("a flow without its end", [&](nlohmann::json& ev) {
        first(ev, [](const nlohmann::json& e) { return e["ph"] == "f"; })["id"] = 999999;
    });
    defect("a waiters counter off by one", [&](nlohmann::json& ev) {
        auto& e = first(ev, [](const nlohmann::json& e) { return e["ph"] == "C" && e["args"]["waiters"] == 1; });
        e["args"]["waiters"] = 2;
    });
    defect("no GIL owner lane", [&](nlohmann::json& ev) {
        for (auto& e : ev)
            if (e["ph"] == "M" && e["name"] == "thread_name" && e["args"]["name"] == "GIL owner") e["args"]["name"] = "x";
    });
}

TEST_CASE("each process has its own owner lane, and hand-offs stay inside a process", "[chrome_trace]") {
    const char* program = R"(
import multiprocessing, threading, sim
def spin(n):
    while n > 0:
        n -= 1
def io():
    for i in range(20):
        sim.io(0.0002)
p = multiprocessing.Process(target=spin, args=(200000,), name="worker")
p.start()
ts = [threading.Thread(target=spin, args=(100000,), name="cpu"), threading.Thread(target=io, name="io")]
for t in ts:
    t.start()
for t in ts:
    t.join()
p.join()
)";
    for (const char* engine : {"virtual", "native"}) {
        INFO("engine " << engine);
        Exported x = export_run(program, {std::string("run.engine=") + engine});
        testing::ChromeTraceShape s = testing::check_chrome_trace(x.doc, std::string(engine) == "native" ? 500.0 : 0.001);
        for (const std::string& p : s.problems) UNSCOPED_INFO(p);
        CHECK(s.problems.empty());
        CHECK(s.gil_lanes.size() == 2);
        CHECK(s.flows == handoffs(*x.run.trace));
        CHECK(s.thread_names.count("cpu") == 1);
        CHECK(s.thread_names.count("io") == 1);
    }
}

TEST_CASE("the trace's lanes: pids, tids, names and metadata", "[chrome_trace]") {
    Exported x = export_run(kConvoy, {});
    const auto& ev = x.doc["traceEvents"];
    std::map<std::pair<int, int>, std::string> names;
    for (const auto& e : ev)
        if (e["ph"] == "M" && e["name"] == "thread_name") names[{e["pid"].get<int>(), e["tid"].get<int>()}] = e["args"]["name"];
    CHECK(names[{1, 1}] == "MainThread");
    CHECK(names[{1, kChromeGilTid}] == "GIL owner");
    CHECK(names[{kChromeMachinePid, 1}] == "core 0");
    CHECK(names[{kChromeMachinePid, 2}] == "core 1");
    CHECK(x.doc["otherData"]["scenario"] == "t");
    CHECK(x.doc["otherData"]["interpreter.gil"] == "py3");
    // The owner lane's slices are named by the holder; a state slice carries its reason.
    bool holder_slice = false, reason = false;
    for (const auto& e : ev) {
        if (e["ph"] == "X" && e["cat"] == "gil" && e["name"] == "client") holder_slice = true;
        if (e["ph"] == "X" && e["cat"] == "state" && e["name"] == "io" && e.contains("args") &&
            e["args"].value("reason", "") == "released for I/O")
            reason = true;
    }
    CHECK(holder_slice);
    CHECK(reason);
    // Each thread's slices cover its life: their durations add up to the report's.
    double client_us = 0;
    for (const auto& e : ev)
        if (e["ph"] == "X" && e["cat"] == "state" && e["pid"] == 1 && e["tid"] == 3) client_us += e["dur"].get<double>();
    CHECK(client_us == Approx(double(x.run.report.thread("client")->elapsed()) / 1e3).epsilon(1e-6));
}

TEST_CASE("timestamps are microseconds with exact nanosecond fractions", "[chrome_trace]") {
    Exported x = export_run("import time\ntime.sleep(0.0015)\n", {});
    bool found = false;
    for (const auto& e : x.doc["traceEvents"])
        if (e["ph"] == "X" && e["name"] == "sleeping") {
            // The sleep, plus the wake-up latency before the thread is runnable again.
            double dur = e["dur"].get<double>();
            CHECK(dur >= 1500.0);
            CHECK(dur <= 1530.0);
            double ns = dur * 1000;
            CHECK(std::fabs(ns - std::round(ns)) < 1e-3);
            found = true;
        }
    CHECK(found);
}

TEST_CASE("a trace from the native engine has the same shape", "[chrome_trace][native]") {
    // Real threads: the timings vary from run to run, the structure may not.
    // The tolerance absorbs the native engine's recording order: a thread stamps its
    // state and the lock event beside it from two clock reads, and may be descheduled
    // in between.
    Exported x = export_run(kConvoy, {"run.engine=native"});
    testing::ChromeTraceShape s = testing::check_chrome_trace(x.doc, 500.0);
    for (const std::string& p : s.problems) UNSCOPED_INFO(p);
    CHECK(s.problems.empty());
    CHECK(s.slices > 0);
    CHECK(s.gil_slices > 0);
    CHECK(s.thread_names == std::set<std::string>{"MainThread", "cpu", "client"});
    CHECK(s.flows == handoffs(*x.run.trace));
    CHECK(x.doc["otherData"]["engine"] == "native");
}
