# 100,000 greenlets on one OS thread, each sleeping three times (issue 3: peak RSS
# at most 1 GB). argv[1]: how many.
import gevent, sim, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
done = [0]
def worker(i):
    for k in range(3):
        gevent.sleep(0.01 * (1 + i % 5))
    done[0] += 1
t0 = sim.now()
gs = [gevent.spawn(worker, i) for i in range(N)]
gevent.joinall(gs)
print(done[0], "greenlets done in", round(sim.now() - t0, 3), "simulated s")
