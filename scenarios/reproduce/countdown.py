# The countdown of the published measurements (gil-facts §6): `while n > 0: n -= 1`,
# first in the main thread alone ("sequential"), then split among K threads for each K
# asked for. The simulated count is a fraction of the published one (a run of the whole
# 100,000,000 would take minutes of real time); the lock's behaviour repeats every few
# microseconds, so the ratios do not depend on the length, and each time is also
# reported scaled up to the published count (metrics.full_*), comparable with the
# published seconds.
# argv: [simulated count, 1,000,000] [published count, 100,000,000] [thread counts, "2,4"]
import sim, sys, threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
FULL = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000_000
KS = [int(k) for k in (sys.argv[3] if len(sys.argv) > 3 else "2,4").split(",")]
SCALE = FULL / N


def countdown(n):
    while n > 0:
        n -= 1


def threaded(k):
    threads = [threading.Thread(target=countdown, args=(N // k,), name=f"count{k}-{i}") for i in range(k)]
    t0 = sim.now()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sim.now() - t0


t0 = sim.now()
countdown(N)
seq = sim.now() - t0
sim.report("seq", seq)
sim.report("full_seq", seq * SCALE)
line = [f"sequential {seq * SCALE:.2f} s"]
for k in KS:
    t = threaded(k)
    sim.report(f"t{k}", t)
    sim.report(f"full_t{k}", t * SCALE)
    sim.report(f"ratio{k}", t / seq)
    line.append(f"{k} threads {t * SCALE:.2f} s ({t / seq:.2f}x)")
print(f"countdown of {FULL:,} (simulated {N:,}, times scaled up): " + ", ".join(line))
