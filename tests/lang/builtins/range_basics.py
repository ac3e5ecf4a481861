# Checks: range() with one, two and three arguments, negative steps, repr and list conversion.
print(range(5), range(2, 8), range(0, 10, 2), range(10, 0, -3), range(0))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 2)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 2)), list(range(2, 5, -1)))
print(list(range(-5, 0)), list(range(-1, -6, -1)), list(range(-10, 10, 5)))
print(repr(range(1, 2, 1)), str(range(3)), range(0, 5, 1))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), list(r))
print(range(5) == range(0, 5), range(0) == range(4, 4), range(0, 3, 2) == range(0, 4, 2))
print(list(range(10, -1, -2)), sum(range(101)), max(range(7)), min(range(3, 9)))
total = 0
for i in range(1, 10, 2):
    total += i
print(total)
print(type(range(3)), list(reversed(range(1, 4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
