f = lambda a, b=[1, 2], *c, d=lambda: 0, **e: (a, b, c, d, e)
g = lambda: (yield)
h = (lambda x: x)(1)
