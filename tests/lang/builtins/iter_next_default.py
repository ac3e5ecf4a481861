# Checks: iter()/next() with and without default, exhaustion, iterators over many kinds of iterables.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
s = iter('ab')
print(next(s), next(s), next(s, '-'))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, 'end'))
r = iter(range(10, 13))
print(list(r), list(r), next(r, 0))
t = iter((5,))
print(next(t), next(t, 'empty'))
it2 = iter([10, 20, 30, 40])
first = next(it2)
rest = list(it2)
print(first, rest)
i3 = iter([1, 2, 3, 4, 5])
for x in i3:
    if x == 2:
        break
print(list(i3))
it4 = iter([1, 2])
print(iter(it4) is it4, list(it4))
b = iter(b'AB')
print(next(b), next(b), next(b, -1))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e), str(e) == '')
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
