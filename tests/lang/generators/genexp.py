# Generator expressions are lazy and can be infinite.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = (n * n for n in naturals())
print(type(squares).__name__)
for s in squares:
    if s > 50:
        break
    print(s, end=" ")
print()
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc".split()))
print(list(x + y for x in "ab" for y in "12" if y != "2"))
print(sorted((x % 3 for x in range(10)), reverse=True))
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) for x in range(5))
print(log)
print(next(g), next(g), log)
print(any(x > 2 for x in [1, 2, 3, 4]), all(x < 3 for x in [1, 2, 3]))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c.upper() for c in "hey"), set(x // 2 for x in range(6)) == {0, 1, 2})
print(", ".join(str(i) for i in range(4)))
it = iter(range(3))
print(list(x for x in it), list(x for x in it))
