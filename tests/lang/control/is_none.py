# Checks `is` / `is not` with None, True, False and with aliasing of mutable objects.
def maybe(n):
    if n > 0:
        return n
    return None

for n in [3, 0, -1]:
    r = maybe(n)
    if r is None:
        print(n, "-> None")
    else:
        print(n, "->", r)
    print(r is not None)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x == None, None is None)
print(True is True, False is not True)
print(type(None).__name__)
print(print() is None)

def f():
    pass

print(f() is None)
d = {}
print(d.get("x") is None)
