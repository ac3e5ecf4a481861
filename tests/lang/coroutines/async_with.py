# async with awaits __aenter__ and __aexit__.
class Conn:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("connect", self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        print("disconnect", self.name, et.__name__ if et else None)
        return et is KeyError


async def main():
    async with Conn("a") as c, Conn("b") as d:
        print("using", c.name, d.name)
    async with Conn("c"):
        raise KeyError("swallowed")
    print("after swallow")
    try:
        async with Conn("d"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Conn("loop%d" % i):
            if i == 1:
                break
    return "done"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
