# Checks: / always yields a float, for ints of all signs, exact and inexact quotients.
print(7 / 2, -7 / 2, 7 / -2, 6 / 3, -6 / 3, 0 / 5, 0 / -5)
print(1 / 7, 22 / 7, 1 / 3 * 3, 2 / 3)
print(10 / 4, 1 / 8, 1 / 1024, 3 / 1000000)
print(10 ** 18 / 3, 9223372036854775807 / 1, 9007199254740993 / 1)
print(type(6 / 3), type(6.0 / 3))
print(5 / 2.0, 5.0 / 2, 5.5 / 0.5, 1 / 0.1)
print(True / 4, 100 / True)
print([n / 4 for n in range(-4, 5)])
x = 9
x /= 3
print(x, type(x))
print(-1 / 3, 1 / -3, -(1 / 3))
print(1e-300 / 1e300, 123456789 / 1000)
