# An exception in an awaited coroutine: the traceback goes through each await.
class Step:
    def __await__(self):
        yield


async def leaf(x):
    await Step()
    return 10 // x


async def branch(x):
    return await leaf(x)


c = branch(0)
c.send(None)
c.send(None)
