# A C extension computing for 200 ms beside a heartbeat thread that wants to run every
# 10 ms. If the extension holds the interpreter lock (as most do unless written with
# Py_BEGIN_ALLOW_THREADS), nothing else runs meanwhile; if it releases it, the heartbeat
# keeps its rhythm. argv[1]: "hold" or "release".
import sim, sys, threading, time

release = len(sys.argv) > 1 and sys.argv[1] == "release"
done = False


def heartbeat():
    worst = 0.0
    beats = 0
    while not done:
        t = sim.now()
        time.sleep(0.010)
        late = sim.now() - t - 0.010
        worst = max(worst, late)
        beats += 1
    sim.report("worst_delay", worst)
    sim.report("beats", beats)


def compute():
    sim.cpu(0.200, release_gil=release)


hb = threading.Thread(target=heartbeat, name="heartbeat")
worker = threading.Thread(target=compute, name="extension")
hb.start()
time.sleep(0.025)
worker.start()
worker.join()
time.sleep(0.025)
done = True
hb.join()
