# Checks: integer // rounds toward negative infinity for all sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (0, 5), (0, -5),
         (1, 3), (-1, 3), (1, -3), (-1, -3), (100, 7), (-100, 7), (100, -7)]
for a, b in pairs:
    print(a, "//", b, "=", a // b)
print(-9223372036854775807 // 2, 9223372036854775807 // -2)
print(-1 // 1000000, 1 // -1000000)
print(-3 // 1, 3 // -1)
x = -17
x //= 4
print(x)
print([n // 3 for n in range(-6, 7)])
