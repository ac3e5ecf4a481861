# Checks __eq__, __lt__ and __hash__: use as dict keys and set members, sorting, min/max, != derived from __eq__.
class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __repr__(self):
        return "Ver(%d.%d)" % (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __hash__(self):
        return hash((self.major, self.minor))

vs = [Ver(1, 10), Ver(1, 2), Ver(0, 9), Ver(2, 0), Ver(1, 2)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Ver(1, 2) == Ver(1, 2), Ver(1, 2) != Ver(1, 2), Ver(1, 2) != Ver(1, 3))
print(Ver(1, 2) == "1.2", Ver(1, 2) != "1.2")
print(Ver(2, 0) > Ver(1, 9))
d = {Ver(1, 0): "first"}
d[Ver(1, 0)] = "replaced"
d[Ver(2, 0)] = "second"
print(d)
print(d[Ver(2, 0)], Ver(1, 0) in d, Ver(3, 0) in d)
s = set(vs)
print(len(s))
print(vs.count(Ver(1, 2)), vs.index(Ver(2, 0)), Ver(0, 9) in vs)

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
