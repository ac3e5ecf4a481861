# Checks: enumerate over lists, strings, dicts, with start (incl. negative) and with unpacking.
items = ['a', 'b', 'c']
print(list(enumerate(items)))
print(list(enumerate(items, 1)), list(enumerate(items, start=10)), list(enumerate(items, -1)))
for i, v in enumerate('xyz'):
    print(i, v)
print(list(enumerate([])), list(enumerate(range(3), 5)))
d = {'k1': 'v1', 'k2': 'v2'}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for i, k in enumerate(d):
    print(i, k)
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'end'))
print(dict(enumerate('ab')), [i * v for i, v in enumerate([5, 6, 7])])
pairs = [(i, c) for i, c in enumerate('hello') if c == 'l']
print(pairs)
