# throw() and close() reach the innermost awaiting coroutine.
class Suspend:
    def __await__(self):
        yield "suspended"


async def inner():
    try:
        await Suspend()
    except KeyError as e:
        print("inner caught", e)
        return "recovered"
    finally:
        print("inner finally")


async def outer():
    r = await inner()
    print("outer got", r)
    await Suspend()


c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
c.close()
print("closed", c.cr_await)
c2 = outer()
c2.send(None)
print(type(c2.cr_await).__name__)
try:
    c2.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
