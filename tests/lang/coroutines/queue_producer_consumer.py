# asyncio.Queue: producers and consumers with backpressure and join().
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put("%s%d" % (name, i))
        print("put", name, i, q.qsize())
    print("producer", name, "done")


async def consumer(q, name):
    while True:
        item = await q.get()
        # Sleeps of different lengths: with equal ones, which consumer's timer fires first
        # would hang on microseconds (CPython's select latency, gilsim's instruction costs).
        await asyncio.sleep(0.010 if name == "c0" else 0.035)
        print(name, "got", item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, "c%d" % i)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 4), producer(q, "r", 2))
    await q.join()
    print("all processed", q.empty())
    for c in consumers:
        c.cancel()
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait(1)
    try:
        q3.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q3.full())


asyncio.run(main())
