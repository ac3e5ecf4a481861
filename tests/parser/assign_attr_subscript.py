a.b = 1
a.b.c = 2
a[0] = 3
a[1:2] = b
a.b[c].d = e
f().g = h
