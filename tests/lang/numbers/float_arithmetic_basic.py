# Checks: float arithmetic results and their printed (shortest repr) forms.
print(0.1 + 0.2, 0.1 + 0.7, 0.3 - 0.1)
print(1.1 * 3, 2.2 * 3, 0.1 * 3)
print(1.5 + 2.5, 10.0 - 0.1, 3.0 * 1.5)
print(1 / 3, 2 / 3, 10 / 7)
print(100.0 / 3.0, 1e10 / 3)
print(1.0 - 0.9, 0.7 + 0.1, 0.8 - 0.1)
print(-1.5 * 2, -0.1 - 0.2)
print(3.14159 * 2, 2.5 ** 2)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
print(1e300 * 10, 1e-300 / 1e10)
print(0.1 * 0.1, 1.23456789 * 1000)
print(4.35 * 100, 1.15 * 100)
print(2.0 ** 0.5, 10.0 ** -2)
print(12345.6789 - 12345, 1e16 + 1, 1e16 + 2)
print(9007199254740993.0, 2.0 ** 53 + 1)
