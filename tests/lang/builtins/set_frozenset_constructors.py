# Checks: set() and frozenset() constructors and reprs with small ints; string sets shown sorted only.
print(set(), frozenset(), set([]), frozenset(()))
print(set([3, 1, 2, 3, 1]), frozenset([5, 4, 4]), set(range(5)), set((7, 7, 6)))
print(sorted(set('hello')), sorted(frozenset('banana')), len(set('mississippi')))
print(set({1: 'a', 2: 'b'}), set(b'\x01\x02\x01'), set([True, 1, 1.0, 0, False]))
s = set([1, 2, 3])
f = frozenset([1, 2, 3])
print(s == f, f == {1, 2, 3}, s is not set(s), set(f), frozenset(s))
print(type(s | f), type(f | s), f & {2, 3, 4}, f - {1}, {2} <= f)
print(len(s), 2 in f, 9 in f, sorted(f, reverse=True), sum(f), max(s), min(f))
print({frozenset([1, 2]): 'key'}[frozenset([2, 1])], {f} == {frozenset(s)})
print(sorted(set(range(0, 20, 5))), frozenset(range(3)), sorted(set([-1, -2, 0])))
try:
    set([[1]])
except TypeError as e:
    print('TypeError:', e)
try:
    set(5)
except TypeError as e:
    print('TypeError:', e)
