# Four threads sleep 100 ms each while a CPU-bound thread counts down. time.sleep
# releases the interpreter lock: the sleeps overlap each other and the counting.
import sim, threading, time


def sleeper():
    time.sleep(0.1)


def countdown(n):
    while n > 0:
        n -= 1


cpu = threading.Thread(target=countdown, args=(400_000,), name="counter")
sleepers = [threading.Thread(target=sleeper, name=f"sleeper-{i}") for i in range(4)]
t0 = sim.now()
cpu.start()
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
slept = sim.now() - t0
cpu.join()
sim.report("sleepers_done", slept)
print(f"4 sleeps of 100 ms took {slept * 1000:.0f} ms together")
