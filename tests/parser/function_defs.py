def f():
    pass
def g(a, b):
    return a + b
def h(a, b=1, *args, c, d=2, **kwargs):
    return
def i(a, /, b, *, c):
    pass
def j(a=1, /, b=2):
    pass
def k(*, a):
    pass
def l(**k,):
    pass
def m(a, b, /):
    pass
