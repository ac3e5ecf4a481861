// Unit tests of the queue module (sim/modules/py/queue.py) and the random module
// (random_module.cpp): whole programs on the virtual engine. The queue programs print
// what CPython 3.11 prints for them (checked against python3.11) under every policy;
// random's sequences are gilsim's own, so its tests check determinism, ranges and
// CPython's error messages.
#include <catch2/catch.hpp>

#include "sim/modules/output_testing.hpp"

using gs::testing::expect_output;
using gs::testing::kPolicies;
using gs::testing::ProgramRun;
using gs::testing::run_python;

TEST_CASE("queue: producers and consumers with task_done and join", "[queue]") {
    expect_output(R"py(
import queue, threading, time

q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
def producer(base):
    for i in range(10):
        q.put(base + i)
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
for p in producers:
    p.start()
for p in producers:
    p.join()
q.join()
print(sorted(out) == sorted(2 * v for v in list(range(10)) + list(range(100, 110))))
print(q.unfinished_tasks, q.qsize(), q.empty())
for _ in consumers:
    q.put(None)
for c in consumers:
    c.join()

# A bounded queue makes the producer wait for the slow consumer.
bq = queue.Queue(maxsize=3)
log = []
sizes = []
def slow_consumer():
    while True:
        x = bq.get()
        sizes.append(bq.qsize())
        time.sleep(0.01)
        bq.task_done()
        if x is None:
            break
        log.append(x)
c = threading.Thread(target=slow_consumer)
c.start()
for i in range(10):
    bq.put(i)
bq.put(None)
bq.join()
c.join()
print(log, max(sizes) <= 3)
)py",
                  R"(
True
0 0 True
[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] True
)");
}

TEST_CASE("queue: Empty and Full, with and without timeouts", "[queue]") {
    expect_output(R"py(
import queue, time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full(), q.empty())
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
t0 = time.monotonic()
try:
    q.put(3, timeout=0.4)
except queue.Full:
    print("Full after", round(time.monotonic() - t0, 2))
try:
    q.put(3, block=False, timeout=-1)
except queue.Full:
    print("non-blocking put ignores the timeout")
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
t0 = time.monotonic()
try:
    q.get(timeout=0.3)
except queue.Empty:
    print("Empty after", round(time.monotonic() - t0, 2))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
unbounded = queue.Queue()
unbounded.put(1, timeout=-5)
print("an unbounded put never checks its timeout", unbounded.get())
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception))
)py",
                  R"(
2 False True
True 2
Full Full()
Full after 0.4
non-blocking put ignores the timeout
ValueError: 'timeout' must be a non-negative number
1 2
Empty Empty()
Empty after 0.3
ValueError: 'timeout' must be a non-negative number
ValueError: task_done() called too many times
an unbounded put never checks its timeout 1
<class '_queue.Empty'> <class 'queue.Full'> <class '_queue.SimpleQueue'> <class 'queue.Queue'>
True True
)");
}

TEST_CASE("queue: a get blocks until another thread puts", "[queue]") {
    expect_output(R"py(
import queue, threading, time

q = queue.Queue()
def later():
    time.sleep(0.3)
    q.put("late")
t0 = time.monotonic()
threading.Thread(target=later).start()
print(q.get(timeout=5), round(time.monotonic() - t0, 1))
sq = queue.SimpleQueue()
t0 = time.monotonic()
threading.Thread(target=lambda: (time.sleep(0.2), sq.put("simple"))).start()
print(sq.get(), round(time.monotonic() - t0, 1))
)py",
                  R"(
late 0.3
simple 0.2
)");
}

TEST_CASE("queue: LifoQueue and PriorityQueue order", "[queue]") {
    expect_output(R"py(
import queue

lq = queue.LifoQueue()
for i in [3, 1, 4, 1, 5]:
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "aa"), (5, "e"), (2, "b"), (9, "z"), (0, "y")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

# Items that compare equal come out in heapq's order, as in CPython.
class Job:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
pq = queue.PriorityQueue()
for i, p in enumerate([2, 1, 2, 1, 3, 2, 1, 2, 3, 1]):
    pq.put(Job(p, "j%d" % i))
print([pq.get().name for _ in range(10)])

class FifoByList(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
mq = FifoByList()
for i in range(3):
    mq.put(i)
print([mq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(timeout=0.2)
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=-0.2)
except ValueError as e:
    print("ValueError:", e)
)py",
                  R"(
[5, 1, 4, 1, 3]
[(0, 'y'), (1, 'a'), (1, 'aa'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (9, 'z')]
['j1', 'j6', 'j3', 'j9', 'j2', 'j5', 'j0', 'j7', 'j8', 'j4']
[2, 1, 0]
3 False 1 2 3 True
Empty
ValueError: 'timeout' must be a non-negative number
)");
}

// Many threads on one bounded queue, over several seeds (each seed moves the wake-ups).
// This once found a lost wake-up in the virtual engine (a notify landing between a
// thread joining a wait list and blocking): see VThread::pending_wake_seq.
TEST_CASE("queue: six producers and five consumers on a bounded queue", "[queue]") {
    const char* src = R"py(
import queue, threading
q = queue.Queue(maxsize=4)
total = [0]
mu = threading.Lock()
cond = threading.Condition()
done = [0]
def producer(k):
    for i in range(200):
        q.put(k * 1000 + i)
    with cond:
        with cond:
            done[0] += 1
            cond.notify_all()
def consumer():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        with mu:
            total[0] += x
        q.task_done()
ps = [threading.Thread(target=producer, args=(k,)) for k in range(6)]
cs = [threading.Thread(target=consumer) for _ in range(5)]
for t in ps + cs:
    t.start()
with cond:
    cond.wait_for(lambda: done[0] == 6)
q.join()
for _ in cs:
    q.put(None)
for t in ps + cs:
    t.join()
print(total[0])
)py";
    for (const char* policy : kPolicies)
        for (uint64_t seed = 1; seed <= 4; seed++) {
            INFO("policy " << policy << ", seed " << seed);
            ProgramRun r = run_python(src, policy, seed);
            CHECK(r.result.error == "");
            CHECK(r.out == "3119400\n");
        }
}

// ---- random -----------------------------------------------------------------------------

namespace {

const char* kRandomSequence = R"py(
import random
print(random.random(), random.randint(1, 1000), random.choice("abcdefgh"))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 3), random.gauss(0, 1))
r = random.Random()
print(r.random())
)py";

}  // namespace

TEST_CASE("random: the run's seed decides the sequence", "[random]") {
    ProgramRun a = run_python(kRandomSequence, "py3", 7);
    ProgramRun b = run_python(kRandomSequence, "py3", 7);
    ProgramRun c = run_python(kRandomSequence, "py3", 8);
    REQUIRE(a.exit_code == 0);
    REQUIRE(a.err == "");
    CHECK(a.out == b.out);
    CHECK(a.out != c.out);
    // The lock policy changes the timeline, never the numbers.
    CHECK(run_python(kRandomSequence, "py2", 7).out == a.out);
}

TEST_CASE("random: seed(), Random instances and getstate repeat sequences", "[random]") {
    ProgramRun r = run_python(R"py(
import random
random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
print(a == [random.random() for _ in range(5)], all(0.0 <= x < 1.0 for x in a), len(set(a)))
random.seed(5); x = random.random()
random.seed(-5); y = random.random()
random.seed(5.0); z = random.random()
print(x == y == z)
random.seed("abc"); s1 = random.random()
random.seed("abd"); s2 = random.random()
print(s1 != s2)
state = random.getstate()
v1 = [random.randint(1, 100) for _ in range(10)]
random.setstate(state)
print(v1 == [random.randint(1, 100) for _ in range(10)])
r1, r2, r3 = random.Random(7), random.Random(7), random.Random(8)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.random() != r3.random())
print(random.Random().random() != random.Random().random())
random.seed()
n1 = random.random()
random.seed()
print(n1 != random.random(), isinstance(r1, random.Random))
)py");
    CHECK(r.err == "");
    CHECK(r.out == "True True 5\nTrue\nTrue\nTrue\nTrue True\nTrue\nTrue True\n");
}

TEST_CASE("random: values stay in their ranges, distributions are plausible", "[random]") {
    ProgramRun r = run_python(R"py(
import random
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(all(850 < c < 1150 for c in counts))
print(sorted(set(random.randrange(0, 20, 5) for _ in range(200))))
print(sorted(set(random.randrange(10, 0, -3) for _ in range(200))))
vals = set(random.randrange(-5, 5) for _ in range(500))
print(min(vals), max(vals), len(vals))
big = random.randrange(-2**62, 2**62)
print(-2**62 <= big < 2**62)
items = list(range(20))
random.shuffle(items)
print(sorted(items) == list(range(20)), items != list(range(20)))
s = random.sample(range(1000), 10)
print(len(set(s)), all(0 <= v < 1000 for v in s), sorted(random.sample("abcdef", 6)))
print(sorted(random.sample(["a", "b"], 5, counts=[2, 3])))
print(set(random.choices(["x", "y", "z"], weights=[0, 1, 0], k=20)))
print(set(random.choices(["x", "y", "z"], cum_weights=[0, 0, 5], k=20)))
print(400 < random.choices("ab", k=1000).count("a") < 600)
g = [random.gauss(10, 2) for _ in range(20000)]
m = sum(g) / len(g)
print(round(m), round((sum((v - m) ** 2 for v in g) / len(g)) ** 0.5))
g = [random.normalvariate(-3, 0.5) for _ in range(20000)]
m = sum(g) / len(g)
print(round(m), round((sum((v - m) ** 2 for v in g) / len(g)) ** 0.5, 1))
e = [random.expovariate(4) for _ in range(20000)]
print(round(sum(e) / len(e), 2), min(e) >= 0)
u = [random.uniform(2, 3) for _ in range(1000)]
print(2 <= min(u), max(u) <= 3)
print(random.getrandbits(0), random.getrandbits(4) < 16, len(random.randbytes(10)))
)py");
    CHECK(r.err == "");
    CHECK(r.out ==
          "True\n[0, 5, 10, 15]\n[1, 4, 7, 10]\n-5 4 10\nTrue\nTrue True\n10 True ['a', 'b', 'c', 'd', 'e', 'f']\n"
          "['a', 'a', 'b', 'b', 'b']\n{'y'}\n{'z'}\nTrue\n10 2\n-3 0.5\n0.25 True\nTrue True\n0 True 10\n");
}

TEST_CASE("random: errors are CPython's", "[random]") {
    // Checked against python3.11 (which also prints a DeprecationWarning for 5.0).
    ProgramRun r = run_python(R"py(
import random
def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(random.randrange, 0)
attempt(random.randrange, 5, 2)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 10, 1, 2)
attempt(random.randrange, 10, step=2)
attempt(random.randrange, 1.5)
attempt(random.randrange, 5.0)
attempt(random.randrange, 1, 2.5)
attempt(random.randrange, 1, 5, 1.5)
attempt(random.randrange)
attempt(random.randint, 1)
attempt(random.randint, 5, 1)
attempt(random.choice, [])
attempt(random.choice, {})
attempt(random.sample, [1, 2], 3)
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 1, counts=[1])
attempt(random.choices, [1, 2], 3)
attempt(random.choices, [1, 2], [1], k=3)
attempt(random.choices, [1, 2], [0, 0])
attempt(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt(random.shuffle, (1, 2))
attempt(random.getrandbits, -1)
attempt(random.expovariate, 0)
attempt(random.seed, [1])
attempt(random.random, 1)
attempt(random.Random, 1, 2)
)py");
    CHECK(r.err == "");
    CHECK(r.out == R"(ValueError: empty range for randrange()
ValueError: empty range for randrange() (5, 2, -3)
ValueError: zero step for randrange()
ValueError: empty range for randrange()
TypeError: Missing a non-None stop argument
ValueError: non-integer arg 1 for randrange()
ok
ValueError: non-integer stop for randrange()
ValueError: non-integer step for randrange()
TypeError: Random.randrange() missing 1 required positional argument: 'start'
TypeError: Random.randint() missing 1 required positional argument: 'b'
ValueError: empty range for randrange() (5, 2, -3)
IndexError: Cannot choose from an empty sequence
IndexError: Cannot choose from an empty sequence
ValueError: Sample larger than population or is negative
TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
ValueError: The number of counts does not match the population
TypeError: The number of choices must be a keyword argument: k=3
ValueError: The number of weights does not match the population
ValueError: Total of weights must be greater than zero
TypeError: Cannot specify both weights and cumulative weights
TypeError: 'tuple' object does not support item assignment
ValueError: number of bits must be non-negative
ZeroDivisionError: float division by zero
TypeError: The only supported seed types are: None,
int, float, str, bytes, and bytearray.
TypeError: Random.random() takes no arguments (1 given)
TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
)");
}
