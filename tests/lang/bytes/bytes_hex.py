# Checks: bytes.hex (with and without separator), bytes.fromhex, and hex() of individual byte values.
b = b'\x00\x01\x7f\x80\xde\xad\xbe\xef\xff'
print(b.hex(), len(b.hex()))
print(b'hello'.hex(), b''.hex(), repr(b''.hex()))
print(b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), b'abc'.hex(' '))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad be ef'), bytes.fromhex('48 65 6C 6c 6f'))
print(bytes.fromhex(''), bytes.fromhex(b.hex()) == b)
print([hex(x) for x in b'\x00\x0f\x10\xff'])
print(''.join(['%02x' % x for x in b'\x01\xab']), ''.join([f'{x:08b}' for x in b'\x05\xa0']))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
