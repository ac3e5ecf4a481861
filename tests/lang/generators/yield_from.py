# yield from delegates iteration, send() and the return value.
def inner(tag):
    got = yield tag + "1"
    print("inner got", got)
    got = yield tag + "2"
    print("inner got", got)
    return tag.upper()


def outer():
    a = yield from inner("a")
    print("a ->", a)
    b = yield from inner("b")
    print("b ->", b)
    yield from [10, 20]
    yield from range(2)
    yield from "xy"
    return a + b


g = outer()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.send("s3"))
print(g.send("s4"))
print(list(g))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), {4: 0}, range(5, 7))))
def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
