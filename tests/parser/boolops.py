x = a and b and c
y = a or b or c
z = a and (b or c)
w = (a and b) or c
v = a or b and c or d
