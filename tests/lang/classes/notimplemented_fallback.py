# Checks NotImplemented fallback: reflected operands, __eq__ fallback to identity, and TypeError when both decline.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Meters(%r)" % self.v
    def __add__(self, other):
        print("  Meters.__add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __eq__(self, other):
        print("  Meters.__eq__", other)
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

class Feet:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Feet(%r)" % self.v
    def __radd__(self, other):
        print("  Feet.__radd__", other)
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.25)
        return NotImplemented
    def __eq__(self, other):
        print("  Feet.__eq__", other)
        if isinstance(other, Meters):
            return other.v == self.v * 0.25
        return NotImplemented

print(Meters(1) + Meters(2))
print(Meters(1) + Feet(4))
print(Meters(1) == Feet(4))
print(Feet(4) == Meters(1))
print(Meters(1) == 5)
m = Meters(3)
print(m == m)
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + Feet(1)
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) != Feet(8))
