# An echo server answering a client on the same machine (1-byte messages; the client
# sends its next request as soon as it has the reply), first alone, then beside CPU-bound
# work: the convoy effect (bpo-7946, gil-facts §2 and §6).
# argv: [requests per phase, 40] [CPU-bound workers beside the server, 1]
#       [where they run: "thread" (default) or "process"]
import multiprocessing
import sim
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
IN_PROCESS = len(sys.argv) > 3 and sys.argv[3] == "process"
LATENCY = 0.000005  # one way: the client is on the same machine
stop = False
rates = {}


def serve(label):
    s = sim.serve(latency=LATENCY)
    t0 = sim.now()
    for i in range(N):
        s.recv(1)     # each call releases the lock ...
        s.send(b"x")  # ... and must get it back afterwards
    rates[label] = N / (sim.now() - t0)


def spin():
    while not stop:
        pass


def spin_forever(started):
    started.put(True)
    while True:
        pass


# The baseline: the server with nothing beside it.
alone = threading.Thread(target=serve, args=("alone",), name="alone")
alone.start()
alone.join()

# The same server beside the CPU-bound workers.
if IN_PROCESS:
    started = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=spin_forever, args=(started,), name=f"cpu-{i}")
               for i in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        started.get()  # measure once they compute (a process takes ~50 ms to start)
else:
    workers = [threading.Thread(target=spin, name="cpu" if i == 0 else f"cpu-{i}") for i in range(WORKERS)]
    for w in workers:
        w.start()
server = threading.Thread(target=serve, args=("beside",), name="server")
server.start()
server.join()
stop = True
for w in workers:
    if IN_PROCESS:
        w.terminate()
    w.join()

sim.report("rps_alone", rates["alone"])
sim.report("rps", rates["beside"])
sim.report("slowdown", rates["alone"] / rates["beside"])
beside = f"{WORKERS} CPU-bound {'process' if IN_PROCESS else 'thread'}{'es' if IN_PROCESS and WORKERS != 1 else ''}"
if not IN_PROCESS and WORKERS != 1:
    beside += "s"
print(f"{N} requests: {rates['alone']:,.0f}/s alone, {rates['beside']:,.0f}/s beside {beside}")
