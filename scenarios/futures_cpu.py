# CPU-bound work (Beazley's countdown) split into 4 calls, submitted to a
# ThreadPoolExecutor and to a ProcessPoolExecutor of 4 workers, on a 4-core machine.
# argv[1]: the total count.
import sim
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
K = 4


def countdown(n):
    while n > 0:
        n -= 1
    return n


t0 = sim.now()
countdown(N)
alone = sim.now() - t0

times = {}
for name, pool in (("threads", ThreadPoolExecutor), ("processes", ProcessPoolExecutor)):
    t0 = sim.now()
    with pool(max_workers=K) as ex:
        list(ex.map(countdown, [N // K] * K))
    times[name] = sim.now() - t0
    sim.report(name, times[name])
    sim.report(name + "_speedup", alone / times[name])
sim.report("alone", alone)
print(f"alone {alone:.3f} s, {K} threads {times['threads']:.3f} s, {K} processes {times['processes']:.3f} s")
