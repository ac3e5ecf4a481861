# asyncio.Lock, Event and Semaphore suspend tasks instead of threads.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append("enter %d" % i)
            await asyncio.sleep(0.01)
            order.append("leave %d" % i)

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    print(lock.locked())

    event = asyncio.Event()

    async def waiter(i):
        print("waiter", i, "waiting")
        await event.wait()
        print("waiter", i, "released")

    tasks = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0.1)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.05)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", max(peak))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
