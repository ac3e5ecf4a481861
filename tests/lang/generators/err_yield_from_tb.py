# The traceback goes through every delegating generator.
def leaf():
    yield 1
    raise KeyError("missing")


def middle():
    yield from leaf()


def top():
    result = yield from middle()
    return result


for v in top():
    print(v)
