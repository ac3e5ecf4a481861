x = a if b else c
y = (a if b else c) if d else e
z = [i if i else -i for i in j]
w = lambda: 1 if a else 2
