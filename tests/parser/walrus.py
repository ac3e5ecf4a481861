if (n := len(a)) > 10: pass
while (line := f()): pass
x = [y := 1, y ** 2]
print(z := 5)
data = {k: (v := k) for k in a}
s = a[(i := 0)]
