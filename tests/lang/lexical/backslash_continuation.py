# Checks: explicit line joining with backslash in expressions, statements and conditions.
a = 1 + \
    2 + \
    3
print(a)
if a > 5 and \
   a < 10:
    print("between")
b = 'abc' \
    'def'
print(b)
def f(x):
    return x * \
        2
print(f(21))
x, y = \
    10, 20
print(x, y)
total = 0
for i in \
        range(3):
    total += \
        i
print(total)
c = 5 \
    if a == 6 \
    else 7
print(c)
assert a == \
    6
print("ok")
