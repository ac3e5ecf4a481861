# Checks __repr__ and __str__: print uses str, containers use repr of items, fallback of str to repr, f-strings.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

class OnlyRepr:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return "OnlyRepr<" + self.tag + ">"

p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p, Point(2.5, None)])
print((p,), {"k": p}, {1: [p]})
print(f"{p} {p!r} {p!s}")
print("%s and %r" % (p, p))
o = OnlyRepr("t")
print(o, str(o), [o])
print(str([o, p]))
print("{} {!r}".format(p, p))
print(format(p), "x" + str(p))
