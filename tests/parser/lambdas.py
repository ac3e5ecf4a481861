f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
i = lambda *a, **k: (a, k)
j = lambda x, /, y, *, z: 0
k = lambda *, a=1, b: 0
l = lambda a=1, b=(2, 3), c={}: 0
m = lambda x: lambda y: x + y
