# N downloads from a server 50 ms away, one after the other, then one thread each.
# Waiting for the network releases the interpreter lock, so the threads wait together.
import sim, sys, threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
LATENCY = 0.050   # one way


def download(i):
    s = sim.connect(latency=LATENCY, service=0.002)
    s.send(b"GET /file%d" % i)
    s.recv(1)
    # A little parsing, holding the lock.
    total = 0
    for k in range(2000):
        total += k
    s.close()


t0 = sim.now()
for i in range(N):
    download(i)
sequential = sim.now() - t0

threads = [threading.Thread(target=download, args=(i,), name=f"download-{i}") for i in range(N)]
t0 = sim.now()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = sim.now() - t0

sim.report("sequential", sequential)
sim.report("threaded", threaded)
sim.report("speedup", sequential / threaded)
print(f"{N} downloads: {sequential:.3f} s one after the other, {threaded:.3f} s with a thread each")
