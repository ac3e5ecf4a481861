assert x
assert x, "msg"
assert (x, y)
raise
raise E
raise E("m")
raise E from None
raise E() from e
