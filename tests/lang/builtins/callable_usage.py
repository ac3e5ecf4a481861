# Checks: callable() on functions, lambdas, builtins, classes, bound methods, instances and plain values.
class Thing:
    def method(self):
        return 'm'
def func():
    return 1
t = Thing()
print(callable(func), callable(lambda: 0), callable(len), callable(print))
print(callable(Thing), callable(t), callable(t.method), callable(Thing.method))
print(callable(int), callable(str), callable(type), callable(ValueError))
print(callable(1), callable('s'), callable(None), callable([func]), callable((len,)))
print(callable(str.upper), callable('abc'.upper), callable({}.get), callable(range(3)))
fns = [func, len, 5, t.method, 'x', Thing]
print([callable(f) for f in fns])
print([f() for f in [func, t.method, Thing] if callable(f)][:2])
