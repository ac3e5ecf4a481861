# Checks: bytes() constructor from int count, list of ints, range, str with encoding, and bytes.
print(bytes(), bytes(0), bytes(3), len(bytes(5)))
print(bytes([65, 66, 67]), bytes([0, 255]), bytes((1, 2, 3)))
print(bytes(range(65, 70)), bytes(b'copy'), bytes('é', 'utf-8'))
print(bytes([x * 2 for x in range(5)]), bytes(list(b'rt')))
print(type(bytes()), bytes(b'a') == b'a', bytes(2) == b'\x00\x00')
for bad in [[256], [-1], ['a'], 'text']:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
