async def f():
    x = await a
    y = await a.b()
    z = await a ** 2
    w = -await a
    v = [await x for x in y]
    return (await a)
