def echo():
    value = None
    while True:
        value = yield value
        if value is None:
            return
g = echo()
next(g)
g.send(1)
