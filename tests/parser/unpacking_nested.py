(a, (b, c)), d = x
[a, [b, *c]] = y
for (i, (j, k)) in z: pass
a, b = b, a
