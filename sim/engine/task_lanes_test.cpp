// asyncio tasks in the trace: the Task events the event loop sends (_asyncio_trace),
// folded into lanes (task_lanes.hpp), counted by the report (tasks.NAME.FIELD) and
// exported as Chrome-trace lanes under the loop's thread.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "sim/engine/chrome_trace_testing.hpp"
#include "sim/engine/task_lanes.hpp"
#include "sim/scenario/scenario_run.hpp"

using namespace gs;

namespace {

// Two tasks on the main thread's loop: one sleeps twice, one waits on a queue that the
// first fills, then the main task gathers them. Times are simulated, so exact enough.
const char* kTwoTasks = R"(
import asyncio
async def producer(q):
    await asyncio.sleep(0.010)
    await q.put(1)
    await asyncio.sleep(0.020)
async def consumer(q):
    return await q.get()
async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q), name="producer")
    c = asyncio.create_task(consumer(q), name="consumer")
    await asyncio.gather(p, c)
    t = asyncio.create_task(asyncio.sleep(10), name="doomed")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
asyncio.run(main())
)";

struct Run {
    ScenarioRun run;
    nlohmann::json doc;
};

Run run(const std::string& program) {
    ScenarioResult loaded = parse_scenario("[scenario]\nname = \"t\"\nsource = '''" + program + "'''\n", "/tmp/t.toml", {});
    if (auto* e = std::get_if<ScenarioError>(&loaded)) FAIL(e->render());
    Run x;
    x.run = run_scenario(std::get<Scenario>(loaded));
    REQUIRE(x.run.result.exit_code == 0);
    std::ostringstream out;
    write_chrome_trace(out, *x.run.trace, x.run.report, "t");
    x.doc = nlohmann::json::parse(out.str());
    return x;
}

const TaskLane* lane(const std::vector<TaskLane>& lanes, const std::string& name) {
    for (const TaskLane& l : lanes)
        if (l.name == name) return &l;
    return nullptr;
}

}  // namespace

TEST_CASE("each asyncio task gets a lane of ready, running and waiting spans", "[asyncio][trace]") {
    Run x = run(kTwoTasks);
    std::vector<TaskLane> lanes = task_lanes(*x.run.trace, x.run.report.elapsed);
    // Task-1 is asyncio.run's main task, Task-2 its shutdown of the default executor;
    // the others are named.
    REQUIRE(lanes.size() == 5);
    CHECK(lanes[4].name == "Task-2");
    CHECK(lanes[0].name == "Task-1");
    const TaskLane* p = lane(lanes, "producer");
    const TaskLane* c = lane(lanes, "consumer");
    const TaskLane* d = lane(lanes, "doomed");
    REQUIRE(p);
    REQUIRE(c);
    REQUIRE(d);
    for (const TaskLane& l : lanes) {
        INFO(l.name);
        CHECK(l.thread == 0);       // the main thread runs the loop
        CHECK(l.finished);
        REQUIRE(!l.spans.empty());
        // The spans tile the task's life.
        CHECK(l.spans.front().start == l.created);
        CHECK(l.spans.back().end == l.end);
        for (size_t i = 1; i < l.spans.size(); i++) CHECK(l.spans[i].start == l.spans[i - 1].end);
        CHECK(l.spans.front().code == TaskCode::Ready);
    }
    CHECK(p->outcome == "result");
    CHECK(d->outcome == "cancelled");
    // What each waited for, in order.
    std::vector<std::string> producer_waits, consumer_waits;
    for (const TaskSpan& s : p->spans)
        if (s.code == TaskCode::Waiting) producer_waits.push_back(s.label);
    for (const TaskSpan& s : c->spans)
        if (s.code == TaskCode::Waiting) consumer_waits.push_back(s.label);
    CHECK(producer_waits == std::vector<std::string>{"sleep 0.01", "sleep 0.02"});
    CHECK(consumer_waits == std::vector<std::string>{"Queue.get"});
    bool main_gathers = false;
    for (const TaskSpan& s : lanes[0].spans) main_gathers |= s.code == TaskCode::Waiting && s.label == "gather of 2";
    CHECK(main_gathers);
    // The consumer is woken when the producer puts (10 ms in): its wait ends then.
    const TaskSpan* got = nullptr;
    for (const TaskSpan& s : c->spans)
        if (s.code == TaskCode::Waiting) got = &s;
    REQUIRE(got);
    CHECK(got->end - p->created >= 10'000'000);
    CHECK(got->end - p->created < 11'000'000);
    // One task runs at a time on a loop: running spans of different tasks never overlap.
    std::vector<std::pair<Nanos, Nanos>> running;
    for (const TaskLane& l : lanes)
        for (const TaskSpan& s : l.spans)
            if (s.code == TaskCode::Running) running.push_back({s.start, s.end});
    std::sort(running.begin(), running.end());
    for (size_t i = 1; i < running.size(); i++) CHECK(running[i].first >= running[i - 1].second);
}

TEST_CASE("the report counts each task's running, waiting and ready time", "[asyncio][report]") {
    Run x = run(kTwoTasks);
    const Report& r = x.run.report;
    REQUIRE(r.tasks.size() == 5);
    const TaskStats* p = r.task("producer");
    REQUIRE(p);
    CHECK(p->running + p->waiting + p->ready == p->elapsed());
    // Two sleeps, 10 + 20 ms, timed from inside the steps: each wait ends at the sleep's
    // due time, a few microseconds of the step after the sleep was asked for short of it.
    CHECK(p->waiting >= 29'900'000);
    CHECK(p->waiting <= 30'000'000);
    CHECK(p->steps == 3);
    std::string err;
    auto v = report_value(r, "tasks.producer.waiting", &err);
    REQUIRE(v);
    CHECK(*v >= 0.0299);
    CHECK(report_value(r, "tasks.producer.steps", &err) == 3.0);
    CHECK(!report_value(r, "tasks.nobody.running", &err));
    CHECK(err.find("producer") != std::string::npos);
    bool is_time = false;
    CHECK(check_report_path("tasks.x.ready", &is_time).empty());
    CHECK(is_time);
    CHECK(!check_report_path("tasks.x.redy", &is_time).empty());
}

TEST_CASE("the Chrome trace has one lane per task under the loop's thread", "[asyncio][chrome_trace]") {
    Run x = run(kTwoTasks);
    testing::ChromeTraceShape shape = testing::check_chrome_trace(x.doc);
    for (const std::string& p : shape.problems) FAIL_CHECK(p);
    std::map<int64_t, std::string> names;
    std::map<int64_t, int64_t> sort;
    std::map<int64_t, std::vector<std::string>> spans;
    int64_t main_sort = -1;
    for (const auto& e : x.doc["traceEvents"]) {
        int64_t tid = e.value("tid", int64_t(0));
        if (e.value("ph", "") == "M" && e.value("name", "") == "thread_sort_index" && e["pid"] == 1 && tid == 1)
            main_sort = e["args"]["sort_index"];
        if (tid >= 0) continue;
        if (e.value("ph", "") == "M" && e.value("name", "") == "thread_name") names[tid] = e["args"]["name"];
        if (e.value("ph", "") == "M" && e.value("name", "") == "thread_sort_index") sort[tid] = e["args"]["sort_index"];
        if (e.value("ph", "") == "X") {
            CHECK(e.value("cat", "") == "task");
            CHECK(e["args"]["loop"] == "MainThread");
            spans[tid].push_back(e.value("name", ""));
        }
    }
    REQUIRE(names.size() == 5);
    CHECK(names[kChromeTaskTid] == "task Task-1");
    CHECK(names[kChromeTaskTid - 1] == "task producer");
    // Sorted right after the main thread, in order of creation.
    REQUIRE(main_sort > 0);
    CHECK(sort[kChromeTaskTid] == main_sort + 1);
    CHECK(sort[kChromeTaskTid - 1] == main_sort + 2);
    const std::vector<std::string>& producer = spans[kChromeTaskTid - 1];
    CHECK(std::count(producer.begin(), producer.end(), "producer") == 3);   // its steps
    CHECK(std::count(producer.begin(), producer.end(), "await sleep 0.01") == 1);
    CHECK(std::count(producer.begin(), producer.end(), "ready") >= 1);
}

TEST_CASE("a coroutine that blocks leaves the other tasks ready but not running", "[asyncio][trace]") {
    // The blocker sleeps 50 ms with time.sleep, the ticker's 1 ms sleep ends meanwhile:
    // it is ready from then until the blocker's step ends.
    Run x = run(R"(
import asyncio, time
async def ticker():
    await asyncio.sleep(0.001)
async def blocker():
    time.sleep(0.050)
async def main():
    a = asyncio.create_task(ticker(), name="ticker")
    b = asyncio.create_task(blocker(), name="blocker")
    await asyncio.gather(a, b)
asyncio.run(main())
)");
    const TaskStats* t = x.run.report.task("ticker");
    const TaskStats* b = x.run.report.task("blocker");
    REQUIRE(t);
    REQUIRE(b);
    CHECK(b->running >= 50'000'000);
    CHECK(t->ready >= 49'000'000);
    CHECK(t->waiting < 2'000'000);
}

TEST_CASE("executor workers are named as CPython names them", "[futures][trace]") {
    Run x = run(R"(
from concurrent.futures import ThreadPoolExecutor
import asyncio, time
with ThreadPoolExecutor(max_workers=2) as ex:
    list(ex.map(time.sleep, [0.01, 0.01]))
async def main():
    await asyncio.to_thread(time.sleep, 0.01)
asyncio.run(main())
)");
    std::vector<std::string> names;
    for (const ThreadStats& t : x.run.report.threads) names.push_back(t.name);
    CHECK(std::count(names.begin(), names.end(), "ThreadPoolExecutor-0_0") == 1);
    CHECK(std::count(names.begin(), names.end(), "ThreadPoolExecutor-0_1") == 1);
    CHECK(std::count(names.begin(), names.end(), "asyncio_0") == 1);
    bool waits_executor = false;
    for (const TaskLane& l : task_lanes(*x.run.trace, x.run.report.elapsed))
        for (const TaskSpan& s : l.spans) waits_executor |= s.code == TaskCode::Waiting && s.label == "to_thread sleep";
    CHECK(waits_executor);
}
