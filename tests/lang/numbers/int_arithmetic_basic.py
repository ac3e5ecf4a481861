# Checks: basic int arithmetic: + - * with positives, negatives, zero, and large (64-bit safe) values.
a, b = 17, 5
print(a + b, a - b, a * b)
print(-a + b, -a - b, -a * b, a * -b)
print(0 * a, a - a, -0)
print(a + b * 2, (a + b) * 2, a - b - 2, a - (b - 2))
big = 3_000_000_000
print(big * big // 4)
print(9223372036854775807 - 1, -9223372036854775807 + 1)
print(3037000499 * 3037000499)
x = 1
for i in range(1, 21):
    x *= i
print("20! =", x)
print(x // 19 // 20)
print(type(a + b), type(a * b))
print(+a, -(-a), --a)
n = 0
for k in range(100):
    n += k * k - k
print(n)
print(123456789 * 987654321)
print(-123456789 * 987654321)
