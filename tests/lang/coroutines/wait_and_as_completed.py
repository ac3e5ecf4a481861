# asyncio.wait with return_when, and as_completed in completion order.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError("failed")


async def main():
    tasks = [asyncio.create_task(value(i, d)) for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t1 = asyncio.create_task(failing(0.1))
    t2 = asyncio.create_task(value("x", 0.5))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(t1.exception()).__name__)
    done, pending = await asyncio.wait([t2], timeout=0.1)
    print(len(done), len(pending))
    ordered = [asyncio.create_task(value(c, d)) for c, d in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]
    for aw in asyncio.as_completed(ordered):
        print("as_completed", await aw)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
