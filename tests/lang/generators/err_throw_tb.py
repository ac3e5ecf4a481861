# An exception thrown in and not caught.
def gen():
    x = 1
    yield x
    yield x + 1


g = gen()
next(g)
g.throw(ValueError("thrown in"))
