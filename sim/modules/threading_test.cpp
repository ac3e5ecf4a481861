// Unit tests of the threading module (sim/modules/py/threading.py on _thread): whole
// programs run on the virtual engine. Each program prints only what does not depend on
// how threads interleave, so its output is the same under every lock policy, and it is
// what CPython 3.11 prints for it (each expectation was checked against python3.11;
// timings are virtual-time seconds, rounded as the programs round them).
#include <catch2/catch.hpp>

#include "sim/modules/output_testing.hpp"

using gs::testing::expect_output;
using gs::testing::kPolicies;
using gs::testing::ProgramRun;
using gs::testing::run_python;

TEST_CASE("threading: threads run their targets and join", "[threading]") {
    expect_output(R"py(
import threading

results = {}
def work(n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[n] = total

threads = [threading.Thread(target=work, args=(n,), kwargs={"scale": 2}) for n in (10, 100, 1000)]
for t in threads:
    print(t.name, t.is_alive(), t.daemon, t.ident)
    t.start()
for t in threads:
    t.join()
    print(t.is_alive(), t.ident is not None)
print(sorted(results.items()))

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = (threading.current_thread().name, self.n * self.n)

workers = [Worker(i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
)py",
                  R"(
Thread-1 (work) False False None
Thread-2 (work) False False None
Thread-3 (work) False False None
False True
False True
False True
[(10, 90), (100, 9900), (1000, 999000)]
[('worker-0', 0), ('worker-1', 1), ('worker-2', 4)]
)");
}

TEST_CASE("threading: join with a timeout returns while the thread still runs", "[threading]") {
    expect_output(R"py(
import threading, time

def slow():
    time.sleep(1.0)

t = threading.Thread(target=slow)
t.start()
t0 = time.monotonic()
t.join(0.25)
print(t.is_alive(), round(time.monotonic() - t0, 2))
t.join()
print(t.is_alive(), round(time.monotonic() - t0, 1))
)py",
                  R"(
True 0.25
False 1.0
)");
}

TEST_CASE("threading: a Lock keeps a shared counter exact", "[threading]") {
    expect_output(R"py(
import threading, time

lock = threading.Lock()
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=inc, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

print(lock.acquire(), lock.locked(), lock.acquire(False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.2), round(time.monotonic() - t0, 2))
def release_later():
    time.sleep(0.3)
    lock.release()
threading.Thread(target=release_later).start()
t0 = time.monotonic()
print(lock.acquire(timeout=5), round(time.monotonic() - t0, 1))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
)py",
                  R"(
2000
True True False
False 0.2
True 0.3
RuntimeError: release unlocked lock
)");
}

TEST_CASE("threading: RLock is re-entrant and owned by one thread", "[threading]") {
    expect_output(R"py(
import threading, time

r = threading.RLock()
log = []
def recurse(n):
    with r:
        log.append(n)
        if n:
            recurse(n - 1)
recurse(3)
print(log)

print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
got = []
def other():
    got.append(r.acquire(False))
    t0 = time.monotonic()
    got.append(r.acquire(timeout=0.1))
    got.append(round(time.monotonic() - t0, 2))
    try:
        r.release()
    except RuntimeError as e:
        got.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(got)
r.release()
def take():
    with r:
        got.append("taken")
t = threading.Thread(target=take)
t.start()
t.join()
print(got[-1])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
)py",
                  R"(
[3, 2, 1, 0]
True True True
[False, False, 0.1, 'cannot release un-acquired lock']
taken
RuntimeError: cannot release un-acquired lock
)");
}

TEST_CASE("threading: Event set, clear and wait with timeouts", "[threading]") {
    expect_output(R"py(
import threading, time

ev = threading.Event()
print(ev.is_set())
t0 = time.monotonic()
print(ev.wait(0.5), round(time.monotonic() - t0, 2))
def setter():
    time.sleep(0.2)
    ev.set()
threading.Thread(target=setter).start()
t0 = time.monotonic()
print(ev.wait(), round(time.monotonic() - t0, 2), ev.is_set())
t0 = time.monotonic()
print(ev.wait(0.5), round(time.monotonic() - t0, 2))
ev.clear()
print(ev.is_set(), ev.wait(0))

woken = []
def waiter(i):
    if ev.wait(5):
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
time.sleep(0.1)
ev.set()
for t in ts:
    t.join()
print(sorted(woken), repr(ev).endswith(": set>"))
)py",
                  R"(
False
False 0.5
True 0.2 True
True 0.0
False False
[0, 1, 2, 3] True
)");
}

TEST_CASE("threading: Condition notify, notify_all and wait_for", "[threading]") {
    expect_output(R"py(
import threading, time

cond = threading.Condition()
items = []
got = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop(0))
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
time.sleep(0.1)
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(got))

ready = [False]
woken = []
def waiter(i):
    with cond:
        while not ready[0]:
            cond.wait()
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
time.sleep(0.1)
with cond:
    ready[0] = True
    cond.notify_all()
for w in ws:
    w.join()
print(sorted(woken))

with cond:
    t0 = time.monotonic()
    print(cond.wait(0.25), round(time.monotonic() - t0, 2))
    t0 = time.monotonic()
    print(cond.wait_for(lambda: False, 0.3), round(time.monotonic() - t0, 2))
    print(cond.wait_for(lambda: 42, 0.3))
for f in (cond.notify, cond.wait):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
plain = threading.Condition(threading.Lock())
with plain:
    print(plain.wait(0.01))
)py",
                  R"(
[0, 1, 2]
[0, 1, 2, 3]
False 0.25
False 0.3
42
RuntimeError: cannot notify on un-acquired lock
RuntimeError: cannot wait on un-acquired lock
False
)");
}

TEST_CASE("threading: Semaphore limits concurrency, BoundedSemaphore over-release", "[threading]") {
    expect_output(R"py(
import threading, time

sem = threading.Semaphore(2)
mu = threading.Lock()
active = [0]
peak = [0]
def worker():
    with sem:
        with mu:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with mu:
            active[0] -= 1
ws = [threading.Thread(target=worker) for _ in range(6)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("peak", peak[0])

print(sem.acquire(), sem.acquire(timeout=0.1), sem.acquire(False))
t0 = time.monotonic()
print(sem.acquire(timeout=0.1), round(time.monotonic() - t0, 2))
sem.release(2)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
for bad in (lambda: sem.acquire(False, 1), lambda: threading.Semaphore(-1), lambda: sem.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(repr(bs).split(":")[-1], repr(sem).split(":")[-1])
)py",
                  R"(
peak 2
True True False
False 0.1
True True False
ValueError: can't specify timeout for non-blocking acquire
ValueError: semaphore initial value must be >= 0
ValueError: n must be one or more
ValueError: Semaphore released too many times
 value=2/2>  value=0>
)");
}

TEST_CASE("threading: Barrier releases the parties together, breaks on timeout", "[threading]") {
    expect_output(R"py(
import threading, time

calls = []
b = threading.Barrier(3, action=lambda: calls.append("action"))
indexes = []
mu = threading.Lock()
def party(delay):
    time.sleep(delay)
    i = b.wait()
    with mu:
        indexes.append(i)
for round_ in range(2):
    ts = [threading.Thread(target=party, args=(d,)) for d in (0.0, 0.1, 0.2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(indexes), calls, b.n_waiting, b.broken, b.parties)
    indexes.clear()

b2 = threading.Barrier(2, timeout=0.2)
t0 = time.monotonic()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after", round(time.monotonic() - t0, 2), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken, repr(b2).split(":")[-1])
b2.abort()
print(repr(b2).split(":")[-1], issubclass(threading.BrokenBarrierError, RuntimeError))
)py",
                  R"(
[0, 1, 2] ['action'] 0 False 3
[0, 1, 2] ['action', 'action'] 0 False 3
broken after 0.2 True
still broken
False  waiters=0/2>
 broken> True
)");
}

TEST_CASE("threading: Timer fires after its interval, cancel prevents it", "[threading]") {
    expect_output(R"py(
import threading, time

fired = []
t0 = time.monotonic()
tm = threading.Timer(0.3, lambda x: fired.append((x, round(time.monotonic() - t0, 1))), args=("a",))
tm.start()
tm.join()
print(fired)
tm2 = threading.Timer(0.3, fired.append, args=("never",))
tm2.start()
time.sleep(0.1)
tm2.cancel()
tm2.join()
print(fired, tm2.is_alive(), round(time.monotonic() - t0, 1))
print(tm2.name.startswith("Thread-"), tm2.finished.is_set())
)py",
                  R"(
[('a', 0.3)]
[('a', 0.3)] False 0.4
True True
)");
}

TEST_CASE("threading: local gives each thread its own attributes", "[threading]") {
    expect_output(R"py(
import threading

data = threading.local()
data.x = "main"
seen = []
mu = threading.Lock()
def worker(i):
    try:
        data.x
    except AttributeError as e:
        with mu:
            seen.append(str(e))
    data.x = i
    with mu:
        seen.append(data.x)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data.x)
for s in sorted(map(str, seen)):
    print(s)

class Counter(threading.local):
    def __init__(self, start=10):
        self.n = start
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
c.bump()
c.bump()
def use():
    seen.append(("thread", c.bump()))
t = threading.Thread(target=use)
t.start()
t.join()
print(c.n, seen[-1])
print(type(threading.local()).__name__, isinstance(c, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
)py",
                  R"(
main
'_thread._local' object has no attribute 'x'
'_thread._local' object has no attribute 'x'
'_thread._local' object has no attribute 'x'
0
1
2
12 ('thread', 11)
_local True
TypeError: Initialization arguments are not supported
)");
}

TEST_CASE("threading: current_thread, main_thread, active_count, enumerate", "[threading]") {
    expect_output(R"py(
import threading, time

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(threading.get_ident() == main.ident, threading.active_count(), len(threading.enumerate()))
ev = threading.Event()
names = []
def worker():
    names.append(threading.current_thread().name)
    names.append(threading.current_thread() is threading.main_thread())
    ev.wait()
t = threading.Thread(target=worker, name="alpha")
print(repr(t))
t.start()
time.sleep(0.1)
print(threading.active_count(), sorted(th.name for th in threading.enumerate()))
print(repr(t).startswith("<Thread(alpha, started "))
ev.set()
t.join()
print(names, threading.active_count())
print(repr(t).startswith("<Thread(alpha, stopped "))
t2 = threading.Thread(target=lambda: None)
t2.name = "renamed"
t2.daemon = True
print(t2.name, t2.daemon, t2.getName(), t2.isDaemon(), repr(t2))
print(threading.Thread().name.startswith("Thread-"))
)py",
                  R"(
MainThread True True False
True 1 1
<Thread(alpha, initial)>
2 ['MainThread', 'alpha']
True
['alpha', False] 1
True
renamed True renamed True <Thread(renamed, initial daemon)>
True
)");
}

TEST_CASE("threading: daemon threads are not waited for at exit", "[threading]") {
    const char* src = R"py(
import threading, time

def forever():
    while True:
        time.sleep(0.1)
d = threading.Thread(target=forever, daemon=True)
d.start()
def later():
    time.sleep(0.3)
    print("non-daemon finished")
threading.Thread(target=later).start()
inherit = []
def spawner():
    inherit.append(threading.Thread(target=lambda: None).daemon)
s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("main done", d.daemon, d.is_alive(), inherit)
)py";
    expect_output(src, R"(
main done True True [True]
non-daemon finished
)");
    // The run ends when the non-daemon thread does, not at the time limit.
    ProgramRun r = run_python(src);
    CHECK_FALSE(r.result.timed_out);
    CHECK(r.result.elapsed < 1'000'000'000);
}

TEST_CASE("threading: an exception in a thread is reported, the program continues", "[threading]") {
    const char* src = R"py(
import sys, threading

def boom():
    raise ValueError("boom")
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print("continues", t.is_alive())
def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print("SystemExit is silent")
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(seen)
)py";
    for (const char* policy : kPolicies) {
        INFO("policy " << policy);
        ProgramRun r = run_python(src, policy);
        CHECK(r.exit_code == 0);
        CHECK(r.out == "continues False\nSystemExit is silent\n[('ValueError', 'boom', 'hooked')]\n");
        // CPython's traceback, but for the frames of threading.py (gilsim's own).
        CHECK_THAT(r.err, Catch::StartsWith("Exception in thread worker:\nTraceback (most recent call last):\n"));
        CHECK_THAT(r.err, Catch::Contains("  File \"/test/prog.py\", line 5, in boom\n"
                                          "    raise ValueError(\"boom\")\n"));
        CHECK_THAT(r.err, Catch::EndsWith("\nValueError: boom\n"));
        CHECK(r.err.find("Exception in thread", 1) == std::string::npos);
    }
}

TEST_CASE("threading: misuse raises CPython's errors", "[threading]") {
    expect_output(R"py(
import threading

t = threading.Thread(target=lambda: None)
for f in (t.join, lambda: threading.current_thread().join()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
for f in (t.start, lambda: setattr(t, "daemon", True)):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.join()

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
)py",
                  R"(
RuntimeError: cannot join thread before it is started
RuntimeError: cannot join current thread
RuntimeError: threads can only be started once
RuntimeError: cannot set daemon status of active thread
RuntimeError: thread.__init__() not called
)");
}
