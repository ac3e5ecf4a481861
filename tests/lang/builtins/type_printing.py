# Checks: type(x) and its printed form <class '...'> for builtin and user types; type identity checks.
class Point:
    pass
class Point3(Point):
    pass
def f():
    pass
values = [1, 1.5, True, None, 'a', b'b', [1], (1,), {1: 2}, {1}, frozenset([1]), range(2),
          Point(), Point3(), f, lambda: 0, len, Point, int, type, ValueError('x'), NotImplemented]
for v in values:
    print(type(v), type(v).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, type(1.0) == float)
print(type(Point3()) is Point, type(Point3()) is Point3, type(type(1)))
print(str(type('')), repr(type(2.0)), f'{type([])}', '%s' % type(()))
print(type('abc')('xyz'), type(5)('7') + 1, type([])(range(3)))
print(Point, Point3, int, str, ValueError, KeyError)
