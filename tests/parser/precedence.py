x = a or b and c
y = not a == b
z = a | b ^ c & d
w = a + b * c ** d
v = a if b else c if d else e
u = lambda: a if b else c
t = a < b + c
