# Checks lambda expressions: immediate calls, defaults, closures over variables, use with sorted/map/filter.
sq = lambda x: x * x
print(sq(7))
print((lambda a, b=10: a + b)(1), (lambda a, b=10: a + b)(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")())
add = lambda x: lambda y: x + y
add5 = add(5)
print(add5(1), add(10)(20))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(sorted(["ccc", "a", "bb"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
