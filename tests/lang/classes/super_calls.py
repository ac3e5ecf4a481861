# Checks super().__init__ and super().method() through several levels, including super in overridden __repr__.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def describe(self):
        return "Base(x=%r)" % self.x
    def __repr__(self):
        return "<" + self.describe() + ">"

class Mid(Base):
    def __init__(self, x, y):
        print("Mid.__init__", x, y)
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Mid[" + super().describe() + ", y=%r]" % self.y

class Leaf(Mid):
    def __init__(self, x, y, z):
        print("Leaf.__init__", x, y, z)
        super().__init__(x, y)
        self.z = z
    def describe(self):
        return "Leaf{" + super().describe() + ", z=%r}" % self.z
    def __repr__(self):
        return "leaf" + super().__repr__()

b = Base(1)
m = Mid(2, 3)
l = Leaf(4, 5, 6)
print(b, m, l)
print([b, m, l])
print(l.x, l.y, l.z)

class NoInit(Base):
    pass

n = NoInit(9)
print(n)
