@dec
def f(): pass
@dec.attr
@dec(1, k=2)
@dec[0]
@(lambda f: f)
def g(): pass
@dec
class C: pass
@x := y
def h(): pass
