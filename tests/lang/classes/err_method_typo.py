# Fails: AttributeError calling a misspelled method on an instance.
class Greeter:
    def greet(self, name):
        return "hello " + name

g = Greeter()
print(g.greet("x"))
print(g.gret("y"))
