# Checks with statements: __enter__ value bound by as, __exit__ arguments, several items, order of exits, suppression.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        if et is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, et.__name__, ev, tb is not None)
        return self.suppress

with Res("a") as x:
    print("body", x)

with Res("outer") as o, Res("inner") as i:
    print("body", o, i)

with Res("s", suppress=True):
    print("about to raise")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed")

try:
    with Res("p1"), Res("p2", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Res("one", True), Res("two"):
    1 / 0
print("outer suppressed the ZeroDivisionError")

def early():
    with Res("ret"):
        return "returned"
print(early())

for n in range(3):
    with Res("loop%d" % n):
        if n == 1:
            continue
        print("loop body", n)
