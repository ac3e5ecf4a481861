a = (x for x in y)
b = (x for x in y if x for z in x)
c = list(x for x in y)
d = ((x, y) for x in a for y in b)
