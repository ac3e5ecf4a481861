# Checks bound methods as values, calling methods through the class with explicit self, and methods in containers.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other="world"):
        return self.name + " greets " + other
    def __repr__(self):
        return "Greeter(%r)" % self.name

a = Greeter("A")
b = Greeter("B")
m = a.hello
print(m(), m("you"))
print(Greeter.hello(b), Greeter.hello(b, "me"))
methods = [a.hello, b.hello]
print([f("x") for f in methods])
print(m.__self__, m.__name__)
a.name = "A2"
print(m())
print(list(map(Greeter.hello, [a, b])))

def external(self):
    return "external on " + self.name

Greeter.ext = external
print(a.ext(), b.ext())
a.inst_func = lambda: "instance attribute, no self"
print(a.inst_func())
print(a.hello == a.hello, a.hello == b.hello)
print(getattr(b, "hello")("getattr"))
