# Task.cancel delivers CancelledError at the await where the task is suspended.
import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise
    finally:
        print("cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancel")
    return "finished anyway"


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print(t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, s.cancelled())
    early = asyncio.create_task(sleeper())
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it ran")
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
