# Re-entering a running generator.
def g():
    yield next(me)


me = g()
print(next(me))
