# Checks: bytes literals with escapes, their lengths, types and equality.
a = b'abc'
print(a, len(a), type(a))
print(b'', len(b''), b"double", b'''triple''', b"""triple2""")
print(b'\x00\x01\x02', len(b'\x00\x01\x02'))
print(b'\n\t\r\\', len(b'\n\t\r\\'))
print(b'\x41\x42\x43' == b'ABC', b'\101' == b'A')
print(b'\xff\xfe', b'\x7f\x80')
print(rb'\x00', len(rb'\x00'), br'\n' == b'\\n')
print(b'a' b'b' b'c', b'it\'s', b"say \"hi\"")
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == 'abc')
print(b'caf\xc3\xa9', b'caf\xc3\xa9'.decode())
print(b'line1\nline2')
print(b' ' * 3 + b'|', len(b'x' * 100))
