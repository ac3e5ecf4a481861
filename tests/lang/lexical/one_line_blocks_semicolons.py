# Checks: simple statements on one line with ';' and compound statements with bodies on the same line.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big")
if c < 2: print("small")
else: print("not small")
for i in range(3): print(i, end=' ')
print()
n = 0
while n < 3: n += 1
print(n)
def sq(x): return x * x
print(sq(7))
class P: pass
print(type(P()).__name__)
try: print(1 // 0)
except ZeroDivisionError: print("caught")
x = 5; y = x * 2;
print(x, y)
if True: a = 10; b = 20; print(a + b)
