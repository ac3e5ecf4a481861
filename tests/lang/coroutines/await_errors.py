# What cannot be awaited, and coroutine misuse.
async def nothing():
    return 1


async def await_int():
    await 5


async def await_gen():
    def g():
        yield
    await g()


class BadAwait:
    def __await__(self):
        return 42


async def await_bad():
    await BadAwait()


for f in (await_int, await_gen, await_bad):
    try:
        f().send(None)
    except TypeError as e:
        print("TypeError:", e)
c = nothing()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()
pending = nothing()
def gen():
    yield from pending
try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)
pending.close()
async def twice(c):
    await c
inner = nothing()
print(inner.send(None) if False else "skip")
try:
    twice(inner).send(None)
except StopIteration as e:
    print("first await ok", e.value)
try:
    twice(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
