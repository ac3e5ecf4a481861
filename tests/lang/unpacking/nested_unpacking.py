# Checks nested unpacking patterns in assignments and for loops, with lists and tuples mixed.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, c]] = [5, (6, 7)]
print(a, b, c)
(x, y), (z, w) = "ab", "cd"
print(x, y, z, w)
data = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
((p,),) = ((9,),)
print(p)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
