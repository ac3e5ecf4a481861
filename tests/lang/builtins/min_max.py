# Checks: min/max with iterables, several arguments, key, default, ties (first wins) and mixed numbers.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2), min('bca'), max('bca'))
print(min([1, 2.5, -0.5]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(max(['ab', 'cd', 'ef'], key=len), min(['ab', 'cd', 'ef'], key=len))
print(max([-7, 3, 5], key=abs), min(-7, 3, 5, key=abs), max('Hello', key=str.lower))
print(min([], default=None), max([], default='none'), min([4], default=0), max((), default=-1))
pts = [(1, 5), (3, 2), (2, 8)]
print(max(pts), min(pts), max(pts, key=lambda p: p[1]), min(pts, key=lambda p: p[1] - p[0]))
d = {'a': 3, 'b': 9, 'c': 1}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: x % 4))
print(max([[1, 2], [1, 3], [0, 9]]), min('apple', 'Apple', 'banana'))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max(())
except ValueError as e:
    print('ValueError:', e)
try:
    max(1, 'a')
except TypeError as e:
    print('TypeError:', e)
