def f():
    x = {y: (yield) for y in z}
