# Checks: list() and tuple() constructors from many iterables, copies vs aliases.
print(list(), tuple(), list([]), tuple(()))
print(list('abc'), tuple('abc'), list(b'ab'), tuple(b'ab'))
print(list(range(5)), tuple(range(2, 10, 3)), list(range(3, 0, -1)))
print(list({'a': 1, 'b': 2}), tuple({'a': 1}.items()), list({'a': 1}.values()))
print(list((1, 2)), tuple([1, 2]), list(enumerate('ab')), tuple(zip('ab', 'cd')))
print(sorted(list({3, 1, 2})), list(map(str, (1, 2))), tuple(filter(None, [0, 1, 2])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a == list(a), a is not list(a))
t = (1, [2])
u = tuple(t)
print(u is t, u == t)
nested = [[0]] * 2
copy = list(nested)
copy[0].append(1)
print(nested, copy)
print(list(iter([7, 8])), tuple(reversed([1, 2, 3])), list(list('xy')))
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
try:
    tuple(None)
except TypeError as e:
    print('TypeError:', e)
