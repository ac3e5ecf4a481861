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
    for (const char* gil : {"py3", "py2", "py3-prio", "bfs", "ruby", "none"}) {
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
            e["args"]["reason"] == "released for I/O")
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
    Exported x = export_run(kConvoy, {"run.engine=native"});
    testing::ChromeTraceShape s = testing::check_chrome_trace(x.doc);
    for (const std::string& p : s.problems) UNSCOPED_INFO(p);
    CHECK(s.problems.empty());
    CHECK(s.slices > 0);
    CHECK(s.gil_slices > 0);
    CHECK(s.thread_names == std::set<std::string>{"MainThread", "cpu", "client"});
    CHECK(s.flows == handoffs(*x.run.trace));
    CHECK(x.doc["otherData"]["engine"] == "native");
}
