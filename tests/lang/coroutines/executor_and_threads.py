# run_in_executor and to_thread run blocking calls on threads while the loop goes on.
import asyncio
import concurrent.futures
import time


def blocking(n):
    time.sleep(n)
    return n * 10


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    r, _ = await asyncio.gather(loop.run_in_executor(None, blocking, 0.25), ticker())
    print("executor result", r, round(time.monotonic() - t0, 1))
    print(await asyncio.to_thread(blocking, 0.1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, d) for d in (0.2, 0.1)))
    print(rs, round(time.monotonic() - t0, 1))


asyncio.run(main())
