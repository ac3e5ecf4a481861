class A(metaclass=M): pass
class B(x=1, **y): pass
