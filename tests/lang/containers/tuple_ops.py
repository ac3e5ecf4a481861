# Checks tuple construction, indexing, slicing, count/index, len, in, concatenation and immutability.
t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1])
print(t.count(1), t.index(4), t.index(1, 2))
print(4 in t, 7 in t, 7 not in t)
print(t + (9, 2))
print(t * 2)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
single = (5,)
print(single, type(single).__name__, (5), type((5)).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(max(t), min(t), sum(t))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
u = t
t += (6,)
print(u, t, u is t)
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
x = 1, 2, 3
print(x)
print(tuple(sorted((3, 2, 1))))
print(list(reversed(t)))
