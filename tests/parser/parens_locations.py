x = (a) + (b)
y = ((a + b)) * c
z = (a)(b)
w = (a).b
v = (a)[b]
u = -(a)
t = (a) if (b) else (c)
(f)(x)
