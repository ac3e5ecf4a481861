# Checks chained comparisons: evaluation of each operand once, short-circuiting, mixed operators.
def v(tag, x):
    print("  eval", tag)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 < 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 != 1 != 0)
print(1 < v("mid", 2) < 3)
print(5 < v("mid", 2) < v("right", 3))
print(v("a", 1) < v("b", 2) < v("c", 3) < v("d", 4))
x = 5
print(0 < x <= 5, 0 < x < 5, x in [5] in [[5]])
nothing, no = None, False
print(x is not nothing is not no, nothing is no is nothing)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3))
s = [3, 1, 2]
print(s[0] > s[1] < s[2])
print(-1 < 0 < 1 < 2 < 3 < 4 < 5 < 6)
