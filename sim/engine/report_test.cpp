// The report, on small programs run on the virtual engine: where each thread's time
// went, the lock's statistics, metrics, and lookup by dotted path.
#include <catch2/catch.hpp>

#include "sim/scenario/scenario_run.hpp"
#include "sim/scenario/settings.hpp"

using namespace gs;

namespace {

struct Ran {
    ScenarioRun run;
    std::string out, err;
    const Report& r() const { return run.report; }
    double v(const std::string& path) const {
        std::string e;
        auto x = report_value(run.report, path, &e);
        INFO(path << ": " << e);
        REQUIRE(x);
        return *x;
    }
};

// Runs `program` as an inline scenario, with `sets` applied.
Ran run(const std::string& program, const std::vector<std::string>& sets = {}) {
    ScenarioResult loaded =
        parse_scenario("[scenario]\nname = \"t\"\nsource = '''\n" + program + "'''\n", "/tmp/t.toml", sets);
    if (auto* e = std::get_if<ScenarioError>(&loaded)) FAIL(e->render());
    Ran r;
    r.run = run_scenario(std::get<Scenario>(loaded), [&](int fd, std::string_view s) { (fd == 2 ? r.err : r.out) += s; });
    INFO(r.err);
    REQUIRE(r.run.result.exit_code == 0);
    return r;
}

// The parts of a thread's life add up to its lifetime.
void check_sums(const Report& r) {
    for (const ThreadStats& t : r.threads) {
        const ThreadTimes& x = t.time;
        INFO(t.name);
        CHECK(x.running + x.gil_wait + x.io + x.sleep + x.ready + x.blocked + x.starting == t.elapsed());
        CHECK(t.elapsed() >= 0);
        CHECK(t.elapsed() <= r.elapsed);
    }
}

}  // namespace

TEST_CASE("a thread in sim.io spends its time in I/O", "[report]") {
    Ran x = run(
        "import sim, threading\n"
        "def f():\n"
        "    sim.io(0.5)\n"
        "t = threading.Thread(target=f, name='io')\n"
        "t.start()\n"
        "t.join()\n");
    CHECK(x.v("threads.io.io") == Approx(0.5).margin(0.001));
    CHECK(x.v("threads.io.io_ops") == 1);
    CHECK(x.v("threads.io.elapsed") == Approx(0.5).margin(0.005));
    CHECK(x.v("threads.io.gil_wait") < 0.001);
    CHECK(x.v("threads.MainThread.blocked") == Approx(0.5).margin(0.005));  // in join()
    CHECK(x.v("elapsed") == Approx(0.5).margin(0.01));
    CHECK(x.r().threads.at(1).finished);
    check_sums(x.r());
}

TEST_CASE("time.sleep is sleeping, sim.cpu running", "[report]") {
    Ran x = run(
        "import sim, time\n"
        "time.sleep(0.2)\n"
        "sim.cpu(0.1)\n"
        "sim.cpu(0.05, release_gil=True)\n");
    CHECK(x.v("threads.MainThread.sleep") == Approx(0.2).margin(0.001));
    CHECK(x.v("threads.MainThread.running") == Approx(0.15).margin(0.002));
    CHECK(x.v("threads.MainThread.io_ops") == 0);
    check_sums(x.r());
}

TEST_CASE("running time is the instructions' cost", "[report]") {
    Ran x = run("n = 100000\nwhile n > 0:\n    n -= 1\n", {"machine.instruction_cost=40ns"});
    const ThreadStats* main = x.r().thread("MainThread");
    REQUIRE(main);
    CHECK(main->instructions > 100000);
    CHECK(double(main->time.running) == Approx(double(main->instructions) * 40).epsilon(0.01));
    CHECK(x.v("gil.switches") == 1);  // MainThread took it once
    CHECK(x.v("gil.held_fraction") > 0.99);
    CHECK(x.v("gil.contention") == 0);
}

TEST_CASE("two CPU-bound threads under py3 take turns", "[report]") {
    Ran x = run(
        "import threading\n"
        "def count(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "ts = [threading.Thread(target=count, args=(400000,), name='worker') for i in range(2)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n");
    const Report& r = x.r();
    // Duplicate names are told apart by their order of creation.
    REQUIRE(r.thread("worker"));
    REQUIRE(r.thread("worker#2"));
    CHECK(r.thread("worker#2")->given_name == "worker");
    CHECK(x.v("gil.forced_switches") >= 5);
    CHECK(x.v("gil.drop_requests") >= x.v("gil.forced_switches"));
    CHECK(x.v("gil.switches") >= x.v("gil.forced_switches"));
    CHECK(x.v("gil.held_fraction") > 0.95);
    CHECK(x.v("gil.contention") > 0.8);
    CHECK(x.v("gil.max_waiters") >= 1);
    CHECK(x.v("threads.worker.forced_drops") + x.v("threads.worker#2.forced_drops") == x.v("gil.forced_switches"));
    CHECK(x.v("threads.worker.gil_wait") > 0.01);
    CHECK(x.v("threads.worker.gil_acquired") >= 2);
    check_sums(r);
}

TEST_CASE("without a lock, nothing is held or waited for", "[report]") {
    Ran x = run(
        "import threading\n"
        "def count(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "ts = [threading.Thread(target=count, args=(100000,)) for i in range(2)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n",
        {"interpreter.gil=none"});
    CHECK(x.v("gil.held_fraction") == 0);
    CHECK(x.v("gil.contention") == 0);
    CHECK(x.v("gil.switches") == 0);
    // Threading's default names, with spaces and parentheses, work as paths.
    CHECK(x.v("threads.Thread-1 (count).gil_wait") == 0);
    check_sums(x.r());
}

TEST_CASE("metrics, settings and run facts", "[report]") {
    Ran x = run("import sim\nsim.report('rps', 120.5)\nsim.report('a.b', 2)\n",
                {"machine.cores=3", "run.seed=5", "interpreter.switch_interval=2ms"});
    CHECK(x.v("metrics.rps") == 120.5);
    CHECK(x.v("metrics.a.b") == 2);
    CHECK(x.v("exit_code") == 0);
    CHECK(x.v("seed") == 5);
    CHECK(x.v("timed_out") == 0);
    CHECK(x.v("settings.machine.cores") == 3);
    CHECK(x.v("settings.interpreter.switch_interval") == Approx(0.002));
    CHECK(x.r().engine == "virtual");
    CHECK(x.r().setting("interpreter.gil") == "py3");
    CHECK(x.r().settings.size() == setting_names().size());
    std::vector<std::string> paths = report_paths(x.r());
    CHECK(std::find(paths.begin(), paths.end(), "threads.MainThread.gil_wait") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "gil.contention") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "metrics.rps") != paths.end());
}

TEST_CASE("an unknown path says which ones exist", "[report]") {
    Ran x = run("import sim\nsim.report('rps', 1)\n");
    std::string e;
    CHECK_FALSE(report_value(x.r(), "threads.Mainthread.io", &e));
    CHECK_THAT(e, Catch::Contains("unknown thread 'Mainthread' (did you mean 'MainThread'?)"));
    CHECK_FALSE(report_value(x.r(), "metrics.rsp", &e));
    CHECK_THAT(e, Catch::Contains("did you mean 'rps'?"));
    CHECK_FALSE(report_value(x.r(), "threads.MainThread.wait", &e));
    CHECK_THAT(e, Catch::Contains("unknown thread field 'wait'"));
    CHECK_FALSE(report_value(x.r(), "processes.3.gil.switches", &e));
    CHECK_THAT(e, Catch::Contains("the run has 1 process"));
    CHECK(report_value(x.r(), "processes.0.gil.switches", &e));
    CHECK_FALSE(report_value(x.r(), "settings.machine.corez", &e));
    CHECK_THAT(e, Catch::Contains("machine.cores"));
}

TEST_CASE("report paths are checked before a run", "[report]") {
    bool t;
    CHECK(check_report_path("elapsed", &t) == "");
    CHECK(t);
    CHECK(check_report_path("threads.a.b.c.io", &t) == "");  // a thread named "a.b.c"
    CHECK(t);
    CHECK(check_report_path("threads.x.io_ops", &t) == "");
    CHECK_FALSE(t);
    CHECK(check_report_path("gil.held", &t) == "");
    CHECK(t);
    CHECK(check_report_path("processes.1.gil.contention", &t) == "");
    CHECK_FALSE(t);
    CHECK(check_report_path("metrics.anything.at.all", &t) == "");
    CHECK(check_report_path("threads.io", &t) != "");
    CHECK(check_report_path("gil.nope", &t) != "");
    CHECK(check_report_path("metrics.", &t) != "");
}

TEST_CASE("numbers and times for people", "[report]") {
    CHECK(format_number(3) == "3");
    CHECK(format_number(0.41234) == "0.4123");
    CHECK(format_number(27499.46) == "27499.5");
    CHECK(format_seconds(0.412) == "0.412 s");
    CHECK(format_seconds(0.0000183) == "18.3 us");
    CHECK(format_seconds(0) == "0 s");
}
