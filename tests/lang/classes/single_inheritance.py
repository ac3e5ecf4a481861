# Checks single inheritance: inherited methods and attributes, overriding, multi-level chains.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return "tiny " + Dog.speak(self)
    def kind(self):
        return "puppy"

class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat"

for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(type(a).__name__, a.speak(), a.kind())
p = Puppy("p")
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(Puppy.sound, Cat.sound, Animal.sound)
