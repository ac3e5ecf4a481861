# The flag download of Fluent Python (ch. 20-21): N country flags from a server 50 ms
# away, four ways. argv: MODE N [WORKERS]
#   sequential  one after the other: N round trips
#   threads     concurrent.futures.ThreadPoolExecutor: each download waits for the
#               network with the interpreter lock released, so they overlap
#   asyncio     one thread, one task per flag; asyncio.sleep stands in for the network
#               wait (gilsim's asyncio has no awaitable sockets: sim.connect blocks the
#               thread, which would freeze the loop)
#   processes   concurrent.futures.ProcessPoolExecutor: overlaps too, but each worker
#               is a whole interpreter that takes ~50 ms to start
import sim
import sys

MODE = sys.argv[1] if len(sys.argv) > 1 else "sequential"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20
WORKERS = int(sys.argv[3]) if len(sys.argv) > 3 else N
LATENCY = 0.050    # one way: a round trip is 2 x 50 ms + 2 ms of service
SERVICE = 0.002
ROUND_TRIP = 0.102
CC = "AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BF BG BH BI BJ BN BO BR BS BT BW".split()


def save(cc, image):
    # Writing the file: a little work holding the lock.
    total = 0
    for b in image:
        total += b
    return len(image)


def get_flag(cc):
    with sim.connect(latency=LATENCY, service=SERVICE) as s:
        s.send(b"GET /flags/" + cc.encode())
        s.recv(1)
    return bytes(200)


def download_one(cc):
    return save(cc, get_flag(cc))


async def download_one_async(cc):
    import asyncio
    await asyncio.sleep(ROUND_TRIP)    # the round trip, awaited
    return save(cc, bytes(200))


def main():
    codes = CC[:N]
    t0 = sim.now()
    if MODE == "sequential":
        sizes = [download_one(cc) for cc in codes]
    elif MODE == "threads":
        from concurrent import futures
        with futures.ThreadPoolExecutor(max_workers=WORKERS) as ex:
            sizes = list(ex.map(download_one, codes))
    elif MODE == "processes":
        from concurrent import futures
        with futures.ProcessPoolExecutor(max_workers=WORKERS) as ex:
            sizes = list(ex.map(download_one, codes))
    elif MODE == "asyncio":
        import asyncio

        async def supervisor():
            tasks = [asyncio.create_task(download_one_async(cc), name="flag-" + cc) for cc in codes]
            return await asyncio.gather(*tasks)
        sizes = asyncio.run(supervisor())
    else:
        raise SystemExit("unknown mode " + MODE)
    elapsed = sim.now() - t0
    one = ROUND_TRIP
    sim.report("elapsed", elapsed)
    sim.report("flags", len(sizes))
    # How many round trips' worth of time it took: N one after the other, 1 if all overlap.
    sim.report("round_trips", elapsed / one)
    print(f"{len(sizes)} flags downloaded ({MODE}) in {elapsed:.3f} s")


main()
