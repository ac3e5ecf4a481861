# The older loop API: get_event_loop().run_until_complete, call_soon, call_later.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(21)))
loop.call_soon(print, "soon 1")
loop.call_later(0.2, print, "later")
loop.call_soon(print, "soon 2")
h = loop.call_later(0.1, print, "never")
h.cancel()
print(loop.run_until_complete(asyncio.sleep(0.3, "slept")))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
async def nested():
    c = compute(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
asyncio.run(nested())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
