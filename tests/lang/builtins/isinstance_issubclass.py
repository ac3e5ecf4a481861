# Checks: isinstance with single types and tuples, bool as int, user class hierarchies, issubclass.
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Car:
    pass
p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Car))
print(isinstance(p, (Car, Dog)), isinstance(p, (Car, int)), isinstance(p, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (int, float)), isinstance('a', (int, float)), isinstance(None, type(None)))
print(isinstance('s', str), isinstance(b's', str), isinstance(b's', bytes), isinstance([], list))
print(isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(range(1), range))
print(isinstance(frozenset(), set), isinstance(int, type), isinstance(Dog, type), isinstance(len, type))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(Car, (Dog, Animal)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(ValueError, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(RecursionError, RuntimeError))
print(isinstance(ValueError('x'), Exception), isinstance(ValueError, Exception), issubclass(type, object))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
