# Checks all six comparison dunders, reflected fallbacks (a > b uses b.__lt__), and sorting with only __lt__.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%d)" % self.v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        print("  le", self.v, o.v)
        return self.v <= o.v
    def __eq__(self, o):
        print("  eq", self.v, getattr(o, "v", o))
        return isinstance(o, N) and self.v == o.v

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "L%d" % self.v
    def __lt__(self, o):
        return self.v < o.v

a, b = N(1), N(2)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
print(a == b)
print(a != b)
print(a != N(1))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(OnlyLt(5) > OnlyLt(4), max([OnlyLt(2), OnlyLt(9), OnlyLt(4)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
print(OnlyLt(1) == OnlyLt(1))
