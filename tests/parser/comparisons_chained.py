x = a < b < c
y = a == b != c
z = a is b is not c
w = a in b not in c
v = 1 <= x <= 10 > y >= 0
u = a < (b < c)
