# Checks inheritance of __repr__/__str__, overriding only one of them, and str falling back to an inherited __repr__.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.v) + ")"

class WithStr(Base):
    def __str__(self):
        return "value is " + str(self.v)

class Plain(Base):
    pass

class ReStr(WithStr):
    def __repr__(self):
        return "ReStr!"

for o in [Base(1), WithStr("s"), Plain([1]), ReStr(2.5)]:
    print(o, "|", str(o), "|", repr(o), "|", [o], "|", f"{o}")

class Err(ValueError):
    def __str__(self):
        return "custom str"

e = Err("arg")
print(e, repr(e), [e], e.args)
