a = {1}
b = {1, 2, 3}
c = {*a}
d = {1, *b, 2}
e = {(1, 2)}
f = {x for x in y}
