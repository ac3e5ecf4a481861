# A generator cannot be resumed while it runs.
def selfref():
    yield next(g)


g = selfref()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(g.gi_running)

def inspect():
    yield gen.gi_running
    yield gen.gi_suspended

gen = inspect()
print(gen.gi_suspended, gen.gi_running)
print(next(gen))
print(gen.gi_suspended)
print(gen.__name__, gen.__qualname__)
class K:
    def method(self):
        yield 1
print(K().method().__qualname__)
def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__)
