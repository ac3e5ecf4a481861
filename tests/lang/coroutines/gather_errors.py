# gather: the first exception propagates, or all are returned with return_exceptions.
import asyncio


async def ok(v):
    await asyncio.sleep(0.1)
    return v


async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(ok(1), bad("b", 0.2), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad("first", 0.05), bad("second", 0.1))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.2)
    r = await asyncio.gather(*[ok(i) for i in range(5)])
    print(r)


asyncio.run(main())
