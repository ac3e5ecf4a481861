// The timeline model and the run behind it: spans built incrementally match a model
// built at once, a Chrome trace read back gives the same lanes, pacing holds a run.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <thread>

#include "gui/live_run.hpp"
#include "gui/model.hpp"
#include "gui/program_code.hpp"
#include "gui/trace_json.hpp"
#include "sim/engine/chrome_trace.hpp"
#include "sim/scenario/scenario_run.hpp"

namespace gs::gui {

namespace {

// Two threads spinning under py3 on one core: they take turns at the switch interval.
Scenario spin_scenario(const char* interval = "1ms") {
    std::string text = std::string(R"([scenario]
name = "spin"
source = """
import threading
def spin(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=spin, args=(20000,), name=f"t{i}") for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("done")
"""
[machine]
cores = 2
[interpreter]
gil = "py3"
switch_interval = ")") + interval + "\"\n";
    ScenarioResult r = parse_scenario(text, "spin.toml");
    REQUIRE(std::holds_alternative<Scenario>(r));
    return std::get<Scenario>(r);
}

// The run written as a Chrome trace and read back: the loaded trace (which the model
// points into) and the model built from it.
struct ReadBack {
    LoadedTrace loaded;
    TimelineModel model;
};

std::unique_ptr<ReadBack> read_back(const ScenarioRun& run, const std::string& label) {
    std::string path = "gilsim_gui_" + label + "_test.json";
    {
        std::ofstream out(path);
        write_chrome_trace(out, *run.trace, run.report, label);
    }
    std::string err;
    auto loaded = load_chrome_trace(path, &err);
    std::remove(path.c_str());
    INFO(err);
    REQUIRE(loaded);
    auto r = std::make_unique<ReadBack>(ReadBack{std::move(*loaded), {}});
    r->model.update(*r->loaded.trace);
    r->model.finish(r->loaded.report.elapsed);
    return r;
}

void check_lane(const std::vector<Span>& spans) {
    for (size_t i = 0; i < spans.size(); i++) {
        CHECK(spans[i].end > spans[i].start);                     // no empty spans
        if (i > 0) CHECK(spans[i].start >= spans[i - 1].end);     // sorted, no overlap
    }
}

}  // namespace

TEST_CASE("model: lanes are sorted, non-empty, and the same fed at once or piecewise") {
    Scenario sc = spin_scenario();
    ScenarioRun run = run_scenario(sc);
    TimelineModel whole;
    whole.update(*run.trace);
    whole.finish(run.result.elapsed);
    REQUIRE(whole.threads.size() == 3);
    for (auto& t : whole.threads) check_lane(t.spans);
    for (auto& p : whole.procs) check_lane(p.owner);
    for (auto& c : whole.cores) check_lane(c.spans);
    CHECK(whole.handoffs.size() >= 2);
    CHECK(whole.lock_count() > 4);
    // Both spinners ran and waited; the sum of a thread's spans is within its lifetime.
    for (uint32_t id : {1u, 2u}) {
        Nanos ran = 0, waited = 0;
        for (const Span& s : whole.threads[id].spans) {
            if (ThreadState(s.code) == ThreadState::Running) ran += s.end - s.start;
            if (ThreadState(s.code) == ThreadState::WantsGil) waited += s.end - s.start;
        }
        CHECK(ran > 0);
        CHECK(waited > 0);
    }
    // The same trace fed in pieces (as a live run is) gives the same spans. A Trace is
    // append-only, so copy events into a second one a few at a time.
    Trace partial;
    for (auto& t : run.trace->threads()) partial.add_thread(t.proc, t.name, t.parent, t.created);
    for (auto& p : run.trace->processes()) partial.add_process(p, 0, 0);
    partial.cores = run.trace->cores;
    TimelineModel piecewise;
    for (size_t i = 0; i < run.trace->size(); i++) {
        partial.push((*run.trace)[i]);
        if (i % 7 == 0) piecewise.update(partial);
    }
    piecewise.update(partial);
    piecewise.finish(run.result.elapsed);
    for (size_t id = 0; id < whole.threads.size(); id++) {
        const auto& a = whole.threads[id].spans;
        const auto& b = piecewise.threads[id].spans;
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); i++) {
            CHECK(a[i].start == b[i].start);
            CHECK(a[i].end == b[i].end);
            CHECK(a[i].code == b[i].code);
        }
    }
    CHECK(sizeof(Span) <= 64);
}

TEST_CASE("model: a Chrome trace read back has the same lanes") {
    Scenario sc = spin_scenario();
    ScenarioRun run = run_scenario(sc);
    TimelineModel direct;
    direct.update(*run.trace);
    direct.finish(run.result.elapsed);
    auto rb = read_back(run, "spin");
    const TimelineModel& back = rb->model;
    REQUIRE(back.threads.size() == direct.threads.size());
    for (size_t id = 0; id < direct.threads.size(); id++) {
        CHECK(back.threads[id].name == direct.threads[id].name);
        // Time per state matches to the microsecond rounding of the JSON.
        for (ThreadState st : {ThreadState::Running, ThreadState::WantsGil}) {
            Nanos a = 0, b = 0;
            for (const Span& s : direct.threads[id].spans) a += ThreadState(s.code) == st ? s.end - s.start : 0;
            for (const Span& s : back.threads[id].spans) b += ThreadState(s.code) == st ? s.end - s.start : 0;
            INFO("thread " << direct.threads[id].name << " state " << state_name(st) << " direct " << a << " from json " << b);
            CHECK(std::llabs(a - b) <= 1000);
        }
    }
    CHECK(back.handoffs.size() == direct.handoffs.size());
    REQUIRE(!back.procs.empty());
    CHECK(back.procs[0].owner.size() == direct.procs[0].owner.size());
}

TEST_CASE("live run: pause_at holds the run, step goes to the next lock event, stop ends it") {
    Scenario sc = spin_scenario();
    LiveRun run(sc, 0, false, 3'000'000);   // hold at 3 ms
    auto wait_until = [](auto pred) {
        for (int i = 0; i < 2000 && !pred(); i++) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return pred();
    };
    REQUIRE(wait_until([&] { return run.paused() && run.paced_now() >= 3'000'000; }));
    size_t held = run.trace().size();
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    CHECK(run.trace().size() == held);        // nothing moves while paused
    CHECK(!run.done());
    run.step();
    REQUIRE(wait_until([&] { return run.paused() || run.done(); }));
    size_t after = run.trace().size();
    CHECK(after > held);
    bool lock_event = false;
    for (size_t i = held; i < after; i++) lock_event |= run.trace()[i].kind == EventKind::Lock;
    CHECK(lock_event);
    // Destroying a held run stops it (the engine sees pace() return false).
}

TEST_CASE("live run: slow motion takes real time") {
    Scenario sc = spin_scenario();
    auto t0 = std::chrono::steady_clock::now();
    LiveRun run(sc, 0.1, false, -1);   // 1/10x: 2 ms of simulated time takes 20 ms
    for (int i = 0; i < 500 && run.paced_now() < 2'000'000 && !run.done(); i++)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    auto real = std::chrono::steady_clock::now() - t0;
    CHECK(real >= std::chrono::milliseconds(15));
}

}  // namespace gs::gui

namespace gs::gui {

TEST_CASE("model: asyncio tasks become sub-lanes of their loop's thread, live and from JSON") {
    ScenarioResult r = parse_scenario(R"([scenario]
name = "tasks"
source = """
import asyncio
async def fetch(i):
    await asyncio.sleep(0.01)
    return i
async def main():
    await asyncio.gather(*[asyncio.create_task(fetch(i), name=f"fetch{i}") for i in range(3)])
asyncio.run(main())
"""
)",
                                      "tasks.toml");
    REQUIRE(std::holds_alternative<Scenario>(r));
    ScenarioRun run = run_scenario(std::get<Scenario>(r));
    REQUIRE(run.trace->task_count() > 0);
    TimelineModel m;
    m.update(*run.trace);
    m.finish(run.result.elapsed);
    // Fed piecewise (a live run reads only the new task events each frame): the same.
    {
        Trace partial;
        for (auto& t : run.trace->threads()) partial.add_thread(t.proc, t.name, t.parent, t.created);
        for (auto& p : run.trace->processes()) partial.add_process(p, 0, 0);
        std::vector<TraceEvent> all = run.trace->task_events();
        uint32_t max_arg = 0;
        for (const TraceEvent& e : all) max_arg = std::max(max_arg, e.arg);
        for (uint32_t id = 0; id <= max_arg; id++) partial.intern(run.trace->string(id));
        for (size_t i = 0; i < run.trace->size(); i++) partial.push((*run.trace)[i]);
        TimelineModel piecewise;
        for (size_t i = 0; i < all.size(); i++) {
            partial.push_task(all[i].t, all[i].thread, all[i].task(), all[i].other, all[i].arg);
            if (i % 5 == 0) piecewise.update(partial);
        }
        piecewise.update(partial);
        piecewise.finish(run.result.elapsed);
        REQUIRE(piecewise.tasks.size() == m.tasks.size());
        for (size_t k = 0; k < m.tasks.size(); k++) {
            CHECK(piecewise.tasks[k].name == m.tasks[k].name);
            REQUIRE(piecewise.tasks[k].spans.size() == m.tasks[k].spans.size());
            for (size_t i = 0; i < m.tasks[k].spans.size(); i++) {
                CHECK(piecewise.tasks[k].spans[i].start == m.tasks[k].spans[i].start);
                CHECK(piecewise.tasks[k].spans[i].end == m.tasks[k].spans[i].end);
                CHECK(piecewise.tasks[k].spans[i].code == m.tasks[k].spans[i].code);
            }
        }
    }
    REQUIRE(m.tasks.size() >= 4);   // main and fetch0..2
    int fetches = 0;
    for (const TaskLane& l : m.tasks) {
        check_lane(l.spans);
        CHECK(l.thread < m.threads.size());
        for (size_t i = 1; i < l.spans.size(); i++) CHECK(l.spans[i].start == l.spans[i - 1].end);  // no gaps
        if (l.name.rfind("fetch", 0) != 0) continue;
        fetches++;
        CHECK(l.finished);
        bool ran = false, slept = false;
        for (const Span& s : l.spans) {
            ran |= TaskCode(s.code) == TaskCode::Running;
            if (TaskCode(s.code) == TaskCode::Waiting) {
                REQUIRE(s.who < m.strings.size());
                slept |= m.strings[s.who].rfind("sleep", 0) == 0 && s.end - s.start >= 9'000'000;
            }
        }
        CHECK(ran);
        CHECK(slept);
    }
    CHECK(fetches == 3);
    // ... and read back from a Chrome trace (task lanes are its negative tids).
    auto rb = read_back(run, "tasks");
    const TimelineModel& back = rb->model;
    REQUIRE(back.tasks.size() == m.tasks.size());
    for (size_t k = 0; k < m.tasks.size(); k++) {
        CHECK(back.tasks[k].name == m.tasks[k].name);
        CHECK(back.tasks[k].thread == m.tasks[k].thread);
        for (TaskCode c : {TaskCode::Running, TaskCode::Waiting}) {
            Nanos a = 0, b = 0;
            for (const Span& s : m.tasks[k].spans) a += TaskCode(s.code) == c ? s.end - s.start : 0;
            for (const Span& s : back.tasks[k].spans) b += TaskCode(s.code) == c ? s.end - s.start : 0;
            INFO("task " << m.tasks[k].name << " direct " << a << " from json " << b);
            CHECK(std::llabs(a - b) <= 2000);
        }
    }
}

namespace {

const char* kPlacesProgram = R"(import sim, threading
ev = threading.Event()
def io_worker():
    sim.io(0.05)
def waiter():
    ev.wait()
def spin(n):
    while n > 0:
        n -= 1
a = threading.Thread(target=io_worker, name="io")
b = threading.Thread(target=waiter, name="waiter")
c = threading.Thread(target=spin, args=(3000000,), name="spin")
for t in (a, b, c):
    t.start()
a.join()
ev.set()
b.join()
c.join()
)";

int line_of(const std::string& text, const std::string& needle) {
    size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + int(std::count(text.begin(), text.begin() + long(at), '\n'));
}

// thread name -> the program line it was at, at time t.
std::map<std::string, int> lines_at(const TimelineModel& m, ProgramCode& pc, Nanos t) {
    std::map<std::string, int> out;
    for (const ThreadPlace& p : places_at(m, t)) out[m.thread_name(p.thread)] = pc.line_at(p.pos);
    return out;
}

}  // namespace

TEST_CASE("source view: each thread is shown at its line in the program, also from a trace file") {
    std::string text = std::string("[scenario]\nname = \"places\"\nsource = \"\"\"\n") + kPlacesProgram +
                       "\"\"\"\n[machine]\ncores = 2\n";
    ScenarioResult r = parse_scenario(text, "places.toml");
    REQUIRE(std::holds_alternative<Scenario>(r));
    Scenario sc = std::get<Scenario>(r);
    ScenarioRun run = run_scenario(sc);
    REQUIRE(run.result.exit_code == 0);
    TimelineModel m;
    m.update(*run.trace);
    m.finish(run.result.elapsed);
    ProgramCode pc(sc.program);
    REQUIRE(pc.ok());
    std::string src(kPlacesProgram);
    const Nanos t = 20'000'000;  // the I/O (50 ms) is going on; the spinner spins
    std::map<std::string, int> want = {
        {"io", line_of(src, "sim.io(0.05)")},   // in I/O, inside the call
        {"waiter", line_of(src, "ev.wait()")},  // blocked inside threading.py: shown at its caller
        {"MainThread", line_of(src, "a.join()")},
    };
    std::map<std::string, int> got = lines_at(m, pc, t);
    for (auto& [name, line] : want) {
        INFO(name);
        CHECK(got[name] == line);
    }
    int loop = line_of(src, "while n > 0"), body = line_of(src, "n -= 1");
    CHECK((got["spin"] == loop || got["spin"] == body));
    // The bytecode view finds the spinner's function and an instruction inside it.
    for (const ThreadPlace& p : places_at(m, t))
        if (m.thread_name(p.thread) == "spin") {
            Code* code = pc.code_at(p.pos);
            REQUIRE(code);
            CHECK(pc.title(code) == "spin (line " + std::to_string(line_of(src, "def spin")) + ")");
            CHECK(decode_code_pos(p.pos).pc < pc.rows(code).size());
        }

    // A Chrome trace keeps the places (code and instruction in each state span's args).
    auto rb = read_back(run, "places");
    const TimelineModel& back = rb->model;
    CHECK(lines_at(back, pc, t) == got);
}

}  // namespace gs::gui
