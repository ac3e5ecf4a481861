// Ctrl-C (sim.interrupt): only the main thread handles it; under CPython 3 it interrupts
// the main thread's sleeps, I/O and joins; under Python 2 a join is not interrupted, so
// the KeyboardInterrupt waits until the computing thread is done (gil-facts §1).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>

#include "sim/modules/engine_testing.hpp"

using namespace gs;
using namespace gs::testing;

namespace {

// A worker counts down; the main thread joins it (or polls it with short I/O waits);
// Ctrl-C comes 0.1 s after the worker started ("sent"). Reports when the
// KeyboardInterrupt arrived, and when the worker finished (if it did first).
std::string ctrl_c_program(bool poll, int n) {
    return fmt::format(R"py(
import sim, threading
def count(n):
    while n > 0:
        n -= 1
    sim.report("worker_done", sim.now())
w = threading.Thread(target=count, args=({1},), daemon=True)
w.start()
sim.interrupt(0.1)
sim.report("sent", sim.now() + 0.1)
try:
    if {0}:
        while w.is_alive():
            sim.io(0.02)
    else:
        w.join()
except KeyboardInterrupt:
    sim.report("interrupted", sim.now())
)py",
                       poll ? "True" : "False", n);
}

double metric(const ProgramRun& r, const char* name) {
    auto it = r.result.metrics.find(name);
    if (it == r.result.metrics.end()) FAIL("no metric " << name << "; stdout " << r.out << " stderr " << r.err);
    return it->second;
}

ProgramRun run(const std::string& src, const char* policy, EngineKind e = EngineKind::Virtual) {
    ProgramOptions o;
    o.policy = policy;
    o.engine = e;
    ProgramRun r = run_python(src, o);
    INFO(r.err);
    REQUIRE(r.result.error == "");
    return r;
}

}  // namespace

TEST_CASE("Ctrl-C under py3 interrupts the main thread's join at once", "[signal]") {
    ProgramRun r = run(ctrl_c_program(false, 8'000'000), "py3");
    double at = metric(r, "interrupted"), sent = metric(r, "sent");
    INFO("interrupted at " << at << ", Ctrl-C at " << sent);
    CHECK(at >= sent);
    CHECK(at <= sent + 0.006);  // the main thread waits at most one interval for the lock
}

TEST_CASE("Ctrl-C under py2 waits until join() returns", "[signal]") {
    ProgramRun r = run(ctrl_c_program(false, 4'000'000), "py2");
    double at = metric(r, "interrupted"), done = metric(r, "worker_done");
    INFO("interrupted at " << at << ", worker done at " << done);
    CHECK(done > 0.2);
    CHECK(at >= done);
    CHECK(at <= done + 0.01);
    // Polling instead of joining lets the main thread see it (once it wins the lock).
    ProgramRun p = run(ctrl_c_program(true, 4'000'000), "py2");
    double pat = metric(p, "interrupted"), sent = metric(p, "sent");
    INFO("polling: interrupted at " << pat << ", Ctrl-C at " << sent);
    CHECK(pat >= sent);
    CHECK(pat <= sent + 0.05);
    CHECK(p.result.metrics.count("worker_done") == 0);  // long before the worker is done
}

TEST_CASE("Ctrl-C on the native engine", "[signal][native]") {
    ProgramRun r = run(ctrl_c_program(false, 30'000'000), "py3", EngineKind::Native);
    double at = metric(r, "interrupted"), sent = metric(r, "sent");
    INFO("interrupted at " << at << ", Ctrl-C at " << sent);
    CHECK(at >= sent - 0.001);
    CHECK(at <= sent + 0.2);
}

TEST_CASE("an uncaught KeyboardInterrupt exits with 130", "[signal]") {
    ProgramRun r = run("import sim\nsim.interrupt(0.01)\nwhile True:\n    pass\n", "py3");
    CHECK(r.exit_code == 130);
    CHECK(r.err.size() > 20);
    CHECK(r.err.substr(r.err.size() - 18) == "KeyboardInterrupt\n");
    CHECK(r.result.elapsed >= 10'000'000);
    CHECK(r.result.elapsed <= 15'000'000);
}
