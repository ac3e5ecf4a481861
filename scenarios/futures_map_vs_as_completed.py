# Five calls on a thread pool, the first one slow (1 s), the others fast (0.1 s), each
# waiting on I/O. executor.map yields the results in the order of the calls, so the
# caller gets nothing until the slow first one is done -- even though the fast ones
# finished long before. as_completed yields each future as it completes: the fast
# results arrive at once, the slow one last.
import sim
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS = [1.0, 0.1, 0.1, 0.1, 0.1]


def fetch(i):
    sim.io(DELAYS[i])
    return i


with ThreadPoolExecutor(max_workers=5) as ex:
    t0 = sim.now()
    got = []
    for r in ex.map(fetch, range(5)):
        got.append((r, sim.now() - t0))
    print("map:         ", ", ".join(f"#{r} at {t:.2f} s" for r, t in got))
    sim.report("map_first", got[0][1])            # the slow call's result comes first
    sim.report("map_fast_last", max(t for r, t in got if r != 0))
    sim.report("map_total", got[-1][1])

with ThreadPoolExecutor(max_workers=5) as ex:
    t0 = sim.now()
    futs = {ex.submit(fetch, i): i for i in range(5)}
    got = []
    for f in as_completed(futs):
        got.append((f.result(), sim.now() - t0))
    print("as_completed:", ", ".join(f"#{r} at {t:.2f} s" for r, t in got))
    sim.report("as_completed_first", got[0][1])
    sim.report("as_completed_fast_last", max(t for r, t in got if r != 0))
    sim.report("as_completed_slow_position", [r for r, t in got].index(0) + 1)
    sim.report("as_completed_total", got[-1][1])
