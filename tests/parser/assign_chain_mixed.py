a = b = c = d
a.x = b[0] = c, d = e
x = y = yield_ = 1
