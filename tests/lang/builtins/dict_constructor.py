# Checks: dict() constructor from keywords, pairs, zip, other dicts, and combinations; dict.fromkeys.
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict([(1, 'one')], two=2))
print(dict(zip('abc', range(3))), dict({'k': 'v'}), dict({'k': 1}, k=2, m=3))
print(dict([('a', 1), ('a', 2), ('b', 3)]), dict([[1, 2], (3, 4), 'xy']))
print(dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0), dict.fromkeys(range(3), []))
src = {'a': [1]}
cp = dict(src)
cp['b'] = 2
cp['a'].append(9)
print(src, cp)
print(dict(enumerate('pq')), dict(sorted({'b': 1, 'a': 2}.items())))
print(dict(zip(['k1', 'k2'], [[1], {2: 3}])))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
try:
    dict(5)
except TypeError as e:
    print('TypeError:', e)
