def f() -> (yield):
    pass
