# Two CPU-bound threads and an interactive one that sleeps 10 ms and then wants to run
# for a moment, argv[1] times. How late it wakes up is set by how long a CPU-bound thread may
# keep the lock once someone waits: CPython's 5 ms switch interval, Ruby's 100 ms quantum.
import sim, sys, threading, time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
stop = False


def spin():
    while not stop:
        pass


def interactive():
    worst = 0.0
    total = 0.0
    for i in range(ROUNDS):
        t = sim.now()
        time.sleep(0.010)
        late = sim.now() - t - 0.010
        worst = max(worst, late)
        total += late
    sim.report("worst_delay", worst)
    sim.report("mean_delay", total / ROUNDS)


cpus = [threading.Thread(target=spin, name=f"cpu-{i}") for i in range(2)]
ui = threading.Thread(target=interactive, name="interactive")
for t in cpus:
    t.start()
ui.start()
ui.join()
stop = True
for t in cpus:
    t.join()
