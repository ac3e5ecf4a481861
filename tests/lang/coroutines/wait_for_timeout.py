# wait_for: a result in time, or TimeoutError after cancelling the awaitable.
import asyncio
import time


async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("slow(%s) cancelled" % n)
        raise


async def main():
    t0 = time.monotonic()
    print(await asyncio.wait_for(slow(0.1), timeout=1))
    try:
        await asyncio.wait_for(slow(5), timeout=0.2)
    except asyncio.TimeoutError:
        print("timed out after", round(time.monotonic() - t0, 1))
    try:
        await asyncio.wait_for(slow(1), timeout=0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(slow(0), timeout=None))


asyncio.run(main())
