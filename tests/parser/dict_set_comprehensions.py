a = {k: v for k, v in d.items()}
b = {x for x in y if x}
c = {k: [v for v in vs] for k, vs in d}
d = {x: y for x in a for y in b if x != y}
