# Checks isinstance/issubclass with user classes, tuples of classes, builtins, and bool being an int.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass

objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (D, C)))
print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(D, object))
print(issubclass(C, (D, B)), issubclass(A, (D, B)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance((), list))
print(issubclass(bool, int), issubclass(KeyError, LookupError), issubclass(KeyError, Exception))
print(type(C()) is C, type(C()) is B, type(C()) == C)
print(isinstance(A, type), isinstance(C(), object))
