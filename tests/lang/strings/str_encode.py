# Checks: str.encode to UTF-8 (default and explicit), lengths in bytes vs characters, round-trips.
for s in ['abc', 'é', 'café', '中文', '😀', 'a€b', '', '\x00\x7f\x80']:
    b = s.encode()
    print(repr(s), len(s), b, len(b), b.decode() == s)
print('héllo'.encode('utf-8'), 'héllo'.encode('utf-8') == 'héllo'.encode())
print('ascii'.encode('ascii'), type('x'.encode()))
print(list('é'.encode()), list('中'.encode()))
print('x'.encode() + 'ü'.encode())
print(bytes('abc', 'utf-8'), str(b'abc', 'utf-8'))
print('UTF8'.encode('UTF-8'), 'x'.encode('utf8'), 'ß'.encode(encoding='utf-8'))
print(len('😀😀'.encode()), '😀😀'.encode()[:4].decode())
