# Checks type(obj).__name__ and obj.__class__.__name__ for user classes, subclasses and builtins.
class Shape:
    def name(self):
        return type(self).__name__
    def __repr__(self):
        return self.__class__.__name__ + "()"

class Square(Shape):
    pass

for o in [Shape(), Square()]:
    print(o, o.name(), type(o).__name__, o.__class__.__name__, o.__class__ is type(o))
for v in [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, Shape, ValueError("v")]:
    print(type(v).__name__, v.__class__.__name__)
print(Square.__name__, Shape.__name__)
print(type(Square()) is Square, type(type(Square())).__name__)
