# Checks range with one/two/three args, negative steps, len, membership, indexing and repr.
print(list(range(5)))
print(list(range(2, 7)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(range(10), range(1, 10), range(1, 10, 2), range(0))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(11), r.count(15))
print(len(range(10, -10, -3)), list(range(10, -10, -3)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=",")
print()
print(sum(range(0, 100, 7)))
print(list(reversed(range(4))))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(max(range(7)), min(range(3, 9)))
print(list(enumerate(range(10, 13))))
