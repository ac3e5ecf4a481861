# Checks unpacking targets in comprehensions: pairs, nested tuples, enumerate, zip, dict items and starred targets.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs])
print([s * n for n, s in pairs])
print({s: n for n, s in pairs})
print([(i, v) for i, v in enumerate("xyz")])
print([i * v for i, v in enumerate([5, 6, 7], start=1)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([first for first, *_ in ["abc", "de"]])
print([last for *_, last in [(1, 2), (3, 4, 5)]])
d = {"a": 1, "b": 2}
print([f"{k}={v}" for k, v in d.items()])
print({v for _, v in d.items()})
print([[x, y] for (x, y) in [(1, 2)]])
points = [(0, 0), (3, 4), (1, 1)]
print([(x * x + y * y) for x, y in points if x or y])
print(sorted([(b, a) for a, b in pairs], reverse=True))
