def f():
    pass
if f:
    nonlocal y
