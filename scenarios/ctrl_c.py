# Ctrl-C while a worker thread computes: the main thread either joins the worker (argv[1]
# = "join") or polls it with short waits ("poll"). The user presses Ctrl-C 0.2 s after
# the worker starts (sim.interrupt).
import sim
import sys
import threading

MODE = sys.argv[1] if len(sys.argv) > 1 else "join"


def count(n):
    while n > 0:
        n -= 1
    sim.report("worker_done", sim.now() - start)


start = sim.now()
worker = threading.Thread(target=count, args=(3_000_000,), name="worker", daemon=True)
worker.start()
sim.interrupt(0.2)
pressed = sim.now() + 0.2
try:
    if MODE == "poll":
        while worker.is_alive():
            sim.io(0.05)
    else:
        worker.join()
    print("the worker finished first")
except KeyboardInterrupt:
    sim.report("reaction", sim.now() - pressed)
    print(f"KeyboardInterrupt {(sim.now() - pressed) * 1000:.1f} ms after Ctrl-C")
