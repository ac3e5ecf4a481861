# Checks: bytes startswith/endswith/find/rfind/index/count and `in` with bytes and ints.
b = b'hello world, hello bytes'
print(b.startswith(b'hello'), b.startswith(b'world'), b.startswith((b'x', b'he')))
print(b.endswith(b'bytes'), b.endswith(b'hello'), b.endswith(b'd', 0, 11))
print(b.find(b'hello'), b.find(b'hello', 1), b.rfind(b'hello'), b.find(b'zzz'))
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.count(b'l'), b.count(b'hello'))
print(b.index(b'world'), b.rindex(b'l'), b.find(b''), b.count(b''))
print(b'world' in b, b'World' in b, 104 in b, 0 in b)
try:
    b.index(b'missing')
except ValueError as e:
    print('ValueError:', e)
try:
    'str' in b
except TypeError as e:
    print('TypeError:', e)
try:
    b.startswith('hello')
except TypeError as e:
    print('TypeError:', e)
