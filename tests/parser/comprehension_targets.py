[x for x.y in z]
[x for x[0] in z]
[x for (x) in z]
[x for x, in z]
