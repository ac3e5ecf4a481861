# The same CPU-bound work (Beazley's countdown) split among 1, 2 and 4 workers, as
# threads and then as processes. Threads share one interpreter lock, so only one counts
# at a time; each process has its own interpreter and lock, so they count in parallel
# on separate cores, at the price of starting a process. argv[1]: the total count.
import multiprocessing
import sim
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4_000_000


def countdown(n):
    while n > 0:
        n -= 1


def timed(make, k):
    workers = [make(target=countdown, args=(N // k,), name=f"{kind}{k}-{i}") for i in range(k)]
    t0 = sim.now()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sim.now() - t0


times = {}
for kind, make in (("thread", threading.Thread), ("process", multiprocessing.Process)):
    for k in (1, 2, 4):
        times[kind, k] = timed(make, k)
        sim.report(f"{kind}{'es' if kind == 'process' else 's'}{k}", times[kind, k])
base = times["thread", 1]
sim.report("process_overhead", times["process", 1] - base)  # starting a process
for kind in ("thread", "process"):
    for k in (2, 4):
        sim.report(f"{kind}_speedup{k}", base / times[kind, k])
for kind in ("thread", "process"):
    print(f"{kind}es:" if kind == "process" else f"{kind}s:  ",
          ", ".join(f"{k} x {times[kind, k]:.3f} s" for k in (1, 2, 4)))
