x = a.b
y = a.b.c.d
z = a().b
w = a[0].b
v = "s".join
u = 1 .real
t = (1).imag
