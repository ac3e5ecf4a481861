x = 1
y = 2
if z:
    w = 3
