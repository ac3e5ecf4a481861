# Cancelling work. An asyncio task is cancelled at the await it is suspended in: the
# CancelledError is raised there, its finally blocks run, and whoever awaits it gets
# CancelledError. wait_for cancels its task when the timeout passes and raises
# TimeoutError. A concurrent.futures Future, on the other hand, can only be cancelled
# before it starts: a call already running in a worker thread cannot be interrupted.
import asyncio
import sim
import time
from concurrent.futures import ThreadPoolExecutor

cleanup = []


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)       # the network wait
        return name
    except asyncio.CancelledError:
        cleanup.append((name, sim.now()))  # delivered here, at the await
        raise
    finally:
        pass                               # e.g. close the connection


async def main():
    t0 = sim.now()
    task = asyncio.create_task(download("big-file", 10.0), name="big-file")
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"big-file cancelled after {sim.now() - t0:.2f} s: {task.cancelled()}")
    sim.report("cancelled_after", sim.now() - t0)
    sim.report("task_cancelled", int(task.cancelled()))

    t1 = sim.now()
    try:
        await asyncio.wait_for(download("slow-file", 5.0), timeout=0.2)
    except TimeoutError:
        print(f"slow-file timed out after {sim.now() - t1:.2f} s")
    sim.report("timeout_after", sim.now() - t1)
    sim.report("cleanups", len(cleanup))


asyncio.run(main())


# concurrent.futures: one worker; the first call runs, the second waits in the queue.
def job(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=1) as ex:
    t0 = sim.now()
    running = ex.submit(job, 0.5)
    queued = ex.submit(job, 0.5)
    time.sleep(0.05)                       # the first call has started
    ok_running, ok_queued = running.cancel(), queued.cancel()
    print(f"cancel running: {ok_running}, cancel queued: {ok_queued}")
    print(f"running call still finished: {running.result()}")
    sim.report("cancel_running", int(ok_running))
    sim.report("cancel_queued", int(ok_queued))
    sim.report("pool_elapsed", sim.now() - t0)
