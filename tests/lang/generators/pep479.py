# PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
def gen():
    yield 1
    next(iter([]))
    yield 2


try:
    for x in gen():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)

def explicit():
    yield 1
    raise StopIteration("boom")

g = explicit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def safe():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(safe()))
