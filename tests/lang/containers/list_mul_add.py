# Checks list * n, n * list, list + list, += and *= on lists, and aliasing with [[]] * n.
a = [1, 2]
print(a * 3)
print(3 * a)
print(a * 0, a * -2)
print(a + [3] + [])
grid = [[0] * 3] * 2
grid[0][0] = 5
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 5
print(grid2)
b = [1]
b *= 4
print(b)
b += (2, 3)
print(b)
print([] * 10)
print(["ab"] * 2 + ["c"])
t = (1, 2) * 2 + (3,)
print(t)
s = "ab" * 3
print(s)
print([0] * 5 == [0, 0, 0, 0, 0])
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 2.0)
except TypeError as e:
    print("TypeError:", e)
