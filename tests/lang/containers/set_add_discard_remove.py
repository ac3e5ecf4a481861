# Checks set.add, discard, remove (KeyError), pop on small ints, clear, copy and repr order of small ints.
s = set()
for x in [5, 3, 9, 3, 1, 5, 0]:
    s.add(x)
print(s)
print(len(s))
s.discard(9)
s.discard(100)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e, repr(e))
t = s.copy()
t.add(7)
print(s, t)
print({10, 2, 33, 4, 1})
print({-1, 0, 1})
print(set([4, 4, 4]), set(range(5)), set((2, 1)))
print({i * i for i in range(6)})
u = {1, 2, 3}
print(u.pop(), u)
u.clear()
print(u, len(u))
v = {True, 1, 1.0, 0, False}
print(v)
print({1, 2} == {2, 1}, {1} != {1, 2})
u.update([3, 4], {5})
print(u)
