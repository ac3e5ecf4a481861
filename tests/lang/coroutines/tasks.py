# create_task runs coroutines concurrently; tasks are futures.
import asyncio


async def job(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n


async def main():
    t1 = asyncio.create_task(job("a", 3))
    t2 = asyncio.create_task(job("b", 2), name="second")
    print(t1.done(), t2.get_name())
    print(await t1, await t2)
    print(t1.done(), t1.result(), t2.cancelled())
    t3 = asyncio.ensure_future(job("c", 1))
    await asyncio.sleep(0.01)
    print(t3.done(), t3.result())
    print(asyncio.current_task() is not None)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.05, fut.set_result, "late")
    print(await fut)
    f2 = asyncio.Future()
    f2.add_done_callback(lambda f: print("callback", f.result()))
    f2.set_result(5)
    await asyncio.sleep(0)
    try:
        f2.set_result(6)
    except asyncio.InvalidStateError:
        print("InvalidStateError")


asyncio.run(main())
