# Checks: chained comparisons evaluate each operand once and short-circuit left to right.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(0 < 0.5 < 1, -1 <= -1.0 < 0)
print("chain 1:", v(1) < v(2) < v(3))
print("chain 2:", v(3) < v(2) < v(1))
print("chain 3:", v(1) < v(5) > v(2) == v(2))
x = 5
print(0 < x < 10, 10 < x < 20, x < 10 > 3)
print(1 < 2 > 1 < 2 > 1)
print((1 < 2) < 3, 1 < (2 < 3))
print(1 in [1, 2] in [[1, 2]], 2 not in [1] == True)
a = b = c = 7
print(a == b == c, a is b is c, a < b == c)
for n in [-5, 0, 5, 10, 15]:
    print(n, 0 <= n < 10)
