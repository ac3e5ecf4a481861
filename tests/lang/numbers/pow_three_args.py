# Checks: pow() with two and three arguments, modular exponentiation and modular inverse.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 1, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 62, 1000000007), pow(10, 18, 999999937))
print(pow(3, -1, 7), pow(2, -1, 1000000007), pow(5, -2, 13))
print(pow(10, 2, 1), pow(0, 5, 7), pow(1, 100, 3))
for b, e, m in [(4, 13, 497), (5, 117, 19), (12, 34, 56)]:
    print(b, e, m, pow(b, e, m))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
