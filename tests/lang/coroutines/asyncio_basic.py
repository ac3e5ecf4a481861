# asyncio.run, sleep on the simulated clock, and gather.
import asyncio
import time


async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    start = time.monotonic()
    print(await say("first", 0.1))
    results = await asyncio.gather(say("slow", 0.3), say("fast", 0.1), say("mid", 0.2))
    print(results)
    print(round(time.monotonic() - start, 1))
    print(await asyncio.gather())
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(say("again", 0)))
