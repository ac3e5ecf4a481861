# Coroutines driven by hand with send(): await delegates to __await__.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield self
        return reply


async def fetch(what):
    reply = await Request(what)
    return "%s=%s" % (what, reply)


async def main():
    a = await fetch("a")
    b = await fetch("b")
    return [a, b]


coro = main()
print(type(coro).__name__, coro.__name__, coro.cr_running)
req = coro.send(None)
print("request", req.what)
req = coro.send(1)
print("request", req.what)
try:
    coro.send(2)
except StopIteration as e:
    print("result", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
def run(c):
    try:
        r = c.send(None)
        while True:
            r = c.send(r.what * 2)
    except StopIteration as e:
        return e.value
print(run(main()))
