// The lock policies on both engines: the behaviours gil-facts.md describes (convoy,
// CPU-bound countdown, Ruby's FIFO quantum, I/O-bound threads, C extensions holding the
// lock), the one-holder invariant checked at every instruction, and determinism.
// Virtual runs are exact, so their bounds are tight; native runs share a noisy 2-core
// machine, so theirs are generous and only check the direction of each effect.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sim/engine/lock_checker.hpp"
#include "sim/modules/engine_testing.hpp"

using namespace gs;
using namespace gs::testing;

namespace {

constexpr Nanos kMs = 1'000'000;
const char* kAllPolicies[] = {"py2", "py3", "py3-prio", "bfs", "ruby", "none"};

double metric(const ProgramRun& r, const std::string& name) {
    auto it = r.result.metrics.find(name);
    if (it == r.result.metrics.end()) FAIL("no metric " << name << "; stderr: " << r.err << r.result.error);
    return it->second;
}

ProgramRun run(const std::string& src, std::string policy, EngineKind engine = EngineKind::Virtual,
               int cores = 2, Nanos interval = -1) {
    ProgramOptions o;
    o.policy = std::move(policy);
    o.engine = engine;
    o.cores = cores;
    o.interval = interval;
    ProgramRun r = run_python(src, o);
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.result.error == "");
    REQUIRE(r.exit_code == 0);
    return r;
}

// K round trips of an echo client (one-way latency L), optionally beside a CPU-bound
// thread; reports the client's elapsed time.
std::string convoy_program(int k, double latency, bool cpu) {
    return fmt::format(R"py(
import sim, threading
stop = False
def spin():
    while not stop:
        pass
def client():
    s = sim.connect(latency={1})
    t0 = sim.now()
    for i in range({0}):
        s.send(b"x")
        s.recv(1)
    sim.report("elapsed", sim.now() - t0)
if {2}:
    c = threading.Thread(target=spin, name="cpu")
    c.start()
t = threading.Thread(target=client, name="client")
t.start()
t.join()
stop = True
if {2}:
    c.join()
)py",
                       k, latency, cpu ? "True" : "False");
}

}  // namespace

TEST_CASE("convoy: an I/O thread beside a CPU-bound one (virtual)", "[policy][convoy]") {
    const int k = 50;
    const double latency = 50e-6;
    const double ks = k * 0.005;  // K x S at the default 5 ms interval
    double alone = metric(run(convoy_program(k, latency, false), "py3"), "elapsed");
    INFO("alone " << alone);
    CHECK(alone >= k * 2 * latency);
    CHECK(alone <= k * 2 * latency * 1.5);

    double py3 = metric(run(convoy_program(k, latency, true), "py3"), "elapsed");
    INFO("py3 " << py3 << ", K x S " << ks);
    CHECK(py3 >= 0.9 * ks);
    CHECK(py3 <= 2.1 * ks);

    // The fixes and no lock: a small fraction of K x S. (bfs pays a few waits of
    // 0.55 x rr_interval while the deadlines of the two threads are still close.)
    for (const char* p : {"py3-prio", "bfs", "none"}) {
        double t = metric(run(convoy_program(k, latency, true), p), "elapsed");
        INFO(p << " " << t);
        CHECK(t < 0.15 * ks);
    }
    // A shorter interval shortens the convoy in proportion: 1 ms is about a fifth of 5 ms.
    double py3_1ms = metric(run(convoy_program(k, latency, true), "py3", EngineKind::Virtual, 2, kMs), "elapsed");
    INFO("py3 at 1 ms " << py3_1ms);
    CHECK(py3_1ms / py3 >= 0.12);
    CHECK(py3_1ms / py3 <= 0.3);
}

TEST_CASE("convoy: the same effect on the native engine", "[policy][convoy][native]") {
    // A 20 ms interval keeps the convoy far above what a loaded machine adds to `none`
    // (a few milliseconds per hand-off of its bytecode lock when every core is busy).
    const int k = 20;
    const Nanos interval = 20'000'000;
    const double ks = k * 0.02;
    // On a loaded machine the OS may starve the CPU-bound thread, which shortens the
    // convoy: the bound is checked against the longest of three runs. Under `none` the
    // server may find the CPU-bound thread holding the bytecode lock while the OS has
    // preempted it (exec_lock.hpp), which lengthens the run: the shortest of three.
    double py3 = 0;
    for (int i = 0; i < 3 && py3 < 0.5 * ks; i++)
        py3 = std::max(py3, metric(run(convoy_program(k, 50e-6, true), "py3", EngineKind::Native, 2, interval),
                                   "elapsed"));
    INFO("py3 " << py3 << ", K x S " << ks);
    CHECK(py3 >= 0.5 * ks);
    double none = 9;
    for (int i = 0; i < 3 && none >= 0.5 * py3; i++)
        none = std::min(none, metric(run(convoy_program(k, 50e-6, true), "none", EngineKind::Native, 2, interval),
                                     "elapsed"));
    INFO("none " << none);
    CHECK(none < 0.5 * py3);
}

namespace {

// Counts down from N twice in a row, then in two threads (or processes) at once;
// reports the ratio of the two times.
std::string countdown_program(int n, bool processes) {
    return fmt::format(R"py(
import sim, threading, multiprocessing
def count(n):
    while n > 0:
        n -= 1
t0 = sim.now()
count({0})
count({0})
seq = sim.now() - t0
t0 = sim.now()
if {1}:
    ws = [multiprocessing.Process(target=count, args=({0},)) for _ in range(2)]
else:
    ws = [threading.Thread(target=count, args=({0},)) for _ in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
sim.report("seq", seq)
sim.report("ratio", (sim.now() - t0) / seq)
)py",
                       n, processes ? "True" : "False");
}

double countdown_ratio(const std::string& policy, int cores, int n = 300'000, ProgramRun* out = nullptr,
                       EngineKind engine = EngineKind::Virtual, bool processes = false) {
    ProgramRun r = run(countdown_program(n, processes), policy, engine, cores);
    if (out) *out = r;
    return metric(r, "ratio");
}

}  // namespace

TEST_CASE("countdown: two CPU-bound threads under each lock (virtual)", "[policy][countdown]") {
    double py3 = countdown_ratio("py3", 2);
    INFO("py3 " << py3);
    CHECK(py3 >= 0.95);
    CHECK(py3 <= 1.05);

    double none = countdown_ratio("none", 2);
    INFO("none " << none);
    CHECK(none >= 0.45);
    CHECK(none <= 0.6);

    // py2 on 4 cores: the lock battle (woken waiters find the lock retaken).
    ProgramRun r;
    double py2_4 = countdown_ratio("py2", 4, 300'000, &r);
    INFO("py2 on 4 cores " << py2_4 << ", failed wake-ups " << r.result.processes[0].lock.failed_wakeups);
    CHECK(py2_4 >= 1.15);
    CHECK(r.result.processes[0].lock.failed_wakeups > 10);
    double py2_1 = countdown_ratio("py2", 1);
    INFO("py2 on 1 core " << py2_1);
    CHECK(py2_1 >= 0.95);
    CHECK(py2_1 <= 1.1);
}

TEST_CASE("countdown: two processes take about half, plus the start cost", "[policy][countdown][process]") {
    ProgramRun r;
    double ratio = countdown_ratio("py3", 2, 2'000'000, &r, EngineKind::Virtual, true);
    double seq = metric(r, "seq");
    double start = double(MachineConfig{}.process_start) / 1e9;
    INFO("processes " << ratio << ", sequential " << seq << " s, start cost " << start << " s");
    CHECK(ratio >= 0.5 + start / seq * 0.5);
    CHECK(ratio <= 0.6 + 2 * start / seq);
}

namespace {

// Native work (sim.cpu without release_gil) twice in a row, then in two threads at once;
// reports the ratio of the two times.
const char* kNativePair = R"py(
import sim, threading
t0 = sim.now()
sim.cpu(0.15)
sim.cpu(0.15)
seq = sim.now() - t0
t0 = sim.now()
ws = [threading.Thread(target=sim.cpu, args=(0.15,)) for _ in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
sim.report("ratio", (sim.now() - t0) / seq)
)py";

}  // namespace

TEST_CASE("native engine: work outside the interpreter, with and without the lock", "[policy][native]") {
    // Other work on this shared machine slows either phase at random, so each bound is
    // checked against the most favourable of three runs: the lowest ratio for the
    // speed-up `none` must show, the highest for the serialization `py3` must show.
    double none = 9, py3 = 0;
    for (int i = 0; i < 3; i++) {
        none = std::min(none, metric(run(kNativePair, "none", EngineKind::Native), "ratio"));
        py3 = std::max(py3, metric(run(kNativePair, "py3", EngineKind::Native), "ratio"));
    }
    INFO("native none " << none << ", py3 " << py3);
    CHECK(none < 0.85);  // two real cores
    CHECK(py3 > 0.85);   // the lock serializes them
}

TEST_CASE("native engine: threads without a lock share objects safely", "[policy][native]") {
    // Under `none` the native engine serialises bytecode on its own lock (exec_lock.hpp):
    // the heap and the containers are not written for concurrent mutation. Without it
    // this program lost increments, raced in Lock.acquire ("release unlocked lock") and
    // corrupted the list under AddressSanitizer.
    const char* prog = R"py(
import threading
lock = threading.Lock()
counter = 0
log = []
seen = {}
def work(k):
    global counter
    for i in range(3000):
        with lock:
            counter += 1
        log.append((k, i))
        seen[k * 10000 + i] = str(i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, len(log), len(seen), sorted(log)[-1])
)py";
    ProgramRun r = run(prog, "none", EngineKind::Native);
    CHECK(r.out == "12000 12000 12000 (3, 2999)\n");
}

namespace {

// The order in which the named worker threads acquired the lock, and when.
struct Holding {
    std::string name;
    Nanos t;
};

std::vector<Holding> holders(const Trace& trace, const std::string& prefix) {
    std::vector<TraceThread> names = trace.threads();
    std::vector<Holding> out;
    for (size_t i = 0; i < trace.size(); i++) {
        const TraceEvent& e = trace[i];
        if (e.kind != EventKind::Lock || e.lock() != LockEvent::Acquire) continue;
        const std::string& n = names[e.thread].name;
        if (n.rfind(prefix, 0) != 0) continue;
        if (!out.empty() && out.back().name == n) continue;
        out.push_back({n, e.t});
    }
    return out;
}

const char* kThreeSpinners = R"py(
import sim, threading
stop = False
def spin():
    while not stop:
        pass
ts = [threading.Thread(target=spin, name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
sim.io(1.5)
stop = True
for t in ts:
    t.join()
)py";

Nanos median_gap(const std::vector<Holding>& hs) {
    std::vector<Nanos> gaps;
    for (size_t i = 1; i < hs.size(); i++) gaps.push_back(hs[i].t - hs[i - 1].t);
    REQUIRE(!gaps.empty());
    std::sort(gaps.begin(), gaps.end());
    return gaps[gaps.size() / 2];
}

}  // namespace

TEST_CASE("ruby: the holder changes every 100 ms, in FIFO order; py3 every 5 ms", "[policy][ruby]") {
    Trace trace;
    ProgramOptions o;
    o.policy = "ruby";
    o.trace = &trace;
    ProgramRun r = run_python(kThreeSpinners, o);
    REQUIRE(r.result.error == "");
    std::vector<Holding> hs = holders(trace, "w");
    REQUIRE(hs.size() >= 8);
    Nanos gap = median_gap(hs);
    INFO("ruby: " << hs.size() << " hand-offs, median " << gap << " ns");
    CHECK(gap >= 95 * kMs);
    CHECK(gap <= 110 * kMs);
    // FIFO: once all three are queued (each start() waits for its thread to run, which
    // takes a quantum), the order repeats with period 3.
    size_t first = 0;
    while (first < hs.size() && hs[first].name != "w2") first++;
    REQUIRE(hs.size() >= first + 7);
    for (size_t i = first + 3; i < hs.size(); i++) {
        INFO("hand-off " << i << ": " << hs[i].name << " after " << hs[i - 1].name);
        CHECK(hs[i].name == hs[i - 3].name);
    }

    Trace t3;
    o.policy = "py3";
    o.trace = &t3;
    r = run_python(kThreeSpinners, o);
    REQUIRE(r.result.error == "");
    Nanos gap3 = median_gap(holders(t3, "w"));
    INFO("py3 median " << gap3 << " ns");
    CHECK(gap3 >= 5 * kMs);
    CHECK(gap3 <= 7 * kMs);
}

namespace {

const char* kTwentyIo = R"py(
import sim, threading
t0 = sim.now()
ts = [threading.Thread(target=sim.io, args=(1.0,)) for _ in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
sim.report("elapsed", sim.now() - t0)
)py";

}  // namespace

TEST_CASE("I/O-bound: 20 threads each in sim.io(1.0) finish in about 1 s", "[policy][io]") {
    for (const char* p : kAllPolicies) {
        INFO(p);
        double v = metric(run(kTwentyIo, p), "elapsed");
        CHECK(v >= 1.0);
        CHECK(v <= 1.05);
        double n = metric(run(kTwentyIo, p, EngineKind::Native), "elapsed");
        CHECK(n >= 1.0);
        CHECK(n <= 1.6);
    }
}

namespace {

// A heartbeat thread beside a C call of 1 s; reports the longest gap between beats.
std::string native_call_program(bool release) {
    return fmt::format(R"py(
import sim, threading
beats = []
def heartbeat():
    t0 = sim.now()
    while sim.now() - t0 < 1.4:
        beats.append(sim.now())
        sim.io(0.01)
h = threading.Thread(target=heartbeat)
h.start()
sim.io(0.1)
sim.cpu(1.0, release_gil={})
h.join()
sim.report("gap", max(b - a for a, b in zip(beats, beats[1:])))
)py",
                       release ? "True" : "False");
}

}  // namespace

TEST_CASE("sim.cpu holding the lock stops the other threads; releasing it does not", "[policy][cpu]") {
    for (EngineKind e : {EngineKind::Virtual, EngineKind::Native}) {
        INFO((e == EngineKind::Virtual ? "virtual" : "native"));
        double held = metric(run(native_call_program(false), "py3", e), "gap");
        double released = metric(run(native_call_program(true), "py3", e), "gap");
        INFO("holding: longest gap " << held << " s; releasing: " << released << " s");
        CHECK(held >= 0.95);
        CHECK(released < (e == EngineKind::Virtual ? 0.02 : 0.3));
    }
}

TEST_CASE("exactly one thread holds the lock wherever bytecode runs", "[policy][checker]") {
    // Threads that compute, sleep, do I/O and take Python locks, under every policy with
    // a lock, on both engines; the checker looks at every instruction.
    const char* src = R"py(
import sim, threading, time
mu = threading.Lock()
total = [0]
def work(k):
    for i in range(300):
        with mu:
            total[0] += i
        if i % 50 == 0:
            sim.io(0.0005)
        if i % 70 == 0:
            time.sleep(0.0002)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
n = 20000
while n > 0:
    n -= 1
for t in ts:
    t.join()
print(total[0])
)py";
    for (EngineKind e : {EngineKind::Virtual, EngineKind::Native})
        for (const char* p : kAllPolicies) {
            if (std::string(p) == "none") continue;
            INFO(p << (e == EngineKind::Virtual ? " virtual" : " native"));
            ProgramOptions o;
            o.policy = p;
            o.engine = e;
            o.check_lock = true;
            o.interval = 100'000;  // many hand-offs
            ProgramRun r = run_python(src, o);
            CHECK(r.result.error == "");
            CHECK(r.out == "179400\n");
            REQUIRE(!r.result.processes.empty());
            CHECK(r.result.processes[0].lock_checks > 50'000);
        }
}

namespace {

// A platform that only records: for driving the checker by hand.
struct NullPlatform : Platform {
    std::unique_ptr<PMutex> new_mutex() override { return nullptr; }
    std::unique_ptr<PCond> new_cond() override { return nullptr; }
    Nanos now() override { return 0; }
    PThread* current() override { return nullptr; }
    void poke(PThread*) override {}
    void lock_event(LockEvent, PThread*, PThread*, Reason) override { events++; }
    void thread_state(PThread*, ThreadState, Reason) override {}
    uint64_t random() override { return 0; }
    int events = 0;
};

}  // namespace

TEST_CASE("the lock checker catches two holders and bytecode without the lock", "[policy][checker]") {
    NullPlatform np;
    PThread a, b;
    a.id = 1;
    b.id = 2;
    {
        LockChecker c(np);
        c.lock_event(LockEvent::Acquire, &a, nullptr, Reason::None);
        c.running(&a);
        c.lock_event(LockEvent::Release, &a, nullptr, Reason::None);
        c.lock_event(LockEvent::Acquire, &b, &a, Reason::None);
        c.running(&b);
        CHECK(c.violation() == "");
        CHECK(c.checks() == 2);
        CHECK(np.events == 3);  // forwarded
    }
    {
        LockChecker c(np);
        c.lock_event(LockEvent::Acquire, &a, nullptr, Reason::None);
        c.lock_event(LockEvent::Acquire, &b, nullptr, Reason::None);
        CHECK(c.violation() == "lock check: thread 2 acquired the lock while thread 1 held it");
    }
    {
        LockChecker c(np);
        c.lock_event(LockEvent::Acquire, &a, nullptr, Reason::None);
        c.running(&b);
        CHECK(c.violation() == "lock check: thread 2 ran bytecode while thread 1 held the lock");
    }
}

TEST_CASE("the virtual engine is deterministic: same seed, same trace", "[policy][determinism]") {
    auto trace_text = [](uint64_t seed, const char* policy) {
        Trace trace;
        ProgramOptions o;
        o.policy = policy;
        o.seed = seed;
        o.trace = &trace;
        ProgramRun r = run_python(convoy_program(10, 50e-6, true), o);
        std::string s = r.out;
        for (size_t i = 0; i < trace.size(); i++) {
            const TraceEvent& e = trace[i];
            s += fmt::format("{} {} {} {} {} {}\n", e.t, e.thread, int(e.kind), int(e.code), e.other, int(e.reason));
        }
        return s;
    };
    for (const char* p : kAllPolicies) {
        INFO(p);
        std::string a = trace_text(7, p);
        CHECK(a.size() > 1000);
        CHECK(a == trace_text(7, p));
    }
    // A different seed moves the wake-ups (jitter), so the traces differ.
    CHECK(trace_text(7, "py3") != trace_text(8, "py3"));
}
