# Checks: float // and % with negative operands, including signed zero results.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 2.5), (-5.0, 2.5),
         (5.0, -2.5), (0.0, 3), (-0.0, 3), (1, 0.3), (-1, 0.3), (0.1, 0.03)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(6.0 // 4, -6.0 // 4, 6 // 4.0)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(5.0 % -5, -5.0 % 5, 0.0 % -1)
print(3 % 2.5, -3 % 2.5)
print(type(7 // 2.0), type(7 % 2.0))
