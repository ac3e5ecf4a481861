# An echo client doing request/response round trips with a local server, first alone,
# then beside a CPU-bound thread: the convoy effect (bpo-7946, gil-facts §2 and §6).
# argv[1]: the number of round trips in each phase.
import sim
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40
LATENCY = 0.000005  # one way: client and server on the same machine
stop = False
rates = {}


def round_trips(label):
    s = sim.connect(latency=LATENCY)
    t0 = sim.now()
    for i in range(N):
        s.send(b"x")
        s.recv(1)
    rates[label] = N / (sim.now() - t0)


def spin():
    while not stop:
        pass


alone = threading.Thread(target=round_trips, args=("alone",), name="alone")
alone.start()
alone.join()

cpu = threading.Thread(target=spin, name="cpu")
client = threading.Thread(target=round_trips, args=("beside",), name="client")
cpu.start()
client.start()
client.join()
stop = True
cpu.join()

sim.report("rps_alone", rates["alone"])
sim.report("rps", rates["beside"])
sim.report("slowdown", rates["alone"] / rates["beside"])
print(f"{N} round trips: {rates['alone']:,.0f}/s alone, {rates['beside']:,.0f}/s beside a CPU-bound thread")
