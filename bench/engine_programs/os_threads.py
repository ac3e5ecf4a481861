# 1,000 simulated OS threads in one virtual run, each doing I/O, a little CPU work and
# taking a lock. argv[1]: how many.
import threading, sim, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
done = [0]
mu = threading.Lock()
def worker(i):
    sim.io(0.01)
    n = 100
    while n > 0:
        n -= 1
    with mu:
        done[0] += 1
ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(done[0], "threads done at", round(sim.now(), 3))
