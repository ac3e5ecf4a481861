# N downloads as gevent greenlets, all on the one OS thread of the main thread. A greenlet
# that waits for the network lets the others run; the OS thread blocks (and releases the
# interpreter lock) only when every greenlet waits. argv[1]: the number of greenlets.
import gevent
import sim
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
LATENCY = 0.050   # one way
done = 0


def download(i):
    global done
    s = sim.connect(latency=LATENCY, service=0.002)
    s.send(b"GET /file%d" % i)
    s.recv(1)
    s.close()
    done += 1


# One download alone: what each of them costs when nothing overlaps.
t0 = sim.now()
download(-1)
one = sim.now() - t0
done = 0

t0 = sim.now()
greenlets = [gevent.spawn(download, i) for i in range(N)]
gevent.joinall(greenlets)
together = sim.now() - t0

sim.report("one", one)
sim.report("all", together)
sim.report("done", done)
sim.report("speedup", N * one / together)
sim.report("os_threads", threading.active_count())
print(f"{done:,} downloads by greenlets on {threading.active_count()} OS thread: {together:.3f} s "
      f"(one alone takes {one * 1000:.0f} ms; one after the other: {N * one / 60:.0f} min)")
