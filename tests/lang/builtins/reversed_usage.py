# Checks: reversed() on list, tuple, str, range, bytes and dict keys, consumed via list()/join/next.
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), ''.join(reversed('abc')))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(b'ab')))
print(list(reversed([])), list(reversed('')), list(reversed({'a': 1, 'b': 2, 'c': 3})))
r = reversed([10, 20])
print(next(r), next(r), next(r, 'empty'))
lst = [1, 2, 3]
for x in reversed(lst):
    print(x, end=' ')
print()
print(lst, lst[::-1] == list(reversed(lst)))
print([i * 2 for i in reversed(range(4))], tuple(reversed('xyz')))
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
