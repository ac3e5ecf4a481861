# Checks: indexing bytes yields ints; negative indexes; iteration yields ints; list() of bytes.
b = b'Hello\x00\xff'
print(b[0], b[1], b[-1], b[-2], b[5], type(b[0]))
print(list(b), tuple(b'AB'))
for x in b'abc':
    print(x, chr(x), end='; ')
print()
print([x + 1 for x in b'\x01\x02\x03'], sum(b'\x01\x02\x03'))
print(b[0] == 72, b[0] == b'H', b[0:1] == b'H')
print(72 in b, b'H' in b, b'ell' in b, 0 in b, 1 in b)
print(max(b), min(b), sorted(b'cab'))
print([i for i, x in enumerate(b'xyz') if x == ord('y')])
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
try:
    300 in b
except ValueError as e:
    print('ValueError:', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
