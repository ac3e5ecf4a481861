# A coroutine that calls time.sleep blocks the whole loop; asyncio.sleep does not.
import asyncio
import time

start = time.monotonic()


def stamp(msg):
    print("%.1f %s" % (time.monotonic() - start, msg))


async def polite():
    for i in range(3):
        stamp("polite %d" % i)
        await asyncio.sleep(0.1)


async def rude():
    await asyncio.sleep(0.05)
    stamp("rude blocks")
    time.sleep(0.5)
    stamp("rude done")


async def main():
    await asyncio.gather(polite(), rude())


asyncio.run(main())
