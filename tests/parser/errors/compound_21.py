async def f():
    pass
async with x
