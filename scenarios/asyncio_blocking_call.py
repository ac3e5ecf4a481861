# A heartbeat task that wants to tick every 100 ms, beside a coroutine that does 1 s of
# work three ways: time.sleep (a blocking call), a CPU-bound loop, and the same sleep
# moved off the loop with asyncio.to_thread. The loop runs one task at a time on one
# thread: while a coroutine blocks or computes without awaiting, nothing else on the
# loop runs -- the heartbeat is late by the whole second. to_thread runs the blocking call
# in a worker thread (which releases the lock while it sleeps), and the loop stays free.
import asyncio
import sim
import time

TICK = 0.1


async def heartbeat(lateness):
    while True:
        t = sim.now()
        await asyncio.sleep(TICK)
        lateness.append(sim.now() - t - TICK)


def spin(seconds):
    # Pure Python computation for about `seconds` (no await inside).
    t0 = sim.now()
    n = 0
    while sim.now() - t0 < seconds:
        for _ in range(1000):
            n += 1
    return n


async def work(how):
    await asyncio.sleep(0.25)              # a few ticks first
    if how == "sleep":
        time.sleep(1.0)                    # blocks the thread, and so the loop
    elif how == "cpu":
        spin(1.0)                          # never awaits: the loop cannot switch
    else:
        await asyncio.to_thread(time.sleep, 1.0)   # the loop keeps running
    await asyncio.sleep(0.25)


async def phase(how):
    lateness = []
    beat = asyncio.create_task(heartbeat(lateness), name="heartbeat-" + how)
    await asyncio.create_task(work(how), name="work-" + how)
    beat.cancel()
    late = max(lateness)
    sim.report("late_" + how, late)
    print(f"{how:9}: heartbeat at most {late * 1000:.0f} ms late")


async def main():
    for how in ("sleep", "cpu", "to_thread"):
        await phase(how)


asyncio.run(main())
