# Checks: UTF-8 decode and encode round-trips, byte vs character lengths, bytes() from str.
texts = ['ascii', 'café', 'naïve', '中文字', '😀 ok', '', '€100']
for t in texts:
    b = t.encode('utf-8')
    print(repr(t), b, len(t), len(b), b.decode('utf-8') == t, b.decode() == t)
raw = b'\xe4\xb8\xad\xe6\x96\x87'
print(raw.decode(), raw.decode('utf-8'), len(raw), len(raw.decode()))
print(b'\xf0\x9f\x98\x80'.decode(), b'\xc3\xa9t\xc3\xa9'.decode().upper())
print(bytes('é', 'utf-8'), bytes('abc', encoding='utf-8'), str(b'\xc3\xa9', 'utf-8'))
print(b'hello'.decode('ascii'), 'hello'.encode('ascii'))
print(b'abc'.decode().encode() == b'abc')
mixed = 'a' + chr(233) + chr(20013) + chr(128512)
enc = mixed.encode()
print(list(enc), enc.decode() == mixed)
print(b'caf\xc3\xa9'[:3].decode(), b'caf\xc3\xa9'[3:].decode())
