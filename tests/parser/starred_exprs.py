x = [*a, *b]
y = (*a, b)
z = {*a, *b}
w = *a, *b
print(*a)
v = [*a]
for x in *a, *b: pass
