# Beazley's countdown (PyCon 2010), the same total work done by 1, 2 and 4 threads.
# Reports each time and its ratio to one thread's: with a lock that serializes the
# threads, more threads cannot go faster; the old lock on several cores goes slower.
import sim, sys, threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400_000


def countdown(n):
    while n > 0:
        n -= 1


def timed(k):
    threads = [threading.Thread(target=countdown, args=(N // k,), name=f"count{k}-{i}") for i in range(k)]
    t0 = sim.now()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sim.now() - t0


t1 = timed(1)
t2 = timed(2)
t4 = timed(4)
sim.report("t1", t1)
sim.report("t2", t2)
sim.report("t4", t4)
sim.report("ratio2", t2 / t1)
sim.report("ratio4", t4 / t1)
print(f"1 thread {t1:.4f} s, 2 threads {t2:.4f} s ({t2 / t1:.2f}x), 4 threads {t4:.4f} s ({t4 / t1:.2f}x)")
