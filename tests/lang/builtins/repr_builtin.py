# Checks: repr() of nested containers, singletons, empty containers and one-element tuples.
vals = [None, True, False, 0, -1, 0.5, -0.0, 'a', "'", '', [], (), {}, set(), frozenset(),
        (1,), (1, 2), [1, [2, [3]]], {'a': [1, (2,)]}, {1, 2, 3}, frozenset({4, 5}),
        [None, True, 'x', 1.0], {(1, 2): 'tuple key', 3: None}, range(1, 5, 2), b'\x00a']
for v in vals:
    print(repr(v))
print(repr(repr('x')), str([1, 'a']), str(('a',)), str({'k': "it's"}))
nested = [[]]
nested[0].append(1)
print(repr(nested), repr([[], [[]], [[], []]]))
print(repr(1e16), repr(1.0), repr(-1e-5), repr(2 ** 62), repr(-9223372036854775807))
print(repr([0.1, 0.1 + 0.2]), repr({'x': 1e100}))
print(repr(len), repr(ValueError('bad')), repr(KeyError('k')), repr(Exception()))
print(repr(ValueError('a', 2)), str(ValueError('a', 2)), str(KeyError('k')), str(Exception()))
