# return in a generator: StopIteration carries the value; for loops drop it.
def gen():
    yield 1
    return "result"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
for x in gen():
    print("for", x)
def tup():
    return (1, 2)
    yield

try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args)
def none_ret():
    yield 1
    return None
n = none_ret()
next(n)
try:
    next(n)
except StopIteration as e:
    print(repr(e.value), e.args)
