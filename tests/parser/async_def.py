async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
    else:
        pass
    return await h
@dec
async def g(): pass
