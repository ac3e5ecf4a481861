# Checks starred assignment targets: a, *b; *a, b; a, *b, c; empty stars; stars always produce lists.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2, 3)
print(a)
first, *rest = "hello"
print(first, rest)
head, *mid, tail = (1, 2)
print(head, mid, tail, type(mid).__name__)
*init, last = [[1], [2], [3]]
print(init, last)
a, b, *c = 1, 2
print(a, b, c)
[x, *y] = {"k1": 1, "k2": 2, "k3": 3}
print(x, y)
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
one, *two, three, four = range(10)
print(one, two, three, four)
