# Checks bool() of every value type: numbers, strings, bytes, containers, None, ranges, functions, instances.
class Plain:
    def __repr__(self):
        return "Plain()"

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b

values = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", " ", b"", b"\x00", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), None, True, False, range(0), range(1),
          Plain(), Sized(0), Sized(2), Flag(False), Flag(True), lambda: 0, Plain]
for v in values:
    print(type(v).__name__, bool(v), "truthy" if v else "falsy")
print(not 0, not 1, not "", not None)
print(bool(), bool(float("nan")))
