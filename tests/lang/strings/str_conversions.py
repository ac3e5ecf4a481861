# Checks: str() and repr() of values of every basic type, and of containers holding strings.
values = [0, -5, 1.5, -0.0, 1e16, True, None, 'text', "it's", [1, 'a'], (1,), (),
          {'k': 'v'}, {1, 2}, set(), b'by', range(3), [[]], {'x': [1.5, None]}]
for v in values:
    print(str(v), '|', repr(v))
print(str(), repr(str()), str(str('x')))
print(str(1) + str(2), str(-12).zfill(5), str(3.0), str(10 ** 15), str(2 ** 62))
print(str(0.1), str(1 / 3), str(100.0), str(1e-7), str(123e20))
print('[' + str([1, 2]) + ']', str({'a': 'b'}).upper())
print(str(str), str(int), str(type(None)), str(type('')))
