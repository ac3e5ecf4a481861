for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for [x, *y] in z:
    pass
for x.a in z:
    pass
for x[0] in z:
    pass
for x, in z:
    pass
for x in a, b:
    pass
for x in *a, b:
    pass
else:
    pass
