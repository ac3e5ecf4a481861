# throw() and close() are forwarded to the generator that yield from delegates to.
def sub():
    try:
        yield "s1"
        yield "s2"
    except ValueError as e:
        print("sub caught", e)
        yield "s3"
        return "sub done"
    finally:
        print("sub finally")


def main():
    r = yield from sub()
    print("main got", r)
    yield "m1"


g = main()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
g.close()

g = main()
print(next(g))
g.close()
print("closed")

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it-done")
        return self.n

def wrap():
    r = yield from It()
    print("result", r)
print(list(wrap()))
def deleg2():
    try:
        yield from sub()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "after"
d = deleg2()
next(d)
print(d.throw(KeyError("k")))
