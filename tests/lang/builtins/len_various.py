# Checks: len() of str, bytes, list, tuple, dict, set, frozenset, range and user containers via len().
print(len(''), len('abc'), len('é中😀'), len(b''), len(b'\x00\xff'))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len((1, 2, 3)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 2, 2, 3}), len(frozenset([1, 1])))
print(len(range(10)), len(range(0)), len(range(5, 0, -1)), len(range(0, 10, 3)), len(range(10, 0)))
print(len(range(-10, 10, 7)), len(range(0, 9223372036854775807, 2 ** 61)))
d = {}
for i in range(7):
    d[i % 4] = i
print(len(d), d)
nested = [[1, 2], [], [3]]
print([len(x) for x in nested], len(nested), sum([len(x) for x in nested]))
print(len(list(range(3)) * 4), len('ab' * 50), len(str(12345)))
print(len(list(zip([1, 2, 3], 'ab'))), len(dict(a=1, b=2)))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
