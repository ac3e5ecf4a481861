if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
if d:
    pass
else:
    if e:
        pass
