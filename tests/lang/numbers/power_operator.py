# Checks: ** with int, negative and float exponents, right associativity and unary minus precedence.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100, (-1) ** 101)
print(2 ** 62, 3 ** 39, (-2) ** 61, (-2) ** 62 - 1)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -2)
print(2.0 ** 10, 2 ** 10.0, 9 ** 0.5, 2 ** 0.5)
print(0.0 ** 0, 0 ** 0.0, 1.5 ** 2)
print(type(2 ** 3), type(2 ** -3), type(2.0 ** 3))
print(10 ** 18, 10 ** 15 * 9)
print((-3) ** 3, (-3) ** 4, (-1.5) ** 2, (-8.0) ** 3)
print(7 ** 2 ** 2)
x = 3
x **= 4
print(x)
print(1e10 ** 2, 2.0 ** -1074, 10.0 ** 308)
print(0 ** 5, 0.0 ** 5, 5 ** 1)
