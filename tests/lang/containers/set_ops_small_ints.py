# Checks set/frozenset algebra on small ints: | & - ^, method forms, subset/superset, disjoint.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a >= {1}, a > a, {1, 5}.issubset(a), {1, 2}.issubset(a))
print(a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
f = frozenset([3, 1, 2])
print(f)
print(f | {9}, type(f | {9}).__name__)
print({9} | f, type({9} | f).__name__)
print(f == {1, 2, 3}, frozenset() == set())
print(frozenset())
print(set())
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
print(c)
c -= {2}
print(c)
c ^= {3, 10}
print(c)
print(len(a), 2 in a, 9 in a)
print(sorted({5, 3, 9, 1}))
print(sum({1, 2, 3}), max({4, 8, 2}))
