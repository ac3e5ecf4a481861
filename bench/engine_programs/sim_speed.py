# Two CPU-bound threads under the lock for many simulated seconds: how fast the virtual
# engine simulates (simulated seconds per wall second). argv[1]: iterations per thread.
import sim, sys, threading
N = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000_000
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"simulated {sim.now():.3f} s")
