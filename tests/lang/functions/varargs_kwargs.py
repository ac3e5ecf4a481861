# Checks *args and **kwargs collection, their types, ordering of kwargs, and combination with normal params.
def f(*args):
    return args

print(f(), f(1), f(1, "two", [3]))
print(type(f()).__name__)

def g(**kwargs):
    return kwargs

print(g(), g(a=1), g(z=26, a=1, m=13))
print(type(g()).__name__)

def h(a, b=0, *rest, key="k", **opts):
    print("a=%r b=%r rest=%r key=%r opts=%r" % (a, b, rest, key, opts))

h(1)
h(1, 2)
h(1, 2, 3, 4)
h(1, 2, 3, key="K")
h(1, x=5, key="K", y=6)
h(b=9, a=8)

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(1, 2, start=100))

def describe(first, *others, **named):
    parts = [str(first)]
    parts.extend([str(o) for o in others])
    parts.extend([k + "=" + str(v) for k, v in named.items()])
    return " ".join(parts)

print(describe("x"))
print(describe(1, 2, 3, sep="-", end="."))
