# Checks class attributes vs instance attributes: shadowing, shared mutable class attrs, and modifying via class.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, Dog.tricks is a.tricks)
b.tricks = ["own"]
print(a.tricks, b.tricks)
print(getattr(Dog, "species"), hasattr(Dog, "name"), hasattr(a, "name"))

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

xs = [Counter() for _ in range(4)]
print(Counter.count, [x.id for x in xs], xs[0].count)
