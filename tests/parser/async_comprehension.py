async def f():
    a = [x async for x in y]
    b = {x: 1 async for x in y}
    c = [await x for x in y]
    d = (x async for x in y if await x)
