# Checks class attribute lookup along the inheritance chain, overriding in subclasses, and class-level mutation visibility.
class A:
    x = "A.x"
    y = "A.y"
    items = []

class B(A):
    y = "B.y"

class C(B):
    pass

c = C()
print(c.x, c.y, C.x, C.y)
A.x = "A.x changed"
print(c.x, B.x)
B.x = "B.x new"
print(c.x, A.x)
del B.x
print(c.x)
C.items.append(1)
print(A.items, B.items is A.items)
C.items = [2]
print(A.items, C.items)
c.y = "instance y"
print(c.y, C.y)
print(hasattr(C, "y"), hasattr(A, "zzz"))

class Config:
    defaults = {"a": 1}
    def get(self, k):
        return self.defaults.get(k, "?")

class Custom(Config):
    defaults = {"a": 2, "b": 3}

print(Config().get("a"), Custom().get("a"), Custom().get("b"), Config().get("b"))
