def f(): pass
def f(é, é é): pass
