# Checks: integer % takes the sign of the divisor, for all sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (0, 5), (0, -5),
         (1, 3), (-1, 3), (1, -3), (-1, -3), (100, 7), (-100, 7), (100, -7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, "%", b, "=", r, "check", q * b + r == a)
print([n % 4 for n in range(-8, 9)])
print([n % -4 for n in range(-8, 9)])
print(-9223372036854775807 % 10, 9223372036854775807 % -10)
x = -23
x %= 5
print(x)
print(-1 % 1000000007, 12345678901 % 97)
