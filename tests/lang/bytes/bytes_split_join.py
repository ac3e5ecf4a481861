# Checks: bytes.split / rsplit / splitlines / join with separators, maxsplit and whitespace.
b = b'a,b,,c'
print(b.split(b','), b.split(b',', 1), b.rsplit(b',', 1))
print(b'  a  b c '.split(), b'a b c'.split(None, 1), b'a\tb\nc'.split())
print(b''.split(), b''.split(b','), b'abc'.split(b'x'))
print(b','.join([b'x', b'y', b'z']), b''.join([b'a', b'b']), b' - '.join([]))
print(b'\n'.join(b'one two three'.split()))
print(b'l1\nl2\r\nl3'.splitlines(), b'l1\nl2\n'.splitlines(True))
parts = b'key=value'.split(b'=')
print(parts, parts[0].decode(), parts[1].decode().upper())
print(b'|'.join([bytes([65 + i]) for i in range(4)]))
try:
    b','.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.split(b'')
except ValueError as e:
    print('ValueError:', e)
